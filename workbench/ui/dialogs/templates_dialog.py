"""Queue → Reply templates…: the replies the team keeps at hand, shared through the log. Saved
on the task runner, so a running import delays a change instead of freezing the dialog."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.settings import Author
from workbench.core.store import Store
from workbench.core.team import templates
from workbench.core.team.templates import Template
from workbench.ui.tasks.runner import TaskRunner


class TemplatesDialog(QDialog):
    """A template was saved or deleted (it may land after the dialog closed)."""

    def __init__(
        self, store: Store, author: Author, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("templatesDialog")
        self.tasks = tasks
        self.setWindowTitle(self.tr("Reply templates"))
        self.resize(760, 440)
        self.store = store
        self.author = author
        self.current: Template | None = None
        self.list = QListWidget()
        self.list.setObjectName("templatesList")
        self.list.setAccessibleName(self.tr("Templates"))
        self.name = QLineEdit()
        self.name.setObjectName("templateName")
        self.body = QPlainTextEdit()
        self.body.setObjectName("templateBody")
        self.body.setAccessibleName(self.tr("Template text"))
        hint = QLabel(
            self.tr(
                "Placeholders: {name}, {handle}, {network}, {source}. They are filled in for "
                "the selected item's author when you copy the reply."
            )
        )
        hint.setWordWrap(True)
        new, save, remove = (
            QPushButton(self.tr("New")),
            QPushButton(self.tr("Save")),
            QPushButton(self.tr("Delete")),
        )
        save.setObjectName("templateSave")
        self.status = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Text"), self.body)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(hint)
        buttons = QHBoxLayout()
        for button in (new, save, remove):
            buttons.addWidget(button)
        right.addLayout(buttons)
        right.addWidget(self.status)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        new.clicked.connect(self.new)
        save.clicked.connect(self.save)
        remove.clicked.connect(self.remove)
        self.list.currentItemChanged.connect(self._show)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        with self.store.read() as connection:
            for template in templates.load(connection):
                item = QListWidgetItem(template.name, self.list)
                item.setData(Qt.ItemDataRole.UserRole, template)

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.current = item.data(Qt.ItemDataRole.UserRole)
        self.name.setText(self.current.name)
        self.body.setPlainText(self.current.body)

    def new(self) -> None:
        self.current = None
        self.name.clear()
        self.body.clear()
        self.name.setFocus()

    def save(self) -> None:
        name, text = self.name.text(), self.body.toPlainText()
        template = (
            Template(self.current.id, name.strip(), text)
            if self.current
            else Template.new(name, text)
        )
        author = self.author

        def saved(_event: object) -> None:
            self.status.setText(self.tr("Saved."))
            self.current = template
            self.reload()

        self.tasks.attempt(
            lambda c: templates.save(c, template, author), saved, self.status.setText
        )

    def remove(self) -> None:
        if self.current is None:
            return
        template_id, author = self.current.id, self.author

        def deleted(_event: object) -> None:
            self.new()
            self.reload()

        self.tasks.attempt(
            lambda c: templates.delete(c, template_id, author), deleted, self.status.setText
        )
