"""The main window: a sidebar of views, the central stack, menus and a status bar."""

from html import escape
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QDate,
    QDateTime,
    QItemSelection,
    QSettings,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QWidget,
)

from workbench import APP_NAME, __version__
from workbench.core import followups, queue, sources
from workbench.core.errors import WorkbenchError
from workbench.core.export import export_log
from workbench.core.queue import QueueRow
from workbench.core.settings import Settings
from workbench.core.store import Store
from workbench.ui.import_dialog import ImportDialog
from workbench.ui.queue_model import QueueModel


class QueuePage(QSplitter):
    """The queue table and, below it, the selected item's full text."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName("queuePage")
        self.store = store
        self.model = QueueModel(store, self)
        self.view = QTableView()
        self.view.setObjectName("queueView")
        self.view.setAccessibleName(self.tr("Moderation queue"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((128, 80, 140, 400, 110, 76, 56, 80)):
            self.view.setColumnWidth(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.detail = QTextBrowser()
        self.detail.setObjectName("detailPane")
        self.detail.setAccessibleName(self.tr("Item detail"))
        self.detail.setOpenLinks(False)
        self.detail.setPlaceholderText(self.tr("Select an item to read it in full."))
        self.addWidget(self.view)
        self.addWidget(self.detail)
        self.setStretchFactor(0, 1)
        self.setSizes([520, 260])
        self.view.selectionModel().selectionChanged.connect(self._show_selected)
        self.model.reload()
        if self.model.rowCount():
            self.view.selectRow(0)

    def _show_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            self.detail.clear()
            return
        row = self.model.row_at(indexes[0].row())
        with self.store.read() as connection:
            reasons = queue.reason_details(connection, row.item_id)
        self.detail.setHtml(self.item_html(row, reasons))

    def item_html(self, row: QueueRow, reasons: list[tuple[str, str]]) -> str:
        """The item as escaped text in a fixed frame: its content is untrusted and never becomes
        markup here, so nothing in it can load a resource or run."""
        moment = QDateTime.fromSecsSinceEpoch(row.created_at).toLocalTime()
        meta = self.tr("{author} on {network} · {source} · {time}").format(
            author=row.author_handle or self.tr("unknown"),
            network=row.network,
            source=row.source_name,
            time=moment.toString("yyyy-MM-dd HH:mm"),
        )
        parts = [f"<p style='color:#555'>{escape(meta)}</p>"]
        if row.title:
            parts.append(f"<h3>{escape(row.title)}</h3>")
        parts.extend(f"<p>{escape(line)}</p>" for line in row.body.split("\n") if line.strip())
        if reasons:
            parts.append(
                f"<p style='color:#555'><b>{escape(self.tr('Why it is here'))}</b></p><ul>"
            )
            parts.extend(
                f"<li>{escape(self.model.reason_label(name))}: {escape(detail)}</li>"
                for name, detail in reasons
            )
            parts.append("</ul>")
        return "".join(parts)


class EmptyPage(QLabel):
    """A view whose content is not built yet says so plainly, instead of pretending."""

    def __init__(self, object_name: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName(object_name)
        self.setAccessibleName(text)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setMargin(40)


class SourcesPage(QListWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcesView")
        self.setAccessibleName(self.tr("Connected sources"))
        self.store = store
        self.reload()

    def reload(self) -> None:
        self.clear()
        with self.store.read() as connection:
            for source in sources.list_all(connection):
                self.addItem(
                    self.tr("{name} ({network}, {kind})").format(
                        name=source.name, network=source.network, kind=source.kind
                    )
                )
        if self.count() == 0:
            self.addItem(self.tr("No sources yet. Import an export with File → Import…"))


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

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Views"))
        self.sidebar.setFixedWidth(200)
        self.sidebar.setStyleSheet(
            "QListWidget#sidebar { border: none; padding-top: 6px; }"
            "QListWidget#sidebar::item { padding: 7px 14px; }"
        )
        self.stack = QStackedWidget()
        self.stack.setObjectName("centralStack")
        self.queue_page = QueuePage(store)
        self.sources_page = SourcesPage(store)
        self.page_titles = [
            self.tr("Queue"),
            self.tr("Members"),
            self.tr("Interventions"),
            self.tr("Follow-ups"),
            self.tr("Sources"),
        ]
        pages: list[QWidget] = [
            self.queue_page,
            EmptyPage("memberPanel", self.tr("Member profiles, notes, tags and ratings.")),
            EmptyPage("interventionsView", self.tr("The log of interventions and their effect.")),
            EmptyPage("followUpsView", self.tr("Follow-ups that are due, overdue and upcoming.")),
            self.sources_page,
        ]
        for title, page in zip(self.page_titles, pages, strict=True):
            QListWidgetItem(title, self.sidebar)
            self.stack.addWidget(page)
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.sidebar.setCurrentRow(0)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self.queue_count = QLabel()
        self.queue_count.setObjectName("queueCount")
        self.statusBar().addPermanentWidget(self.queue_count)
        self.statusBar().addPermanentWidget(
            QLabel(self.tr("Signed in as {name}").format(name=settings.manager_name))
        )
        self.refresh_status()
        self._restore_geometry()

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
        dialog = ImportDialog(self.store, paths, self)
        dialog.imported.connect(self.reload)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def reload(self) -> None:
        """Show what changed in the store (after an import)."""
        self.queue_page.model.reload()
        self.sources_page.reload()
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
        end_of_today = QDateTime(QDate.currentDate().addDays(1), QTime(0, 0)).toSecsSinceEpoch()
        with self.store.read() as connection:
            open_items = queue.count(connection)
            due = followups.due_count(connection, end_of_today)
        counts = {0: open_items, 3: due}
        for row, title in enumerate(self.page_titles):
            count = counts.get(row)
            self.sidebar.item(row).setText(f"{title}  ({count})" if count else title)
        self.queue_count.setText(self.tr("%n open in the queue", "", open_items))
        self.statusBar().showMessage(str(self.store.path))

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

    def closeEvent(self, event: QCloseEvent) -> None:
        self.window_settings.setValue("mainWindow/geometry", self.saveGeometry())
        self.window_settings.setValue("mainWindow/state", self.saveState())
        self.window_settings.sync()
        self.closed.emit()
        super().closeEvent(event)
