"""File → Accounts…: connect, test, change and remove live accounts (WordPress sites, Matrix
rooms, Mastodon, Discourse, Reddit). A secret goes to the operating system's keyring as it is
saved and is never shown again; where no keyring is usable the dialog says so before anything
is typed, and the secret is kept for this session only. An OAuth kind signs in in the browser:
Save opens the platform's page, and the code it shows (or the address it went to) finishes it.
"""

import asyncio

import httpx
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
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

from workbench.connectors.live.base import Authorization, Authorized, LiveConnector, Settings
from workbench.connectors.live.registry import CONNECTORS
from workbench.core.errors import WorkbenchError
from workbench.core.live import accounts
from workbench.core.live.accounts import Account
from workbench.core.records import ImportOptions
from workbench.core.store import Connection
from workbench.services.live.secrets import Secrets
from workbench.services.live.sync import connector_for
from workbench.ui import colours
from workbench.ui.dialogs.account_forms import KindForm, forms
from workbench.ui.tasks.runner import TaskRunner

EXTRA_ROWS = 3
"""Rows for a kind's own settings (rooms, hashtags, subreddits …): the most any kind needs."""


class AccountsDialog(QDialog):
    def __init__(self, tasks: TaskRunner, secrets: Secrets, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsDialog")
        self.setWindowTitle(self.tr("Accounts"))
        self.resize(800, 500)
        self.tasks = tasks
        self.secrets = secrets
        self.forms = {kind: form for kind, form in forms().items() if kind in CONNECTORS}
        self.found: list[Account] = []
        self.current: Account | None = None
        self.testing: asyncio.Task[str] | None = None
        self.signing_in: asyncio.Task[Authorization] | None = None
        self.authorization: Authorization | None = None
        """An OAuth sign-in under way: the code the browser shows finishes it."""

        self.list = QListWidget()
        self.list.setObjectName("accountsList")
        self.list.setAccessibleName(self.tr("Accounts"))
        self.list.currentRowChanged.connect(self._show_row)
        self.kind = QComboBox()
        self.kind.setObjectName("accountKind")
        for kind, form in self.forms.items():
            self.kind.addItem(form.label, kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.name = QLineEdit()
        self.name.setObjectName("accountName")
        self.url = QLineEdit()
        self.url.setObjectName("accountUrl")
        self.user = QLineEdit()
        self.user.setObjectName("accountUser")
        self.extras = [QLineEdit() for _ in range(EXTRA_ROWS)]
        for n, field in enumerate(self.extras):
            field.setObjectName(f"accountExtra{n}")
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
        self.url_label, self.user_label, self.secret_label = QLabel(), QLabel(), QLabel()
        self.extra_labels = [QLabel() for _ in self.extras]
        self.form.addRow(self.url_label, self.url)
        self.form.addRow(self.user_label, self.user)
        for label, field in zip(self.extra_labels, self.extras, strict=True):
            self.form.addRow(label, field)
        self.form.addRow(self.tr("Sync every:"), self.interval)
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
            self.keyring_note.setStyleSheet(colours.text_style(colours.Tone.WARNING))
        self.status = QLabel()
        self.status.setObjectName("accountStatus")
        self.status.setWordWrap(True)
        self.status.setOpenExternalLinks(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

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

    @property
    def kind_form(self) -> KindForm:
        return self.forms[str(self.kind.currentData())]

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
        labels = forms()
        for account in found:
            label = labels[account.kind].label
            item = QListWidgetItem(f"{account.name}\n{label} · {account.user or account.url}")
            item.setData(Qt.ItemDataRole.UserRole, account.name)
            self.list.addItem(item)
        self.list.blockSignals(False)
        row = next((n for n, a in enumerate(found) if a.name == select), None)
        if row is not None:
            self.list.setCurrentRow(row)
        elif not found and not self.status.text():  # keep what just happened in sight
            self.status.setText(self.tr("No account yet: fill in the form and save."))

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self.found):
            return
        account = self.current = self.found[row]
        self.authorization = None
        self.kind.setCurrentIndex(self.kind.findData(account.kind))
        self.kind.setEnabled(False)
        self.name.setText(account.name)
        self.name.setReadOnly(True)
        self.url.setText(account.url)
        self.user.setText(account.user)
        for field, spec in zip(self.extras, self.kind_form.fields, strict=False):
            value = account.rooms if spec.key == "rooms" else account.extra.get(spec.key, "")
            field.setText(" ".join(value) if isinstance(value, list | tuple) else str(value))
        self.interval.setValue(max(1, account.interval // 60))
        self.secret.clear()
        self.secret.setPlaceholderText(self.tr("unchanged"))
        self._enable()

    def new(self) -> None:
        self.current = None
        self.authorization = None
        self.list.clearSelection()
        self.kind.setEnabled(True)
        self.name.setReadOnly(False)
        for field in (self.name, self.url, self.user, self.secret, *self.extras):
            field.clear()
        self.secret.setPlaceholderText("")
        self.interval.setValue(accounts.DEFAULT_INTERVAL // 60)
        self._kind_changed()
        self.name.setFocus()

    def _kind_changed(self) -> None:
        form = self.kind_form
        self.url_label.setText(form.url_label)
        self.url.setPlaceholderText(form.url_hint)
        for widget in (self.url_label, self.url):
            widget.setVisible(form.fixed_url is None)
        self.user_label.setText(form.user_label or "")
        self.user.setPlaceholderText(form.user_hint)
        for widget in (self.user_label, self.user):
            widget.setVisible(form.user_label is not None)
        for n, (label, field) in enumerate(zip(self.extra_labels, self.extras, strict=True)):
            spec = form.fields[n] if n < len(form.fields) else None
            label.setText(spec.label if spec else "")
            field.setPlaceholderText(spec.hint if spec else "")
            label.setVisible(spec is not None)
            field.setVisible(spec is not None)
        self._show_secret_field()
        self._enable()

    def _show_secret_field(self) -> None:
        """A secret kind asks for its secret; an OAuth kind, once the browser was opened, for
        the code the platform showed."""
        form = self.kind_form
        if form.secret_label is not None:
            self.secret_label.setText(form.secret_label)
            visible = True
        else:
            self.secret_label.setText(self.tr("Code from the browser:"))
            visible = self.authorization is not None
        self.secret_label.setVisible(visible)
        self.secret.setVisible(visible)

    def _enable(self) -> None:
        editing = self.current is not None
        self.remove_button.setEnabled(editing)
        self.test_button.setEnabled(editing)
        oauth = CONNECTORS[str(self.kind.currentData())].oauth and not editing
        if oauth and self.authorization is None:
            self.save_button.setText(self.tr("Sign in in the browser…"))
        elif oauth:
            self.save_button.setText(self.tr("Finish signing in"))
        else:
            self.save_button.setText(self.tr("Save"))

    # Writing

    def _values(self) -> tuple[str, str, tuple[str, ...], dict[str, object]]:
        """(address, user, rooms, extra settings) as the form holds them."""
        form = self.kind_form
        rooms: tuple[str, ...] = ()
        extra: dict[str, object] = {}
        for spec, field in zip(form.fields, self.extras, strict=False):
            text = field.text().strip()
            if spec.key == "rooms":
                rooms = tuple(text.split())
            elif spec.many and text:
                extra[spec.key] = text.split()
            elif not spec.many and (text or spec.default):
                extra[spec.key] = text or spec.default
        url = form.fixed_url or self.url.text()
        return url, self.user.text(), rooms, extra

    def save(self) -> None:
        kind, name = str(self.kind.currentData()), self.name.text().strip()
        url, user, rooms, extra = self._values()
        secret = self.secret.text()
        interval = self.interval.value() * 60
        oauth = CONNECTORS[kind].oauth
        if self.current is None and oauth:
            self._sign_in(kind, name, url, rooms, extra, interval)
            return
        if self.current is None and not secret:
            self.status.setText(self.tr("Enter the secret the account signs in with."))
            self.secret.setFocus()
            return
        editing = self.current is not None

        def write(connection: Connection) -> Account:
            if editing:
                return accounts.edit(
                    connection,
                    name,
                    url=url,
                    user=user,
                    rooms=rooms,
                    interval=interval,
                    extra=extra,
                )
            return accounts.add(
                connection,
                kind,
                name=name,
                url=url,
                user=user,
                rooms=rooms,
                interval=interval,
                extra=extra,
            )

        self.tasks.attempt(
            write, lambda account: self._saved(account, secret), self.status.setText, initiator=self
        )

    def _saved(self, account: Account, secret: str) -> None:
        if secret:
            kept = self.secrets.save(account.secret_ref, secret)
            self.secret.clear()
            self.status.setText(
                self.tr("Saved; the secret is in {where}.").format(where=self.secrets.where)
                if kept
                else self.tr("Saved; the secret is kept for this session only.")
            )
        else:
            self.status.setText(self.tr("Saved."))
        self.authorization = None
        self.reload(select=account.name)

    def _sign_in(
        self,
        kind: str,
        name: str,
        url: str,
        rooms: tuple[str, ...],
        extra: dict[str, object],
        interval: int,
    ) -> None:
        """OAuth in two steps: Save opens the platform's page; the code it shows, pasted into
        the field, and Save again make the account."""
        if not name:
            self.status.setText(self.tr("An account needs a name and a user."))
            return
        try:
            settings = Settings(name, accounts.checked_url(url), "", rooms, extra)
        except WorkbenchError as problem:  # the core's own words, in the status line
            self.status.setText(str(problem))
            return
        connector = CONNECTORS[kind]
        if self.authorization is None:
            self.status.setText(self.tr("Opening the sign-in page…"))
            self.signing_in = asyncio.ensure_future(_begin(connector, settings))
            self.signing_in.add_done_callback(self._sign_in_opened)
            return
        started, answer = self.authorization, self.secret.text().strip()
        if not answer:
            self.status.setText(
                self.tr("Paste the code the browser showed, then Finish signing in.")
            )
            return

        async def finish() -> Authorized:
            async with httpx.AsyncClient() as client:
                return await connector.finish_authorization(client, settings, started, answer)

        def finished(done: "asyncio.Task[Authorized]") -> None:
            if done.cancelled():
                return
            if (problem := done.exception()) is not None:
                self.status.setText(str(problem))
                return
            authorized = done.result()

            def write(connection: Connection) -> Account:
                return accounts.add(
                    connection,
                    kind,
                    name=name,
                    url=url,
                    user=authorized.user,
                    rooms=rooms,
                    interval=interval,
                    extra=extra,
                )

            self.tasks.attempt(
                write,
                lambda account: self._saved(account, authorized.secret),
                self.status.setText,
                initiator=self,
            )

        asyncio.ensure_future(finish()).add_done_callback(finished)

    def _sign_in_opened(self, done: "asyncio.Task[Authorization]") -> None:
        if done.cancelled():
            return
        if (problem := done.exception()) is not None:
            self.status.setText(str(problem))
            return
        self.authorization = started = done.result()
        QDesktopServices.openUrl(QUrl(started.url))
        self.status.setText(
            self.tr(
                "Allow Community Workbench on the page that opened (or open <a href='{url}'>"
                "the sign-in page</a>), paste the code it shows (or the address it went to) "
                "below, then Finish signing in."
            ).format(url=started.url.replace("'", "%27"))
        )
        self._show_secret_field()
        self._enable()
        self.secret.setFocus()

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


async def _begin(connector: type[LiveConnector], settings: Settings) -> Authorization:
    async with httpx.AsyncClient() as client:
        return await connector.begin_authorization(client, settings)


async def _signed_in(account: Account, secret: str) -> str:
    async with httpx.AsyncClient() as client:
        connector = connector_for(account, secret, client, ImportOptions())
        await connector.sign_in()
        return await connector.test()
