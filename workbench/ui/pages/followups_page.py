"""Follow-ups: interventions to look at again, overdue first, then today's, then the next
two weeks'. Recording what you saw (an observation) closes the follow-up or sets the next."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.events.changes import Subject
from workbench.core.interventions import followups
from workbench.core.interventions.followups import FollowUp
from workbench.core.settings import Author
from workbench.core.store import Store
from workbench.ui import labels
from workbench.ui.dialogs.observation_dialog import ask_and_observe
from workbench.ui.local_time import day_bounds, shown
from workbench.ui.pages.base import Page
from workbench.ui.tasks.runner import TaskRunner

UPCOMING_DAYS = 14


class FollowUpsPage(Page):
    key = "followups"
    # The measured effect counts the targets' items; erasure changes the names shown.
    watches = frozenset({Subject.INTERVENTIONS, Subject.TEAM, Subject.QUEUE, Subject.MEMBERS})

    def __init__(
        self, store: Store, author: Author, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, author, tasks, parent)
        self.setObjectName("followUpsView")
        self.tree = QTreeWidget()
        self.tree.setObjectName("followUpsTree")
        self.tree.setAccessibleName(self.tr("Follow-ups"))
        self.tree.setHeaderLabels(
            [
                self.tr("Due"),
                self.tr("Intervention"),
                self.tr("About"),
                self.tr("By"),
                self.tr("Message"),
            ]
        )
        for column, width in enumerate((170, 150, 200, 140)):
            self.tree.setColumnWidth(column, width)
        self.observe_button = QPushButton(self.tr("Record what happened…"))
        self.observe_button.setObjectName("observeButton")
        self.observe_button.clicked.connect(self.observe)
        self.tree.itemActivated.connect(lambda *_: self.observe())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.observe_button, 0, Qt.AlignmentFlag.AlignRight)
        self.groups = {
            "overdue": self.tr("Overdue"),
            "today": self.tr("Due today"),
            "upcoming": self.tr("Next two weeks"),
        }
        self.reload()

    def reload(self) -> None:
        start, end = day_bounds()
        with self.store.read() as connection:
            due = followups.open_follow_ups(connection, end + UPCOMING_DAYS * 86_400)
        self.tree.clear()
        parents: dict[str, QTreeWidgetItem] = {}
        kinds = labels.intervention_kinds()
        for key, title in self.groups.items():
            parent = QTreeWidgetItem(self.tree, [title])
            parent.setFirstColumnSpanned(True)
            font = parent.font(0)
            font.setBold(True)
            parent.setFont(0, font)
            parents[key] = parent
        for follow_up in due:
            item = QTreeWidgetItem(
                parents[follow_up.when(start, end)],
                [
                    shown(follow_up.follow_up_at),
                    kinds.get(follow_up.kind, follow_up.kind),
                    ", ".join(follow_up.targets),
                    follow_up.author_name,
                    follow_up.message.replace("\n", " ")[:200],
                ],
            )
            item.setData(0, Qt.ItemDataRole.UserRole, follow_up)
        for key, parent in parents.items():
            parent.setText(0, f"{self.groups[key]} ({parent.childCount()})")
        self.tree.expandAll()

    def observe(self) -> None:
        item = self.tree.currentItem()
        follow_up = None if item is None else item.data(0, Qt.ItemDataRole.UserRole)
        if not isinstance(follow_up, FollowUp):
            return
        ask_and_observe(
            self,
            self.store,
            self.tasks,
            self.author,
            follow_up.intervention_id,
            follow_up.kind,
            follow_up.targets,
            lambda _event: self.reload(),
        )
