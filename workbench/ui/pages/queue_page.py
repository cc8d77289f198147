"""The queue: filters and search above, the decisions' buttons and the items in the middle, the
selected one below, and keyboard triage (j/k to move, a/r/e/i to decide, x or Space to check an
item for a bulk decision, Ctrl+A to check all, Esc to clear, u to undo, n to note the author,
c to claim, m to mute the thread, Shift+M to mute the author, f to file in an incident).

The keys work anywhere on the page but in the search box, where they are typing; Down or
Enter there go on to the list, and Esc comes back to it. With the mouse: a click on a row's
box, Ctrl+click and Shift+click check items, the buttons and a row's context menu decide.
After any decision the cursor goes on to the next item not decided, never past one.
"""

from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core import clock, sources
from workbench.core.events.changes import Changes, Subject
from workbench.core.events.projections import DECISIONS
from workbench.core.incidents import cases
from workbench.core.interventions import logbook
from workbench.core.members import roster
from workbench.core.queue import decisions, items
from workbench.core.queue.items import ItemView
from workbench.core.queue.listing import OPEN_STATES, Order, QueueFilter, Reason
from workbench.core.queue.reading import Reading, reading
from workbench.core.settings import Author
from workbench.core.store import Connection, Store
from workbench.core.team import templates, vocabulary
from workbench.core.team.vocabulary import Vocabulary
from workbench.services.team import outbox
from workbench.ui import colours, local_time
from workbench.ui.dialogs.intervention_dialog import ask_and_log
from workbench.ui.dialogs.item_dialog import ItemDialog
from workbench.ui.dialogs.note_dialog import NoteDialog
from workbench.ui.models.queue_model import QueueModel
from workbench.ui.pages.base import Page
from workbench.ui.pages.queue_live import LiveItemActions
from workbench.ui.tasks.runner import TaskRunner
from workbench.ui.widgets.combos import refill
from workbench.ui.widgets.item_detail import ItemDetail


