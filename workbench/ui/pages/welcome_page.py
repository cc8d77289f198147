"""What the window shows in the queue's place while the store holds nothing yet: what can be
imported, how, and the demo to look around first."""

import sys
from html import escape

from PySide6.QtCore import QProcess, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from workbench import APP_NAME
from workbench.connectors.registry import CONNECTORS


def demo_command() -> tuple[str, list[str]]:
    """The workbench on the demo community, as a program of its own (a frozen build is its own
    executable; from a checkout or a wheel it is this Python's ``-m workbench``)."""
    if getattr(sys, "frozen", False):
        return sys.executable, ["--demo"]
    return sys.executable, ["-m", "workbench", "--demo"]


class WelcomePage(QWidget):
    import_files = Signal()
    import_folder = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        title = QLabel(self.tr("Welcome to {app}").format(app=APP_NAME))
        title.setObjectName("welcomeTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        formats = "".join(f"<li>{escape(connector.label)}</li>" for connector in CONNECTORS)
        text = QLabel(
            "<p>"
            + escape(
                self.tr(
                    "Nothing is in this store yet. Bring in what your community wrote: an "
                    "export file, a folder or a zip archive, or drop them on this window. "
                    "Everything stays on this computer. The workbench reads:"
                )
            )
            + f"</p><ul>{formats}</ul>"
        )
        text.setObjectName("welcomeText")
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        self.files_button = QPushButton(self.tr("Import files…"))
        self.files_button.setObjectName("welcomeImportFiles")
        self.files_button.setDefault(True)
        self.files_button.clicked.connect(self.import_files)
        self.folder_button = QPushButton(self.tr("Import a folder…"))
        self.folder_button.setObjectName("welcomeImportFolder")
        self.folder_button.clicked.connect(self.import_folder)
        self.demo_button = QPushButton(self.tr("Open the demo community"))
        self.demo_button.setObjectName("welcomeDemo")
        self.demo_button.setToolTip(
            self.tr("A made-up community in a window and a store of its own; yours stays empty")
        )
        self.demo_button.clicked.connect(self.open_demo)
        self.status = QLabel()
        self.status.setObjectName("welcomeStatus")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.files_button, self.folder_button, self.demo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(text)
        column.addLayout(buttons)
        column.addWidget(self.status)
        box = QWidget()
        box.setMaximumWidth(640)
        box.setLayout(column)
        centred = QHBoxLayout()  # stretches, not an alignment: the text wraps to the width it gets
        centred.addStretch(1)
        centred.addWidget(box, 4)
        centred.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(centred)
        layout.addStretch(2)

    def open_demo(self) -> None:
        program, arguments = demo_command()
        started, _pid = QProcess.startDetached(program, arguments)
        self.status.setText(
            self.tr("The demo opens in a window of its own.")
            if started
            else self.tr("The demo could not be started; run: workbench --demo")
        )
