"""Log an intervention on a member: what you did, how, why, and when to look again.

The team's ladder preselects the step it suggests. On several members it names each one's
strikes and step; when the steps differ no kind is chosen for the manager."""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QDate, QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from workbench.core import clock
from workbench.core.interventions import enforcement, logbook
from workbench.core.interventions.enforcement import MemberAdvice, Recommendation
from workbench.core.settings import Author
from workbench.core.store import Connection, Store
from workbench.core.team import templates, vocabulary
from workbench.core.team.templates import Template
from workbench.core.team.vocabulary import Term, Vocabulary
from workbench.ui import labels, preferences
from workbench.ui.local_time import follow_up_due
from workbench.ui.tasks.runner import TaskRunner

ADVICE_NAMED = 6
"""Members named one by one in the ladder's advice; more are counted."""


class InterventionDialog(QDialog):
    def __init__(
        self,
        member: str,
        fill_values: dict[str, str],
        replies: list[Template],
        kinds: list[Term],
        parent: QWidget | None = None,
        advice: Sequence[MemberAdvice] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("interventionDialog")
        self.setWindowTitle(self.tr("Intervention for {member}").format(member=member))
        self.resize(560, 420)
        self._fill_values = fill_values
        self._kinds = {term.name: term for term in kinds}
        kind_labels = labels.intervention_kinds()
        channel_labels = labels.channels()
        self.kind = QComboBox()
        self.kind.setObjectName("interventionKind")
        for label, name in labels.of(kinds, kind_labels):
            self.kind.addItem(label, name)
        self.channel = QComboBox()
        self.channel.setObjectName("interventionChannel")
        for channel in logbook.CHANNELS:
            self.channel.addItem(channel_labels[channel], channel)
        self.template = QComboBox()
        self.template.setObjectName("interventionTemplate")
        self.template.addItem(self.tr("(write your own)"), "")
        for reply in replies:
            self.template.addItem(reply.name, reply.body)
        self.message = QPlainTextEdit()
        self.message.setObjectName("interventionMessage")
        self.message.setAccessibleName(self.tr("Message sent"))
        self.rationale = QLineEdit()
        self.rationale.setObjectName("interventionRationale")
        self.tags = QLineEdit()
        self.tags.setObjectName("interventionTags")
        self.tags.setPlaceholderText(self.tr("labels, separated by commas"))
        self.follow_up = QCheckBox(self.tr("Look again on"))
        self.follow_up_date = QDateEdit()
        self.follow_up_date.setObjectName("interventionFollowUp")
        self.follow_up_date.setCalendarPopup(True)
        self.follow_up_date.setDisplayFormat("yyyy-MM-dd")
        self.follow_up_date.setDate(QDate.currentDate())
        self.follow_up_date.setEnabled(False)  # until a kind (or the manager) asks for one
        form = QFormLayout(self)
        self.advice = QLabel(self._describe(advice, kind_labels))
        self.advice.setObjectName("interventionAdvice")
        self.advice.setWordWrap(True)
        self.advice.setVisible(bool(advice))
        form.addRow(self.advice)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Template"), self.template)
        form.addRow(self.tr("Message sent"), self.message)
        form.addRow(self.tr("Why"), self.rationale)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.follow_up, self.follow_up_date)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.kind_needed = QLabel(self.tr("Choose a kind to log the intervention."))
        self.kind_needed.setObjectName("interventionKindNeeded")
        form.addRow(self.kind_needed)
        form.addRow(self.buttons)
        self.kind.currentIndexChanged.connect(self._default_follow_up)
        self.template.currentIndexChanged.connect(self._use_template)
        self.follow_up.toggled.connect(self.follow_up_date.setEnabled)
        self._preselect(advice)
        self._default_follow_up()

    def _preselect(self, advice: Sequence[MemberAdvice]) -> None:
        """The step the ladder suggests, if it suggests one for everyone; otherwise (or when
        that kind is retired) none, and OK waits for the manager's choice."""
        if not advice:
            return
        step = enforcement.agreed_step(advice)
        self.kind.setPlaceholderText(
            self.tr("Choose a kind…")
            if step is not None
            else self.tr("The ladder differs for these members: choose a kind…")
        )
        self.kind.setCurrentIndex(-1 if step is None else self.kind.findData(step))

    def _describe(self, advice: Sequence[MemberAdvice], kind_labels: dict[str, str]) -> str:
        """The ladder's advice: for one member with what followed each step before, for
        several each one's strikes and step by name."""
        if not advice:
            return ""
        if len(advice) == 1:
            return self._describe_one(advice[0].recommendation, kind_labels)
        step = enforcement.agreed_step(advice)
        lines = [
            self.tr("The team's ladder suggests: {kind}, for each of them.").format(
                kind=kind_labels.get(step, step)
            )
            if step is not None
            else self.tr(
                "The team's ladder suggests different steps for these members: choose one "
                "kind for all of them, or log them one by one."
            )
        ]
        for each in advice[:ADVICE_NAMED]:
            kind = each.recommendation.next_kind
            lines.append(
                "• "
                + self.tr(
                    "{member}: %n active strike(s); the ladder suggests: {kind}.",
                    "",
                    len(each.recommendation.strikes),
                ).format(member=each.handle, kind=kind_labels.get(kind, kind))
            )
        if len(advice) > ADVICE_NAMED:
            lines.append(self.tr("… and {count} more.").format(count=len(advice) - ADVICE_NAMED))
        return "\n".join(lines)

    def _describe_one(self, advice: Recommendation, kind_labels: dict[str, str]) -> str:
        """The ladder's advice in a sentence or two, with what followed each step before."""
        lines = [
            self.tr(
                "%n active strike(s); the team's ladder suggests: {kind}.", "", len(advice.strikes)
            ).format(kind=kind_labels.get(advice.next_kind, advice.next_kind))
        ]
        whom = self.tr("members with as many strikes") if advice.similar else self.tr("all members")
        for seen in advice.evidence[:3]:
            lines.append(
                self.tr(
                    "After a {kind}, {share} of {cases} ({whom}) posted no flagged item "
                    "within {days} days."
                ).format(
                    kind=kind_labels.get(seen.kind, seen.kind),
                    share=f"{seen.clean_share:.0%}",
                    cases=seen.cases,
                    whom=whom,
                    days=enforcement.CLEAN_DAYS,
                )
            )
        return "\n".join(lines)

    def _default_follow_up(self) -> None:
        """A follow-up date and a channel that fit the kind; both can be changed."""
        chosen = self.kind.currentIndex() >= 0
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(chosen)
        self.kind_needed.setVisible(not chosen)
        if not chosen:
            return
        term = self.term()
        self.channel.setCurrentIndex(self.channel.findData(logbook.default_channel(term.name)))
        due = term.follow_up_at(clock.now())
        if due is None and (days := preferences.current().follow_up_days):
            due = clock.now() + days * 86_400  # the manager's default for kinds without one
        self.follow_up.setChecked(due is not None)
        self.follow_up_date.setEnabled(due is not None)
        if due is not None:
            self.follow_up_date.setDate(QDateTime.fromSecsSinceEpoch(due).date())

    def _use_template(self) -> None:
        body = self.template.currentData()
        if body:
            self.message.setPlainText(templates.fill(body, self._fill_values))

    def follow_up_at(self) -> int | None:
        """The follow-up at nine in the morning of the chosen day, local time."""
        if not self.follow_up.isChecked():
            return None
        return follow_up_due(self.follow_up_date.date())

    def term(self) -> Term:
        """The chosen kind of intervention."""
        return self._kinds[self.kind.currentData()]

    def tag_list(self) -> list[str]:
        return list(dict.fromkeys(t.strip() for t in self.tags.text().split(",") if t.strip()))

    def show_logged(
        self,
        kind: str,
        channel: str,
        message: str,
        rationale: str,
        follow_up_at: int | None,
        tags: list[str],
    ) -> None:
        """Fill the form with an intervention already logged, to correct it."""
        self.setWindowTitle(self.tr("Correct the intervention"))
        if self.kind.findData(kind) < 0:  # a team kind retired since
            self._kinds[kind] = Term(kind, built_in=False)
            self.kind.addItem(kind, kind)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.channel.setCurrentIndex(self.channel.findData(channel))
        self.message.setPlainText(message)
        self.rationale.setText(rationale)
        self.tags.setText(", ".join(tags))
        self.follow_up.setChecked(follow_up_at is not None)
        self.follow_up_date.setEnabled(follow_up_at is not None)
        if follow_up_at is not None:
            self.follow_up_date.setDate(QDateTime.fromSecsSinceEpoch(follow_up_at).date())

    def changes_from(
        self,
        kind: str,
        channel: str,
        message: str,
        rationale: str,
        follow_up_at: int | None,
        tags: list[str],
    ) -> dict[str, object]:
        """The fields the user changed against the logged values (a date kept stays exact)."""
        now: dict[str, object] = {
            "kind": self.kind.currentData(),
            "channel": self.channel.currentData(),
            "message": self.message.toPlainText().strip(),
            "rationale": self.rationale.text().strip(),
            "tags": self.tag_list(),
        }
        before: dict[str, object] = {
            "kind": kind,
            "channel": channel,
            "message": message,
            "rationale": rationale,
            "tags": tags,
        }
        changes = {field: value for field, value in now.items() if value != before[field]}
        chosen = self.follow_up_at()
        same_day = (
            chosen is not None
            and follow_up_at is not None
            and QDateTime.fromSecsSinceEpoch(chosen).date()
            == QDateTime.fromSecsSinceEpoch(follow_up_at).date()
        )
        if not same_day and chosen != follow_up_at:
            changes["follow_up_at"] = chosen
        return changes


