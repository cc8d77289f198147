"""What the queue does on a live account's platform beyond a decision: send a reply as the
account, and (in Matrix rooms) kick or ban the item's author. Each is recorded as an event and
queued in the outbox; the window sends it at once when it can, else the next sync does."""

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from workbench.core.live import pushes
from workbench.core.live.capabilities import AUTHOR_ACTIONS, PUSHES
from workbench.core.queue.reading import Reading
from workbench.core.settings import Author
from workbench.core.store import Connection
from workbench.ui.tasks.runner import TaskRunner

SEVERE = frozenset({"ban", "suspend", "disable"})
"""Actions on an author asked twice: the member stays out until a moderator takes it back."""


class LiveItemActions(QObject):
    message = Signal(str)

    def __init__(
        self,
        page: QWidget,
        tasks: TaskRunner,
        author: Author,
        reply_text: Callable[[Reading], str],
    ) -> None:
        super().__init__(page)
        self.page = page
        self.tasks = tasks
        self.author = author
        self.reply_text = reply_text
        self.shown: Reading | None = None
        self.send_reply = self._action(
            "queueSendReply", self.tr("Send a reply on the platform…"), "Shift+R", self.reply
        )
        words = {
            "kick": self.tr("&Kick the author from the room…"),
            "ban": self.tr("&Ban the author from the room…"),
            "sensitive": self.tr("&Mark the author's media sensitive…"),
            "silence": self.tr("&Limit (silence) the author…"),
            "suspend": self.tr("S&uspend the author…"),
            "disable": self.tr("&Disable the author's login…"),
        }
        self.on_author = {
            action: self._action(
                f"queue{action.capitalize()}", words[action], "", partial(self.act, action)
            )
            for action in AUTHOR_ACTIONS
        }
        self.kick, self.ban = self.on_author["kick"], self.on_author["ban"]
        self.show(None)

    def _action(self, name: str, text: str, key: str, handler: Callable[[], None]) -> QAction:
        action = QAction(text, self.page)
        action.setObjectName(name)
        if key:
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(handler)
        self.page.addAction(action)
        return action

    @property
    def actions(self) -> dict[str, QAction]:
        return {a.objectName(): a for a in (self.send_reply, *self.on_author.values())}

    def show(self, shown: Reading | None) -> None:
        """Offer what the shown item's platform can do; nothing for an export's item."""
        self.shown = shown
        account = shown.account if shown else None
        can = PUSHES[account.kind] if account is not None else frozenset()
        author = shown is not None and shown.view.author is not None
        self.send_reply.setEnabled("reply" in can)
        for name, action in self.on_author.items():
            action.setEnabled(author and name in can)

    def reply(self) -> None:
        shown = self.shown
        if shown is None or shown.account is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self.page,
            self.tr("Reply on {network}").format(network=shown.view.network),
            self.tr("Sent as {user} on {account}, in public, once you click OK:").format(
                user=shown.account.user, account=shown.account.name
            ),
            self.reply_text(shown),
        )
        if not ok or not text.strip():
            return
        item_id, author = shown.view.item_id, self.author

        def write(connection: Connection) -> object:
            return pushes.reply(connection, item_id, text, author)

        self.tasks.attempt(
            write,
            lambda _event: self.message.emit(self.tr("Reply queued; it goes out at once.")),
            lambda problem: self.message.emit(problem),
            initiator=self,
        )

    def act(self, action: str) -> None:
        shown = self.shown
        if shown is None or shown.account is None or shown.view.author is None:
            return
        who = shown.view.author.handle
        text = self.on_author[action].text().replace("&", "").removesuffix("…")  # no mnemonic
        title = text.replace(self.tr("the author"), who)
        reason, ok = QInputDialog.getText(
            self.page,
            title,
            self.tr("The reason {who} is shown in the room:").format(who=who),
            QLineEdit.EchoMode.Normal,
        )
        if not ok:
            return
        if action in SEVERE and (
            QMessageBox.question(
                self.page,
                title,
                self.tr("{title}? They stay so until a moderator takes it back.").format(
                    title=title
                ),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        item_id, author = shown.view.item_id, self.author

        def write(connection: Connection) -> object:
            return pushes.act_on_author(connection, item_id, action, reason, author)

        self.tasks.attempt(
            write,
            lambda _event: self.message.emit(self.tr("{title}: queued.").format(title=title)),
            lambda problem: self.message.emit(problem),
            initiator=self,
        )
