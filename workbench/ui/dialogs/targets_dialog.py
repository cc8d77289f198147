"""Whom a new intervention addresses: one or more members by handle, or the whole community of
a source (an announcement, a public statement)."""

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from workbench.core.errors import WorkbenchError
from workbench.core.interventions.logbook import Targets
from workbench.core.members import profile
from workbench.core.sources import SourceInfo
from workbench.core.store import Store


class TargetsDialog(QDialog):
    def __init__(
        self, store: Store, communities: list[SourceInfo], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("targetsDialog")
        self.setWindowTitle(self.tr("New intervention"))
        self.resize(520, 0)
        self.store = store
        self.members_choice = QRadioButton(self.tr("Members"))
        self.community_choice = QRadioButton(self.tr("The whole community of"))
        choice = QButtonGroup(self)
        choice.addButton(self.members_choice)
        choice.addButton(self.community_choice)
        self.handles = QLineEdit()
        self.handles.setObjectName("targetHandles")
        self.handles.setPlaceholderText(self.tr("handles or network:handle, separated by commas"))
        self.handles.setAccessibleName(self.tr("Members"))
        self.community = QComboBox()
        self.community.setObjectName("targetCommunity")
        self.community.setAccessibleName(self.tr("Community"))
        for source in communities:
            self.community.addItem(f"{source.name} ({source.network})", source.id)
        self.problem = QLabel()
        self.problem.setObjectName("targetProblem")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._check_and_accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.members_choice, self.handles)
        form.addRow(self.community_choice, self.community)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        self.members_choice.toggled.connect(self._follow_choice)
        self.handles.textEdited.connect(lambda _: self.members_choice.setChecked(True))
        self.community_choice.setEnabled(bool(communities))
        self.members_choice.setChecked(True)
        self._follow_choice()
        self.targets = Targets()
        self.names: list[str] = []

    def _follow_choice(self) -> None:
        self.community.setEnabled(self.community_choice.isChecked())
        self.problem.clear()

    def _check_and_accept(self) -> None:
        """Members must all be found; an unknown name is named, and the dialog stays open."""
        if self.community_choice.isChecked():
            self.targets = Targets(sources=[int(self.community.currentData())])
            self.names = [self.community.currentText()]
            self.accept()
            return
        keys = [key.strip() for key in self.handles.text().split(",") if key.strip()]
        if not keys:
            self.problem.setText(self.tr("Name at least one member."))
            return
        try:
            with self.store.read() as connection:
                member_ids = [profile.find_member(connection, key) for key in keys]
        except WorkbenchError as exc:
            self.problem.setText(str(exc))
            return
        self.targets = Targets(members=list(dict.fromkeys(member_ids)))
        self.names = keys
        self.accept()