def ask_and_log(
    parent: QWidget,
    store: Store,
    tasks: TaskRunner,
    author: Author,
    targets: logbook.Targets,
    values: dict[str, str],
    then: Callable[[object], None],
) -> None:
    """Ask for an intervention (on members beside the ladder's advice for each of them),
    ask again if it addresses a member who has died as if alive, and log it in the background."""
    with store.read() as connection:
        replies = templates.load(connection)
        advice = enforcement.recommend_each(connection, targets.members, clock.now())
        departed = logbook.memorialized_among(connection, targets.members)
        kinds = vocabulary.terms(connection, Vocabulary.INTERVENTION_KIND)
    dialog = InterventionDialog(values.get("handle", ""), values, replies, kinds, parent, advice)
    if not targets.members:
        dialog.kind.setCurrentIndex(dialog.kind.findData("community_announcement"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    kind, channel = dialog.kind.currentData(), dialog.channel.currentData()
    message, rationale = dialog.message.toPlainText().strip(), dialog.rationale.text().strip()
    follow_up, tags = dialog.follow_up_at(), dialog.tag_list()
    confirmed = False
    if departed and dialog.term().addresses_the_living:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("InterventionDialog", "A member who has died"),
            QCoreApplication.translate(
                "InterventionDialog",
                "{names} died; their profile is kept in memory. A {kind} addresses them as "
                "if alive. Record it anyway?",
            ).format(names=", ".join(departed), kind=dialog.kind.currentText()),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        confirmed = True

    def write(connection: Connection) -> object:
        return logbook.log(
            connection,
            kind,
            channel,
            targets,
            author,
            message=message,
            rationale=rationale,
            follow_up_at=follow_up,
            tags=tags,
            confirmed=confirmed,
        )

    tasks.submit(write, then, initiator=parent)
