"""The one way the window runs work in the background, and announces what it changed.

Writes (decisions, notes, interventions, a rule with its rescan) run one after another on a
thread of their own: while an import holds the store's write lock, for a minute or more, they
wait there instead of freezing the window, and land in the order they were made. Reads that take
long (suggested links) run on a small pool of worker threads. Imports run in a child process
(``ImportTask``), started ahead of the click (``start_import_ahead``). Every result comes
back on the UI thread.

The worker threads are handed the work and a number, never the callbacks or the widgets that
asked: those stay on the UI thread, in the runner, until the answer comes. A widget whose last
reference went on a worker thread would be deleted there, which Qt does not survive; for the
same reason the work itself must hold plain values (the store, ids), not a widget.

When a write has committed, the runner announces the ``Changes`` it made (the kinds of events it
recorded) with the object that asked for it; every page that shows one of the changed subjects
reloads (see ``pages.base.Page``), so no page has to know which others to tell. On a team
store the runner announces the other managers' writes too, as the server tells of them
(``tasks.store_watch``), with the watch as their initiator.
"""

import itertools
import queue
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, QThread, Signal
from shiboken6 import isValid

from workbench.core.errors import WorkbenchError
from workbench.core.events import changes
from workbench.core.events.changes import IMPORTED, Changes
from workbench.core.store import Connection, Store

if TYPE_CHECKING:  # the importer and its connectors load with the first import, not the window
    from workbench.core.records import ImportOptions
    from workbench.services import importer
    from workbench.ui.tasks.imports import ImportProcess, ImportTask
    from workbench.ui.tasks.store_watch import StoreWatch

WAIT_SECONDS = 3600.0
"""How long a write waits for an import to finish before it gives up."""

READ_WORKERS = 2
"""Threads for long reads; the machine the workbench runs on may have only two cores."""

Write = Callable[[Connection], Any]
Then = Callable[[Any], None]


@dataclass(frozen=True, slots=True)
class _Landed:
    value: Any


@dataclass(frozen=True, slots=True)
class _Refused:
    message: str


@dataclass(frozen=True, slots=True)
class _Write:
    """What waits on the UI thread for a write's answer."""

    then: Then
    initiator: object | None
    failed: Callable[[str], None] | None = None


@dataclass(frozen=True, slots=True)
class _Read:
    """What waits on the UI thread for a read's answer."""

    then: Then
    failed: Callable[[str], None] | None
    context: QObject | None


