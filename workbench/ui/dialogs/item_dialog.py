"""One item read in full, opened from a member's timeline: the same safe rendering as the
queue's detail pane (nothing remote loads, links open only on click)."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from workbench.core.queue.reading import Reading
from workbench.ui.widgets.item_detail import ItemDetail


class ItemDialog(QDialog):
    def __init__(self, shown: Reading, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemDialog")
        self.setWindowTitle(
            self.tr("{kind} on {network}").format(kind=shown.view.kind, network=shown.view.network)
        )
        self.resize(640, 520)
        self.detail = ItemDetail()
        self.detail.show_item(shown, {}, profile_link=False)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.detail)
        layout.addWidget(close)
