"""The window's writes, one after another on a thread of their own.

While an import runs it holds the store's write lock, for a minute or more. Decisions, notes and
claims made meanwhile wait for it here, on this thread, instead of freezing the window; they land
in the order they were made as soon as the import has committed.
"""

import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, QThread, Signal
from sqlalchemy import Connection

from workbench.core.errors import WorkbenchError
from workbench.core.store import Store

WAIT_SECONDS = 3600.0
"""How long a write waits for an import to finish before it gives up."""

Write = Callable[[Connection], Any]


@dataclass(frozen=True, slots=True)
class _Landed:
    value: Any


@dataclass(frozen=True, slots=True)
class _Refused:
    message: str


class StoreWriter(QObject):
    done = Signal(object, object)  # callback, result
    failed = Signal(str)
    busy = Signal(bool)
    """True while writes wait or run, False when all have landed."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self._store = store
        self._jobs: queue.Queue[tuple[Write, Callable[[Any], None]] | None] = queue.Queue()
        self._pending = 0
        # This object stays on the UI thread, so its signals (emitted by the writing thread)
        # are delivered there, in order.
        self.done.connect(self._landed)
        self.failed.connect(lambda _message: self._landed(None, None))
        self._thread = threading.Thread(target=self._loop, name="store-writer", daemon=True)
        self._thread.start()

    def submit(self, write: Write, then: Callable[[Any], None]) -> None:
        """Run ``write`` in its own write transaction; ``then`` gets its result on the UI thread."""
        self._pending += 1
        self.busy.emit(True)
        self._jobs.put((write, then))

    def attempt(
        self, write: Write, then: Callable[[Any], None], refused: Callable[[str], None]
    ) -> None:
        """Like ``submit``, but a write the core refuses (a WorkbenchError: a name taken, a
        value out of range) comes back to ``refused`` with its message, for the dialog that
        asked, instead of the status bar."""

        def checked(connection: Connection) -> Any:
            try:
                return _Landed(write(connection))
            except WorkbenchError as problem:
                return _Refused(str(problem))

        def answer(result: _Landed | _Refused) -> None:
            if isinstance(result, _Refused):
                refused(result.message)
            else:
                then(result.value)

        self.submit(checked, answer)

    def _landed(self, then: Callable[[Any], None] | None, result: Any) -> None:
        self._pending -= 1
        if then is not None:
            then(result)
        if self._pending == 0:
            self.busy.emit(False)

    def _loop(self) -> None:
        while (job := self._jobs.get()) is not None:
            write, then = job
            try:
                with self._store.write(wait_seconds=WAIT_SECONDS) as connection:
                    result = write(connection)
            except Exception as exc:  # the UI shows it; the transaction rolled back
                self.failed.emit(str(exc))
            else:
                self.done.emit(then, result)

    def wait_idle(self, timeout_ms: int = 30_000) -> None:
        """Block until every submitted write has landed (tests, quitting)."""
        deadline = QDeadlineTimer(timeout_ms)
        while self._pending and not deadline.hasExpired():
            QCoreApplication.processEvents()
            QThread.msleep(5)

    def stop(self) -> None:
        """Let the waiting writes land, then end the thread."""
        self._jobs.put(None)
        self._thread.join()
        QCoreApplication.processEvents()
