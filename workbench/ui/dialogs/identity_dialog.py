"""Asks the manager's name at first start: it signs every event they record."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget


class IdentityDialog(QDialog):
    def __init__(self, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("identityDialog")
        self.setWindowTitle(self.tr("Who are you?"))
        layout = QVBoxLayout(self)
        label = QLabel(
            self.tr(
                "Your name signs everything you record in the workbench: decisions, notes and "
                "interventions. Your team sees it in shared logs."
            )
        )
        label.setWordWrap(True)
        layout.addWidget(label)
        self.name_edit = QLineEdit(name)
        self.name_edit.setObjectName("identityName")
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Mara Lindqvist"))
        self.name_edit.setMaxLength(80)
        layout.addWidget(self.name_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.name_edit.textChanged.connect(self._update_ok)
        self._update_ok()
        layout.addWidget(buttons)

    def _update_ok(self) -> None:
        self._ok.setEnabled(bool(self.name_edit.text().strip()))

    def name(self) -> str:
        return self.name_edit.text().strip()
