"""A table model over one view of the moderation queue, loading pages by key as it scrolls."""

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from workbench.core.queue import listing
from workbench.core.queue.listing import QueueFilter, QueueKey, QueueRow
from workbench.core.store import Store
from workbench.core.text import excerpt
from workbench.ui import labels
from workbench.ui.local_time import shown
from workbench.ui.widgets.item_detail import reason_text
from workbench.ui.widgets.network_icons import network_icon

PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex


class QueueModel(QAbstractTableModel):
    """Rows come ``PAGE_SIZE`` at a time through ``fetchMore``, never all at once. A page costs
    about two milliseconds at a million items (benchmarks/queue_bench.py), so it is read on the
    UI thread. Rows can be checked (x, Space, a click on the box) for bulk decisions."""

    checked_changed = Signal(int)
    """How many rows are checked now."""

    COLUMNS = ("time", "network", "author", "excerpt", "reasons", "state", "priority", "assignee")

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._rows: list[QueueRow] = []
        self._exhausted = False
        self.checked: set[int] = set()
        self.view = QueueFilter()
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

    def set_view(self, view: QueueFilter) -> None:
        """Show another view; raises search.SearchError (and shows nothing new) if its search
        cannot be read."""
        with self._store.read() as connection:
            first = listing.page(connection, view, limit=PAGE_SIZE)
        self.beginResetModel()
        self.view = view
        self._rows = first
        self._exhausted = len(first) < PAGE_SIZE
        had_checked = bool(self.checked)
        self.checked.clear()
        self.endResetModel()
        if had_checked:
            self.checked_changed.emit(0)

    def reload(self) -> None:
        self.set_view(self.view)

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

    def refresh_items(self, item_ids: Iterable[int]) -> None:
        """Read these items again after a decision: rows that left the view go, others update."""
        wanted = set(item_ids)
        with self._store.read() as connection:
            present = {
                row.item_id: row for row in listing.rows_of(connection, self.view, [*wanted])
            }
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
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._exhausted:
            return
        after: QueueKey | None = self._rows[-1].key if self._rows else None
        with self._store.read() as connection:
            rows = listing.page(connection, self.view, after=after, limit=PAGE_SIZE)
        if len(rows) < PAGE_SIZE:
            self._exhausted = True
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

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
        if column == "reasons":
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
