"""Live sync in the window: on the asyncio loop that qasync runs inside Qt, with the store's
reads and writes on the task runner's threads, so the window never waits for the network or the
disk. One sync at a time; the periodic one starts for each account when its interval is up."""

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from shiboken6 import isValid

from workbench.core import clock
from workbench.core.errors import WorkbenchError
from workbench.core.events.changes import Changes, Subject
from workbench.core.live import accounts
from workbench.core.settings import Author
from workbench.core.store import Connection
from workbench.ui.tasks.runner import TaskRunner

if TYPE_CHECKING:  # the sync and httpx are imported when one runs: the window opens sooner
    from workbench.services.live.secrets import Secrets
    from workbench.services.live.sync import AccountSync

T = TypeVar("T")
PUSH_AFTER_MS = 1_500
"""How long after a decision on a live item it is sent: j-a-j-a sends one batch, not four."""
CHECK_EVERY_MS = 30_000
"""How often the window looks for accounts whose sync interval is up."""
SYNCED = Changes(
    frozenset(), frozenset({Subject.QUEUE, Subject.SOURCES, Subject.MEMBERS, Subject.PUSHES})
)
"""What a sync may have changed: new items, members and the pushes' states."""


def _settling(
    future: "asyncio.Future[T]",
) -> tuple[Callable[[T], None], Callable[[str], None]]:
    """Callbacks that settle ``future`` with a result or an error (unless it was cancelled)."""

    def landed(result: T) -> None:
        if not future.done():
            future.set_result(result)

    def failed(message: str) -> None:
        if not future.done():
            future.set_exception(WorkbenchError(message))

    return landed, failed


class RunnerStore:
    """The store for a sync, through the window's task runner (one writer thread, a pool of
    readers), awaited from the asyncio loop."""

    def __init__(self, tasks: TaskRunner, initiator: object | None = None) -> None:
        self.tasks = tasks
        self.initiator = initiator
        """Named on the writes' announcements, so that the sync's own writes (a push done)
        are told apart from a manager's decision."""

    def _open(self) -> None:
        if self.tasks.stopped:
            raise WorkbenchError(QCoreApplication.translate("LiveSync", "The window is closing."))

    async def read(self, work: Callable[[Connection], T]) -> T:
        self._open()
        future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        store = self.tasks.store

        def read() -> T:
            with store.read() as connection:
                return work(connection)

        self.tasks.run(read, *_settling(future))
        return await future

    async def write(self, work: Callable[[Connection], T]) -> T:
        self._open()
        future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        landed, failed = _settling(future)
        self.tasks.submit(work, landed, failed=failed, initiator=self.initiator)
        return await future


class LiveSync(QObject):
    progress = Signal(str)
    """What the sync is doing, for the status bar."""
    running = Signal(bool)
    finished = Signal(object)
    """The list of AccountSync of a sync that ran to its end."""

    def __init__(
        self,
        tasks: TaskRunner,
        author: Author,
        secrets: "Secrets | None" = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.author = author
        self._secrets = secrets
        self.last_sync: dict[str, int] = {}
        self.last_reports: dict[str, AccountSync] = {}
        self._task: asyncio.Task[list[AccountSync]] | None = None
        self.every: int | None = None
        """Seconds between syncs of every account, from the manager's settings; None keeps
        each account's own interval."""
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self._sync_due)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(PUSH_AFTER_MS)
        self._soon.timeout.connect(self._push_now)

    @property
    def secrets(self) -> "Secrets":
        """The accounts' secrets, made when first asked for: keyring loads after the window."""
        if self._secrets is None:
            from workbench.services.live.secrets import Secrets

            self._secrets = Secrets()
        return self._secrets

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    def start_periodic(self) -> None:
        self._timer.start()

    def stop_periodic(self) -> None:
        """Sync only when asked (the settings turned automatic syncs off)."""
        self._timer.stop()

    def sync_now(
        self, names: list[str] | None = None, *, pull: bool = True
    ) -> "asyncio.Task[list[AccountSync]] | None":
        """Start a sync of these accounts (all by default) unless one is running; the task
        can be awaited, and cancelled with ``cancel``. Without ``pull`` it only sends."""
        if self.busy:
            return None
        self._task = asyncio.ensure_future(self._run(names, pull))
        self.running.emit(True)
        return self._task

    def push_soon(self) -> None:
        """A decision on a live item was recorded: send it in a moment (decisions taken in
        a row go out together), if an asyncio loop runs; else the next sync sends it."""
        self._soon.start()

    def _push_now(self) -> None:
        if not _loop_running():
            return
        if self.busy:
            self._soon.start()  # after the running sync
            return
        self.sync_now(pull=False)

    def cancel(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()

    def stop(self) -> None:
        """The window closes: no sync starts any more, and a running one is cancelled."""
        self._timer.stop()
        self._soon.stop()
        self.cancel()

    async def _run(self, names: list[str] | None, pull: bool) -> "list[AccountSync]":
        import httpx

        from workbench.services.live.sync import Sync

        try:
            async with httpx.AsyncClient() as client:
                sync = Sync(
                    RunnerStore(self.tasks, initiator=self),
                    self.secrets,
                    self.author,
                    client=client,
                    progress=self._progressed,
                )
                reports = await sync.run(names, pull=pull)
        except asyncio.CancelledError:
            if isValid(self):
                self.progress.emit(self.tr("Sync cancelled; what it had written is kept."))
            raise
        except WorkbenchError as problem:
            self.progress.emit(self.tr("Sync failed: {problem}").format(problem=problem))
            reports = []
        finally:
            if isValid(self):  # the window may have closed meanwhile
                self.running.emit(False)
                self.tasks.announce(SYNCED, initiator=self)
        if not isValid(self):
            return reports
        now = clock.now()
        for report in reports:
            self.last_sync[report.account] = now
            self.last_reports[report.account] = report
        if pull or reports:  # a send with nothing to send says nothing
            self.progress.emit(summary(reports))
        self.finished.emit(reports)
        return reports

    def _progressed(self, account: str, done: float | None, what: str) -> None:
        share = "" if done is None else f" ({round(100 * done)} %)"
        self.progress.emit(
            self.tr("Syncing {account}: {what}{share}").format(
                account=account, what=what, share=share
            )
        )

    def _sync_due(self) -> None:
        if self.busy or not _loop_running():
            return

        store, last = self.tasks.store, dict(self.last_sync)

        def due() -> list[str]:
            now = clock.now()
            with store.read() as connection:
                return [
                    account.name
                    for account in accounts.all_accounts(connection)
                    if now - last.get(account.name, 0) >= (self.every or account.interval)
                ]

        self.tasks.run(due, self._start_due, context=self)

    def _start_due(self, names: list[str]) -> None:
        if names:
            self.sync_now(names)


def _loop_running() -> bool:
    """Whether an asyncio loop runs (in the app, qasync's; a test may have none)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def summary(reports: "list[AccountSync]") -> str:
    """One line for the status bar about a whole sync."""
    if not reports:
        return QCoreApplication.translate("LiveSync", "No account to sync.")
    parts = []
    for report in reports:
        if report.error:
            parts.append(
                QCoreApplication.translate("LiveSync", "{account}: {problem}").format(
                    account=report.account, problem=report.error
                )
            )
        else:
            parts.append(
                # The class's tr, as lupdate reads plural forms (PySide6 takes it, its stubs not).
                LiveSync.tr(
                    "{account}: %n new item(s), {pushed} sent",  # type: ignore[arg-type]
                    "",
                    report.added,  # type: ignore[arg-type]
                ).format(account=report.account, pushed=report.pushed)
            )
    return " · ".join(parts)
