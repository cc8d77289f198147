"""Says which CSV column holds which field, with the file's first rows in view."""

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.connectors import csv_mapped
from workbench.connectors.inputs import open_input


class CsvMappingDialog(QDialog):
    def __init__(
        self, path: Path, current: tuple[tuple[str, str], ...] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("csvMappingDialog")
        self.setWindowTitle(self.tr("Map the columns of {name}").format(name=path.name))
        self.resize(900, 600)
        with open_input(path) as source:
            member = source.find(*csv_mapped.SUFFIXES)[0]
            header, rows = csv_mapped.preview(source, member)
        self._labels = {
            "item_id": self.tr("Item id"),
            "body": self.tr("Text"),
            "author": self.tr("Author id"),
            "author_name": self.tr("Author name"),
            "created_at": self.tr("Time"),
            "title": self.tr("Title"),
            "parent_id": self.tr("Parent id"),
            "thread_id": self.tr("Thread id"),
            "url": self.tr("Link"),
            "state": self.tr("State"),
            "reports": self.tr("Reports"),
            "network": self.tr("Network"),
            "email": self.tr("E-mail"),
        }
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose the column for each field. Item id, text, author id and time are needed; "
                "the rest is optional."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        table = QTableWidget(len(rows), len(header))
        table.setObjectName("csvPreview")
        table.setAccessibleName(self.tr("First rows of the file"))
        table.setHorizontalHeaderLabels(header)
        for r, row in enumerate(rows):
            for c, value in enumerate(row[: len(header)]):
                table.setItem(r, c, QTableWidgetItem(value))
        layout.addWidget(table, 1)
        form = QFormLayout()
        chosen = dict(current)
        self._combos: dict[str, QComboBox] = {}
        for field in csv_mapped.FIELDS:
            if field == "network":
                continue
            combo = QComboBox()
            combo.setObjectName(f"map_{field}")
            combo.addItem(self.tr("(none)"), "")
            for column in header:
                combo.addItem(column, column)
            guess = chosen.get(field) or next((c for c in header if c.lower() == field), "")
            combo.setCurrentIndex(max(combo.findData(guess), 0))
            combo.currentIndexChanged.connect(self._update_ok)
            label = self._labels[field] + (" *" if field in csv_mapped.REQUIRED else "")
            form.addRow(label, combo)
            self._combos[field] = combo
        self.network = QLineEdit(chosen.get("network", "").lstrip("="))
        self.network.setObjectName("map_network")
        self.network.setPlaceholderText(csv_mapped.DEFAULT_NETWORK)
        form.addRow(self._labels["network"], self.network)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_ok()

    def _update_ok(self) -> None:
        ready = all(self._combos[field].currentData() for field in csv_mapped.REQUIRED)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def column_map(self) -> tuple[tuple[str, str], ...]:
        pairs = [(field, combo.currentData()) for field, combo in self._combos.items()]
        mapped = [(field, column) for field, column in pairs if column]
        if self.network.text().strip():
            mapped.append(("network", "=" + self.network.text().strip()))
        return tuple(mapped)
