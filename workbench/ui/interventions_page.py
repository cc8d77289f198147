"""Interventions: the log of what the team did, newest first, with the latest outcome seen."""

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from workbench.core import followups
from workbench.core.store import Store
from workbench.ui import labels


def _time(unix: int | None) -> str:
    if unix is None:
        return ""
    return QDateTime.fromSecsSinceEpoch(unix).toLocalTime().toString("yyyy-MM-dd HH:mm")


class InterventionsPage(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("interventionsView")
        self.store = store
        self.tree = QTreeWidget()
        self.tree.setObjectName("interventionsTree")
        self.tree.setAccessibleName(self.tr("Interventions"))
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [
                self.tr("When"),
                self.tr("Intervention"),
                self.tr("Channel"),
                self.tr("About"),
                self.tr("By"),
                self.tr("Look again"),
                self.tr("Outcome"),
            ]
        )
        for column, width in enumerate((140, 170, 130, 220, 130, 140)):
            self.tree.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        self.outcomes = {
            "improved": self.tr("improved"),
            "no_change": self.tr("no change"),
            "worsened": self.tr("worsened"),
            "unclear": self.tr("unclear"),
        }
        self.reload()

    def reload(self) -> None:
        kinds, channels = labels.intervention_kinds(), labels.channels()
        with self.store.read() as connection:
            logged = followups.intervention_log(connection)
        self.tree.clear()
        for entry in logged:
            QTreeWidgetItem(
                self.tree,
                [
                    _time(entry.created_at),
                    kinds.get(entry.kind, entry.kind),
                    channels.get(entry.channel, entry.channel),
                    ", ".join(entry.targets),
                    entry.author_name,
                    _time(entry.follow_up_at),
                    self.outcomes.get(entry.outcome or "", ""),
                ],
            )
