"""File → Share log…: which events go to the team, and the key that signs them.

The manager picks a period, one manager's events or everyone's, one source or all, and sees the
fingerprint teammates will be asked to trust; the bundle is written off the UI thread.
"""

from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from workbench.core.settings import Author
from workbench.core.store import Store
from workbench.core.team.bundles import format as fmt
from workbench.core.team.bundles.writer import Selection, Written
from workbench.core.team.keys import grouped, words_of
from workbench.services.live.secrets import Secrets
from workbench.services.team import sharing
from workbench.services.team.identity import own_fingerprint, team_secret
from workbench.ui.tasks.runner import TaskRunner


class ShareDialog(QDialog):
    def __init__(
        self,
        store: Store,
        author: Author,
        tasks: TaskRunner,
        choices: tuple[list[str], list[str]],
        secrets: Secrets | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``choices``: the managers who recorded events and the sources, by name."""
        super().__init__(parent)
        self.setObjectName("shareDialog")
        self.setWindowTitle(self.tr("Share log"))
        self.store, self.author, self.tasks, self.secrets = store, author, tasks, secrets
        self.written: Written | None = None
        layout = QFormLayout(self)
        intro = QLabel(
            self.tr(
                "A signed bundle of what was recorded here, for your teammates to merge into "
                "their stores (File → Import shared log…). It holds the events, and of members "
                "and posts only what the events name: handles, names and a short excerpt."
            )
        )
        intro.setWordWrap(True)
        layout.addRow(intro)
        self.everything = QCheckBox(self.tr("Everything recorded"))
        self.everything.setObjectName("shareEverything")
        self.everything.setChecked(True)
        today = QDate.currentDate()
        self.since = QDateEdit(today.addDays(-7))
        self.since.setObjectName("shareSince")
        self.until = QDateEdit(today)
        self.until.setObjectName("shareUntil")
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
        period = QHBoxLayout()
        period.addWidget(self.since)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.until)
        layout.addRow(self.everything)
        layout.addRow(self.tr("From"), period)
        self.everything.toggled.connect(self._update_period)
        managers, source_names = choices
        self.manager = QComboBox()
        self.manager.setObjectName("shareManager")
        self.manager.addItem(self.tr("Everyone"), None)
        for name in managers:
            self.manager.addItem(name, name)
        self.source = QComboBox()
        self.source.setObjectName("shareSource")
        self.source.addItem(self.tr("All sources"), None)
        for name in source_names:
            self.source.addItem(name, name)
        layout.addRow(self.tr("Recorded by"), self.manager)
        layout.addRow(self.tr("About"), self.source)
        self.pseudonymize = QCheckBox(
            self.tr("Pseudonymize: members, posts and notes as the team secret's keyed hashes")
        )
        self.pseudonymize.setObjectName("sharePseudonymize")
        has_secret = team_secret(secrets) is not None
        self.pseudonymize.setEnabled(has_secret)
        if not has_secret:
            self.pseudonymize.setToolTip(
                self.tr("Needs the team's secret: workbench team secret --new, or --set")
            )
        layout.addRow(self.pseudonymize)
        self.key = QLabel()
        self.key.setObjectName("shareKey")
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addRow(self.tr("Signed with"), self.key)
        self.problem = QLabel()
        self.problem.setObjectName("shareProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addRow(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.choose_path)
        self.buttons.rejected.connect(self.reject)
        layout.addRow(self.buttons)
        self._update_period(True)
        self._show_key(own_fingerprint(author, secrets))

    def _show_key(self, fingerprint: str | None) -> None:
        if fingerprint is None:
            self.key.setText(self.tr("a key of your own, made now and kept in the keyring"))
        else:
            self.key.setText(f"<tt>{grouped(fingerprint)}</tt><br>{words_of(fingerprint)}")

    def _update_period(self, everything: bool) -> None:
        self.since.setEnabled(not everything)
        self.until.setEnabled(not everything)

    def selection(self) -> Selection:
        if self.everything.isChecked():
            since = until = None
        else:
            start = QDateTime(self.since.date(), QTime(0, 0))
            end = QDateTime(self.until.date().addDays(1), QTime(0, 0))
            since, until = start.toSecsSinceEpoch(), end.toSecsSinceEpoch()
        return Selection(
            since=since,
            until=until,
            author=self.manager.currentData(),
            source=self.source.currentData(),
        )

    def choose_path(self) -> None:
        name = self.tr("team-log") + fmt.SUFFIX
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Share log"),
            name,
            self.tr("Log bundles (*{suffix})").format(suffix=fmt.SUFFIX),
        )
        if path:
            self.save(Path(path))

    def save(self, path: Path) -> None:
        """Write the bundle to ``path`` (``.wblog`` added if missing), off the UI thread."""
        if path.suffix != fmt.SUFFIX:
            path = path.with_name(path.name + fmt.SUFFIX)
        selection = self.selection()
        self.buttons.setEnabled(False)
        # The work runs on a worker thread: it must hold no widget, or the last reference to
        # the dialog could go on that thread, and Qt objects are deleted on the UI thread only.
        store, author, secrets = self.store, self.author, self.secrets
        pseudonymize = self.pseudonymize.isChecked()
        self.tasks.run(
            lambda: sharing.share(
                store, path, author, selection, secrets, pseudonymize=pseudonymize
            ),
            self._saved,
            self._failed,
            context=self,
        )

    def _saved(self, written: Written) -> None:
        self.written = written
        self.accept()

    def _failed(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.problem.setText(message)
        self.problem.show()
