"""Suggested links: members on different networks who may be the same person."""

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

from workbench.core import persons
from workbench.core.persons import Suggestion
from workbench.core.settings import Author
from workbench.core.store import Store


class LinksDialog(QDialog):
    def __init__(self, store: Store, author: Author, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linksDialog")
        self.setWindowTitle(self.tr("Suggested links"))
        self.resize(640, 420)
        self.store = store
        self.author = author
        self.reasons = {
            "email": self.tr("the same e-mail address"),
            "handle": self.tr("the same handle"),
            "name": self.tr("the same full name"),
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
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        with self.store.read() as connection:
            found = persons.suggestions(connection)
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
        if self.list.count():
            self.list.setCurrentRow(0)

    def decide(self, same: bool) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        suggestion: Suggestion = item.data(Qt.ItemDataRole.UserRole)
        with self.store.write() as connection:
            if same:
                persons.link(connection, [suggestion.member_a, suggestion.member_b], self.author)
            else:
                persons.reject(connection, suggestion.member_a, suggestion.member_b, self.author)
        row = self.list.currentRow()
        self.reload()
        self.list.setCurrentRow(min(row, self.list.count() - 1))
