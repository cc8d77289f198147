"""Pending pushes: what the workbench has to carry out on live accounts' platforms, what went
out, and what a platform refused, in its own words. A refused push can be sent again."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.events.changes import Subject
from workbench.core.live import pushes
from workbench.core.live.pushes import PushOrder
from workbench.core.settings import Author
from workbench.core.store import Connection, Store
from workbench.ui import colours, labels
from workbench.ui.local_time import shown
from workbench.ui.pages.base import Page
from workbench.ui.tasks.runner import TaskRunner


class PushesPage(Page):
    key = "pushes"
    watches = frozenset({Subject.PUSHES})

    item_requested = Signal(int)
    sync_requested = Signal()

    def __init__(
        self, store: Store, author: Author, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, author, tasks, parent)
        self.setObjectName("pushesView")
        self.found: list[PushOrder] = []
        self.state = QComboBox()
        self.state.setObjectName("pushState")
        self.state.addItem(self.tr("Waiting and failed"), None)
        for state, label in labels.push_states().items():
            self.state.addItem(label.capitalize(), state)
        self.state.currentIndexChanged.connect(lambda _index: self.reload())
        self.list = QTreeWidget()
        self.list.setObjectName("pushesList")
        self.list.setAccessibleName(self.tr("Pushes"))
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(
            [
                self.tr("Decided"),
                self.tr("Account"),
                self.tr("Action"),
                self.tr("State"),
                self.tr("Item"),
                self.tr("What the platform said"),
            ]
        )
        for column, width in enumerate((140, 120, 130, 130, 260)):
            self.list.setColumnWidth(column, width)
        self.list.itemActivated.connect(self._open)
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.status = QLabel()
        self.status.setObjectName("pushesStatus")
        self.retry_button = QPushButton(self.tr("Send again"))
        self.retry_button.setObjectName("pushRetry")
        self.retry_button.clicked.connect(self.retry)
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setObjectName("pushSync")
        self.sync_button.clicked.connect(self.sync_requested)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.state)
        top.addStretch(1)
        top.addWidget(self.retry_button)
        top.addWidget(self.sync_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        self._enable()
        self.reload()  # built when first shown (the window's pages are): what is out there now

    def reload(self) -> None:
        store, state = self.store, self.state.currentData()

        def read() -> list[PushOrder]:
            with store.read() as connection:
                if state is not None:
                    return pushes.listing(connection, state=state)
                return [
                    *pushes.listing(connection, state="failed"),
                    *pushes.listing(connection, state="pending"),
                ]

        self.tasks.run(read, self._show, self.status.setText, context=self)

    def _show(self, found: list[PushOrder]) -> None:
        self.found = found
        self.list.clear()
        actions, states = labels.push_actions(), labels.push_states()
        for push in found:
            row = QTreeWidgetItem(
                self.list,
                [
                    shown(push.requested_at),
                    push.account,
                    actions.get(push.action, push.action),
                    states.get(push.state, push.state),
                    " ".join(push.excerpt.split())[:120],
                    push.message or "",
                ],
            )
            row.setData(0, Qt.ItemDataRole.UserRole, push.id)
            row.setToolTip(5, push.message or "")
            if push.state == "failed":
                row.setForeground(3, colours.tone(colours.Tone.ALARM))
        counts = {state: sum(p.state == state for p in found) for state in ("pending", "failed")}
        self.status.setText(
            self.tr(
                "{waiting} waiting, {failed} failed. Waiting ones go out at the next sync."
            ).format(waiting=counts["pending"], failed=counts["failed"])
        )
        self._enable()

    def _current(self) -> PushOrder | None:
        row = self.list.currentItem()
        if row is None:
            return None
        push_id = row.data(0, Qt.ItemDataRole.UserRole)
        return next((p for p in self.found if p.id == push_id), None)

    def _enable(self) -> None:
        current = self._current()
        self.retry_button.setEnabled(current is not None and current.state == "failed")

    def _open(self, *_: object) -> None:
        if (current := self._current()) is not None:
            self.item_requested.emit(current.item_id)

    def retry(self) -> None:
        current = self._current()
        if current is None or current.state != "failed":
            return
        author = self.author

        def write(connection: Connection) -> object:
            return pushes.retry(connection, current.id, author)

        self.tasks.submit(write, lambda _event: self.reload(), initiator=self)
