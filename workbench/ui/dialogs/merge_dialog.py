"""File → Import shared log…: what a teammate's bundle would add, before anything is written.

The bundle is read and checked off the UI thread. A bundle signed by a key the manager has not
trusted shows that key's fingerprint, hex and words, so it can be compared with the teammate
then and there, and trusted with one click; a damaged or forged bundle shows why it is refused.
"""

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.errors import WorkbenchError
from workbench.core.settings import Author
from workbench.core.store import Store
from workbench.core.team import trust
from workbench.core.team.bundles.merge import Merged, Preview, UntrustedSigner
from workbench.core.team.keys import grouped, words_of
from workbench.core.team.watchlists_changes import Change
from workbench.services.live.secrets import Secrets
from workbench.services.team import sharing
from workbench.ui import labels
from workbench.ui.tasks.runner import TaskRunner


class MergeDialog(QDialog):
    def __init__(
        self,
        store: Store,
        author: Author,
        tasks: TaskRunner,
        path: Path,
        secrets: Secrets | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Import shared log"))
        self.setMinimumWidth(520)
        self.store, self.author, self.tasks, self.path, self.secrets = (
            store,
            author,
            tasks,
            path,
            secrets,
        )
        self.preview: Preview | None = None
        self.watch_changes: tuple[Change, ...] = ()
        """What the bundle changes in the watch lists followed here, shown before merging."""
        self.merged: Merged | None = None
        self.untrusted: UntrustedSigner | None = None
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.tr("Checking {name}…").format(name=path.name))
        self.summary.setObjectName("mergeSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.trust_row = QWidget()
        row = QHBoxLayout(self.trust_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.trust_name = QLineEdit()
        self.trust_name.setObjectName("trustName")
        self.trust_name.setAccessibleName(self.tr("Whose key it is"))
        self.trust_button = QPushButton(self.tr("&Trust this key"))
        self.trust_button.setObjectName("trustButton")
        self.trust_button.clicked.connect(self.trust_signer)
        self.trust_name.textChanged.connect(
            lambda text: self.trust_button.setEnabled(bool(text.strip()))
        )
        row.addWidget(QLabel(self.tr("Key of")))
        row.addWidget(self.trust_name, 1)
        row.addWidget(self.trust_button)
        self.trust_row.hide()
        layout.addWidget(self.trust_row)
        self.erase_too = QCheckBox()
        self.erase_too.setObjectName("eraseToo")
        self.erase_too.hide()
        layout.addWidget(self.erase_too)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(
            self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setEnabled(False)
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.look()

    def look(self) -> None:
        """Read and check the bundle, off the UI thread (the work holds no widget: the last
        reference to a Qt object must never go on a worker thread)."""
        store, path, author, secrets = self.store, self.path, self.author, self.secrets

        def work() -> tuple[Preview, tuple[Change, ...]] | WorkbenchError:
            try:
                seen = sharing.look_at(store, path, author, secrets)
                return seen, sharing.watch_list_changes(store, seen, author)
            except WorkbenchError as problem:  # shown in the dialog, not the status bar
                return problem

        self.tasks.run(work, self._looked, self._refused, context=self)

    def _looked(self, result: tuple[Preview, tuple[Change, ...]] | WorkbenchError) -> None:
        self.untrusted = result if isinstance(result, UntrustedSigner) else None
        if isinstance(result, UntrustedSigner):
            self._show_untrusted(result)
        elif isinstance(result, WorkbenchError):
            self._refused(str(result))
        else:
            self.watch_changes = result[1]
            self._show_preview(result[0])

    def _refused(self, message: str) -> None:
        self.preview = None
        self.trust_row.hide()
        self.merge_button.setEnabled(False)
        self.summary.setText(
            self.tr("<b>This bundle cannot be merged.</b><br>{why}").format(why=escape(message))
        )
        self.adjustSize()

    def _show_untrusted(self, problem: UntrustedSigner) -> None:
        self.preview = None
        self.merge_button.setEnabled(False)
        fingerprint = problem.fingerprint
        self.summary.setText(
            self.tr(
                "<b>{name} signed this bundle with a key you have not trusted yet.</b><br>"
                "Compare its fingerprint with {name}, by phone or in a chat you trust, "
                "before you trust it:<br><br>"
                "<span style='font-family:monospace; font-size:14pt'>{hex}</span><br>"
                "<i>{words}</i>"
            ).format(
                name=escape(problem.name), hex=grouped(fingerprint), words=words_of(fingerprint)
            )
        )
        self.trust_name.setText(problem.name)
        self.trust_row.show()
        self.adjustSize()

    def trust_signer(self) -> None:
        problem = self.untrusted
        if problem is None:
            return
        name, author, fingerprint = self.trust_name.text(), self.author, problem.fingerprint
        self.trust_button.setEnabled(False)
        self.tasks.attempt(
            lambda connection: trust.trust(connection, fingerprint, name, author),
            lambda _event: self._trusted(),
            self._refused,
            initiator=self,
        )

    def _trusted(self) -> None:
        self.trust_row.hide()
        self.summary.setText(self.tr("Checking {name}…").format(name=self.path.name))
        self.look()

    def _show_preview(self, seen: Preview) -> None:
        self.preview = seen
        self.trust_row.hide()
        # Erasing is asked, not assumed: the box starts unticked and names who would go.
        self.erase_too.setChecked(False)
        self.erase_too.setVisible(bool(seen.to_erase))
        self.erase_too.setText(
            self.tr(
                "Erase them here too: %n member(s) your teammates erased ({names})",
                "",
                len(seen.to_erase),
            ).format(names=", ".join(entry.label for entry in seen.to_erase))
        )
        self.summary.setText(self.preview_text(seen))
        self.merge_button.setEnabled(seen.changes_anything)
        self.merge_button.setDefault(True)
        self.adjustSize()

    def merge(self) -> None:
        seen = self.preview
        if seen is None or not seen.changes_anything:
            return
        self.merge_button.setEnabled(False)
        erase_too, author, secrets = self.erase_too.isChecked(), self.author, self.secrets
        self.tasks.attempt(
            lambda connection: sharing.merge_into(
                connection, seen.bundle, author, secrets, erase_too=erase_too
            ),
            self._merged,
            self._refused,
            initiator=self,
        )

    def _merged(self, merged: Merged) -> None:
        self.merged = merged
        self.accept()

    def _change_text(self, change: Change) -> str:
        target = (
            change.label
            if change.label == str(change.target)
            else f"{change.label} ({change.target})"
        )
        if change.what == "added":
            text = self.tr("{list}: + {target}: {after}")
        elif change.what == "retracted":
            text = self.tr("{list}: - {target}: {before} retracted")
        else:
            text = self.tr("{list}: {target}: {before} → {after}")
        shown = text.format(
            list=change.list_name, target=target, before=change.before, after=change.after
        )
        if change.override:
            shown += " " + self.tr("(you override it: {override})").format(override=change.override)
        return shown

    def preview_text(self, seen: Preview) -> str:
        """The preview as the dialog shows it: who signed, then what would change."""
        signer = seen.bundle.signer
        lines = [
            self.tr("<b>{file}</b>, signed by {name} (you trust this key as {trusted}'s)").format(
                file=escape(seen.bundle.path.name),
                name=escape(signer.name),
                trusted=escape(seen.signer_name),
            ),
            f"<tt>{grouped(signer.fingerprint)}</tt>",
        ]
        if not seen.changes_anything:
            lines.append(self.tr("Nothing new: your store holds all of it already."))
            return "<br>".join(lines)
        lines.append(
            self.tr("<b>%n new event(s)</b>", "", len(seen.new_events))
            + (self.tr(" (%n already here)", "", seen.known_events) if seen.known_events else "")
        )
        names = labels.event_kinds()
        kinds = ", ".join(
            f"{escape(names.get(kind, kind))}: {n}" for kind, n in seen.by_kind.items()
        )
        authors = ", ".join(f"{escape(name)}: {n}" for name, n in seen.by_author.items())
        lines.append(self.tr("By kind: {kinds}").format(kinds=kinds))
        lines.append(self.tr("By manager: {authors}").format(authors=authors))
        lines.append(
            self.tr("Members: %n new", "", seen.members_added)
            + self.tr(", %n matched with yours", "", seen.members_matched)
        )
        lines.append(
            self.tr("Posts: %n new (an excerpt each)", "", seen.items_added)
            + self.tr(", %n matched with yours", "", seen.items_matched)
        )
        if seen.conflicts:
            lines.append(
                self.tr(
                    "<b>%n intervention(s) were corrected both there and here</b>: the latest "
                    "correction is shown, marked ⚠ under Interventions until one of you "
                    "corrects it again.",
                    "",
                    len(seen.conflicts),
                )
            )
        if self.watch_changes:
            lines.append(self.tr("<b>Watch lists you follow</b> (carried out when you merge):"))
            lines.extend(f"&nbsp;&nbsp;{escape(self._change_text(c))}" for c in self.watch_changes)
        if seen.withheld:
            lines.append(
                self.tr(
                    "%n member(s) it names were erased here: they stay erased.", "", seen.withheld
                )
            )
        if seen.recomputes:
            lines.append(
                self.tr(
                    "Some events are older than your newest: everything they decide is recomputed."
                )
            )
        return "<br>".join(lines)