class QueuePage(Page):
    key = "queue"
    watches = frozenset(
        {Subject.QUEUE, Subject.MEMBERS, Subject.RULES, Subject.TEMPLATES, Subject.SOURCES}
    )
    message = Signal(str)
    """A short status message for the status bar."""

    def __init__(
        self,
        store: Store,
        author: Author,
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, author, tasks, parent)
        self.setObjectName("queuePage")
        self.tasks.failed.connect(self._failed)
        self.base_view = QueueFilter()
        self.model = QueueModel(store, self, tasks)
        self.model.load_failed.connect(self._not_loaded)
        self._anchor: int | None = None
        """The item last checked or unchecked: Shift+click checks from there."""
        self.actions_by_name: dict[str, QAction] = {}
        self._add_actions()

        # Built in reading order, which is also the order Tab moves focus in.
        filters = self._build_filters()
        table = QWidget()
        table_layout = QVBoxLayout(table)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addLayout(self._build_decisions())
        table_layout.addWidget(self._build_table(), 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(table)
        splitter.addWidget(self._build_detail())
        splitter.setSizes([480, 320])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._search_now)
        self.search.installEventFilter(self)
        for combo in self._filters():
            combo.currentIndexChanged.connect(self.apply_filters)
        self.view.selectionModel().selectionChanged.connect(self._show_selected)
        self.view.viewport().installEventFilter(self)
        self.model.checked_changed.connect(self._show_checked)
        self.reload_networks()
        self.reload_templates()
        self.apply_filters()

    def _build_filters(self) -> QVBoxLayout:
        """The search and the filters above the table, and a hint for a search that fails."""
        self.search = QLineEdit()
        self.search.setObjectName("queueSearch")
        self.search.setAccessibleName(self.tr("Search the queue"))
        self.search.setPlaceholderText(
            self.tr('Search: words, also inside longer words; "exact phrase", prefix*')
        )
        self.search.setClearButtonEnabled(True)
        self.state = self._combo("queueStateFilter", self.tr("State"))
        self.state.addItem(self.tr("Open"), None)
        for state, label in self.model.state_names.items():
            self.state.addItem(label, (state,))
        self.reason = self._combo("queueReasonFilter", self.tr("Reason"))
        self.reason.addItem(self.tr("Any reason"), None)
        for name, label in self.model.reason_names.items():
            self.reason.addItem(label, name)
        self.network = self._combo("queueNetworkFilter", self.tr("Network"))
        self.source = self._combo("queueSourceFilter", self.tr("Source"))
        self.period = self._combo("queuePeriodFilter", self.tr("Period"))
        self.period.addItem(self.tr("Any time"), None)
        self.period.addItem(self.tr("Last 24 hours"), 1)
        self.period.addItem(self.tr("Last 7 days"), 7)
        self.period.addItem(self.tr("Last 30 days"), 30)
        self.member_status = self._combo("queueMemberStatusFilter", self.tr("Author status"))
        self.member_status.addItem(self.tr("Any author"), None)
        for status, label in self.model.status_badges.items():
            self.member_status.addItem(self.tr("Author: {status}").format(status=label), status)
        self.tag = self._combo("queueTagFilter", self.tr("Author tag"))
        self.order = self._combo("queueOrder", self.tr("Order"))
        self.order.addItem(self.tr("Most urgent first"), Order.PRIORITY)
        self.order.addItem(self.tr("Newest first"), Order.NEWEST)
        self.order.addItem(self.tr("Oldest first"), Order.OLDEST)
        self.order.setToolTip(
            self.tr(
                "The order of the list, kept by the store as you scroll; "
                "a search lists the latest imported items first."
            )
        )
        self.hint = QLabel()
        self.hint.setObjectName("queueSearchHint")
        self.hint.setStyleSheet(colours.text_style(colours.Tone.ALARM))
        self.hint.setWordWrap(True)
        self.hint.hide()
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.state)
        bar.addWidget(self.reason)
        bar.addWidget(self.order)
        more = QHBoxLayout()
        for combo in (self.network, self.source, self.period, self.member_status, self.tag):
            more.addWidget(combo)
        more.addStretch(1)

        box = QVBoxLayout()
        box.addLayout(bar)
        box.addLayout(more)
        box.addWidget(self.hint)
        return box

    def _build_table(self) -> QTableView:
        self.view = QTableView()
        self.view.setObjectName("queueView")
        self.view.setAccessibleName(self.tr("Moderation queue"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        header = self.view.horizontalHeader()
        for column, width in enumerate((150, 110, 140, 400, 110, 76, 56, 90)):
            self.view.setColumnWidth(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        return self.view

    def _build_decisions(self) -> QHBoxLayout:
        """The decisions as buttons, for the mouse (the same actions as the keys), and how many
        items are checked for a bulk decision."""
        self.checked_label = QLabel()
        self.checked_label.setObjectName("queueChecked")
        # The words give way in a narrow window (the buttons keep their room).
        self.checked_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 2, 0, 2)
        bar.addWidget(self.checked_label, 1)
        for name in ("queueApprove", "queueRemove", "queueEscalate", "queueIgnore", "queueUndo"):
            button = QToolButton()
            button.setObjectName(f"{name}Button")
            button.setDefaultAction(self.actions_by_name[name])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            bar.addWidget(button)
        self._show_checked(0)
        return bar

    def _build_detail(self) -> QWidget:
        """The selected item in full, and the reply templates below it."""
        self.detail = ItemDetail()
        self.detail.item_requested.connect(self.open_item)
        self.detail.whole_requested.connect(lambda: self._show_selected(whole=True))
        self.template = self._combo("replyTemplate", self.tr("Reply template"))
        copy = QPushButton(self.tr("Copy reply"))
        copy.setObjectName("copyReply")
        copy.clicked.connect(self.copy_reply)
        replies = QHBoxLayout()
        replies.setContentsMargins(0, 0, 0, 0)
        replies.addWidget(QLabel(self.tr("Reply:")))
        replies.addWidget(self.template, 1)
        replies.addWidget(copy)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.detail, 1)
        lower_layout.addLayout(replies)
        return lower

    def reload(self) -> None:
        """Everything again: the filter choices, the replies and the queue from the top."""
        self.reload_networks()
        self.reload_templates()
        self.apply_filters()

    def refresh(self, made: Changes) -> None:
        if made.touches({Subject.SOURCES, Subject.MEMBERS}):
            self.reload_networks()
        if made.touches({Subject.TEMPLATES}):
            self.reload_templates()
        if made.touches({Subject.SOURCES, Subject.RULES}):
            self.apply_filters()  # new items or new reasons: the queue from the top
        elif made.touches({Subject.QUEUE, Subject.MEMBERS}):
            # On a team store this is a colleague's every decision: the place and the checks
            # of a bulk decision under way stay (the model keeps those of items still in it).
            self._reload_in_place()

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        # Wide enough for its words, but a narrow window may squeeze it.
        combo.setMinimumWidth(60)
        return combo

    def _add_actions(self) -> None:
        """The page's actions. Their keys work wherever the focus is on the page; the search
        box takes the typing keys for itself (a line edit overrides them)."""

        def add(name: str, text: str, key: str, handler: Callable[[], None]) -> None:
            action = QAction(text, self)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shown_key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text.removesuffix('…')} ({shown_key})")
            action.triggered.connect(handler)
            self.addAction(action)
            self.actions_by_name[name] = action

        add("queueNext", self.tr("Next item"), "J", lambda: self.go(1))
        add("queuePrevious", self.tr("Previous item"), "K", lambda: self.go(-1))
        add("queueApprove", self.tr("Approve"), "A", lambda: self.decide("approve"))
        add("queueRemove", self.tr("Remove"), "R", lambda: self.decide("remove"))
        add("queueEscalate", self.tr("Escalate"), "E", lambda: self.decide("escalate"))
        add("queueIgnore", self.tr("Ignore"), "I", lambda: self.decide("ignore"))
        add("queueUndo", self.tr("Undo the last decision"), "U", self.undo)
        self.actions_by_name["queueUndo"].setIconText(self.tr("Undo"))
        add("queueSelect", self.tr("Check for a bulk decision"), "X", self.toggle_checked)
        add("queueCheck", self.tr("Check or uncheck this item"), "Space", self.toggle_current)
        add("queueCheckAll", self.tr("Check all items shown"), "Ctrl+A", self.check_all)
        add("queueEscape", self.tr("Clear the checks / back to the list"), "Esc", self.escape)
        add("queueNote", self.tr("Note the author…"), "N", self.note_author)
        add("queueClaim", self.tr("Claim (assign to me)"), "C", self.claim)
        add("queueRelease", self.tr("Release my claim"), "Shift+C", self.release)
        add("queueIntervene", self.tr("New intervention on the author…"), "V", self.intervene)
        add("queueIncident", self.tr("File in an incident…"), "F", self.file_in_incident)
        add("queueMuteThread", self.tr("Mute this thread…"), "M", lambda: self.mute("thread"))
        add("queueMuteMember", self.tr("Mute this author…"), "Shift+M", lambda: self.mute("member"))
        add(
            "queueSpam",
            self.tr("Spam (removed, and marked so on the platform)"),
            "S",
            lambda: self.decide("spam"),
        )
        self.live = LiveItemActions(
            self, self.tasks, self.author, lambda shown: self._filled_reply(shown.view)
        )
        self.live.message.connect(self.message)
        self.actions_by_name.update(self.live.actions)

    def _filters(self) -> tuple[QComboBox, ...]:
        return (
            self.state,
            self.reason,
            self.network,
            self.source,
            self.period,
            self.member_status,
            self.tag,
            self.order,
        )

    def reload_networks(self) -> None:
        """The choices that depend on the store: networks, sources, tags."""
        with self.store.read() as connection:
            known = sources.list_all(connection)
            tags = roster.tag_names(connection)
        refill(
            self.network,
            self.tr("All networks"),
            [(n, n) for n in sorted({s.network for s in known})],
        )
        refill(self.source, self.tr("All sources"), [(s.name, s.id) for s in known])
        refill(
            self.tag, self.tr("Any tag"), [(self.tr("Tag: {tag}").format(tag=t), t) for t in tags]
        )

    def reload_templates(self) -> None:
        self.template.clear()
        with self.store.read() as connection:
            for template in templates.load(connection):
                self.template.addItem(template.name, template.body)

    def copy_reply(self) -> None:
        """The chosen template, filled in for the selected item's author, to the clipboard:
        the manager pastes it on the network."""
        row = self.current_row()
        if row is None or self.template.currentData() is None:
            return
        with self.store.read() as connection:
            view = items.item_view(connection, self.model.row_at(row).item_id)
        QApplication.clipboard().setText(self._filled_reply(view))
        self.message.emit(
            self.tr("Reply copied: paste it on {network}.").format(network=view.network)
        )

    def _filled_reply(self, view: ItemView) -> str:
        """The chosen template (if any) with the item's author and place filled in."""
        body = self.template.currentData()
        if body is None:
            return ""
        author = view.author
        values = {
            "name": (author.display_name or author.handle) if author else "",
            "handle": author.handle if author else "",
            "network": view.network,
            "source": view.source_name,
        }
        return templates.fill(body, values)

    def show_view(self, view: QueueFilter) -> None:
        """Show a saved view: its filter, with the filter bar reset."""
        self.base_view = view
        for combo in self._filters():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.apply_filters()

    def current_filter(self) -> QueueFilter:
        view = self.base_view
        state, reason, network = (
            self.state.currentData(),
            self.reason.currentData(),
            self.network.currentData(),
        )
        source, days = self.source.currentData(), self.period.currentData()
        status, tag = self.member_status.currentData(), self.tag.currentData()
        return QueueFilter(
            states=state if state is not None else view.states,
            reason=Reason.named(reason) if reason else view.reason,
            networks=(network,) if network else view.networks,
            source_ids=(source,) if source is not None else view.source_ids,
            since=clock.now() - days * 86_400 if days else view.since,
            member_statuses=(status,) if status else view.member_statuses,
            tag=tag or view.tag,
            assignee=view.assignee,
            part=view.part,
            search=self.search.text(),
            order=Order(self.order.currentData()),
        )

    def _search_now(self) -> None:
        """Enter in the search box: the results at once, and on to the list."""
        self._search_timer.stop()
        self.apply_filters()
        if not self.hint.isVisible():
            self.focus_list()

    def focus_list(self) -> None:
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.current_row() is None and self.model.rowCount():
            self.view.selectRow(0)

    def escape(self) -> None:
        """Esc: from the search box or the filters back to the list; in the list, clear the
        checks."""
        if not self.view.hasFocus():
            self.focus_list()
        else:
            self.model.clear_checked()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
                self.focus_list()
                return True
        elif watched is self.view.viewport() and event.type() == QEvent.Type.MouseButtonPress:
            assert isinstance(event, QMouseEvent)
            return self._checking_click(event)
        return super().eventFilter(watched, event)

    def _checking_click(self, event: QMouseEvent) -> bool:
        """Ctrl+click checks or unchecks a row, Shift+click checks every row from the last
        one checked; either makes the row current. Other clicks are the table's."""
        modifiers = event.modifiers()
        wanted = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        row = self.view.rowAt(event.position().toPoint().y())
        if event.button() != Qt.MouseButton.LeftButton or not modifiers & wanted or row < 0:
            return False
        anchor = self.model.row_of(self._anchor) if self._anchor is not None else None
        if modifiers & Qt.KeyboardModifier.ShiftModifier:
            start = self.current_row() if anchor is None else anchor
            start = row if start is None else start
            self.model.set_checked(range(min(start, row), max(start, row) + 1), True)
        else:
            self.model.toggle_checked(row)
        self._anchor = self.model.row_at(row).item_id
        self.view.selectRow(row)
        return True

    def _context_menu(self, position: QPoint) -> None:
        """A row's menu: the same actions as the keys, for the row (or the checked rows)."""
        row = self.view.rowAt(position.y())
        if row < 0:
            return
        if self.model.row_at(row).item_id not in self.model.checked:
            self.view.selectRow(row)
        menu = QMenu(self)
        groups = (
            ("queueApprove", "queueRemove", "queueSpam", "queueEscalate", "queueIgnore"),
            ("queueCheck", "queueCheckAll"),
            ("queueClaim", "queueRelease", "queueNote", "queueIntervene", "queueIncident"),
            ("queueMuteThread", "queueMuteMember"),
        )
        for group in groups:
            if not menu.isEmpty():
                menu.addSeparator()
            for name in group:
                menu.addAction(self.actions_by_name[name])
        # What the item's platform can do, if it came from a live account that can.
        live = [action for action in self.live.actions.values() if action.isEnabled()]
        if live:
            menu.addSeparator()
            menu.addActions(live)
        menu.popup(self.view.viewport().mapToGlobal(position))
        self.context_menu = menu

    def _show_checked(self, count: int) -> None:
        self.checked_label.setText(
            self.tr("%n item(s) checked — Esc clears", "", count)
            if count
            else self.tr("Check items (X, Space, Ctrl+click) to decide on them at once.")
        )

    def apply_filters(self) -> None:
        self.model.set_view(self.current_filter(), self._view_shown, self._view_refused)

    def _view_shown(self) -> None:
        self.hint.hide()
        if self.model.rowCount():
            self.view.selectRow(0)
        else:
            self.detail.clear()
            self.live.show(None)

    def _view_refused(self, problem: str) -> None:
        """A search that cannot be read (or a server that does not answer): said above the
        list, which keeps the rows it had."""
        self.hint.setText(problem)
        self.hint.show()

    def _not_loaded(self, problem: str) -> None:
        self.message.emit(self.tr("The queue could not be read: {problem}").format(problem=problem))

    def _reload_in_place(self, item_id: int | None = None) -> None:
        """The view again, keeping the current item (or ``item_id``) or its row."""
        current, row = self.current_item(), self.current_row() or 0
        keep = current if item_id is None else item_id
        self.model.reload(lambda: self._select_item(keep, row))

    def current_row(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def current_item(self) -> int | None:
        row = self.current_row()
        return None if row is None else self.model.row_at(row).item_id

    def go(self, step: int) -> None:
        row = self.current_row()
        target = 0 if row is None else row + step
        if target >= self.model.rowCount() and self.model.canFetchMore(QModelIndex()):
            self.model.fetch_more(lambda: self._go_to(target))
            return
        self._go_to(target)

    def _go_to(self, target: int) -> None:
        if 0 <= target < self.model.rowCount():
            self.view.selectRow(target)

    def toggle_checked(self) -> None:
        """x: check or uncheck the current item and go on to the next."""
        self.toggle_current()
        self.go(1)

    def toggle_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.model.toggle_checked(row)
            self._anchor = self.model.row_at(row).item_id

    def check_all(self) -> None:
        self.model.check_all()

    def _targets(self) -> list[int]:
        if self.model.checked:
            return sorted(self.model.checked)
        row = self.current_row()
        return [] if row is None else [self.model.row_at(row).item_id]

    def decide(self, decision: str) -> None:
        """Record the decision; the next item shows at once, the write follows in the
        background (it waits there if an import holds the store)."""
        targets = self._targets()
        if not targets:
            return
        rows = self._rows(targets)
        authors = {item: self.model.row_at(row).author_handle for item, row in rows}
        # What the manager saw: a colleague's decision since then is not overruled unseen.
        seen = {item: self.model.row_at(row).state for item, row in rows}
        following, row = self._following(targets), self.current_row() or 0
        self.model.clear_checked()
        if DECISIONS[decision] not in (self.model.view.states or OPEN_STATES):
            self.model.drop_items(targets)
        self._select_item(following, row)

        # An Operation: on a team store whose server is away it waits in the outbox.
        self.tasks.submit(
            outbox.decide(targets, decision, self.author, seen=seen),
            lambda result: self._decided(result, decision, targets, authors, following),
            initiator=self,
        )

    def _rows(self, item_ids: list[int]) -> list[tuple[int, int]]:
        """(item id, row) of those of the items the list holds."""
        return [(item, row) for item in item_ids if (row := self.model.row_of(item)) is not None]

    def _following(self, targets: list[int]) -> int | None:
        """The item to show once ``targets`` are decided: the first one not among them from
        the current row, or from the first target above it, so that no item is passed over."""
        gone = set(targets)
        rows = [row for _, row in self._rows(targets)]
        current = self.current_row()
        if current is None:
            start = min(rows, default=0)
        elif self.model.row_at(current).item_id in gone:
            start = min([current, *rows])
        else:
            start = current
        count = self.model.rowCount()
        for row in [*range(start, count), *reversed(range(start))]:
            if (item := self.model.row_at(row).item_id) not in gone:
                return item
        return None

    def _decided(
        self,
        result: decisions.DecisionResult | decisions.Conflicted,
        decision: str,
        targets: list[int],
        authors: dict[int, str],
        following: int | None,
    ) -> None:
        current = self.current_item()  # the manager may have moved on meanwhile
        row = self.current_row() or 0
        keep = current if current is not None else following
        if isinstance(result, decisions.Conflicted):
            # Others got there first: the items as they are now, and who decided or holds them.
            self.model.reload(lambda: self._select_item(keep, row))
            self.message.emit(self._not_recorded(result.conflicts))
            return
        if result.skipped_memorialized or result.conflicts:
            self.model.reload(lambda: self._select_item(keep, row))
        else:
            self.model.refresh_items(targets, lambda: self._select_item(keep, row))
        skipped = set(result.skipped_memorialized) | {c.item_id for c in result.conflicts}
        decided = [authors.get(item, "") for item in targets if item not in skipped]
        text = self._decision_text(decision, len(result.events), self._who(decided))
        if result.skipped_memorialized:
            text += " " + self.tr(
                "%n item(s) by memorialized members were left out.",
                "",
                len(result.skipped_memorialized),
            )
        if result.conflicts:
            text += " " + self._not_recorded(result.conflicts)
        self.message.emit(text)

    def _not_recorded(self, conflicts: list[decisions.Conflict]) -> str:
        """Who got to the items first, and when, in the manager's own time."""
        said = decisions.said(conflicts, local_time.shown)
        return self.tr("Not recorded: {conflicts}").format(conflicts=said)

    def _decision_text(self, decision: str, count: int, who: str) -> str:
        """What was decided, on how many and whose items, and that it can be undone."""
        if decision == "approve":
            text = self.tr("Approved %n item(s) by {who} — U undoes.", "", count)
        elif decision == "remove":
            text = self.tr("Removed %n item(s) by {who} — U undoes.", "", count)
        elif decision == "escalate":
            text = self.tr("Escalated %n item(s) by {who} — U undoes.", "", count)
        else:
            text = self.tr("Ignored %n item(s) by {who} — U undoes.", "", count)
        return text.format(who=who)

    def _who(self, handles: list[str]) -> str:
        """The authors of some items, the most frequent first: "spam42 and 2 others"."""
        ranked = [handle for handle, _ in Counter(handles).most_common()]
        if not ranked:
            return self.tr("nobody")
        first = ranked[0] or self.tr("an unknown author")
        if len(ranked) == 1:
            return first
        return self.tr("{first} and %n other(s)", "", len(ranked) - 1).format(first=first)

    def undo(self) -> None:
        """Take back the manager's latest decision, all of its items (Edit > Undo, u)."""

        def write(connection: Connection) -> decisions.Undone | None:
            return decisions.undo_last(connection, self.author)

        self.tasks.submit(write, self._undone, initiator=self)

    def _undone(self, undone: decisions.Undone | None) -> None:
        if undone is None:
            self.message.emit(self.tr("You have no decision to undo."))
            return
        current, row = self.current_item(), self.current_row() or 0

        def shown() -> None:
            back = sorted(r for _, r in self._rows(undone.item_ids))
            self._select_item(self.model.row_at(back[0]).item_id if back else current, row)

        self.model.reload(shown)
        self.message.emit(self._undo_text(undone.state, len(undone.item_ids)))

    def _undo_text(self, state: str, count: int) -> str:
        if state == "removed":
            return self.tr("Brought back %n removed item(s).", "", count)
        if state == "approved":
            return self.tr("Brought back %n approved item(s).", "", count)
        if state == "ignored":
            return self.tr("Brought back %n ignored item(s).", "", count)
        return self.tr("Took back the escalation of %n item(s).", "", count)

    def claim(self) -> None:
        """c: the items are the manager's; a colleague who holds one keeps it, and is named."""
        self._assign(self.author.name)

    def release(self) -> None:
        """Shift+C: the manager's items are free for anyone to claim again."""
        self._assign(None)

    def _assign(self, name: str | None) -> None:
        targets = self._targets()
        if not targets:
            return

        self.tasks.submit(
            outbox.assign(targets, name, self.author),
            lambda done: self._claimed(targets, name, done),
            initiator=self,
        )

    def _claimed(self, targets: list[int], assignee: str | None, done: object) -> None:
        self._after_change(targets)
        if isinstance(done, decisions.Conflicted):
            self.message.emit(self._not_recorded(done.conflicts))
            self._show_selected()
        elif assignee is None:
            self.message.emit(
                self.tr("Released %n item(s): anyone may claim them now.", "", len(targets))
            )
        else:
            self.message.emit(
                self.tr("Claimed %n item(s): they are assigned to you now.", "", len(targets))
            )

    def mute(self, kind: str) -> None:
        """Keep the thread's or the author's new items out of the queue for a while."""
        row = self.current_row()
        if row is None:
            return
        entry = self.model.row_at(row)
        days = {
            self.tr("1 day"): 1,
            self.tr("3 days"): 3,
            self.tr("1 week"): 7,
            self.tr("30 days"): 30,
        }
        title = self.tr("Mute this thread") if kind == "thread" else self.tr("Mute this author")
        choice, ok = QInputDialog.getItem(
            self, title, self.tr("New items stay out of the queue for:"), list(days), 2, False
        )
        if not ok:
            return
        until = clock.now() + days[choice] * 86_400

        if kind == "thread":
            muted = self.tr("Muted this thread for {time}: new items stay out of the queue.")
        else:
            muted = self.tr("Muted {author} for {time}: new items stay out of the queue.")
        muted = muted.format(time=choice, author=entry.author_handle or self.tr("the author"))
        self.tasks.submit(
            outbox.mute(entry.item_id, kind, until, self.author),
            lambda _event: self.message.emit(muted),
            initiator=self,
        )

    def intervene(self) -> None:
        """Log an intervention on the current item's author (and the item), or, with items
        checked, on all of them and their authors at once."""
        item_ids = self._targets()
        if not item_ids or self.author is None:
            return
        with self.store.read() as connection:
            view = items.item_view(connection, item_ids[0])
            authors = items.authors_of(connection, item_ids)
            cards = [items.member_card(connection, member) for member in authors]
        if not cards:
            self.message.emit(self.tr("This item has no known author."))
            return
        values = {
            "name": cards[0].display_name or cards[0].handle,
            "handle": ", ".join(card.handle for card in cards),
            "network": view.network,
            "source": view.source_name,
        }
        ask_and_log(
            self,
            self.store,
            self.tasks,
            self.author,
            logbook.Targets(members=authors, items=item_ids),
            values,
            lambda _event: self._intervened(self._who([card.handle for card in cards])),
        )

    def _intervened(self, who: str) -> None:
        self._show_selected()
        self.message.emit(self.tr("Intervention logged on {who}.").format(who=who))

    def file_in_incident(self) -> None:
        """File the selected items (the checked ones, or the current one) and their authors in
        an open incident, or in a new one."""
        item_ids = self._targets()
        if not item_ids:
            return
        with self.store.read() as connection:
            open_ones = [row for row in cases.list_incidents(connection) if row.status != "closed"]
        new = self.tr("New incident…")
        choice, ok = QInputDialog.getItem(
            self,
            self.tr("File in an incident"),
            self.tr("%n item(s) and their authors go into:", "", len(item_ids)),
            [new, *(row.title for row in open_ones)],
            1 if open_ones else 0,
            False,
        )
        if not ok:
            return
        title = ""
        if choice == new:
            title, ok = QInputDialog.getText(
                self, self.tr("New incident"), self.tr("What is happening? (a short title)")
            )
            if not ok or not title.strip():
                return
        chosen = next((row.id for row in open_ones if row.title == choice), None)

        def write(connection: Connection) -> object:
            incident_id = chosen or cases.open_incident(connection, title, self.author).id
            authors = items.authors_of(connection, item_ids)
            return cases.link(connection, incident_id, self.author, members=authors, items=item_ids)

        filed = self.tr("Filed %n item(s) and their authors in “{incident}”.", "", len(item_ids))
        filed = filed.format(incident=title.strip() if choice == new else choice)
        self.tasks.submit(write, lambda _event: self.message.emit(filed), initiator=self)

    def note_author(self) -> None:
        row = self.current_row()
        if row is None:
            return
        entry = self.model.row_at(row)
        with self.store.read() as connection:
            view = items.item_view(connection, entry.item_id)
            types = vocabulary.terms(connection, Vocabulary.NOTE_TYPE)
        if view.author is None:
            self.message.emit(self.tr("This item has no known author."))
            return
        dialog = NoteDialog(view.author.handle, types, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        member_id, note_type, note = view.author.member_id, dialog.note_type(), dialog.note()
        author, item_id, expires_at = self.author, entry.item_id, dialog.expires_at()

        def write(connection: Connection) -> object:
            return roster.add_note(
                connection,
                member_id,
                note_type,
                note,
                author,
                item_id=item_id,
                expires_at=expires_at,
            )

        handle = view.author.handle
        self.tasks.submit(write, lambda _event: self._noted(handle), initiator=self)

    def _noted(self, handle: str) -> None:
        self._show_selected()
        self.message.emit(self.tr("Note saved on {author}.").format(author=handle))

    def _failed(self, message: str) -> None:
        self._reload_in_place()
        self.message.emit(self.tr("Not recorded: {problem}").format(problem=message))

    def _select_item(self, item_id: int | None, row: int) -> None:
        """Show this item if the list holds it, else the one now at ``row`` (or the last)."""
        found = None if item_id is None else self.model.row_of(item_id)
        if found is not None:
            self.view.selectRow(found)
        elif self.model.rowCount():
            self.view.selectRow(min(row, self.model.rowCount() - 1))
        else:
            self.detail.clear()
            self.live.show(None)

    def _after_change(self, targets: list[int]) -> None:
        """Keep the place: the same item stays current if it is still in the view."""
        current, row = self.current_item(), self.current_row() or 0
        self.model.refresh_items(targets, lambda: self._select_item(current, row))

    def _show_selected(self, *_: QItemSelection, whole: bool = False) -> None:
        """Read the current item on a worker thread and show it when it lands, unless the
        manager has moved on by then (j held down reads many, shows the last)."""
        row = self.current_row()
        if row is None:
            self.detail.clear()
            self.live.show(None)
            return
        item_id, search = self.model.row_at(row).item_id, self.search.text()
        store, mark = self.store, colours.mark_template()  # the palette: read on this thread
        reader = self.author

        def read() -> Reading:
            with store.read() as connection:
                return reading(
                    connection, item_id, search=search, mark=mark, whole=whole, reader=reader
                )

        self.tasks.run(read, self._show_reading, self._not_loaded, context=self)

    def _show_reading(self, shown: Reading) -> None:
        if self.current_item() == shown.view.item_id:
            self.detail.show_item(shown, self.model.reason_names)
            self.live.show(shown)

    def open_item(self, item_id: int) -> None:
        """Another item, from a link in the detail pane: in the list if it is there, else in
        a window of its own."""
        row = self.model.row_of(item_id)
        if row is not None:
            self.view.selectRow(row)
            return
        store = self.store

        def read() -> Reading:
            with store.read() as connection:
                return reading(connection, item_id, context=False)

        self.tasks.run(read, self._open_window, context=self)

    def _open_window(self, shown: Reading) -> None:
        self.item_window = ItemDialog(shown, self)
        self.item_window.show()
