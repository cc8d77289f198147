"""The main window: a sidebar of views, the central stack, menus and a status bar."""

from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import (
    QByteArray,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QSystemTrayIcon,
    QWidget,
)

from workbench import APP_NAME, __version__
from workbench.core import clock
from workbench.core.errors import WorkbenchError
from workbench.core.events.changes import Changes, Subject
from workbench.core.incidents import cases
from workbench.core.interventions import followups
from workbench.core.queue import listing
from workbench.core.queue.listing import QueueFilter
from workbench.core.settings import Settings
from workbench.core.store import Store
from workbench.core.team.export import export_log
from workbench.ui import labels
from workbench.ui.dialogs.command_palette import CommandPalette
from workbench.ui.dialogs.import_dialog import ImportDialog
from workbench.ui.dialogs.rules_dialog import RulesDialog
from workbench.ui.dialogs.team_dialog import TeamDialog
from workbench.ui.dialogs.templates_dialog import TemplatesDialog
from workbench.ui.local_time import day_bounds
from workbench.ui.pages.base import Page
from workbench.ui.pages.followups_page import FollowUpsPage
from workbench.ui.pages.incidents_page import IncidentsPage
from workbench.ui.pages.interventions_page import InterventionsPage
from workbench.ui.pages.members_page import MembersPage
from workbench.ui.pages.queue_page import QueuePage
from workbench.ui.pages.registry import PAGES
from workbench.ui.pages.sources_page import SourcesPage
from workbench.ui.tasks.runner import TaskRunner
from workbench.ui.widgets.network_icons import network_icon


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


