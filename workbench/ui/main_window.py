"""The main window: a sidebar of views, the central stack, menus and a status bar."""

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QByteArray, QSettings, QSize, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QSystemTrayIcon,
    QWidget,
)

from workbench import APP_NAME, __version__
from workbench.core import clock, sources
from workbench.core import settings as manager_settings
from workbench.core.errors import WorkbenchError
from workbench.core.events.changes import Changes, Subject
from workbench.core.incidents import cases
from workbench.core.interventions import followups
from workbench.core.queue import listing
from workbench.core.queue.listing import QueueFilter
from workbench.core.settings import Settings
from workbench.core.store import Store
from workbench.core.team.bundles import format as bundle_format
from workbench.ui import backups, labels
from workbench.ui.dialogs.identity_dialog import IdentityDialog
from workbench.ui.local_time import day_bounds
from workbench.ui.navigation import History
from workbench.ui.pages.base import Page
from workbench.ui.pages.queue_page import QueuePage
from workbench.ui.pages.registry import PAGES, page_class
from workbench.ui.tasks.live_sync import LiveSync
from workbench.ui.tasks.runner import TaskRunner
from workbench.ui.widgets.network_icons import network_icon

if TYPE_CHECKING:
    from workbench.ui.dialogs.import_dialog import ImportDialog
    from workbench.ui.dialogs.shortcuts_dialog import ShortcutsDialog
    from workbench.ui.pages.welcome_page import WelcomePage


@dataclass(frozen=True, slots=True)
class SidebarEntry:
    title: str
    page: str
    """The key of the page it opens (see pages.registry)."""
    view: str | None = None
    """A saved queue view's name (see workbench.core.queue.listing.saved_views), or None."""


STATUS_SUBJECTS = frozenset(
    {Subject.QUEUE, Subject.RULES, Subject.INTERVENTIONS, Subject.INCIDENTS, Subject.SOURCES}
)
"""What the counts in the sidebar and the status bar are made of."""

P = TypeVar("P", bound=Page)

FIRST_SIZE = 0.9
"""The share of the screen the window takes the first time it opens."""
MAX_FIRST_SIZE = QSize(1680, 1050)
"""Beyond this the lists only grow emptier: on a large screen the window opens centred."""
IMPORT_AHEAD_MS = 10_000
"""After this long the window has started and is idle: an import's process starts ahead then,
so that a first import waits for its work only (tasks.imports)."""


