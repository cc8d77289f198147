"""Sources: the exports and accounts the store holds, what each one brought, and where to go
from there (its items in the queue, its network's members, another import)."""

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.connectors.registry import by_name
from workbench.core import sources
from workbench.core.events.changes import Subject
from workbench.core.settings import Author
from workbench.core.sources import SourceSummary
from workbench.core.store import Store
from workbench.ui.local_time import number, shown
from workbench.ui.pages.base import Page
from workbench.ui.tasks.runner import TaskRunner

NUMBER_COLUMNS = (3, 4, 5)


class SourcesPage(Page):
    key = "sources"
    watches = frozenset({Subject.SOURCES, Subject.QUEUE})

    import_requested = Signal()
    queue_requested = Signal(int)
    """The queue, showing this source's items."""
    members_requested = Signal(str)
    """The members page, showing this network's members."""

    def __init__(
        self, store: Store, author: Author, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, author, tasks, parent)
        self.setObjectName("sourcesView")
        self.list = QTreeWidget()
        self.list.setObjectName("sourcesList")
        self.list.setAccessibleName(self.tr("Connected sources"))
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(
            [
                self.tr("Source"),
                self.tr("Network"),
                self.tr("Kind"),
                self.tr("Items"),
                self.tr("Members"),
                self.tr("Open in the queue"),
                self.tr("Newest post"),
                self.tr("Last import"),
            ]
        )
        for column, width in enumerate((200, 100, 240, 80, 80, 120, 130)):
            self.list.setColumnWidth(column, width)
        self.list.setToolTip(self.tr("Enter or a double-click shows the source's items"))
        self.list.itemActivated.connect(lambda *_: self.show_in_queue())
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.status = QLabel()
        self.status.setObjectName("sourcesStatus")
        self.queue_button = QPushButton(self.tr("Show in the queue"))
        self.queue_button.setObjectName("sourceQueue")
        self.queue_button.clicked.connect(self.show_in_queue)
        self.members_button = QPushButton(self.tr("Show members"))
        self.members_button.setObjectName("sourceMembers")
        self.members_button.clicked.connect(self.show_members)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setObjectName("sourceImport")
        self.import_button.clicked.connect(self.import_requested)
        buttons = QHBoxLayout()
        for button in (self.queue_button, self.members_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.summaries: list[SourceSummary] = []
        self._enable()
        self.reload()

    def reload(self) -> None:
        """The counts come from a worker thread: on a large store they take a moment."""
        self.status.setText(self.tr("Counting…"))

        def read() -> list[SourceSummary]:
            with self.store.read() as connection:
                return sources.summaries(connection)

        self.tasks.run(read, self._show, self.status.setText, context=self)

    def _show(self, found: list[SourceSummary]) -> None:
        chosen = self.current()
        self.summaries = found
        self.list.clear()
        kinds = {
            "demo": self.tr("Made-up demo data"),
            "wordpress-api": self.tr("WordPress account (live)"),
            "matrix-api": self.tr("Matrix account (live)"),
        }
        for summary in found:
            info = summary.source
            connector = by_name(info.kind)
            row = QTreeWidgetItem(
                self.list,
                [
                    info.name,
                    info.network,
                    connector.label if connector else kinds.get(info.kind, info.kind),
                    number(summary.items),
                    number(summary.members),
                    number(summary.open_in_queue),
                    shown(summary.newest_item_at),
                    shown(summary.last_import_at),
                ],
            )
            for column in NUMBER_COLUMNS:
                row.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            row.setData(0, Qt.ItemDataRole.UserRole, info.id)
            if chosen is not None and info.id == chosen.source.id:
                self.list.setCurrentItem(row)
        first = self.list.topLevelItem(0)
        if first is not None and self.list.currentItem() is None:
            self.list.setCurrentItem(first)
        self.status.setText(
            ""
            if found
            else self.tr("No sources yet. Import an export with File → Import… (Ctrl+O).")
        )
        self._enable()

    def current(self) -> SourceSummary | None:
        item = self.list.currentItem()
        if item is None:
            return None
        source_id = item.data(0, Qt.ItemDataRole.UserRole)
        return next((s for s in self.summaries if s.source.id == source_id), None)

    def show_in_queue(self) -> None:
        if (chosen := self.current()) is not None:
            self.queue_requested.emit(chosen.source.id)

    def show_members(self) -> None:
        if (chosen := self.current()) is not None:
            self.members_requested.emit(chosen.source.network)

    def _enable(self) -> None:
        for button in (self.queue_button, self.members_button):
            button.setEnabled(self.list.currentItem() is not None)

    def _menu(self, at: QPoint) -> None:
        if self.list.itemAt(at) is None:
            return
        menu = QMenu(self)
        menu.addAction(self.queue_button.text(), self.show_in_queue)
        menu.addAction(self.members_button.text(), self.show_members)
        menu.exec(self.list.viewport().mapToGlobal(at))
