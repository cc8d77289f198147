"""An import in a child process, its reports relayed as signals on the UI thread.

The child is started ahead (``ImportProcess``: when the Import dialog opens, or when the window
has been idle a while), so that the manager's click waits for the import only, not for Python
to start; see workbench.services.import_process for why the import runs in a process of its own
and how the process waits. A thread of this process hands it the import and waits for its
messages (it sleeps in a queue's get, holding no lock the window needs). ``TaskRunner`` keeps
the process started ahead and holds each ``ImportTask`` until its thread has ended.
"""

import atexit
import queue
import threading
import time
from collections.abc import Sequence
from dataclasses import replace
from multiprocessing.connection import Connection as Pipe
from multiprocessing.process import BaseProcess
from multiprocessing.synchronize import Event as ProcessEvent
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, Signal

from workbench.core.i18n import translate
from workbench.core.store import Store
from workbench.services import import_process

if TYPE_CHECKING:  # the importer and its connectors load in the import's process
    from workbench.core.records import ImportOptions
    from workbench.services import importer

POLL_SECONDS = 0.2
"""How often the relay looks whether the child is still alive and the user cancelled."""

_Job = tuple[list["importer.PlannedImport"], "ImportOptions", bool]


class ImportProcess:
    """A process started ahead for one import into a store, and what it talks through: the
    pipe its import goes down, its messages and the cancel flag it reads."""

    def __init__(self, location: import_process.Location) -> None:
        context = import_process.CONTEXT
        receiving, self._jobs = context.Pipe(duplex=False)
        try:
            self.messages: Any = context.Queue()  # a multiprocessing queue
            self.cancel: ProcessEvent = context.Event()
            self.process: BaseProcess = context.Process(
                target=import_process.serve,
                args=(location, receiving, self.messages, self.cancel),
                name="workbench-import",
                # Not a daemon: a large import reads in a child of its own (a daemon may have
                # none, services.import_pipeline). So that Python's exit does not wait for one
                # that never got an import, those end at exit (below).
                daemon=False,
            )
            self.process.start()
        except BaseException:
            self._jobs.close()
            raise
        finally:
            receiving.close()  # the child's end: a child that dies closes the pipe for good
        _waiting.add(self)

    def hand(self, job: _Job) -> bool:
        """Give it its import: False when it is gone (it died while it waited)."""
        _waiting.discard(self)
        jobs: Pipe = self._jobs
        try:
            if not self.process.is_alive():
                return False
            jobs.send(job)
        except (BrokenPipeError, ConnectionResetError):
            return False
        finally:
            jobs.close()
        return True

    def end(self) -> None:
        """End a process that got no import: it holds nothing (it never opened the store)."""
        _waiting.discard(self)
        self._jobs.close()
        if self.process.is_alive():
            self.process.kill()
        self.process.join()

    @property
    def waiting(self) -> bool:
        """Alive and without an import yet: ready to take one."""
        return self in _waiting and self.process.is_alive()


_waiting: set[ImportProcess] = set()
"""The processes started ahead that got no import yet."""


@atexit.register
def _end_waiting() -> None:
    for process in list(_waiting):
        process.end()


class ImportTask(QObject):
    """Emits ``progressed`` while it reads and ``finished`` or ``failed`` once, whatever happens:
    a child that cannot even be started is reported as a failure too. The result's ``seconds``
    are the manager's: from ``start`` (the click) until the result came back."""

    progressed = Signal(object)  # importer.ImportProgress
    finished = Signal(object)  # importer.ImportResult
    failed = Signal(str, bool)  # message, whether the user cancelled

    def __init__(
        self,
        store: Store,
        planned: Sequence["importer.PlannedImport"],
        options: "ImportOptions",
        skip_bad: bool,
        ahead: ImportProcess | None = None,
    ) -> None:
        super().__init__()
        self._location = store.location
        self._job: _Job = (list(planned), options, skip_bad)
        self._ahead = ahead
        self._started = 0.0
        self._cancel_asked = threading.Event()
        self.process: BaseProcess | None = None
        """The process that runs the import, once it has it."""
        self.worker_thread = QThread()
        self.worker_thread.setObjectName("importThread")
        self.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.run)

    def start(self) -> None:
        self._started = time.monotonic()
        self.worker_thread.start()

    def cancel(self) -> None:
        """Ask the import to stop; it rolls back at its next check, within a second or so."""
        self._cancel_asked.set()

    def run(self) -> None:
        try:
            if (child := self._hand_over()) is not None:
                self.process = child.process
                self._relay(child)
        finally:
            self.worker_thread.quit()

    def _hand_over(self) -> ImportProcess | None:
        """The process that took the import: the one started ahead, else (none was, or it
        died while it waited) a new one, whose start the manager then waits for. None (and
        ``failed`` emitted) when the system refuses a process, a queue or a flag, or the
        planned import cannot be handed over."""
        ahead, self._ahead = self._ahead, None
        try:
            if ahead is not None:
                if ahead.hand(self._job):
                    return ahead
                ahead.end()
            child = ImportProcess(self._location)
            if not child.hand(self._job):
                child.end()
                raise ChildProcessError(f"exit code {child.process.exitcode}")
        except Exception as exc:  # the dialog shows it and lets the manager try again
            if ahead is not None:
                ahead.end()
            self.failed.emit(
                translate(
                    "Import", "The import could not start ({problem}); nothing was imported."
                ).format(problem=f"{type(exc).__name__}: {exc}"),
                False,
            )
            return None
        return child

    def _relay(self, child: ImportProcess) -> None:
        try:
            while True:
                if self._cancel_asked.is_set():
                    child.cancel.set()
                try:
                    message = child.messages.get(timeout=POLL_SECONDS)
                except queue.Empty:
                    if not child.process.is_alive():
                        self.failed.emit(
                            translate(
                                "Import", "The import stopped unexpectedly; nothing was imported."
                            ),
                            False,
                        )
                        return
                    continue
                if message[0] == "progress":
                    self.progressed.emit(message[1])
                elif message[0] == "done":
                    waited = time.monotonic() - self._started
                    self.finished.emit(replace(message[1], seconds=waited))
                    return
                else:
                    self.failed.emit(message[1], message[2])
                    return
        finally:
            child.process.join(timeout=30)
