"""Ctrl+K: every action of the window by name, typed and chosen without the mouse."""

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget


class CommandPalette(QDialog):
    def __init__(self, actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commandPalette")
        self.setWindowTitle(self.tr("Command palette"))
        self.resize(480, 360)
        self.filter = QLineEdit()
        self.filter.setObjectName("commandFilter")
        self.filter.setAccessibleName(self.tr("Action name"))
        self.filter.setPlaceholderText(self.tr("Type an action…"))
        self.list = QListWidget()
        self.list.setObjectName("commandList")
        self.list.setAccessibleName(self.tr("Actions"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        for action in actions:
            label = action.text().replace("&", "")
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            item = QListWidgetItem(f"{label}    {shortcut}".rstrip())
            item.setData(Qt.ItemDataRole.UserRole, action)
            item.setData(Qt.ItemDataRole.UserRole + 1, label.casefold())
            self.list.addItem(item)
        self.filter.textChanged.connect(self._filter)
        self.filter.returnPressed.connect(self.run_current)
        self.list.itemActivated.connect(lambda _item: self.run_current())
        self._filter("")

    def _filter(self, typed: str) -> None:
        words = typed.casefold().split()
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            name = item.data(Qt.ItemDataRole.UserRole + 1)
            hidden = not all(word in name for word in words)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        if first is not None:
            self.list.setCurrentItem(first)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.list.keyPressEvent(event)
            return
        super().keyPressEvent(event)

    def run_current(self) -> None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return
        action = item.data(Qt.ItemDataRole.UserRole)
        self.accept()
        action.trigger()