class MainWindow(QMainWindow):
    closed = Signal()
    restore_requested = Signal(object)
    """The Path of a backup the manager confirmed: the application closes this window and its
    store, restores the backup and opens a window on it."""
    open_store_requested = Signal(object)
    """A store chosen in File → Open store… (a team store, open; or a laptop store's Path):
    the application closes this window and its store and opens a window on that one."""

    def __init__(self, store: Store, settings: Settings, window_settings: QSettings) -> None:
        super().__init__()
        self.store = store
        self.settings = settings
        self.window_settings = window_settings
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self.setWindowTitle(self.tr("{app} — {file}").format(app=APP_NAME, file=self._store_name()))
        self.tasks = TaskRunner(store)
        self.live = LiveSync(self.tasks, settings.author(), parent=self)
        self.pages: dict[str, Page] = {}
        """The pages built so far, by key: each is built when first shown (see _page)."""
        self.views = listing.saved_views(settings.manager_name, settings.part)
        self.history = History()
        self._navigating = False
        self._queue_entry: int | None = None
        self._build_central()
        self._build_menus()
        self._build_status_bar()
        if store.dialect != "sqlite":  # a team store: its offline outbox, its signed events
            from workbench.ui.tasks import team_store

            self.outbox, self.outbox_label = team_store.attach(
                self.tasks, self.statusBar(), self.live.secrets, str(store.location), self
            )
        self.live.progress.connect(self._show_sync_progress)
        self.live.running.connect(self._show_syncing)
        self.tasks.changed.connect(self._on_changed)
        self.tasks.busy.connect(self._show_busy)
        self._look_for_sources()  # before the first view: is the store empty?
        self.refresh_status()
        self.sidebar.setCurrentRow(0)
        self._restore_geometry()
        self._start_follow_up_watch()
        QTimer.singleShot(IMPORT_AHEAD_MS, self, self.tasks.start_import_ahead)

    def page(self, kind: type[P]) -> P:
        """The window's page of this class, built now if it was not yet."""
        found = self._page(kind.key)
        assert isinstance(found, kind)
        return found

    def _page(self, key: str) -> Page:
        """The page ``key``, built the first time it is asked for: the start builds the queue
        alone, and a page the manager never opens never reads the store."""
        if (built := self.pages.get(key)) is not None:
            return built
        page = page_class(key)(self.store, self.settings.author(), self.tasks)
        self.pages[key] = page
        self.stack.addWidget(page)
        self._connect_page(page)
        for n, splitter in enumerate(page.findChildren(QSplitter)):
            sizes = self.window_settings.value(f"splitters/{key}/{n}")
            if isinstance(sizes, QByteArray):
                splitter.restoreState(sizes)
        return page

    def _connect_page(self, page: Page) -> None:
        """What the window does for a page's requests, connected as the page is built (a
        page's module is imported here only once the page is)."""
        if isinstance(page, QueuePage):
            self._queue_entry = 0  # a new queue page shows the whole queue, the first entry
            page.detail.member_requested.connect(self.open_member)
            page.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        elif page.key == "sources":
            from workbench.ui.pages.sources_page import SourcesPage

            assert isinstance(page, SourcesPage)
            page.import_requested.connect(self.choose_import_files)
            page.queue_requested.connect(self.show_source_in_queue)
            page.members_requested.connect(self.show_network_members)
        elif page.key == "pushes":
            from workbench.ui.pages.pushes_page import PushesPage

            assert isinstance(page, PushesPage)
            page.sync_requested.connect(self.sync_now)
            page.item_requested.connect(self.page(QueuePage).open_item)

    def _build_central(self) -> None:
        """The sidebar of views beside the stack of pages."""
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Views"))
        self.sidebar.setFixedWidth(210)
        self.sidebar.setStyleSheet(
            "QListWidget#sidebar { border: none; padding-top: 6px; }"
            "QListWidget#sidebar::item { padding: 6px 12px; }"
        )
        self.stack = QStackedWidget()
        self.stack.setObjectName("centralStack")
        self._welcome: WelcomePage | None = None
        self.entries = [
            SidebarEntry(self.tr("Queue"), QueuePage.key),
            SidebarEntry(self.tr("New"), QueuePage.key, "new"),
            SidebarEntry(self.tr("Held by platform"), QueuePage.key, "held"),
            SidebarEntry(self.tr("Reported"), QueuePage.key, "reported"),
            SidebarEntry(self.tr("Duplicates"), QueuePage.key, "duplicates"),
            SidebarEntry(self.tr("Rule matches"), QueuePage.key, "rules"),
            SidebarEntry(self.tr("Assigned to me"), QueuePage.key, "mine"),
            SidebarEntry(self.tr("My part of the queue"), QueuePage.key, "my_part"),
            SidebarEntry(self.tr("Members"), "members"),
            SidebarEntry(self.tr("Interventions"), "interventions"),
            SidebarEntry(self.tr("Follow-ups"), "followups"),
            SidebarEntry(self.tr("Incidents"), "incidents"),
            SidebarEntry(self.tr("Watch lists"), "watchlists"),
            SidebarEntry(self.tr("Sources"), "sources"),
            SidebarEntry(self.tr("Pushes"), "pushes"),
        ]
        for entry in self.entries:
            item = QListWidgetItem(entry.title, self.sidebar)
            if entry.view is not None:
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, self.tr("Saved view"))
                item.setHidden(entry.view not in self.views)
        self.sidebar.currentRowChanged.connect(self.open_entry)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    @property
    def welcome(self) -> "WelcomePage":
        """What an empty store shows in the queue's place, built the first time it is (its
        list of formats imports every connector)."""
        if self._welcome is None:
            from workbench.ui.pages.welcome_page import WelcomePage

            self._welcome = WelcomePage()
            self._welcome.import_files.connect(self.choose_import_files)
            self._welcome.import_folder.connect(self.choose_import_folder)
            self.stack.addWidget(self._welcome)
        return self._welcome

    def _build_status_bar(self) -> None:
        """Counts, the manager and the store stay at the right; messages come and go at the
        left without anything writing over them."""
        self.queue_count = QLabel()
        self.queue_count.setObjectName("queueCount")
        self.statusBar().addPermanentWidget(self.queue_count)
        self.signed_in = QLabel()
        self.signed_in.setObjectName("signedIn")
        self.statusBar().addPermanentWidget(self.signed_in)
        self.cancel_sync = QPushButton(self.tr("Cancel sync"))
        self.cancel_sync.setObjectName("cancelSync")
        self.cancel_sync.setFlat(True)
        self.cancel_sync.clicked.connect(self.live.cancel)
        self.cancel_sync.hide()
        self.statusBar().addPermanentWidget(self.cancel_sync)
        self.store_label = QLabel(self._store_name())
        self.store_label.setObjectName("storeFile")
        self.store_label.setToolTip(str(self.store.location))
        self.statusBar().addPermanentWidget(self.store_label)
        self._show_identity()

    def _store_name(self) -> str:
        """The laptop store's file name, or the team store's URL (never with a password)."""
        where = self.store.location
        return where.name if isinstance(where, Path) else where

    def _show_identity(self) -> None:
        self.signed_in.setText(
            self.tr("Signed in as {name}").format(name=self.settings.manager_name)
        )

    def _start_follow_up_watch(self) -> None:
        """Once a minute, announce the follow-ups that came due."""
        self.tray = QSystemTrayIcon(network_icon("workbench"), self)
        self.tray.setToolTip(APP_NAME)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray.show()
        self._last_due_check = clock.now()
        self._due_reading = False
        self.due_timer = QTimer(self, interval=60_000)
        self.due_timer.timeout.connect(self.announce_due_follow_ups)
        self.due_timer.start()

    def open_entry(self, row: int) -> None:
        """Show the entry's page. A queue view is applied only when it is another view than the
        one the queue shows: coming back to the queue keeps its search, filters and place."""
        if row < 0:
            return
        if not self._navigating:
            self.history.visit(row)
        self._update_navigation()
        entry = self.entries[row]
        if entry.page == QueuePage.key and not self._has_sources:
            self.stack.setCurrentWidget(self.welcome)  # an empty queue says what to do
            self.welcome.files_button.setFocus()
            return
        self.stack.setCurrentWidget(self._page(entry.page))
        if entry.page == QueuePage.key:
            queue = self.page(QueuePage)
            if row != self._queue_entry:
                self._queue_entry = row
                # A view the settings no longer give (My part of the queue without a split,
                # its row hidden) is the whole queue.
                queue.show_view(self.views.get(entry.view or "", QueueFilter()))
            queue.view.setFocus()

    def go_back(self) -> None:
        """Alt+Left: the view before, as it was left."""
        self._go(self.history.back())

    def go_forward(self) -> None:
        self._go(self.history.forward())

    def _go(self, row: int | None) -> None:
        if row is None:
            return
        self._navigating = True
        try:
            self.sidebar.setCurrentRow(row)
        finally:
            self._navigating = False

    def _update_navigation(self) -> None:
        self.back_action.setEnabled(self.history.can_go_back)
        self.forward_action.setEnabled(self.history.can_go_forward)

    def _action(
        self,
        text: str,
        name: str,
        handler: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: handler())
        return action

    def _build_menus(self) -> None:
        self._build_file_menu()
        self._build_edit_menu()
        queue_menu = self.menuBar().addMenu(self.tr("&Queue"))
        for action in self.page(QueuePage).actions_by_name.values():
            queue_menu.addAction(action)
        queue_menu.addSeparator()
        self.rules_action = self._action(self.tr("&Rules…"), "rulesAction", self.show_rules)
        queue_menu.addAction(self.rules_action)
        queue_menu.addAction(
            self._action(self.tr("Reply &templates…"), "templatesAction", self.show_templates)
        )
        team_menu = self.menuBar().addMenu(self.tr("&Team"))
        self.team_action = self._action(
            self.tr("Team &setup…"),
            "teamAction",
            self.show_team_setup,
            tip=self.tr(
                "Your team's kinds of intervention, note types, rating dimensions and ladder"
            ),
        )
        team_menu.addAction(self.team_action)
        self.identity_action = self._action(
            self.tr("Your &name…"),
            "identityAction",
            self.change_identity,
            tip=self.tr("The name that signs what you record, as your team sees it"),
        )
        team_menu.addAction(self.identity_action)
        self.keys_action = self._action(
            self.tr("&Keys and team secret…"),
            "keysAction",
            self.show_keys,
            tip=self.tr("Your signing key, the teammates' keys you trust, the team's secret"),
        )
        team_menu.addAction(self.keys_action)
        self._build_view_menu()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts_action = self._action(
            self.tr("&Keyboard shortcuts…"), "shortcutsAction", self.show_shortcuts
        )
        # ? too, where no text field has the focus (a line edit takes the typed ? itself).
        self.shortcuts_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.HelpContents), QKeySequence("?")]
        )
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self._action(self.tr("&About"), "aboutAction", self.show_about))

    def _build_file_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = self._action(
            self.tr("&Import…"),
            "importAction",
            self.choose_import_files,
            QKeySequence.StandardKey.Open,
            self.tr("Import export files or zip archives"),
        )
        self.import_folder_action = self._action(
            self.tr("Import &folder…"),
            "importFolderAction",
            self.choose_import_folder,
            tip=self.tr("Import an unpacked export folder"),
        )
        self.share_action = self._action(
            self.tr("&Share log…"),
            "shareLogAction",
            self.share_log,
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_E),
            self.tr("Write a signed bundle of what was recorded, for your teammates"),
        )
        self.merge_action = self._action(
            self.tr("Import s&hared log…"),
            "mergeLogAction",
            self.import_shared_log,
            tip=self.tr("Merge a teammate's signed bundle into this store"),
        )
        self.accounts_action = self._action(
            self.tr("&Accounts…"),
            "accountsAction",
            self.show_accounts,
            tip=self.tr("Connect WordPress sites and Matrix rooms, live"),
        )
        self.sync_action = self._action(
            self.tr("Sy&nc now"),
            "syncAction",
            self.sync_now,
            QKeySequence(Qt.Key.Key_F5),
            self.tr("Send waiting decisions to live accounts, then fetch what is new"),
        )
        self.open_store_action = self._action(
            self.tr("&Open store…"),
            "openStoreAction",
            self.choose_store,
            tip=self.tr("Open another laptop store, or a team store on a PostgreSQL server"),
        )
        file_menu.addAction(self.open_store_action)
        file_menu.addSeparator()
        for action in (self.import_action, self.import_folder_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.share_action)
        file_menu.addAction(self.merge_action)
        file_menu.addSeparator()
        file_menu.addAction(self.accounts_action)
        file_menu.addAction(self.sync_action)
        file_menu.addSeparator()
        laptop = isinstance(self.store.location, Path)
        for action in (
            self._action(self.tr("&Back up database…"), "backupAction", self.back_up),
            self._action(self.tr("&Restore from backup…"), "restoreAction", self.restore),
        ):
            # A team store is backed up by its server (pg_dump), not by a manager's window.
            action.setEnabled(laptop)
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("&Quit"), "quitAction", self.close, QKeySequence.StandardKey.Quit)
        )

    def _build_edit_menu(self) -> None:
        """Undo takes back the manager's last decision, from anywhere in the window; a text
        field that has the focus keeps Ctrl+Z for its own typing."""
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self._action(
            self.tr("&Undo the last decision"),
            "undoAction",
            self.page(QueuePage).undo,
            QKeySequence.StandardKey.Undo,
            self.tr("Brings back what your last decision took from the queue (also U)"),
        )
        edit_menu.addAction(self.undo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(
            self._action(
                self.tr("&Settings…"),
                "settingsAction",
                self.show_settings,
                QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Comma),
            )
        )

    def _build_view_menu(self) -> None:
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.back_action = self._action(
            self.tr("&Back"), "backAction", self.go_back, QKeySequence.StandardKey.Back
        )
        self.forward_action = self._action(
            self.tr("&Forward"), "forwardAction", self.go_forward, QKeySequence.StandardKey.Forward
        )
        self.palette_action = self._action(
            self.tr("Command palette…"),
            "commandPaletteAction",
            self.show_palette,
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_K),
        )
        for action in (self.back_action, self.forward_action, self.palette_action):
            view_menu.addAction(action)
        self.go_actions = [
            self._action(
                self.tr("Go to {view}").format(view=entry.title),
                f"goTo{row}",
                partial(self.sidebar.setCurrentRow, row),
            )
            for row, entry in enumerate(self.entries)
        ]
        # The pages themselves (not the saved views) on Ctrl+1…, in the sidebar's order.
        go_menu = view_menu.addMenu(self.tr("&Go to"))
        pages = [a for a, e in zip(self.go_actions, self.entries, strict=True) if e.view is None]
        for number, action in enumerate(pages, 1):
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            go_menu.addAction(action)

    def choose_import_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import"),
            self._import_folder(),
            self.tr("Exports")
            + " (*.zip *.json *.js *.ndjson *.jsonl *.zst *.xml *.csv *.tsv);;"
            + self.tr("All files")
            + " (*)",
        )
        if paths:
            self._remember_import_folder(Path(paths[0]).parent)
            self.open_import([Path(p) for p in paths])

    def choose_import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Import folder"), self._import_folder()
        )
        if folder:
            self._remember_import_folder(Path(folder).parent)
            self.open_import([Path(folder)])

    def _import_folder(self) -> str:
        """Where the last import came from; at first the downloads, where exports arrive."""
        last = self.window_settings.value("import/folder")
        if isinstance(last, str) and Path(last).is_dir():
            return last
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)

    def _remember_import_folder(self, folder: Path) -> None:
        self.window_settings.setValue("import/folder", str(folder))

    def open_import(self, paths: list[Path]) -> "ImportDialog":
        from workbench.ui.dialogs.import_dialog import ImportDialog  # connectors: not at start

        dialog = ImportDialog(self.tasks, paths, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_changed(self, made: Changes, initiator: object) -> None:
        # A colleague's decision on a team store is theirs to push (their window does).
        heard = initiator is not None and initiator is self.tasks.watch
        if Subject.PUSHES in made.subjects and initiator is not self.live and not heard:
            self.live.push_soon()
        if made.touches(STATUS_SUBJECTS):
            self.refresh_status()
        welcome = self._welcome
        if made.touches({Subject.SOURCES}) and welcome and self.stack.currentWidget() is welcome:
            self._look_for_sources()
            self.open_entry(self.sidebar.currentRow())  # the first import: on to the queue

    def _look_for_sources(self) -> None:
        with self.store.read() as connection:
            self._has_sources = bool(sources.list_all(connection))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_import(paths)

    def refresh_status(self) -> None:
        """Counts in the sidebar and the status bar, read fresh from the store on a worker
        thread: on a large store they take a while, and the window shows them as they come."""
        _start, end_of_today = day_bounds()
        store, manager, part = self.store, self.settings.manager_name, self.settings.part

        def read() -> tuple[int, dict[str, int], int, int, bool]:
            with store.read() as connection:
                return (
                    listing.count(connection),
                    listing.view_counts(connection, manager, part),
                    followups.due_count(connection, end_of_today),
                    sum(row.status != "closed" for row in cases.list_incidents(connection)),
                    bool(sources.list_all(connection)),
                )

        self.tasks.run(read, self._show_counts, context=self)

    def _show_counts(self, read: tuple[int, dict[str, int], int, int, bool]) -> None:
        open_items, counts, due, active_incidents, self._has_sources = read
        for row, entry in enumerate(self.entries):
            if entry.view is not None:
                # My part of the queue is there only while a shift splits it.
                self.sidebar.item(row).setHidden(entry.view not in counts)
                count: int | None = counts.get(entry.view)
                label = f"    {entry.title}"
            else:
                count = {
                    QueuePage.key: open_items,
                    "followups": due,
                    "incidents": active_incidents,
                }.get(entry.page)
                label = entry.title
            self.sidebar.item(row).setText(f"{label}  ({count})" if count else label)
        self.queue_count.setText(self.tr("%n open in the queue", "", open_items))

    def announce_due_follow_ups(self, now: int | None = None) -> None:
        """Tell the manager about follow-ups that came due since the last look: a desktop
        notification where the desktop has a tray, the status bar otherwise. Read on a
        worker thread, like every read of the window: a team store's server may be slow, or
        away, and then the next look (the timer's) asks again from the same time."""
        if self._due_reading:
            return
        now = clock.now() if now is None else now
        store, since = self.store, self._last_due_check

        def read() -> list[followups.FollowUp]:
            with store.read() as connection:
                return followups.falling_due(connection, since, now)

        self._due_reading = True
        self.tasks.run(
            read, lambda due: self._announce_due(due, now), self._due_unread, context=self
        )

    def _due_unread(self, _problem: str) -> None:
        self._due_reading = False

    def _announce_due(self, due: list[followups.FollowUp], now: int) -> None:
        self._due_reading = False
        self._last_due_check = now
        if not due:
            return
        kinds = labels.intervention_kinds()
        lines = [f"{kinds.get(f.kind, f.kind)}: {', '.join(f.targets)}" for f in due]
        title = self.tr("%n follow-up(s) due", "", len(due))
        self.refresh_status()
        if (page := self.pages.get("followups")) is not None:
            page.reload()  # one not built yet reads them when it is
        if self.tray.isVisible():
            self.tray.showMessage(title, "\n".join(lines[:5]))
        self.statusBar().showMessage(f"{title}: {'; '.join(lines[:3])}", 15_000)

    def open_member(self, member_id: int) -> None:
        from workbench.ui.pages.members_page import MembersPage

        self.sidebar.setCurrentRow(self._entry_row("members"))
        self.page(MembersPage).show_member(member_id)

    def show_source_in_queue(self, source_id: int) -> None:
        """The whole queue, narrowed to one source's items."""
        self.sidebar.setCurrentRow(self._entry_row(QueuePage.key))
        combo = self.page(QueuePage).source
        combo.setCurrentIndex(max(combo.findData(source_id), 0))

    def show_network_members(self, network: str) -> None:
        from workbench.ui.pages.members_page import MembersPage

        self.sidebar.setCurrentRow(self._entry_row("members"))
        combo = self.page(MembersPage).network
        combo.setCurrentIndex(max(combo.findData(network), 0))

    def _entry_row(self, page: str) -> int:
        """The sidebar row of a page itself (the first, not one of its saved views)."""
        return next(r for r, e in enumerate(self.entries) if e.page == page and e.view is None)

    def show_accounts(self) -> None:
        from workbench.ui.dialogs.accounts_dialog import AccountsDialog  # httpx: not at start

        AccountsDialog(self.tasks, self.live.secrets, self).exec()

    def sync_now(self) -> None:
        if self.live.sync_now() is None:
            self.statusBar().showMessage(self.tr("A sync is running already."), 5000)

    def _show_sync_progress(self, text: str) -> None:
        self.statusBar().showMessage(text, 15_000)

    def _show_syncing(self, running: bool) -> None:
        self.cancel_sync.setVisible(running)
        self.sync_action.setEnabled(not running)

    def show_settings(self) -> None:
        from workbench.ui.dialogs import settings_dialog

        dialog = settings_dialog.SettingsDialog(self.settings, self)
        if dialog.exec() and dialog.saved is not None:
            settings_dialog.apply(self, dialog.saved)

    def choose_store(self) -> None:
        from workbench.ui.dialogs.open_store_dialog import OpenStoreDialog

        dialog = OpenStoreDialog(self.window_settings, self)
        if dialog.exec() and dialog.chosen is not None:
            self.open_store_requested.emit(dialog.chosen)

    def back_up(self) -> None:
        backups.back_up(self, self.tasks, self.settings, self._say)

    def restore(self) -> None:
        backups.choose_restore(self, self.tasks, self.settings, self.restore_requested.emit)

    def _say(self, text: str) -> None:
        self.statusBar().showMessage(text, 15_000)

    def bring_to_front(self) -> None:
        """Another start on this database asked for the window."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    def show_rules(self) -> None:
        from workbench.ui.dialogs.rules_dialog import RulesDialog

        RulesDialog(self.store, self.settings.author(), self.tasks, self).exec()

    def change_identity(self) -> None:
        dialog = IdentityDialog(self.settings.manager_name, self)
        dialog.setWindowTitle(self.tr("Your name"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            updated = self.settings.with_identity(dialog.name())
            manager_settings.save(updated)
        except (OSError, WorkbenchError) as exc:
            QMessageBox.warning(self, self.tr("Your name"), str(exc))
            return
        self.set_identity(updated)

    def set_identity(self, updated: Settings) -> None:
        """Sign what is recorded from now on with the new name; what was recorded before keeps
        the name it was signed with (the id stays the same, so it is still yours)."""
        self.settings = updated
        author = updated.author()
        for page in self.pages.values():
            page.author = author
        from workbench.ui.pages.members_page import MembersPage

        if isinstance(members := self.pages.get("members"), MembersPage):
            members.profile.author = author
        self.views = listing.saved_views(updated.manager_name, updated.part)  # "mine" is you
        self._queue_entry = None
        self._show_identity()
        self.statusBar().showMessage(
            self.tr("You now sign as {name}.").format(name=updated.manager_name), 5000
        )

    def show_team_setup(self) -> None:
        from workbench.ui.dialogs.team_dialog import TeamDialog

        TeamDialog(self.store, self.settings.author(), self.tasks, self).exec()

    def show_templates(self) -> None:
        from workbench.ui.dialogs.templates_dialog import TemplatesDialog

        TemplatesDialog(self.store, self.settings.author(), self.tasks, self).exec()

    def show_palette(self) -> None:
        from workbench.ui.dialogs.command_palette import CommandPalette

        actions = [
            *(
                action
                for menu in self.menuBar().findChildren(QMenu)
                for action in menu.actions()
                if action.text()
                and action.menu() is None
                and action is not self.palette_action
                and action not in self.go_actions
            ),
            *self.go_actions,
        ]
        CommandPalette(actions, self).exec()

    def show_shortcuts(self) -> "ShortcutsDialog":
        """Every key of the window, read from its menus and pages as they are now."""
        from workbench.ui.dialogs.shortcuts_dialog import ShortcutsDialog, all_shortcuts

        titles = {e.page: e.title for e in self.entries if e.view is None}
        pages = {titles[key]: self._page(key) for key in PAGES}  # every page, built if not yet
        dialog = ShortcutsDialog(all_shortcuts(self.menuBar(), pages), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_keys(self) -> None:
        from workbench.ui.dialogs.keys_dialog import KeysDialog

        KeysDialog(self.store, self.settings.author(), self.tasks, self.live.secrets, self).exec()

    def share_log(self) -> None:
        """The Share log dialog, once the managers and sources to choose from are read."""
        from workbench.services.team import sharing  # signatures, schemas: not at start

        store = self.store  # the work holds no widget: it runs on a worker thread
        self.tasks.run(lambda: sharing.choices(store), self._open_share_dialog, context=self)

    def _open_share_dialog(self, choices: tuple[list[str], list[str]]) -> None:
        from workbench.ui.dialogs.share_dialog import ShareDialog

        dialog = ShareDialog(
            self.store, self.settings.author(), self.tasks, choices, self.live.secrets, self
        )
        if dialog.exec() and dialog.written is not None:
            written = dialog.written
            self.statusBar().showMessage(
                self.tr("Shared %n event(s) in {path}.", "", written.events).format(
                    path=written.path.name
                ),
                8000,
            )

    def import_shared_log(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import shared log"),
                "",
                self.tr("Log bundles (*{suffix})").format(suffix=bundle_format.SUFFIX),
            )
            if not chosen:
                return
            path = Path(chosen)
        from workbench.ui.dialogs.merge_dialog import MergeDialog

        dialog = MergeDialog(
            self.store, self.settings.author(), self.tasks, path, self.live.secrets, self
        )
        if dialog.exec() and dialog.merged is not None:
            added = len(dialog.merged.preview.new_events)
            self.statusBar().showMessage(
                self.tr("Merged %n event(s) from {path}.", "", added).format(path=path.name),
                8000,
            )

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About {app}").format(app=APP_NAME),
            self.tr("{app} {version}\nA moderation workbench for community managers.").format(
                app=APP_NAME, version=__version__
            ),
        )

    def _restore_geometry(self) -> None:
        """As the manager left it; the first time, most of the screen it opens on."""
        geometry = self.window_settings.value("mainWindow/geometry")
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self._fit_to_screen()
        state = self.window_settings.value("mainWindow/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def _fit_to_screen(self) -> None:
        available = self.screen().availableGeometry()
        width = min(int(available.width() * FIRST_SIZE), MAX_FIRST_SIZE.width())
        height = min(int(available.height() * FIRST_SIZE), MAX_FIRST_SIZE.height())
        self.resize(width, height)
        frame = self.frameGeometry()
        frame.moveCenter(available.center())
        self.move(frame.topLeft())

    def _splitters(self) -> list[tuple[str, QSplitter]]:
        """Every built page's splitters, named by page and order, for their sizes to be kept
        (a page not built keeps the sizes it was left with)."""
        return [
            (f"{key}/{n}", splitter)
            for key, page in self.pages.items()
            for n, splitter in enumerate(page.findChildren(QSplitter))
        ]

    def _save_geometry(self) -> None:
        self.window_settings.setValue("mainWindow/geometry", self.saveGeometry())
        self.window_settings.setValue("mainWindow/state", self.saveState())
        for key, splitter in self._splitters():
            self.window_settings.setValue(f"splitters/{key}", splitter.saveState())
        self.window_settings.sync()

    def _show_busy(self, busy: bool) -> None:
        saving = self.tr("Saving…")
        if busy:
            self.statusBar().showMessage(saving)
        elif self.statusBar().currentMessage() == saving:
            self.statusBar().clearMessage()

    def closeEvent(self, event: QCloseEvent) -> None:
        # What the sync wrote stays; unsent pushes go out at the next sync. Its last words
        # (cancelled, not running) find no window to show them in.
        self.live.stop()
        self.tasks.stop()  # every decision made lands before the window goes
        self._save_geometry()
        self.closed.emit()
        super().closeEvent(event)
