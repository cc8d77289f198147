"""Members: everyone the workbench has seen, searchable, most recently active first, with the
selected member's card (status, tags, latest notes and interventions) beside the list."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core import clock, sources
from workbench.core.events.changes import Changes, Subject
from workbench.core.members import roster
from workbench.core.queue import items
from workbench.core.settings import Author
from workbench.core.store import Store
from workbench.ui import colours, labels
from workbench.ui.dialogs.links_dialog import LinksDialog
from workbench.ui.local_time import day
from workbench.ui.pages.base import Page
from workbench.ui.pages.profile_view import ProfileView
from workbench.ui.tasks.runner import TaskRunner
from workbench.ui.widgets.combos import refill

PAGE = 200


STATUS_MARKS = {
    "banned": (colours.Tone.ALARM, True),
    "muted": (colours.Tone.WARNING, True),
    "watch": (colours.Tone.CAUTION, False),
    "memorialized": (None, False),
}
"""How a status stands out in the list: a tone (None: quietly, as secondary text), and bold for
the sanctions."""


def _mark_status(item: QTreeWidgetItem, status: str) -> None:
    """Banned and muted members stand out at a glance; a memorialized one is set in italics,
    quietly, as a name in a book of remembrance."""
    if status not in STATUS_MARKS:
        return
    tone, bold = STATUS_MARKS[status]
    font = item.font(3)
    font.setBold(bold)
    font.setItalic(status == "memorialized")
    item.setFont(3, font)
    item.setForeground(3, QBrush(colours.muted() if tone is None else colours.tone(tone)))
    if status == "memorialized":
        for column in (0, 1):
            name = item.font(column)
            name.setItalic(True)
            item.setFont(column, name)


class MembersPage(Page):
    key = "members"
    # The list counts items and interventions; the profile shows decisions and the team's words.
    watches = frozenset(
        {
            Subject.MEMBERS,
            Subject.INTERVENTIONS,
            Subject.QUEUE,
            Subject.SOURCES,
            Subject.TEAM,
        }
    )

    def __init__(
        self, store: Store, author: Author, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, author, tasks, parent)
        self.setObjectName("memberPanel")
        self.profile = ProfileView(store, author, tasks)
        self.card = self.profile.card
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_list())
        splitter.addWidget(self.profile)
        splitter.setSizes([700, 540])  # the list's filters need the room more
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._timer.start)
        for combo in (*self._filters(), self.order):
            combo.currentIndexChanged.connect(self.reload)
        self.list.currentItemChanged.connect(self._show)
        self._offset = 0
        self._more = False
        self.reload_filters()
        self.reload()

    def _build_list(self) -> QWidget:
        """The search, the order and the filters above the list, its buttons below."""
        self.search = QLineEdit()
        self.search.setObjectName("memberSearch")
        self.search.setAccessibleName(self.tr("Search members"))
        self.search.setPlaceholderText(self.tr("Search by name or handle"))
        self.search.setClearButtonEnabled(True)
        self._build_filters()
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.order)
        filters = QHBoxLayout()
        for combo in self._filters():
            filters.addWidget(combo)
        self.list = QTreeWidget()
        self.list.setObjectName("membersList")
        self.list.setAccessibleName(self.tr("Members"))
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Handle"),
                self.tr("Network"),
                self.tr("Status"),
                self.tr("Items"),
                self.tr("Last seen"),
            ]
        )
        header = self.list.header()
        header.setStretchLastSection(False)
        for column in range(self.list.columnCount()):
            # Names and handles share what room there is; the short columns fit their text.
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column < 2
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        # More members come as the list is scrolled near its end, as in a mail client.
        self.list.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.links = QPushButton(self.tr("Suggested links…"))
        self.links.setObjectName("membersLinks")
        self.links.clicked.connect(self.show_links)
        self.shown_count = QLabel()
        self.shown_count.setObjectName("membersShown")
        below = QHBoxLayout()
        below.addWidget(self.links)
        below.addStretch(1)
        below.addWidget(self.shown_count)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(below)
        return left

    def _build_filters(self) -> None:
        def combo(name: str, accessible: str) -> QComboBox:
            box = QComboBox()
            box.setObjectName(name)
            box.setAccessibleName(accessible)
            box.setMinimumWidth(60)  # a narrow window may squeeze the filters
            return box

        self.status = combo("memberStatusFilter", self.tr("Status"))
        self.status.addItem(self.tr("Any status"), None)
        status_labels = labels.member_statuses()
        for status in roster.STATUSES:
            self.status.addItem(status_labels[status], status)
        self.network = combo("memberNetworkFilter", self.tr("Network"))
        self.tag = combo("memberTagFilter", self.tr("Tag"))
        self.rating = combo("memberRatingFilter", self.tr("Rating"))
        self.rating.addItem(self.tr("Any rating"), None)
        for stars in (3, 4, 5):
            self.rating.addItem(self.tr("Rated {n} or more").format(n=stars), stars)
        self.activity = combo("memberActivityFilter", self.tr("Activity"))
        self.activity.addItem(self.tr("Any time"), None)
        for days in (7, 30, 90):
            self.activity.addItem(self.tr("Active in the last {n} days").format(n=days), days)
        self.order = combo("memberOrder", self.tr("Sort by"))
        for key, label in (
            ("last_seen", self.tr("Last seen")),
            ("activity", self.tr("Most items")),
            ("notes", self.tr("Most notes")),
            ("interventions", self.tr("Most interventions")),
        ):
            self.order.addItem(label, key)

    def _filters(self) -> tuple[QComboBox, ...]:
        return (self.status, self.network, self.tag, self.rating, self.activity)

    def reload_filters(self) -> None:
        """The choices that depend on the store: networks and tags."""
        with self.store.read() as connection:
            networks = sorted({s.network for s in sources.list_all(connection)})
            tags = roster.tag_names(connection)
        refill(self.network, self.tr("All networks"), [(n, n) for n in networks])
        refill(self.tag, self.tr("Any tag"), [(t, t) for t in tags])

    def refresh(self, made: Changes) -> None:
        """The list again, with the member who was open still open and shown as they are now."""
        if made.touches({Subject.SOURCES, Subject.MEMBERS}):
            self.reload_filters()
        shown = self.profile.member_id
        self.list.blockSignals(True)  # the profile is shown once, below, not at each step
        self.reload()
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == shown:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if shown is not None:
            self.profile.show_member(shown)

    def reload(self) -> None:
        self.list.clear()
        self._offset = 0
        self.load_more()

    def load_more(self) -> None:
        with self.store.read() as connection:
            rows = roster.page(
                connection,
                search=self.search.text(),
                status=self.status.currentData(),
                network=self.network.currentData(),
                tag=self.tag.currentData(),
                min_rating=self.rating.currentData(),
                active_since=clock.now() - days * 86_400
                if (days := self.activity.currentData())
                else None,
                order=self.order.currentData(),
                offset=self._offset,
                limit=PAGE,
            )
        statuses = labels.member_statuses()
        for row in rows:
            seen = day(row.last_seen_at) if row.last_seen_at else ""
            item = QTreeWidgetItem(
                self.list,
                [
                    row.display_name,
                    row.handle,
                    row.network,
                    statuses.get(row.status, row.status),
                    str(row.item_count),
                    seen,
                ],
            )
            item.setData(0, Qt.ItemDataRole.UserRole, row.member_id)
            item.setTextAlignment(4, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            _mark_status(item, row.status)
        self._offset += len(rows)
        self._more = len(rows) == PAGE
        self.shown_count.setText(
            self.tr("%n member(s) shown, more as you scroll", "", self._offset)
            if self._more
            else self.tr("%n member(s)", "", self._offset)
        )

    def _scrolled(self, value: int) -> None:
        bar = self.list.verticalScrollBar()
        if self._more and value >= bar.maximum() - bar.pageStep():
            self.load_more()

    def show_links(self) -> None:
        LinksDialog(self.store, self.author, self.tasks, self).exec()
        if self.profile.member_id is not None:
            self.profile.show_member(self.profile.member_id)

    def show_member(self, member_id: int) -> None:
        """Open this member: the filters are cleared and the member is selected and shown."""
        with self.store.read() as connection:
            card = items.member_card(connection, member_id)
        for combo in self._filters():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(card.handle)
        self.search.blockSignals(False)
        self.reload()
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == member_id:
                self.list.setCurrentItem(item)
                return
        self.profile.show_member(member_id)

    def _show(self, current: QTreeWidgetItem | None) -> None:
        if current is None:
            self.card.clear()
            return
        self.profile.show_member(current.data(0, Qt.ItemDataRole.UserRole))
