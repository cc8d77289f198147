"""Filter combo boxes whose choices come from the store."""

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox


def refill(combo: QComboBox, everything: str, choices: Iterable[tuple[str, object]]) -> None:
    """Replace the choices below "everything" (which means no filter), keeping the one chosen
    if it is still there, without announcing a change: the filter means the same as before."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for label, value in choices:
        combo.addItem(label, value)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))
    combo.blockSignals(False)
