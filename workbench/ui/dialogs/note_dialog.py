"""A typed note on a member, like a moderator's user notes."""

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QWidget,
)

from workbench.core import clock
from workbench.core.team.vocabulary import Term
from workbench.ui import labels


class NoteDialog(QDialog):
    def __init__(self, member: str, types: list[Term], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteDialog")
        self.setWindowTitle(self.tr("Note on {member}").format(member=member))
        layout = QFormLayout(self)
        self.kind = QComboBox()
        self.kind.setObjectName("noteType")
        for label, name in labels.of(types, labels.note_types()):
            self.kind.addItem(label, name)
        self.kind.setCurrentIndex(self.kind.findData("other"))
        self.text = QPlainTextEdit()
        self.text.setObjectName("noteText")
        self.text.setAccessibleName(self.tr("Note"))
        self.keep = QComboBox()
        self.keep.setObjectName("noteKeep")
        self.keep.setToolTip(
            self.tr("After this, the note leaves the profile, the queue and shared logs.")
        )
        for label, days in (
            (self.tr("For good"), None),
            (self.tr("30 days"), 30),
            (self.tr("90 days"), 90),
            (self.tr("One year"), 365),
        ):
            self.keep.addItem(label, days)
        layout.addRow(self.tr("Type"), self.kind)
        layout.addRow(self.tr("Note"), self.text)
        layout.addRow(self.tr("Keep it"), self.keep)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addRow(self.buttons)
        self.text.textChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text.toPlainText().strip()))

    def note_type(self) -> str:
        return str(self.kind.currentData())

    def note(self) -> str:
        return self.text.toPlainText().strip()

    def expires_at(self) -> int | None:
        """When the note expires (Unix seconds), or None to keep it for good."""
        days = self.keep.currentData()
        return None if days is None else clock.now() + int(days) * 86_400
