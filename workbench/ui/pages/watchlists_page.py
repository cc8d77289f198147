"""Watch lists: the team's lists on the left (this manager's, then the teammates' from their
bundles), the chosen list's entries on the right, and what can be done with them: a new list,
an entry added or retracted on one's own list, a teammate's list followed or no longer, and an
entry overridden here. Every action has a key; Delete retracts the chosen entry."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.errors import WorkbenchError
from workbench.core.events.changes import Subject
from workbench.core.settings import Author
from workbench.core.store import Connection, Store
from workbench.core.team import watchlists
from workbench.core.team.watchlists import Entry, WatchList
from workbench.ui.local_time import shown
from workbench.ui.pages.base import Page
from workbench.ui.tasks.runner import TaskRunner
from workbench.ui.widgets.watchlist_mentions import recommendations


class WatchlistsPage(Page):
    key = "watchlists"
    watches = frozenset({Subject.WATCHLISTS})

    def __init__(
        self, store: Store, author: Author, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, author, tasks, parent)
        self.setObjectName("watchlistsView")
        self.found: list[WatchList] = []
        self.shown_entries: list[Entry] = []
        self.by_list: dict[str, list[Entry]] = {}
        self.lists = QTreeWidget()
        self.lists.setObjectName("watchlists")
        self.lists.setAccessibleName(self.tr("Watch lists"))
        self.lists.setRootIsDecorated(False)
        self.lists.setHeaderLabels([self.tr("List"), self.tr("Kept by"), self.tr("Entries")])
        self.lists.setColumnWidth(0, 150)
        self.lists.setColumnWidth(1, 150)
        self.lists.currentItemChanged.connect(lambda *_: self._show_entries())
        self.entries = QTreeWidget()
        self.entries.setObjectName("watchlistEntries")
        self.entries.setAccessibleName(self.tr("Entries"))
        self.entries.setRootIsDecorated(False)
        self.entries.setHeaderLabels(
            [
                self.tr("Member or domain"),
                self.tr("List says"),
                self.tr("Here"),
                self.tr("Reason"),
                self.tr("Until"),
                self.tr("Set by"),
            ]
        )
        for column, width in enumerate((220, 80, 100, 220, 120)):
            self.entries.setColumnWidth(column, width)
        self.entries.currentItemChanged.connect(lambda *_: self._enable())
        self.status = QLabel()
        self.status.setObjectName("watchlistsStatus")
        self.status.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for name, text, key, handler in (
            ("watchlistNew", self.tr("&New list…"), "Ctrl+Shift+N", self.new_list),
            ("watchlistAdd", self.tr("&Add entry…"), "Ctrl+Shift+A", self.add_entry),
            ("watchlistRetract", self.tr("&Retract"), "Delete", self.retract),
            ("watchlistFollow", self.tr("&Follow"), "Ctrl+Shift+F", self.follow),
            ("watchlistOverride", self.tr("&Override here…"), "Ctrl+Shift+O", self.override),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(handler)
            button.setToolTip(QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText))
            QShortcut(QKeySequence(key), self, handler)
            self.buttons[name] = button
            bar.addWidget(button)
        bar.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.lists)
        splitter.addWidget(self.entries)
        splitter.setSizes([370, 710])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self._enable()
        self.reload()

    def reload(self) -> None:
        store, me = self.store, self.author
        chosen = self._current_list()
        uid = None if chosen is None else chosen.uid

        def read() -> tuple[list[WatchList], dict[str, list[Entry]]]:
            with store.read() as connection:
                found = watchlists.lists(connection, me)
                return found, {w.uid: watchlists.entries(connection, w) for w in found}

        self.tasks.run(read, lambda got: self._show(got, uid), self.status.setText, context=self)

    def _show(self, got: tuple[list[WatchList], dict[str, list[Entry]]], uid: str | None) -> None:
        self.found, self.by_list = got
        self.lists.clear()
        for w in self.found:
            owner = self.tr("you") if w.mine else w.owner_name
            if not w.mine:
                owner += " · " + (self.tr("followed") if w.subscribed else self.tr("not followed"))
            row = QTreeWidgetItem(self.lists, [w.name or w.uid, owner, str(w.entries)])
            row.setData(0, Qt.ItemDataRole.UserRole, w.uid)
            if not w.in_force:
                row.setForeground(0, Qt.GlobalColor.gray)
            if w.uid == uid:
                self.lists.setCurrentItem(row)
        first = self.lists.topLevelItem(0)
        if self.lists.currentItem() is None and first is not None:
            self.lists.setCurrentItem(first)
        self.status.setText(
            self.tr(
                "Your lists and those you follow are in force here: members' profiles name "
                "them. Teammates' lists come with their bundles (File → Import shared log…)."
            )
            if self.found
            else self.tr("No watch lists yet: make one with New list… (Ctrl+Shift+N).")
        )
        self._show_entries()

    def _current_list(self) -> WatchList | None:
        row = self.lists.currentItem()
        if row is None:
            return None
        uid = row.data(0, Qt.ItemDataRole.UserRole)
        return next((w for w in self.found if w.uid == uid), None)

    def _current_entry(self) -> Entry | None:
        row = self.entries.currentItem()
        index = -1 if row is None else self.entries.indexOfTopLevelItem(row)
        return self.shown_entries[index] if 0 <= index < len(self.shown_entries) else None

    def _show_entries(self) -> None:
        chosen = self._current_list()
        self.shown_entries = []
        self.entries.clear()
        self.shown_entries = [] if chosen is None else self.by_list.get(chosen.uid, [])
        names = recommendations()
        for e in self.shown_entries:
            what = e.label if e.label == str(e.target) else f"{e.label} ({e.target})"
            row = QTreeWidgetItem(
                self.entries,
                [
                    what,
                    names[e.recommendation],
                    names.get(e.effective, e.effective) if e.override else "",
                    e.override_reason or e.reason,
                    shown(e.expires_at),
                    e.set_by,
                ],
            )
            row.setToolTip(3, e.reason)
        if (first := self.entries.topLevelItem(0)) is not None:
            self.entries.setCurrentItem(first)
        self._enable()

    def _enable(self) -> None:
        chosen, entry = self._current_list(), self._current_entry()
        mine = chosen is not None and chosen.mine
        self.buttons["watchlistAdd"].setEnabled(mine)
        self.buttons["watchlistRetract"].setEnabled(mine and entry is not None)
        self.buttons["watchlistFollow"].setEnabled(chosen is not None and not chosen.mine)
        self.buttons["watchlistFollow"].setText(
            self.tr("Stop &following") if chosen and chosen.subscribed else self.tr("&Follow")
        )
        self.buttons["watchlistOverride"].setEnabled(entry is not None)

    def _write(self, write: Callable[[Connection], object]) -> None:
        def refused(problem: str) -> None:
            QMessageBox.warning(self, self.tr("Watch lists"), problem)

        self.tasks.attempt(write, lambda _done: self.reload(), refused, initiator=self)

    def new_list(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New watch list"), self.tr("Name:"))
        if ok and name.strip():
            me = self.author
            self._write(lambda c: watchlists.create(c, name, me))

    def add_entry(self) -> None:
        chosen = self._current_list()
        if chosen is None or not chosen.mine:
            return
        typed, ok = QInputDialog.getText(
            self,
            self.tr("Add to {list}").format(list=chosen.name),
            self.tr("Member as network:id (matrix:@eve:example.org), or a domain:"),
        )
        if not ok or not typed.strip():
            return
        try:
            to = watchlists.target(typed)
        except WorkbenchError as exc:
            QMessageBox.warning(self, self.tr("Watch lists"), str(exc))
            return
        names = recommendations()
        choices = [names[r] for r in watchlists.RECOMMENDATIONS]
        picked, ok = QInputDialog.getItem(
            self, self.tr("Add to {list}").format(list=chosen.name), self.tr("Recommend:"),
            choices, 0, False,
        )  # fmt: skip
        if not ok:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Add to {list}").format(list=chosen.name), self.tr("Reason:"),
            QLineEdit.EchoMode.Normal,
        )  # fmt: skip
        if not ok:
            return
        recommendation = watchlists.RECOMMENDATIONS[choices.index(picked)]
        me = self.author
        self._write(
            lambda c: watchlists.set_entry(c, chosen, to, recommendation, me, reason=reason)
        )

    def retract(self) -> None:
        chosen, entry = self._current_list(), self._current_entry()
        if chosen is None or entry is None or not chosen.mine:
            return
        asked = QMessageBox.question(
            self,
            self.tr("Retract"),
            self.tr(
                "Take {target} off {list}? It leaves every store that merges your next bundle."
            ).format(target=entry.label, list=chosen.name),
        )
        if asked == QMessageBox.StandardButton.Yes:
            me = self.author
            self._write(lambda c: watchlists.retract(c, chosen, entry.target, me))

    def follow(self) -> None:
        chosen = self._current_list()
        if chosen is None or chosen.mine:
            return
        me = self.author
        if chosen.subscribed:
            self._write(lambda c: watchlists.unsubscribe(c, chosen, me))
            return
        bans = [e.label for e in self.by_list.get(chosen.uid, []) if e.effective == "ban"]
        question = self.tr(
            "Follow {list}? Its %n entries will be in force here.", "", chosen.entries
        )
        if bans:
            question += "\n\n" + self.tr("It bans: {members}").format(members=", ".join(bans[:20]))
        asked = QMessageBox.question(
            self, self.tr("Follow"), question.replace("{list}", chosen.name or chosen.uid)
        )
        if asked == QMessageBox.StandardButton.Yes:
            self._write(lambda c: watchlists.subscribe(c, chosen, me))

    def override(self) -> None:
        chosen, entry = self._current_list(), self._current_entry()
        if chosen is None or entry is None:
            return
        names = recommendations()
        choices = [self.tr("as the list says"), *(names[o] for o in watchlists.OVERRIDES)]
        picked, ok = QInputDialog.getItem(
            self, self.tr("Override {target}").format(target=entry.label),
            self.tr("Here, {target} is:").format(target=entry.label), choices, 0, False,
        )  # fmt: skip
        if not ok:
            return
        index = choices.index(picked)
        instead = None if index == 0 else watchlists.OVERRIDES[index - 1]
        me = self.author

        def write(connection: Connection) -> object:
            return watchlists.override(connection, chosen, entry.target, instead, me)

        self._write(write)
