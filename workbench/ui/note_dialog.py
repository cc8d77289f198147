"""A typed note on a member, like a moderator's user notes."""

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QWidget,
)

from workbench.core.members import NOTE_TYPES


class NoteDialog(QDialog):
    def __init__(self, member: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteDialog")
        self.setWindowTitle(self.tr("Note on {member}").format(member=member))
        labels = {
            "good_contributor": self.tr("Good contributor"),
            "spam_watch": self.tr("Spam watch"),
            "warning": self.tr("Warning"),
            "abuse": self.tr("Abuse"),
            "ban": self.tr("Ban"),
            "other": self.tr("Other"),
        }
        layout = QFormLayout(self)
        self.kind = QComboBox()
        self.kind.setObjectName("noteType")
        for note_type in NOTE_TYPES:
            self.kind.addItem(labels[note_type], note_type)
        self.kind.setCurrentIndex(NOTE_TYPES.index("other"))
        self.text = QPlainTextEdit()
        self.text.setObjectName("noteText")
        self.text.setAccessibleName(self.tr("Note"))
        layout.addRow(self.tr("Type"), self.kind)
        layout.addRow(self.tr("Note"), self.text)
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
