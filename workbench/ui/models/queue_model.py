"""A table model over one view of the moderation queue, loading pages by key as it scrolls."""

from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from workbench.core.errors import WorkbenchError
from workbench.core.queue import listing
from workbench.core.queue.listing import QueueFilter, QueueKey, QueueRow
from workbench.core.store import Connection, Store
from workbench.core.text import excerpt
from workbench.ui import labels
from workbench.ui.local_time import shown
from workbench.ui.widgets.item_detail import reason_text
from workbench.ui.widgets.network_icons import network_icon

if TYPE_CHECKING:
    from workbench.ui.tasks.runner import TaskRunner

PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")
Done = Callable[[], None]


def _read(store: Store, work: Callable[[Connection], T]) -> T:
    """``work`` on a read connection of ``store`` (on a worker thread: no widget in it)."""
    with store.read() as connection:
        return work(connection)


def _page(view: QueueFilter, after: QueueKey | None, connection: Connection) -> list[QueueRow]:
    return listing.page(connection, view, after=after, limit=PAGE_SIZE)


def _rows_of(view: QueueFilter, item_ids: list[int], connection: Connection) -> list[QueueRow]:
    return listing.rows_of(connection, view, item_ids)


class QueueModel(QAbstractTableModel):
    """Rows come ``PAGE_SIZE`` at a time through ``fetchMore``, never all at once. A laptop
    store answers a page from its file in about two milliseconds at a million items
    (benchmarks/queue_bench.py): it is read on the UI thread, and what follows a load
    (``then``) runs before the call returns. A team store's answer crosses the network, as
    slow as the network is: given the window's task runner, its pages are read on the
    runner's pool, and ``then`` runs when they land. Each new view or reload takes a new token; an
    answer asked for under an older one is dropped (a manager who typed on, or a colleague's
    decision that reloaded meanwhile), as DB Browser for SQLite's RowLoader drops a stale
    query's rows. Rows can be checked (x, Space, a click on the box) for bulk decisions."""

    checked_changed = Signal(int)
    """How many rows are checked now."""
    load_failed = Signal(str)
    """A page or a reload could not be read (the server does not answer): the rows stay."""

    COLUMNS = ("time", "network", "author", "excerpt", "reasons", "state", "priority", "assignee")

    def __init__(self, store: Store, parent: Any = None, tasks: "TaskRunner | None" = None) -> None:
        super().__init__(parent)
        self._store = store
        self._tasks = tasks if store.dialect != "sqlite" else None
        self._token = 0
        """Which view's answers land: raised by each new view or reload."""
        self._fetching = False
        self._rows: list[QueueRow] = []
        self._exhausted = False
        self.checked: set[int] = set()
        self.view = QueueFilter()
        self._shown = 0
        """The token of the rows on show."""
        self._headers = {
            "time": self.tr("Time"),
            "network": self.tr("Network"),
            "author": self.tr("Author"),
            "excerpt": self.tr("Text"),
            "reasons": self.tr("Reasons"),
            "state": self.tr("State"),
            "priority": self.tr("Priority"),
            "assignee": self.tr("Assignee"),
        }
        self.reason_names = {
            "held": self.tr("held"),
            "reported": self.tr("reported"),
            "rule": self.tr("rule"),
            "duplicate": self.tr("duplicate"),
            "first_post": self.tr("first post"),
            "burst": self.tr("burst"),
        }
        self.state_names = {
            "new": self.tr("new"),
            "in_review": self.tr("in review"),
            "escalated": self.tr("escalated"),
            "approved": self.tr("approved"),
            "removed": self.tr("removed"),
            "ignored": self.tr("ignored"),
        }
        self.status_badges = {
            status: label
            for status, label in labels.member_statuses().items()
            if status not in ("active", "left")
        }

    @property
    def loading(self) -> bool:
        """Whether a view asked for is on its way (the rows are still the older view's)."""
        return self._token != self._shown

    def _load(
        self,
        work: Callable[[Connection], T],
        landed: Callable[[T], None],
        failed: Callable[[str], None] | None = None,
    ) -> None:
        """``work`` read now (laptop store) or on the runner's pool (team store); ``landed``
        gets its result unless a newer view or reload was asked for meanwhile. ``failed`` gets
        a problem's message (by default ``load_failed``); on the UI thread, a search that
        cannot be read is raised when nobody takes it."""
        token = self._token

        def current(result: T) -> None:
            if token == self._token:
                landed(result)

        def refused(message: str) -> None:
            if token == self._token:
                self._shown = token  # nothing on its way: the rows stay the older view's
                (failed or self.load_failed.emit)(message)

        if self._tasks is None:
            try:
                result = _read(self._store, work)
            except WorkbenchError as problem:
                if failed is None:
                    raise
                refused(str(problem))
                return
            current(result)
            return
        self._tasks.run(partial(_read, self._store, work), current, refused, context=self)

    def set_view(
        self,
        view: QueueFilter,
        then: Done | None = None,
        failed: Callable[[str], None] | None = None,
    ) -> None:
        """Show another view, its first page once read; then ``then``. A search that cannot be
        read goes to ``failed`` (or is raised: search.SearchError), and the rows stay."""
        self._token += 1
        self._fetching = False

        def landed(first: list[QueueRow]) -> None:
            self._show(view, first, keep_checked=False)
            if then is not None:
                then()

        self._load(partial(_page, view, None), landed, failed)

    def reload(self, then: Done | None = None) -> None:
        """The view's first page again (after a change); checks stay on the rows still in it."""
        self._token += 1
        self._fetching = False
        view = self.view

        def landed(first: list[QueueRow]) -> None:
            self._show(view, first, keep_checked=True)
            if then is not None:
                then()

        self._load(partial(_page, view, None), landed)

    def _show(self, view: QueueFilter, first: list[QueueRow], *, keep_checked: bool) -> None:
        self._shown = self._token
        self.beginResetModel()
        self.view = view
        self._rows = first
        self._exhausted = len(first) < PAGE_SIZE
        before = len(self.checked)
        if keep_checked:
            self.checked &= {row.item_id for row in first}
        else:
            self.checked.clear()
        self.endResetModel()
        if len(self.checked) != before:
            self.checked_changed.emit(len(self.checked))

    def reason_label(self, name: str) -> str:
        return self.reason_names.get(name, name)

    def row_at(self, row: int) -> QueueRow:
        return self._rows[row]

    def row_of(self, item_id: int) -> int | None:
        return next((n for n, row in enumerate(self._rows) if row.item_id == item_id), None)

    def toggle_checked(self, row: int) -> None:
        self.set_checked([row], self._rows[row].item_id not in self.checked)

    def set_checked(self, rows: Iterable[int], on: bool) -> None:
        """Check (or uncheck) these rows, as one change."""
        rows = list(rows)
        for row in rows:
            item_id = self._rows[row].item_id
            if on:
                self.checked.add(item_id)
            else:
                self.checked.discard(item_id)
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), 0))
            self.checked_changed.emit(len(self.checked))

    def check_all(self) -> None:
        """Check every row loaded so far."""
        self.set_checked(range(len(self._rows)), True)

    def clear_checked(self) -> None:
        if self.checked:
            self.checked.clear()
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))
            self.checked_changed.emit(0)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A click on a row's box checks or unchecks it."""
        if not index.isValid() or index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.set_checked([index.row()], checked)
        return True

    def drop_items(self, item_ids: Iterable[int]) -> None:
        """Take rows out at once, before the store has recorded why (a decision on its way)."""
        gone = set(item_ids)
        for row in reversed(range(len(self._rows))):
            if self._rows[row].item_id in gone:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        self._uncheck(gone)

    def _uncheck(self, item_ids: set[int]) -> None:
        if self.checked & item_ids:
            self.checked -= item_ids
            self.checked_changed.emit(len(self.checked))

    def refresh_items(self, item_ids: Iterable[int], then: Done | None = None) -> None:
        """Read these items again after a decision: rows that left the view go, others update;
        then ``then``."""
        wanted = set(item_ids)

        def landed(rows: list[QueueRow]) -> None:
            self._refreshed(wanted, {row.item_id: row for row in rows})
            if then is not None:
                then()

        self._load(partial(_rows_of, self.view, [*wanted]), landed)

    def _refreshed(self, wanted: set[int], present: dict[int, QueueRow]) -> None:
        for row in reversed(range(len(self._rows))):
            item_id = self._rows[row].item_id
            if item_id not in wanted:
                continue
            if item_id in present:
                self._rows[row] = present[item_id]
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
            else:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        self._uncheck(wanted - set(present))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted and not self._fetching

    def fetchMore(self, parent: Index) -> None:
        if not parent.isValid():
            self.fetch_more()

    def fetch_more(self, then: Done | None = None) -> None:
        """The next page, appended when it lands (one at a time); then ``then``."""
        if self._exhausted or self._fetching:
            return
        self._fetching = True
        after: QueueKey | None = self._rows[-1].key if self._rows else None

        def landed(rows: list[QueueRow]) -> None:
            self._fetching = False
            self._exhausted = len(rows) < PAGE_SIZE
            if rows:
                start = len(self._rows)
                self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()
            if then is not None:
                then()

        def refused(message: str) -> None:
            self._fetching = False
            self.load_failed.emit(message)

        self._load(partial(_page, self.view, after), landed, refused)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[self.COLUMNS[section]]
        if role == Qt.ItemDataRole.ToolTipRole:
            # The list is paged by the store, so a click on a header cannot sort it.
            return self.tr("Choose the order above the list: most urgent, newest or oldest first.")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == "network":
            return network_icon(row.network)
        if role == Qt.ItemDataRole.CheckStateRole and column == "time":
            checked = row.item_id in self.checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "priority":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _tooltip(self, row: QueueRow, column: str) -> str | None:
        """What a cut-off cell holds in full; the reasons with their details."""
        if column == "excerpt":
            return excerpt(row.body, 600)
        if column == "reasons" and self._tasks is None:
            # A laptop store's details, read as the pointer rests; a team store's would cross
            # the network on the UI thread: the detail pane says them.
            with self._store.read() as connection:
                details = listing.reason_details(connection, row.item_id)
            return "\n".join(
                f"{self.reason_label(name)}: "
                + reason_text(name, detail, row.network, row.report_count)
                if detail
                else self.reason_label(name)
                for name, detail in details
            ) or self._display(row, column)
        if column == "author" and row.author_handle:
            return row.author_handle
        return None

    def _display(self, row: QueueRow, column: str) -> str:
        if column == "time":
            return shown(row.created_at)  # when it was posted, the time the orders follow
        if column == "network":
            return row.network
        if column == "author":
            badge = self.status_badges.get(row.author_status)
            return f"{row.author_handle} [{badge}]" if badge else row.author_handle
        if column == "excerpt":
            return excerpt(f"{row.title}: {row.body}" if row.title else row.body, 140)
        if column == "reasons":
            return ", ".join(self.reason_label(name) for name in row.reasons.names)
        if column == "state":
            return self.state_names.get(row.state, row.state)
        if column == "priority":
            return str(row.priority)
        return row.assignee or ""
