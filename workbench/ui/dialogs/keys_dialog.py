"""Team → Keys and secret…: your own key to read out, the teammates' keys you trust, and the
team's secret for pseudonymized bundles, without the command line.

Keys are compared by people, so a fingerprint is shown as hex in groups and as words, and can
be copied; trusting and untrusting are events written off the UI thread like every other.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.errors import WorkbenchError
from workbench.core.settings import Author
from workbench.core.store import Store
from workbench.core.team import trust
from workbench.core.team.keys import grouped, words_of
from workbench.services.live.secrets import Secrets
from workbench.services.team import identity
from workbench.ui.local_time import shown
from workbench.ui.tasks.runner import TaskRunner


class KeysDialog(QDialog):
    def __init__(
        self,
        store: Store,
        author: Author,
        tasks: TaskRunner,
        secrets: Secrets | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("keysDialog")
        self.setWindowTitle(self.tr("Keys and team secret"))
        self.setMinimumWidth(620)
        self.store, self.author, self.tasks, self.secrets = store, author, tasks, secrets
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_own())
        layout.addWidget(self._build_trusted())
        layout.addWidget(self._build_secret())
        self.problem = QLabel()
        self.problem.setObjectName("keysProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.reload()

    def _build_own(self) -> QGroupBox:
        box = QGroupBox(self.tr("Your key"))
        row = QHBoxLayout(box)
        self.own = QLabel()
        self.own.setObjectName("ownKey")
        self.own.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_own = QPushButton(self.tr("&Copy"))
        self.copy_own.setObjectName("copyOwnKey")
        self.copy_own.setToolTip(self.tr("The fingerprint, for a teammate to trust"))
        self.copy_own.clicked.connect(self.copy_own_fingerprint)
        self.make_own = QPushButton(self.tr("&Make my key"))
        self.make_own.setObjectName("makeOwnKey")
        self.make_own.clicked.connect(self.make_key)
        row.addWidget(self.own, 1)
        row.addWidget(self.copy_own)
        row.addWidget(self.make_own)
        return box

    def _build_trusted(self) -> QGroupBox:
        box = QGroupBox(self.tr("Teammates' keys you trust"))
        column = QVBoxLayout(box)
        self.tree = QTreeWidget()
        self.tree.setObjectName("trustedKeys")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Whose"), self.tr("Fingerprint"), self.tr("Since")])
        self.tree.setColumnWidth(0, 150)
        self.tree.setColumnWidth(1, 300)
        column.addWidget(self.tree)
        buttons = QHBoxLayout()
        self.trust_button = QPushButton(self.tr("&Trust a key…"))
        self.trust_button.setObjectName("trustKey")
        self.trust_button.clicked.connect(self.trust_a_key)
        self.untrust_button = QPushButton(self.tr("&Stop trusting"))
        self.untrust_button.setObjectName("untrustKey")
        self.untrust_button.setEnabled(False)
        self.untrust_button.clicked.connect(self.untrust_selected)
        self.tree.currentItemChanged.connect(
            lambda item, _before: self.untrust_button.setEnabled(item is not None)
        )
        buttons.addWidget(self.trust_button)
        buttons.addWidget(self.untrust_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        return box

    def _build_secret(self) -> QGroupBox:
        box = QGroupBox(self.tr("Team secret (for pseudonymized bundles)"))
        row = QHBoxLayout(box)
        self.secret_state = QLabel()
        self.secret_state.setObjectName("secretState")
        self.secret_state.setWordWrap(True)
        self.new_secret = QPushButton(self.tr("Make a &new one…"))
        self.new_secret.setObjectName("newSecret")
        self.new_secret.clicked.connect(self.make_secret)
        self.enter_secret = QPushButton(self.tr("&Enter the team's…"))
        self.enter_secret.setObjectName("enterSecret")
        self.enter_secret.clicked.connect(self.ask_secret)
        row.addWidget(self.secret_state, 1)
        row.addWidget(self.new_secret)
        row.addWidget(self.enter_secret)
        return box

    def reload(self) -> None:
        key = identity.existing_key(self.author, self.secrets)
        if key is None:
            self.own.setText(self.tr("None yet: it is made at your first share, or now."))
        else:
            fingerprint = key.public.fingerprint
            self.own.setText(f"<tt>{grouped(fingerprint)}</tt><br>{words_of(fingerprint)}")
        self.copy_own.setEnabled(key is not None)
        self.make_own.setVisible(key is None)
        with self.store.read() as connection:
            keys = trust.trusted(connection)
        self.tree.clear()
        for entry in keys:
            row = QTreeWidgetItem(
                self.tree,
                [
                    entry.name,
                    f"{grouped(entry.fingerprint)}\n{words_of(entry.fingerprint)}",
                    shown(entry.trusted_at),
                ],
            )
            row.setData(0, Qt.ItemDataRole.UserRole, entry.fingerprint)
        held = identity.team_secret(self.secrets) is not None
        self.secret_state.setText(
            self.tr("This laptop holds the team secret.")
            if held
            else self.tr("None here yet: make one and give it to your teammates, or enter theirs.")
        )

    def _failed(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()

    def copy_own_fingerprint(self) -> None:
        key = identity.existing_key(self.author, self.secrets)
        if key is not None:
            QGuiApplication.clipboard().setText(grouped(key.public.fingerprint))

    def make_key(self) -> None:
        try:
            identity.own_key(self.author, self.secrets)
        except WorkbenchError as problem:
            self._failed(str(problem))
        self.reload()

    def trust_a_key(self) -> None:
        fingerprint, ok = QInputDialog.getText(
            self,
            self.tr("Trust a key"),
            self.tr("The fingerprint your teammate read out to you:"),
        )
        if not ok or not fingerprint.strip():
            return
        name, ok = QInputDialog.getText(self, self.tr("Trust a key"), self.tr("Whose key is it?"))
        if ok and name.strip():
            self.trust(fingerprint, name)

    def trust(self, fingerprint: str, name: str) -> None:
        author = self.author
        self.tasks.attempt(
            lambda connection: trust.trust(connection, fingerprint, name, author),
            lambda _event: self._written(),
            self._failed,
            initiator=self,
        )

    def untrust_selected(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        fingerprint, author = str(item.data(0, Qt.ItemDataRole.UserRole)), self.author
        self.tasks.attempt(
            lambda connection: trust.untrust(connection, fingerprint, author),
            lambda _event: self._written(),
            self._failed,
            initiator=self,
        )

    def _written(self) -> None:
        self.problem.hide()
        self.reload()

    def make_secret(self) -> None:
        if identity.team_secret(self.secrets) is not None:
            answer = QMessageBox.question(
                self,
                self.tr("Make a new team secret"),
                self.tr(
                    "This laptop holds a team secret already. A new one gives every member "
                    "new pseudonyms in your bundles; teammates need the new one too. Go on?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        secret = identity.new_team_secret()
        try:
            identity.keep_team_secret(secret, self.secrets)
        except WorkbenchError as problem:
            self._failed(str(problem))
            return
        self.show_secret_once(secret)
        self.reload()

    def show_secret_once(self, secret: str) -> None:
        """The new secret, to select or copy: it is shown here and nowhere else."""
        once = QDialog(self)
        once.setObjectName("newSecretDialog")
        once.setWindowTitle(self.tr("The new team secret"))
        column = QVBoxLayout(once)
        text = QLabel(
            self.tr(
                "Give it to your teammates the way you pass on passwords; each enters it "
                "under Team → Keys and team secret. It is kept in your keyring."
            )
        )
        text.setWordWrap(True)
        field = QLineEdit(secret)
        field.setObjectName("newSecretText")
        field.setReadOnly(True)
        field.selectAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        copy = buttons.addButton(self.tr("&Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(secret))
        buttons.accepted.connect(once.accept)
        for widget in (text, field, buttons):
            column.addWidget(widget)
        self.secret_dialog = once
        once.exec()

    def ask_secret(self) -> None:
        secret, ok = QInputDialog.getText(
            self,
            self.tr("Enter the team's secret"),
            self.tr("The secret a teammate gave you:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        self.keep_secret(secret)

    def keep_secret(self, secret: str) -> None:
        try:
            identity.keep_team_secret(secret, self.secrets)
        except WorkbenchError as problem:
            self._failed(str(problem))
            return
        self._written()
