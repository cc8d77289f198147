"""What the window adds for a team store: the offline outbox and the managers' signing keys
(services.team.signing).

While the server does not answer, the task runner hands the writes that may wait (the outbox's
``Operation``s) to ``TeamStoreOutbox``, which keeps them in the laptop's outbox file and shows
"offline: N changes waiting" in the status bar. It tries the server again after 1, 2, 4 … up to
60 seconds and lands what waits, in order, on a worker thread; what landed is announced like any
write, and a write the store refused when it landed is said in the status bar with its reason.
"""

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QStatusBar

from workbench.core.events.changes import Changes
from workbench.core.store.outbox import unreachable
from workbench.services.live.secrets import Secrets
from workbench.services.team import signing
from workbench.services.team.outbox import Flushed, Operation, Outbox, backoff
from workbench.ui.tasks.runner import TaskRunner, Write


class TeamStoreOutbox(QObject):
    waiting = Signal(int)
    """How many writes wait for the server (0: none, the store is reached)."""
    refused = Signal(str)
    """A write that waited was refused when it landed: what the store said."""
    _kept = Signal()  # from the writer thread: a write was kept

    def __init__(self, tasks: TaskRunner, outbox: Outbox, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.outbox = outbox
        self._tries = 0
        self._flushing = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)
        self._kept.connect(self._schedule)
        tasks.keeps = self.keeps

    def keeps(self, work: Write, problem: Exception | None) -> bool:
        """On the writer thread: keep ``work`` for later when the server is gone, or when
        writes wait for it already (so that they land in the order they were made)."""
        if not isinstance(work, Operation):
            return False
        if problem is None and self.outbox.count() == 0:
            return False
        if problem is not None and not unreachable(problem):
            return False
        self.outbox.keep(work)
        self._kept.emit()
        return True

    def start(self) -> None:
        """Show what waits from an earlier session, and land it."""
        if self.outbox.count():
            self._schedule()

    def _schedule(self) -> None:
        self.waiting.emit(self.outbox.count())
        if not self._flushing and not self._timer.isActive():
            self._timer.start(backoff(self._tries) * 1000)

    def flush(self) -> None:
        """Land what waits, on a worker thread."""
        if self._flushing:
            return
        self._flushing = True
        store = self.tasks.store
        self.tasks.run(lambda: self.outbox.flush(store), self._flushed, self._failed)

    def _flushed(self, done: Flushed) -> None:
        self._flushing = False
        if made := Changes.of(done.kinds):
            self.tasks.announce(made)
        for refusal in done.refused:
            self.refused.emit(refusal.message)
        self._tries = self._tries + 1 if done.offline else 0
        left = self.outbox.count()
        self.waiting.emit(left)
        if left:
            self._timer.start(backoff(self._tries) * 1000)

    def _failed(self, message: str) -> None:
        self._flushing = False
        self.refused.emit(message)
        self._tries += 1
        self._timer.start(backoff(self._tries) * 1000)


class OfflineLabel(QLabel):
    """The status bar's "offline: N changes waiting", shown while any wait; a write refused
    when it landed is said beside it."""

    def __init__(self, status_bar: QStatusBar, outbox: TeamStoreOutbox) -> None:
        super().__init__()
        self.setObjectName("offlineOutbox")
        self.setToolTip(
            self.tr("The team store's server does not answer; your changes land when it does.")
        )
        self.hide()
        self._status_bar = status_bar
        outbox.waiting.connect(self._show)
        outbox.refused.connect(self._refused)
        status_bar.addPermanentWidget(self)

    def _show(self, count: int) -> None:
        self.setText(self.tr("offline: %n change(s) waiting", "", count))
        self.setVisible(count > 0)

    def _refused(self, message: str) -> None:
        self._status_bar.showMessage(
            self.tr("A change made while offline was refused: {reason}").format(reason=message),
            60_000,
        )


def attach(
    tasks: TaskRunner, status_bar: QStatusBar, secrets: Secrets, url: str, parent: QObject
) -> tuple[TeamStoreOutbox, OfflineLabel]:
    """All of it, for a window on the team store at ``url``."""
    signing.sign_with_keyring(secrets)
    outbox = TeamStoreOutbox(tasks, Outbox(url), parent)
    label = OfflineLabel(status_bar, outbox)
    outbox.start()
    return outbox, label
