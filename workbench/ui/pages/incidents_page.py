"""Incidents: the case files, open ones first; the chosen one's members and timeline across
networks, its notes and its status."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.events.changes import Subject
from workbench.core.incidents import cases
from workbench.core.settings import Author
from workbench.core.store import Connection, Store
from workbench.ui import labels
from workbench.ui.local_time import shown
from workbench.ui.pages.base import Page
from workbench.ui.tasks.runner import TaskRunner, Write


class IncidentsPage(Page):
    key = "incidents"
    # The timeline shows the incident's posts, interventions and members as they are now.
    watches = frozenset({Subject.INCIDENTS, Subject.INTERVENTIONS, Subject.MEMBERS, Subject.QUEUE})

    def __init__(
        self, store: Store, author: Author, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, author, tasks, parent)
        self.setObjectName("incidentsView")
        self.statuses = {
            "open": self.tr("open"),
            "watching": self.tr("watching"),
            "closed": self.tr("closed"),
        }
        self.kinds = {
            "item": self.tr("post"),
            "intervention": self.tr("intervention"),
            "note": self.tr("note"),
            "status": self.tr("status"),
        }
        self.list = QTreeWidget()
        self.list.setObjectName("incidentsList")
        self.list.setAccessibleName(self.tr("Incidents"))
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(
            [self.tr("Incident"), self.tr("Status"), self.tr("Networks"), self.tr("Members")]
        )
        self.list.setColumnWidth(0, 220)
        self.list.currentItemChanged.connect(lambda *_: self.show_current())
        new = QPushButton(self.tr("New incident…"))
        new.setObjectName("newIncident")
        new.clicked.connect(self.new_incident)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(new, 0, Qt.AlignmentFlag.AlignLeft)

        self.title = QLabel()
        self.title.setObjectName("incidentTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.members = QLabel()
        self.members.setObjectName("incidentMembers")
        self.members.setWordWrap(True)
        self.members.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QComboBox()
        self.status.setObjectName("incidentStatus")
        self.status.setAccessibleName(self.tr("Status"))
        for key, label in self.statuses.items():
            self.status.addItem(label, key)
        self.status.activated.connect(lambda _index: self.set_status())
        self.timeline = QTreeWidget()
        self.timeline.setObjectName("incidentTimeline")
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.timeline.setRootIsDecorated(False)
        self.timeline.setHeaderLabels(
            [self.tr("When"), self.tr("What"), self.tr("Where"), self.tr("Who"), self.tr("Text")]
        )
        for column, width in enumerate((130, 90, 90, 120)):
            self.timeline.setColumnWidth(column, width)
        self.note = QLineEdit()
        self.note.setObjectName("incidentNote")
        self.note.setPlaceholderText(self.tr("Add a note and press Enter"))
        self.note.returnPressed.connect(self.add_note)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.status)
        right_layout.addLayout(header)
        right_layout.addWidget(self.members)
        right_layout.addWidget(self.timeline, 1)
        right_layout.addWidget(self.note)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.reload()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(0, Qt.ItemDataRole.UserRole))

    def reload(self, select: str | None = None) -> None:
        chosen = select or self.current_id()
        with self.store.read() as connection:
            rows = cases.list_incidents(connection)
        # Filled quietly: the chosen incident is shown once, below, not at every row.
        self.list.blockSignals(True)
        self.list.clear()
        for row in rows:
            item = QTreeWidgetItem(
                self.list,
                [row.title, self.statuses[row.status], ", ".join(row.networks), str(row.members)],
            )
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(0, row.summary)
            if row.id == chosen or (chosen is None and self.list.currentItem() is None):
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.show_current()

    def show_current(self) -> None:
        incident_id = self.current_id()
        self.timeline.clear()
        enabled = incident_id is not None
        for widget in (self.status, self.note):
            widget.setEnabled(enabled)
        if incident_id is None:
            self.title.setText(self.tr("No incident yet. Open one to follow a situation."))
            self.members.clear()
            return
        with self.store.read() as connection:
            row = cases.get(connection, incident_id)
            entries = cases.timeline(connection, incident_id)
            members = cases.members_of(connection, incident_id)
        self.title.setText(f"{row.title}\n{row.summary}" if row.summary else row.title)
        self.status.setCurrentIndex(self.status.findData(row.status))
        self.members.setText(
            self.tr("Members: {list}").format(
                list=", ".join(f"{network}:{handle}" for _, network, handle in members)
                or self.tr("none yet")
            )
        )
        intervention_kinds = labels.intervention_kinds()
        for entry in entries:
            text = entry.summary
            if entry.kind == "status":
                text = self.statuses.get(text, text)
            elif entry.kind == "intervention":
                kind, _, message = text.partition(": ")
                text = ": ".join(filter(None, [intervention_kinds.get(kind, kind), message]))
            QTreeWidgetItem(
                self.timeline,
                [shown(entry.at), self.kinds[entry.kind], entry.network, entry.who, text],
            )

    def new_incident(self) -> None:
        title, ok = QInputDialog.getText(
            self, self.tr("New incident"), self.tr("What is happening? (a short title)")
        )
        if not ok or not title.strip():
            return

        def write(connection: Connection) -> object:
            return cases.open_incident(connection, title, self.author)

        self.tasks.submit(write, self._opened, initiator=self)

    def _opened(self, event: object) -> None:
        self.reload(select=getattr(event, "id", None))

    def add_note(self) -> None:
        incident_id, text = self.current_id(), self.note.text().strip()
        if incident_id is None or not text:
            return
        self.note.clear()
        self._write(lambda connection: cases.note(connection, incident_id, text, self.author))

    def set_status(self) -> None:
        incident_id, status = self.current_id(), self.status.currentData()
        if incident_id is None:
            return
        self._write(
            lambda connection: cases.set_status(connection, incident_id, status, self.author)
        )

    def _write(self, write: Write) -> None:
        self.tasks.submit(write, lambda _event: self.reload(), initiator=self)
