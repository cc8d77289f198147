"""File → Open store…: another laptop store's file, or a team store on a PostgreSQL server.

A team store is named by user, server, port and database; its password goes to the keyring
under the address (never into the address, nor into the window's settings, which keep only the
address for next time). The dialog opens the team store itself, off the UI thread (a server
that does not answer takes seconds to say so), and stays open with the server's problem in one
line until the store opens or the manager gives up.
"""

import threading
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workbench.core.errors import WorkbenchError
from workbench.core.store import Store, open_store
from workbench.services import team_store

DEFAULT_PORT = 5432
TEAM_KEY = "openStore/teamStore"
"""The window setting with the last team store's address (without a password)."""
FILE_KEY = "openStore/file"


def team_url(user: str, host: str, port: int, database: str) -> str:
    """The address as the store shows it (the port only where it is not PostgreSQL's own), so
    that the keyring finds the same entry as ``workbench --db`` and ``team-store password``."""
    server = f"[{host}]" if ":" in host else host
    if port != DEFAULT_PORT:
        server += f":{port}"
    return f"postgresql://{quote(user, safe='')}@{server}/{quote(database, safe='')}"


class _Answer(QObject):
    """The connecting thread's answer, delivered on the UI thread."""

    done = Signal(object)


class OpenStoreDialog(QDialog):
    def __init__(self, window_settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openStoreDialog")
        self.setWindowTitle(self.tr("Open store"))
        self.setMinimumWidth(520)
        self.window_settings = window_settings
        self.chosen: Store | Path | None = None
        """What to open once accepted: the team store (open already) or a laptop store's file."""
        self._waiting = False
        self._answer = _Answer(self)
        self._answer.done.connect(self._connected)
        layout = QVBoxLayout(self)
        self.laptop_choice = QRadioButton(self.tr("A laptop store: a file on this computer"))
        self.laptop_choice.setObjectName("laptopChoice")
        self.team_choice = QRadioButton(self.tr("A team store on a PostgreSQL server"))
        self.team_choice.setObjectName("teamChoice")
        choices = QButtonGroup(self)
        for choice in (self.laptop_choice, self.team_choice):
            choices.addButton(choice)
        layout.addWidget(self.laptop_choice)
        layout.addWidget(self._file_row())
        layout.addWidget(self.team_choice)
        layout.addWidget(self._team_form())
        self.problem = QLabel()
        self.problem.setObjectName("openStoreProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = buttons.addButton(
            self.tr("Open"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setObjectName("openStoreButton")
        self.open_button.setDefault(True)
        buttons.accepted.connect(self._open)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill_in()
        choices.buttonToggled.connect(lambda *_: self._follow_choice())
        self._follow_choice()

    def _file_row(self) -> QWidget:
        self.file_row = QWidget()
        row = QHBoxLayout(self.file_row)
        row.setContentsMargins(24, 0, 0, 0)
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("storeFileEdit")
        self.file_edit.setAccessibleName(self.tr("The store's file"))
        self.file_edit.setPlaceholderText("workbench.db")
        browse = QPushButton(self.tr("Browse…"))
        browse.setObjectName("browseStore")
        browse.clicked.connect(self._browse)
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        return self.file_row

    def _team_form(self) -> QWidget:
        self.team_box = QWidget()
        form = QFormLayout(self.team_box)
        form.setContentsMargins(24, 0, 0, 0)
        self.user_edit = QLineEdit()
        self.user_edit.setObjectName("teamUser")
        self.host_edit = QLineEdit()
        self.host_edit.setObjectName("teamHost")
        self.host_edit.setPlaceholderText("db.example.org")
        self.port_edit = QSpinBox()
        self.port_edit.setObjectName("teamPort")
        self.port_edit.setRange(1, 65535)
        self.port_edit.setValue(DEFAULT_PORT)
        self.database_edit = QLineEdit()
        self.database_edit.setObjectName("teamDatabase")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("teamPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("as kept in the keyring"))
        for label, field in (
            (self.tr("User"), self.user_edit),
            (self.tr("Server"), self.host_edit),
            (self.tr("Port"), self.port_edit),
            (self.tr("Database"), self.database_edit),
            (self.tr("Password"), self.password_edit),
        ):
            field.setAccessibleName(label)
            form.addRow(label, field)
        self.address = QLabel()
        self.address.setObjectName("teamAddress")
        form.addRow(self.address)
        kept = QLabel(
            self.tr(
                "A password typed here is kept in the system's keyring under this address once "
                "the store opens; it is never part of the address, which is all the window "
                "remembers."
            )
        )
        kept.setWordWrap(True)
        form.addRow(kept)
        for edit in (self.user_edit, self.host_edit, self.database_edit):
            edit.textChanged.connect(self._show_address)
        self.port_edit.valueChanged.connect(self._show_address)
        return self.team_box

    def _fill_in(self) -> None:
        """The last team store's address, split into its fields; the last file."""
        self.file_edit.setText(str(self.window_settings.value(FILE_KEY, "") or ""))
        last = str(self.window_settings.value(TEAM_KEY, "") or "")
        if last:
            parts = urlsplit(last)
            self.user_edit.setText(unquote(parts.username or ""))
            self.host_edit.setText(parts.hostname or "")
            self.port_edit.setValue(parts.port or DEFAULT_PORT)
            self.database_edit.setText(unquote(parts.path.lstrip("/")))
        (self.team_choice if last else self.laptop_choice).setChecked(True)
        self._show_address()

    def _follow_choice(self) -> None:
        team = self.team_choice.isChecked()
        self.team_box.setEnabled(team)
        self.file_row.setEnabled(not team)
        self._say("")

    def url(self) -> str:
        return team_url(
            self.user_edit.text().strip(),
            self.host_edit.text().strip(),
            self.port_edit.value(),
            self.database_edit.text().strip(),
        )

    def _show_address(self) -> None:
        self.address.setText(self.tr("Address: {url}").format(url=self.url()))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open store"),
            self.file_edit.text(),
            self.tr("Workbench stores (*.db);;All files (*)"),
        )
        if chosen:
            self.file_edit.setText(chosen)

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self.adjustSize()  # the wrapped lines get their height

    def _open(self) -> None:
        if self._waiting:
            return
        if self.laptop_choice.isChecked():
            self._open_file()
            return
        missing = [
            label
            for label, edit in (
                (self.tr("user"), self.user_edit),
                (self.tr("server"), self.host_edit),
                (self.tr("database"), self.database_edit),
            )
            if not edit.text().strip()
        ]
        if missing:
            self._say(self.tr("Fill in the {field}.").format(field=missing[0]))
            return
        url, typed = self.url(), self.password_edit.text() or None
        self._waiting = True
        self.open_button.setEnabled(False)
        self._say(self.tr("Connecting to {server}…").format(server=self.host_edit.text().strip()))
        threading.Thread(
            target=self._connect, args=(url, typed), name="open-team-store", daemon=True
        ).start()

    def _connect(self, url: str, typed: str | None) -> None:
        """On its own thread: the store, or what went wrong in one line."""
        try:
            team_store.use_keyring()
            answer: object = open_store(url, create=False, password=typed)
        except WorkbenchError as exc:
            answer = str(exc)
        except Exception as exc:  # a driver's surprise is told in one line, never a traceback
            answer = f"{type(exc).__name__}: {exc}"
        self._answer.done.emit((answer, typed))

    def _connected(self, answer: tuple[object, str | None]) -> None:
        opened, typed = answer
        self._waiting = False
        self.open_button.setEnabled(True)
        if not isinstance(opened, Store):
            self._say(str(opened))
            return
        if not self.isVisible():  # given up while it connected
            opened.close()
            return
        location = str(opened.location)
        if typed is not None:
            try:
                team_store.keep_password(location, typed)
            except WorkbenchError as exc:
                opened.close()
                self._say(str(exc))
                return
        self.window_settings.setValue(TEAM_KEY, location)
        self.chosen = opened
        self.accept()

    def _open_file(self) -> None:
        text = self.file_edit.text().strip()
        if not text:
            self._say(self.tr("Choose the store's file."))
            return
        path = Path(text).expanduser().resolve()
        if not path.is_file():
            self._say(self.tr("There is no store at {path}.").format(path=path))
            return
        self.window_settings.setValue(FILE_KEY, str(path))
        self.chosen = path
        self.accept()
