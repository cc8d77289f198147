"""Help → Keyboard shortcuts… (F1, or ? where no text field takes it): every key of the window,
read from its menus, actions and shortcuts themselves, so that the list cannot fall behind
them. A menu's action without a key of its own is listed with its way through the menu
(Alt+F, B), which is how a keyboard reaches it."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

NATIVE = QKeySequence.SequenceFormat.NativeText


@dataclass(frozen=True, slots=True)
class Shortcut:
    group: str
    """Where it works: a menu's name, or a page's."""
    text: str
    keys: str


def mnemonic(text: str) -> str | None:
    """The letter after a single & in a menu's or an action's text ("Import s&hared" → "H")."""
    text = text.replace("&&", "")
    at = text.find("&")
    letter = text[at + 1 : at + 2] if at >= 0 else ""
    return letter.upper() if letter.strip() else None


def plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def keys_of(action: QAction) -> str:
    return ", ".join(key.toString(NATIVE) for key in action.shortcuts() if not key.isEmpty())


def menu_shortcuts(bar: QMenuBar) -> list[tuple[QAction, Shortcut]]:
    """Each action of the menus, with its keys or, lacking any, its way through the menus."""
    found: list[tuple[QAction, Shortcut]] = []

    def walk(menu: QMenu, group: str, path: list[str]) -> None:
        for action in menu.actions():
            if action.isSeparator() or not action.text():
                continue
            letter = mnemonic(action.text())
            if action.menu() is not None:
                submenu = action.menu()
                assert isinstance(submenu, QMenu)
                walk(submenu, group, [*path, letter or "?"])
                continue
            keys = keys_of(action) or (", ".join([*path, letter]) if letter else "")
            found.append((action, Shortcut(group, plain(action.text()), keys)))

    for top in bar.actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            letter = mnemonic(top.text())
            walk(menu, plain(top.text()), [f"Alt+{letter}"] if letter else [])
    return found


def widget_shortcuts(widget: QWidget, group: str, listed: set[QAction]) -> list[Shortcut]:
    """The keys a page gives its own actions and shortcuts, where the menus do not list them.
    A bare QShortcut is named by its What's This, or by the button whose tool tip names its
    key (as a page's buttons show their keys)."""
    found = [
        Shortcut(group, plain(action.text()), keys_of(action))
        for action in widget.actions()
        if action not in listed and keys_of(action)
    ]
    buttons = {
        button.toolTip(): plain(button.text()) for button in widget.findChildren(QAbstractButton)
    }
    for shortcut in widget.findChildren(QShortcut):
        keys = ", ".join(key.toString(NATIVE) for key in shortcut.keys())  # noqa: SIM118 (a QShortcut is no dict)
        text = shortcut.whatsThis() or buttons.get(keys, "")
        if keys and text:
            found.append(Shortcut(group, text, keys))
    return found


def all_shortcuts(bar: QMenuBar, pages: Mapping[str, QWidget]) -> list[Shortcut]:
    """The menus' actions first, then each page's own keys under the page's name."""
    from_menus = menu_shortcuts(bar)
    listed = {action for action, _ in from_menus}
    return [shortcut for _, shortcut in from_menus] + [
        shortcut
        for title, page in pages.items()
        for shortcut in widget_shortcuts(page, title, listed)
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, shortcuts: Iterable[Shortcut], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(560, 620)
        self.filter = QLineEdit()
        self.filter.setObjectName("shortcutsFilter")
        self.filter.setAccessibleName(self.tr("Find a shortcut"))
        self.filter.setPlaceholderText(self.tr("Find an action or a key…"))
        self.filter.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutsList")
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setColumnWidth(0, 360)
        self.tree.setRootIsDecorated(False)
        self.groups: dict[str, tuple[QTreeWidgetItem, list[QTreeWidgetItem]]] = {}
        for shortcut in shortcuts:
            if shortcut.group not in self.groups:
                heading = QTreeWidgetItem(self.tree, [shortcut.group])
                heading.setFirstColumnSpanned(True)
                font = heading.font(0)
                font.setBold(True)
                heading.setFont(0, font)
                self.groups[shortcut.group] = (heading, [])
            heading, rows = self.groups[shortcut.group]
            rows.append(QTreeWidgetItem(heading, [shortcut.text, shortcut.keys]))
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._filter)
        self.filter.setFocus()

    def _filter(self, typed: str) -> None:
        """Rows whose action, keys or group hold every word typed; an empty group is hidden."""
        words = typed.casefold().split()
        for group, (heading, rows) in self.groups.items():
            for row in rows:
                said = f"{row.text(0)} {row.text(1)} {group}".casefold()
                row.setHidden(not all(word in said for word in words))
            heading.setHidden(all(row.isHidden() for row in rows))

    def rows(self) -> list[tuple[str, str, str]]:
        """(group, action, keys) as listed, hidden ones left out."""
        return [
            (group, row.text(0), row.text(1))
            for group, (_heading, rows) in self.groups.items()
            for row in rows
            if not row.isHidden()
        ]
