"""The line of a member's profile that names the watch lists in force here naming the member,
with what each recommends (and this manager's override)."""

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from workbench.core.team.watchlists import Entry


def recommendations() -> dict[str, str]:
    """The recommendations and overrides as the window names them."""
    return {
        "watch": QCoreApplication.translate("Watchlists", "watch"),
        "mute": QCoreApplication.translate("Watchlists", "mute"),
        "ban": QCoreApplication.translate("Watchlists", "ban"),
        "trusted": QCoreApplication.translate("Watchlists", "trusted"),
        "ignore": QCoreApplication.translate("Watchlists", "ignored here"),
    }


class WatchlistMentions(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setObjectName("profileWatchlists")
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Watch lists"))

    def show_entries(self, entries: list[Entry]) -> None:
        """One part per list; hidden where no list names the member."""
        names = recommendations()
        parts = []
        for entry in entries:
            what = names.get(entry.effective, entry.effective)
            part = f"<b>{escape(entry.list_name)}</b>: {escape(what)}"  # teammates' texts
            if entry.reason:
                part += f" ({escape(entry.reason)})"
            parts.append(part)
        self.setText(self.tr("On watch lists: {lists}").format(lists="; ".join(parts)))
        self.setToolTip("\n".join(f"{e.list_name}: {e.set_by}" for e in entries))
        self.setVisible(bool(entries))
