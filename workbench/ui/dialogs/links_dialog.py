"""Suggested links: members on different networks who may be the same person. They are looked
for on a worker thread (it takes a second with a hundred thousand members) and each answer is
written on the task runner, so the dialog never freezes."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.members import persons
from workbench.core.members.persons import Suggestion
from workbench.core.settings import Author
from workbench.core.store import Connection, Store
from workbench.ui.tasks.runner import TaskRunner


class LinksDialog(QDialog):
    def __init__(
        self, store: Store, author: Author, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("linksDialog")
        self.setWindowTitle(self.tr("Suggested links"))
        self.resize(900, 460)
        self.store = store
        self.author = author
        self.tasks = tasks
        self.reasons = {
            "email": self.tr("the same e-mail address"),
            "handle": self.tr("the same handle"),
            "name": self.tr("a very similar full name"),
        }
        intro = QLabel(self.tr("These members may be one person. Link them, or say they are not."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("linkSuggestions")
        self.list.setAccessibleName(self.tr("Suggested links"))
        accept = QPushButton(self.tr("Same person"))
        accept.setObjectName("linkAccept")
        reject = QPushButton(self.tr("Not the same"))
        reject.setObjectName("linkReject")
        accept.clicked.connect(lambda: self.decide(True))
        reject.clicked.connect(lambda: self.decide(False))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(reject)
        buttons.addWidget(accept)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        self.status = QLabel()
        self.status.setObjectName("linkStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        self.status.setText(self.tr("Looking for members who may be one person…"))

        def work() -> list[Suggestion]:
            with self.store.read() as connection:
                return persons.suggestions(connection)

        self.tasks.run(work, self._show, self.status.setText, context=self)

    def _show(self, found: list[Suggestion]) -> None:
        for suggestion in found:
            item = QListWidgetItem(
                self.tr("{a}  and  {b}: {reason}").format(
                    a=suggestion.label_a,
                    b=suggestion.label_b,
                    reason=self.reasons[suggestion.reason],
                ),
                self.list,
            )
            item.setData(Qt.ItemDataRole.UserRole, suggestion)
        self.status.setText("" if found else self.tr("No suggestions: nobody looks doubled."))
        if self.list.count():
            self.list.setCurrentRow(0)

    def wait(self) -> None:
        """Block until the suggestions are shown (tests)."""
        self.tasks.wait_idle()

    def done(self, result: int) -> None:
        """Closing waits for a search still running: its thread belongs to the dialog."""
        self.wait()
        super().done(result)

    def decide(self, same: bool) -> None:
        """Link the current pair or say they are two people; the pair leaves the list once
        that is recorded."""
        item = self.list.currentItem()
        if item is None:
            return
        suggestion: Suggestion = item.data(Qt.ItemDataRole.UserRole)
        pair, author = [suggestion.member_a, suggestion.member_b], self.author

        def write(connection: Connection) -> object:
            if same:
                return persons.link(connection, pair, author)
            return persons.reject(connection, pair[0], pair[1], author)

        def recorded(_event: object) -> None:
            row = self.list.row(item)
            if row >= 0:
                self.list.takeItem(row)
                self.list.setCurrentRow(min(row, self.list.count() - 1))

        self.tasks.attempt(write, recorded, self.status.setText)