class MainWindow(QMainWindow):
    closed = Signal()

    def __init__(self, store: Store, settings: Settings, window_settings: QSettings) -> None:
        super().__init__()
        self.store = store
        self.settings = settings
        self.window_settings = window_settings
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self.setWindowTitle(
            self.tr("{app} — {file}").format(app=APP_NAME, file=Path(store.path).name)
        )
        self.resize(1280, 800)
        self.tasks = TaskRunner(store)
        self.pages = {page.key: page(store, settings.author(), self.tasks) for page in PAGES}
        self.views = listing.saved_views(settings.manager_name)
        self._build_central()
        self._build_menus()
        self._build_status_bar()
        self.page(QueuePage).detail.member_requested.connect(self.open_member)
        self.page(QueuePage).message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.tasks.changed.connect(self._on_changed)
        self.tasks.busy.connect(self._show_busy)
        self.sidebar.setCurrentRow(0)
        self.refresh_status()
        self._restore_geometry()
        self._start_follow_up_watch()

    def page(self, kind: type[P]) -> P:
        """The window's page of this class."""
        found = self.pages[kind.key]
        assert isinstance(found, kind)
        return found

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
        for page in self.pages.values():
            self.stack.addWidget(page)
        self.entries = [
            SidebarEntry(self.tr("Queue"), QueuePage.key),
            SidebarEntry(self.tr("New"), QueuePage.key, "new"),
            SidebarEntry(self.tr("Held by platform"), QueuePage.key, "held"),
            SidebarEntry(self.tr("Reported"), QueuePage.key, "reported"),
            SidebarEntry(self.tr("Duplicates"), QueuePage.key, "duplicates"),
            SidebarEntry(self.tr("Rule matches"), QueuePage.key, "rules"),
            SidebarEntry(self.tr("Assigned to me"), QueuePage.key, "mine"),
            SidebarEntry(self.tr("Members"), MembersPage.key),
            SidebarEntry(self.tr("Interventions"), InterventionsPage.key),
            SidebarEntry(self.tr("Follow-ups"), FollowUpsPage.key),
            SidebarEntry(self.tr("Incidents"), IncidentsPage.key),
            SidebarEntry(self.tr("Sources"), SourcesPage.key),
        ]
        for entry in self.entries:
            item = QListWidgetItem(entry.title, self.sidebar)
            if entry.view is not None:
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, self.tr("Saved view"))
        self.sidebar.currentRowChanged.connect(self.open_entry)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _build_status_bar(self) -> None:
        self.queue_count = QLabel()
        self.queue_count.setObjectName("queueCount")
        self.statusBar().addPermanentWidget(self.queue_count)
        self.statusBar().addPermanentWidget(
            QLabel(self.tr("Signed in as {name}").format(name=self.settings.manager_name))
        )

    def _start_follow_up_watch(self) -> None:
        """Once a minute, announce the follow-ups that came due."""
        self.tray = QSystemTrayIcon(network_icon("workbench"), self)
        self.tray.setToolTip(APP_NAME)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray.show()
        self._last_due_check = clock.now()
        self.due_timer = QTimer(self, interval=60_000)
        self.due_timer.timeout.connect(self.announce_due_follow_ups)
        self.due_timer.start()

    def open_entry(self, row: int) -> None:
        if row < 0:
            return
        entry = self.entries[row]
        self.stack.setCurrentWidget(self.pages[entry.page])
        if entry.page == QueuePage.key:
            queue = self.page(QueuePage)
            queue.show_view(self.views[entry.view] if entry.view else QueueFilter())
            queue.view.setFocus()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = QAction(self.tr("&Import…"), self)
        self.import_action.setObjectName("importAction")
        self.import_action.setShortcut(QKeySequence.StandardKey.Open)
        self.import_action.setStatusTip(self.tr("Import export files or zip archives"))
        self.import_action.triggered.connect(self.choose_import_files)
        file_menu.addAction(self.import_action)
        self.import_folder_action = QAction(self.tr("Import &folder…"), self)
        self.import_folder_action.setObjectName("importFolderAction")
        self.import_folder_action.setStatusTip(self.tr("Import an unpacked export folder"))
        self.import_folder_action.triggered.connect(self.choose_import_folder)
        file_menu.addAction(self.import_folder_action)
        self.export_action = QAction(self.tr("&Export log…"), self)
        self.export_action.setObjectName("exportLogAction")
        self.export_action.setShortcut(
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_E)
        )
        self.export_action.triggered.connect(self.export_log)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        queue_menu = self.menuBar().addMenu(self.tr("&Queue"))
        for action in self.page(QueuePage).actions_by_name.values():
            queue_menu.addAction(action)
        queue_menu.addSeparator()
        self.rules_action = QAction(self.tr("&Rules…"), self)
        self.rules_action.setObjectName("rulesAction")
        self.rules_action.triggered.connect(self.show_rules)
        queue_menu.addAction(self.rules_action)
        templates_action = QAction(self.tr("Reply &templates…"), self)
        templates_action.setObjectName("templatesAction")
        templates_action.triggered.connect(self.show_templates)
        queue_menu.addAction(templates_action)
        team_menu = self.menuBar().addMenu(self.tr("&Team"))
        self.team_action = QAction(self.tr("Team &setup…"), self)
        self.team_action.setObjectName("teamAction")
        self.team_action.setStatusTip(
            self.tr("Your team's kinds of intervention, note types, rating dimensions and ladder")
        )
        self.team_action.triggered.connect(self.show_team_setup)
        team_menu.addAction(self.team_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.palette_action = QAction(self.tr("Command palette…"), self)
        self.palette_action.setObjectName("commandPaletteAction")
        self.palette_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_K))
        self.palette_action.triggered.connect(self.show_palette)
        view_menu.addAction(self.palette_action)
        self.go_actions = []
        for row, entry in enumerate(self.entries):
            go = QAction(self.tr("Go to {view}").format(view=entry.title), self)
            go.triggered.connect(lambda _checked=False, row=row: self.sidebar.setCurrentRow(row))
            self.go_actions.append(go)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def choose_import_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import"),
            "",
            self.tr("Exports")
            + " (*.zip *.json *.js *.ndjson *.jsonl *.zst *.xml *.csv *.tsv);;"
            + self.tr("All files")
            + " (*)",
        )
        if paths:
            self.open_import([Path(p) for p in paths])

    def choose_import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import folder"))
        if folder:
            self.open_import([Path(folder)])

    def open_import(self, paths: list[Path]) -> ImportDialog:
        dialog = ImportDialog(self.tasks, paths, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_changed(self, made: Changes, _initiator: object) -> None:
        if made.touches(STATUS_SUBJECTS):
            self.refresh_status()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_import(paths)

    def refresh_status(self) -> None:
        """Counts in the sidebar and the status bar, read fresh from the store."""
        _start, end_of_today = day_bounds()
        with self.store.read() as connection:
            open_items = listing.count(connection)
            counts = listing.view_counts(connection, self.settings.manager_name)
            due = followups.due_count(connection, end_of_today)
            active_incidents = sum(
                row.status != "closed" for row in cases.list_incidents(connection)
            )
        for row, entry in enumerate(self.entries):
            if entry.view is not None:
                count: int | None = counts[entry.view]
                label = f"    {entry.title}"
            else:
                count = {
                    QueuePage.key: open_items,
                    FollowUpsPage.key: due,
                    IncidentsPage.key: active_incidents,
                }.get(entry.page)
                label = entry.title
            self.sidebar.item(row).setText(f"{label}  ({count})" if count else label)
        self.queue_count.setText(self.tr("%n open in the queue", "", open_items))
        self.statusBar().showMessage(str(self.store.path))

    def announce_due_follow_ups(self, now: int | None = None) -> list[str]:
        """Tell the manager about follow-ups that came due since the last look: a desktop
        notification where the desktop has a tray, the status bar otherwise."""
        now = clock.now() if now is None else now
        with self.store.read() as connection:
            due = followups.falling_due(connection, self._last_due_check, now)
        self._last_due_check = now
        if not due:
            return []
        kinds = labels.intervention_kinds()
        lines = [f"{kinds.get(f.kind, f.kind)}: {', '.join(f.targets)}" for f in due]
        title = self.tr("%n follow-up(s) due", "", len(due))
        self.refresh_status()
        self.page(FollowUpsPage).reload()
        if self.tray.isVisible():
            self.tray.showMessage(title, "\n".join(lines[:5]))
        self.statusBar().showMessage(f"{title}: {'; '.join(lines[:3])}", 15_000)
        return lines

    def open_member(self, member_id: int) -> None:
        self.sidebar.setCurrentRow(
            next(r for r, e in enumerate(self.entries) if e.page == MembersPage.key)
        )
        self.page(MembersPage).show_member(member_id)

    def show_rules(self) -> None:
        RulesDialog(self.store, self.settings.author(), self.tasks, self).exec()

    def show_team_setup(self) -> None:
        TeamDialog(self.store, self.settings.author(), self.tasks, self).exec()

    def show_templates(self) -> None:
        TemplatesDialog(self.store, self.settings.author(), self.tasks, self).exec()

    def show_palette(self) -> None:
        actions = [
            *(
                action
                for menu in self.menuBar().findChildren(QMenu)
                for action in menu.actions()
                if action.text() and action is not self.palette_action
            ),
            *self.go_actions,
        ]
        CommandPalette(actions, self).exec()

    def export_log(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export log"), "interventions-log.jsonl", self.tr("Event log (*.jsonl)")
        )
        if not path:
            return
        try:
            count = export_log(self.store, Path(path))
        except (OSError, WorkbenchError) as exc:
            QMessageBox.warning(self, self.tr("Export failed"), str(exc))
            return
        self.statusBar().showMessage(self.tr("Exported %n event(s).", "", count), 5000)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About {app}").format(app=APP_NAME),
            self.tr("{app} {version}\nA moderation workbench for community managers.").format(
                app=APP_NAME, version=__version__
            ),
        )

    def _restore_geometry(self) -> None:
        geometry = self.window_settings.value("mainWindow/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self.window_settings.value("mainWindow/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def _show_busy(self, busy: bool) -> None:
        if busy:
            self.statusBar().showMessage(self.tr("Saving…"))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.tasks.stop()  # every decision made lands before the window goes
        self.window_settings.setValue("mainWindow/geometry", self.saveGeometry())
        self.window_settings.setValue("mainWindow/state", self.saveState())
        self.window_settings.sync()
        self.closed.emit()
        super().closeEvent(event)