class TaskRunner(QObject):
    changed = Signal(object, object)
    """(Changes, initiator): a write committed; the initiator is the object that asked, or None."""
    failed = Signal(str)
    """A write failed and rolled back; the message says why."""
    busy = Signal(bool)
    """True while writes wait or run, False when all have landed."""

    _write_done = Signal(int, object, object)  # the write's number, its result, the kinds
    _write_kept = Signal(int)  # a write the offline outbox keeps for later
    _write_failed = Signal(int, str)
    _read_done = Signal(int, object)  # the read's number, its result
    _read_failed = Signal(int, str)
    _imported = Signal(object)  # the initiator of an import that committed

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self._writes: queue.Queue[tuple[int, Write] | None] = queue.Queue()
        self._numbers = itertools.count()
        self._waiting_writes: dict[int, _Write] = {}
        self._waiting_reads: dict[int, _Read] = {}
        self._pending_writes = 0
        self._pending_reads = 0
        self._imports: list[ImportTask] = []
        self._ahead: ImportProcess | None = None
        # This object stays on the UI thread, so the signals the worker threads emit are
        # delivered there, in order.
        self._write_done.connect(self._landed)
        self._write_failed.connect(self._write_refused)
        self._write_kept.connect(self._write_waits)
        self._read_done.connect(self._read_landed)
        self._read_failed.connect(self._read_refused)
        self._imported.connect(self._announce_import)
        self._pool = ThreadPoolExecutor(READ_WORKERS, thread_name_prefix="workbench-read")
        self._stopped = False
        self.keeps: Callable[[Write, Exception | None], bool] | None = None
        """A team store's outbox (tasks.team_store): asked on the writer thread, before a write
        and when it failed, whether it keeps the write for later instead (the server is gone,
        or writes wait for it already); then the write's ``then`` is not called."""
        self._thread = threading.Thread(target=self._write_loop, name="store-writer", daemon=True)
        self._thread.start()
        self.watch: StoreWatch | None = None
        """On a team store: what other managers' writes changed, announced here."""
        if store.dialect == "postgresql":
            from workbench.ui.tasks import store_watch  # psycopg: a team store's only

            self.watch = store_watch.StoreWatch(store, self.announce)

    # Writes

    def submit(
        self,
        write: Write,
        then: Then,
        *,
        initiator: object | None = None,
        failed: Callable[[str], None] | None = None,
    ) -> None:
        """Run ``write`` in its own write transaction; ``then`` gets its result on the UI
        thread, and then the runner announces what it changed. A write that fails rolls back
        whole; its message goes to ``failed``, else to the status bar."""
        self._pending_writes += 1
        self.busy.emit(True)
        number = next(self._numbers)
        self._waiting_writes[number] = _Write(then, initiator, failed)
        self._writes.put((number, write))

    def attempt(
        self,
        write: Write,
        then: Then,
        refused: Callable[[str], None],
        *,
        initiator: object | None = None,
    ) -> None:
        """Like ``submit``, but a write the core refuses (a WorkbenchError: a name taken, a
        value out of range) comes back to ``refused`` with its message, for the dialog that
        asked, instead of the status bar."""

        def checked(connection: Connection) -> _Landed | _Refused:
            try:
                return _Landed(write(connection))
            except WorkbenchError as problem:
                return _Refused(str(problem))

        def answer(result: _Landed | _Refused) -> None:
            if isinstance(result, _Refused):
                refused(result.message)
            else:
                then(result.value)

        self.submit(checked, answer, initiator=initiator)

    def _write_loop(self) -> None:
        while (job := self._writes.get()) is not None:
            number, work = job
            del job
            if self.keeps is not None and self.keeps(work, None):
                self._write_kept.emit(number)
                continue
            try:
                with (
                    self.store.write(wait_seconds=WAIT_SECONDS) as connection,
                    changes.collecting(connection) as kinds,
                ):
                    result = work(connection)
            except Exception as exc:  # the UI shows it; the transaction rolled back
                if self.keeps is not None and self.keeps(work, exc):
                    self._write_kept.emit(number)
                else:
                    self._write_failed.emit(number, str(exc))
            else:
                if isinstance(result, _Refused):
                    kinds = set()  # the core refused it: nothing of it stayed
                self._write_done.emit(number, result, frozenset(kinds))
            del work

    def _landed(self, number: int, result: Any, kinds: frozenset[str]) -> None:
        job = self._waiting_writes.pop(number)
        try:
            job.then(result)
            if made := Changes.of(kinds):
                self.announce(made, job.initiator)
        finally:
            self._write_ended()

    def _write_refused(self, number: int, message: str) -> None:
        job = self._waiting_writes.pop(number)
        try:
            (job.failed or self.failed.emit)(message)
        finally:
            self._write_ended()

    def _write_waits(self, number: int) -> None:
        del self._waiting_writes[number]
        self._write_ended()

    def _write_ended(self) -> None:
        self._pending_writes -= 1
        if self._pending_writes == 0:
            self.busy.emit(False)

    def announce(self, made: Changes, initiator: object | None = None) -> None:
        """Tell every page what changed (writes and imports do this themselves)."""
        self.changed.emit(made, initiator)

    # Reads

    def run(
        self,
        work: Callable[[], Any],
        then: Then,
        failed: Callable[[str], None] | None = None,
        *,
        context: QObject | None = None,
    ) -> None:
        """Run ``work`` (reads only) on a worker thread; ``then`` gets its result on the UI
        thread, ``failed`` the message of an error. With a ``context`` (the widget that asked),
        neither is called once that widget is gone. Once the runner has stopped (the window
        is closing) a read is not started: nobody is left to see its result."""
        if self._stopped:
            return
        self._pending_reads += 1
        number = next(self._numbers)
        self._waiting_reads[number] = _Read(then, failed, context)
        future = self._pool.submit(work)

        def finished(done: Future[Any]) -> None:
            problem = done.exception()
            if problem is None:
                self._read_done.emit(number, done.result())
            else:
                self._read_failed.emit(number, str(problem))

        future.add_done_callback(finished)

    def _read_landed(self, number: int, result: Any) -> None:
        self._pending_reads -= 1
        read = self._waiting_reads.pop(number)
        if read.context is None or isValid(read.context):
            read.then(result)

    def _read_refused(self, number: int, message: str) -> None:
        self._pending_reads -= 1
        read = self._waiting_reads.pop(number)
        if read.context is None or isValid(read.context):
            (read.failed or self.failed.emit)(message)

    # Imports

    def new_import(
        self,
        planned: Sequence["importer.PlannedImport"],
        options: "ImportOptions",
        skip_bad: bool,
        *,
        initiator: object | None = None,
    ) -> "ImportTask":
        """An import in a process of its own, to start once the caller has connected to its
        signals (progress, the result); what it brought is announced when it has committed."""
        from workbench.ui.tasks.imports import ImportTask

        ahead, self._ahead = self._ahead, None
        task = ImportTask(self.store, planned, options, skip_bad, ahead)
        # The task's signals come from its thread; this one brings the news to the UI thread.
        task.finished.connect(lambda _result: self._imported.emit(initiator))
        # Hold the task until its thread has really ended: a QThread destroyed while it still
        # runs takes the whole application down.
        self._imports.append(task)
        task.worker_thread.finished.connect(lambda: self._imports.remove(task))
        return task

    def start_import_ahead(self) -> None:
        """Start an import's process now (the Import dialog opened, the window is idle), so
        that the next import waits for its work only, not for a process to start. One at a
        time (it holds a hundred megabytes), none once stopped."""
        if self._stopped or (self._ahead is not None and self._ahead.waiting):
            return
        from workbench.ui.tasks.imports import ImportProcess

        if self._ahead is not None:
            self._ahead.end()  # it died while it waited
        try:
            self._ahead = ImportProcess(self.store.location)
        except Exception:  # no process now: the import starts its own and says what failed
            self._ahead = None

    def _announce_import(self, initiator: object | None) -> None:
        self.announce(IMPORTED, initiator)

    # Waiting and stopping

    def wait_idle(self, timeout_ms: int = 30_000) -> None:
        """Block until every write, read and import has landed (tests, quitting)."""
        deadline = QDeadlineTimer(timeout_ms)
        while self._busy() and not deadline.hasExpired():
            QCoreApplication.processEvents()
            QThread.msleep(5)

    def _busy(self) -> bool:
        return bool(self._pending_writes or self._pending_reads or self._imports)

    @property
    def stopped(self) -> bool:
        return self._stopped

    def stop(self) -> None:
        """Let the waiting writes land, cancel imports, then end the threads and the
        process started ahead for an import."""
        if self.watch is not None:
            self.watch.stop()
        self._stopped = True
        if self._ahead is not None:
            self._ahead.end()
            self._ahead = None
        for task in list(self._imports):
            task.cancel()
            task.worker_thread.wait()
        self._writes.put(None)
        self._thread.join()
        self._pool.shutdown(wait=True)
        QCoreApplication.processEvents()
