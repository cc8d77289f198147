"""File → Accounts…: connect, test, change and remove live accounts (WordPress sites, Matrix
rooms). A secret goes to the operating system's keyring as it is saved and is never shown
again; where no keyring is usable the dialog says so before anything is typed, and the secret
is kept for this session only."""

import asyncio

import httpx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workbench.core.live import accounts
from workbench.core.live.accounts import Account
from workbench.core.records import ImportOptions
from workbench.core.store import Connection
from workbench.services.live.secrets import Secrets
from workbench.services.live.sync import connector_for
from workbench.ui.tasks.runner import TaskRunner

KIND_LABELS = {"wordpress": "WordPress", "matrix": "Matrix"}


class AccountsDialog(QDialog):
    def __init__(self, tasks: TaskRunner, secrets: Secrets, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsDialog")
        self.setWindowTitle(self.tr("Accounts"))
        self.resize(780, 460)
        self.tasks = tasks
        self.secrets = secrets
        self.found: list[Account] = []
        self.current: Account | None = None
        self.testing: asyncio.Task[str] | None = None

        self.list = QListWidget()
        self.list.setObjectName("accountsList")
        self.list.setAccessibleName(self.tr("Accounts"))
        self.list.currentRowChanged.connect(self._show_row)
        self.kind = QComboBox()
        self.kind.setObjectName("accountKind")
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(label, kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.name = QLineEdit()
        self.name.setObjectName("accountName")
        self.url = QLineEdit()
        self.url.setObjectName("accountUrl")
        self.user = QLineEdit()
        self.user.setObjectName("accountUser")
        self.rooms = QLineEdit()
        self.rooms.setObjectName("accountRooms")
        self.rooms.setPlaceholderText(self.tr("#room:example.org !id:example.org … (all joined)"))
        self.interval = QSpinBox()
        self.interval.setObjectName("accountInterval")
        self.interval.setRange(1, 24 * 60)
        self.interval.setSuffix(self.tr(" min"))
        self.secret = QLineEdit()
        self.secret.setObjectName("accountSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Kind:"), self.kind)
        self.form.addRow(self.tr("Name:"), self.name)
        self.url_label = QLabel()
        self.form.addRow(self.url_label, self.url)
        self.user_label = QLabel()
        self.form.addRow(self.user_label, self.user)
        self.rooms_label = QLabel(self.tr("Rooms:"))
        self.form.addRow(self.rooms_label, self.rooms)
        self.form.addRow(self.tr("Sync every:"), self.interval)
        self.secret_label = QLabel()
        self.form.addRow(self.secret_label, self.secret)
        self.keyring_note = QLabel()
        self.keyring_note.setObjectName("keyringNote")
        self.keyring_note.setWordWrap(True)
        if secrets.usable:
            self.keyring_note.setText(
                self.tr("Secrets are kept in {where}, never in the database.").format(
                    where=secrets.where
                )
            )
        else:
            self.keyring_note.setText(
                self.tr(
                    "No keyring is usable on this computer, so a secret is kept only until you "
                    "close the workbench and must be entered again next time. Install a keyring "
                    "(GNOME Keyring, KWallet, or another backend of Python's keyring) to keep it."
                )
            )
            self.keyring_note.setStyleSheet("color: #8a4b00;")
        self.status = QLabel()
        self.status.setObjectName("accountStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.new_button = QPushButton(self.tr("New"))
        self.new_button.setObjectName("accountNew")
        self.new_button.clicked.connect(self.new)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("accountSave")
        self.save_button.clicked.connect(self.save)
        self.test_button = QPushButton(self.tr("Test"))
        self.test_button.setObjectName("accountTest")
        self.test_button.clicked.connect(self.test)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("accountRemove")
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.test_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(self.form)
        right.addWidget(self.keyring_note)
        right.addLayout(buttons)
        right.addWidget(self.status)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.list, 2)
        body.addLayout(right, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(close)
        self.new()
        self.reload()

    # Reading

    def reload(self, select: str | None = None) -> None:
        store = self.tasks.store

        def read() -> list[Account]:
            with store.read() as connection:
                return accounts.all_accounts(connection)

        self.tasks.run(read, lambda found: self._listed(found, select), context=self)

    def _listed(self, found: list[Account], select: str | None) -> None:
        self.found = found
        self.list.blockSignals(True)
        self.list.clear()
        for account in found:
            item = QListWidgetItem(f"{account.name}\n{KIND_LABELS[account.kind]} · {account.url}")
            item.setData(Qt.ItemDataRole.UserRole, account.name)
            self.list.addItem(item)
        self.list.blockSignals(False)
        row = next((n for n, a in enumerate(found) if a.name == select), None)
        if row is not None:
            self.list.setCurrentRow(row)
        elif not found:
            self.status.setText(self.tr("No account yet: fill in the form and save."))

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self.found):
            return
        account = self.current = self.found[row]
        self.kind.setCurrentIndex(self.kind.findData(account.kind))
        self.kind.setEnabled(False)
        self.name.setText(account.name)
        self.name.setReadOnly(True)
        self.url.setText(account.url)
        self.user.setText(account.user)
        self.rooms.setText(" ".join(account.rooms))
        self.interval.setValue(max(1, account.interval // 60))
        self.secret.clear()
        self.secret.setPlaceholderText(self.tr("unchanged"))
        self._enable()

    def new(self) -> None:
        self.current = None
        self.list.clearSelection()
        self.kind.setEnabled(True)
        self.name.setReadOnly(False)
        for field in (self.name, self.url, self.user, self.rooms, self.secret):
            field.clear()
        self.secret.setPlaceholderText("")
        self.interval.setValue(accounts.DEFAULT_INTERVAL // 60)
        self._kind_changed()
        self.name.setFocus()

    def _kind_changed(self) -> None:
        matrix = self.kind.currentData() == "matrix"
        self.url_label.setText(self.tr("Homeserver:") if matrix else self.tr("Site address:"))
        self.url.setPlaceholderText(
            "https://matrix.example.org" if matrix else "https://blog.example.org"
        )
        self.user_label.setText(self.tr("Matrix user:") if matrix else self.tr("WordPress user:"))
        self.user.setPlaceholderText("@moderator:example.org" if matrix else "")
        self.secret_label.setText(
            self.tr("Access token:") if matrix else self.tr("Application password:")
        )
        self.rooms_label.setVisible(matrix)
        self.rooms.setVisible(matrix)
        self._enable()

    def _enable(self) -> None:
        editing = self.current is not None
        self.remove_button.setEnabled(editing)
        self.test_button.setEnabled(editing)

    # Writing

    def save(self) -> None:
        kind, name = str(self.kind.currentData()), self.name.text().strip()
        url, user, secret = self.url.text(), self.user.text(), self.secret.text()
        rooms = tuple(self.rooms.text().split()) if kind == "matrix" else ()
        interval = self.interval.value() * 60
        if self.current is None and not secret:
            self.status.setText(self.tr("Enter the secret the account signs in with."))
            self.secret.setFocus()
            return
        editing = self.current is not None

        def write(connection: Connection) -> Account:
            if editing:
                return accounts.edit(
                    connection, name, url=url, user=user, rooms=rooms, interval=interval
                )
            return accounts.add(
                connection, kind, name=name, url=url, user=user, rooms=rooms, interval=interval
            )

        def saved(account: Account) -> None:
            if secret:
                kept = self.secrets.save(account.secret_ref, secret)
                self.secret.clear()
                where = self.secrets.where
                self.status.setText(
                    self.tr("Saved; the secret is in {where}.").format(where=where)
                    if kept
                    else self.tr("Saved; the secret is kept for this session only.")
                )
            else:
                self.status.setText(self.tr("Saved."))
            self.reload(select=account.name)

        self.tasks.attempt(write, saved, self.status.setText, initiator=self)

    def remove(self) -> None:
        if self.current is None:
            return
        account = self.current

        def write(connection: Connection) -> Account:
            return accounts.remove(connection, account.name)

        def removed(gone: Account) -> None:
            self.secrets.delete(gone.secret_ref)
            self.status.setText(
                self.tr("'{name}' is disconnected; what it brought stays.").format(name=gone.name)
            )
            self.new()
            self.reload()

        self.tasks.attempt(write, removed, self.status.setText, initiator=self)

    # Testing

    def test(self) -> "asyncio.Task[str] | None":
        """Sign in with the saved (or the newly typed) secret and say who the account is."""
        if self.current is None:
            return None
        account, typed = self.current, self.secret.text()
        secret = typed or self.secrets.get(account.secret_ref)
        if not secret:
            self.status.setText(self.tr("Enter the secret to test the account with."))
            return None
        self.status.setText(self.tr("Testing {name}…").format(name=account.name))
        self.test_button.setEnabled(False)
        self.testing = asyncio.ensure_future(_signed_in(account, secret))
        self.testing.add_done_callback(self._tested)
        return self.testing

    def _tested(self, done: "asyncio.Task[str]") -> None:
        self.test_button.setEnabled(self.current is not None)
        if done.cancelled():
            return
        problem = done.exception()
        self.status.setText(str(problem) if problem else done.result())


async def _signed_in(account: Account, secret: str) -> str:
    async with httpx.AsyncClient() as client:
        return await connector_for(account, secret, client, ImportOptions()).test()
