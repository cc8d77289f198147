"""A member's profile: their card, weekly activity with interventions marked, whom they talk
with most, and their timeline (items, notes, decisions, interventions), newest first."""

from collections.abc import Callable

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core import clock
from workbench.core.interventions.logbook import Targets
from workbench.core.members import erase, persons, profile, roster
from workbench.core.members.profile import WEEK, TimelineEntry
from workbench.core.queue import items
from workbench.core.queue.reading import Reading, reading
from workbench.core.settings import Author
from workbench.core.store import Connection, Store
from workbench.core.team import vocabulary, watchlists
from workbench.core.team.vocabulary import Vocabulary
from workbench.ui import colours, labels
from workbench.ui.dialogs.intervention_dialog import ask_and_log
from workbench.ui.dialogs.item_dialog import ItemDialog
from workbench.ui.dialogs.note_dialog import NoteDialog
from workbench.ui.local_time import day, shown
from workbench.ui.tasks.runner import TaskRunner
from workbench.ui.widgets.item_detail import ItemDetail
from workbench.ui.widgets.watchlist_mentions import WatchlistMentions

TIMELINE_PAGE = 50
WEEKS = 26


class ProfileView(QWidget):
    def __init__(
        self,
        store: Store,
        author: Author,
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("profileView")
        self.store = store
        self.author = author
        self.tasks = tasks
        self.member_id: int | None = None
        self.card = ItemDetail()
        self.card.setObjectName("memberCard")
        self.card.setAccessibleName(self.tr("Member"))
        self.card.setPlaceholderText(self.tr("Select a member."))
        self.watchlists = WatchlistMentions()
        self.watchlists.hide()
        self.chart = QChart()
        self.chart.setLocale(QLocale())  # months and numbers in the manager's language
        self.chart.setLocalizeNumbers(True)
        self.chart.setTitle(self.tr("Items per week, with interventions"))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setObjectName("activityChart")
        self.chart_view.setAccessibleName(self.tr("Activity"))
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(120)
        self.partners = QListWidget()
        self.partners.setObjectName("memberPartners")
        self.partners.setAccessibleName(self.tr("Talks with"))
        self.timeline = QTreeWidget()
        self.timeline.setObjectName("memberTimeline")
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.timeline.setRootIsDecorated(False)
        self.timeline.setHeaderLabels(
            [self.tr("When"), self.tr("What"), self.tr(""), self.tr("By")]
        )
        self.timeline.setColumnWidth(0, 130)
        self.timeline.setColumnWidth(1, 90)
        self.timeline.setColumnWidth(2, 320)
        self.timeline.setToolTip(
            self.tr("Enter or double-click opens a post, a decided item or the item a note is on.")
        )
        self.timeline.itemActivated.connect(self.open_entry)
        self.more = QPushButton(self.tr("Show more"))
        self.more.setObjectName("timelineMore")
        self.more.clicked.connect(self.load_more)
        self.note_types = labels.note_types()
        self.intervention_kinds = labels.intervention_kinds()
        self.kinds = {
            "item": self.tr("post"),
            "note": self.tr("note"),
            "decision": self.tr("decision"),
            "intervention": self.tr("intervention"),
            "status": self.tr("status"),
        }
        self.actions_button = QToolButton()
        self.actions_button.setObjectName("profileActions")
        self.actions_button.setText(self.tr("Member actions"))
        self.actions_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.actions_button)
        for name, label, handler in (
            ("profileIntervene", self.tr("New intervention…"), self.intervene),
            ("profileNote", self.tr("Add note…"), self.add_note),
            ("profileStatus", self.tr("Status…"), self.change_status),
            ("profileTag", self.tr("Add tag…"), self.add_tag),
            ("profileRate", self.tr("Rate…"), self.add_rating),
            ("profileUnlink", self.tr("Unlink from their other networks"), self.unlink),
            ("profileErase", self.tr("Erase member…"), self.erase_member),
        ):
            action = menu.addAction(label)
            action.setObjectName(name)
            action.triggered.connect(handler)
        self.actions_button.setMenu(menu)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.actions_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(QLabel(self.tr("Talks with most")))
        lower_layout.addWidget(self.partners, 1)
        lower_layout.addWidget(QLabel(self.tr("Timeline")))
        lower_layout.addWidget(self.timeline, 3)
        lower_layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignRight)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.card, 1)
        top_layout.addWidget(self.watchlists)
        top_layout.addLayout(actions)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.chart_view)
        splitter.addWidget(lower)
        splitter.setSizes([160, 200, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._last: TimelineEntry | None = None

    def show_member(self, member_id: int) -> None:
        self.member_id = member_id
        with self.store.read() as connection:
            card = items.member_card(connection, member_id)
            weeks, marks = profile.weekly_activity(
                connection, member_id, now=clock.now(), weeks=WEEKS
            )
            partners = profile.partners(connection, member_id)
            named = watchlists.naming_member(connection, member_id, self.author)
            rated = profile.ratings(connection, member_id)
            others = [
                i
                for i in persons.identities(connection, member_id)
                if i != f"{card.network}:{card.handle}"
            ]
        self.card.show_member(card, rated, link=False, others=others)
        self.watchlists.show_entries(named)
        self._draw(weeks, marks)
        self.partners.clear()
        for partner in partners:
            self.partners.addItem(
                self.tr("{handle}: replies {to} from them, {back} to them").format(
                    handle=partner.handle,
                    to=partner.replies_from_them,
                    back=partner.replies_to_them,
                )
            )
        self.timeline.clear()
        self._last = None
        self.load_more()

    def _draw(self, weeks: list[tuple[int, int]], marks: list[int]) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        posted = QBarSet(self.tr("Items"))
        intervened = QBarSet(self.tr("Interventions"))
        start = weeks[0][0] if weeks else 0
        per_week = [0] * len(weeks)
        for at in marks:
            index = (at - start) // WEEK
            if 0 <= index < len(per_week):
                per_week[index] += 1
        for (_week, count), interventions in zip(weeks, per_week, strict=True):
            posted.append(count)
            intervened.append(interventions)
        series = QBarSeries()
        series.append(posted)
        series.append(intervened)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([day(week) for week, _ in weeks])
        # Half a year of weeks has no room for a date under each column: a date axis under the
        # hidden categories marks the months instead.
        categories.setLabelsVisible(False)
        categories.setGridLineVisible(False)
        if weeks:
            self.chart.setTitle(self.tr("Items per week, with interventions"))
            dates = QDateTimeAxis()
            dates.setFormat("MMM yyyy")
            dates.setTickCount(7)
            dates.setRange(
                QDateTime.fromSecsSinceEpoch(weeks[0][0]),
                QDateTime.fromSecsSinceEpoch(weeks[-1][0] + WEEK),
            )
            self.chart.addAxis(dates, Qt.AlignmentFlag.AlignBottom)
        highest = max([count for _, count in weeks] + per_week + [1])
        values = QValueAxis()
        values.setLabelFormat("%.0f")  # "%d" draws no labels where numbers are localized (Qt 6.11)
        values.setRange(0, highest)
        values.setTickCount(min(highest, 5) + 1)
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)
        self.chart_view.setAccessibleDescription(  # what the bars show, for screen readers
            self.tr("{items} items in {weeks} weeks, {interventions} interventions.").format(
                items=sum(count for _, count in weeks),
                weeks=len(weeks),
                interventions=sum(per_week),
            )
        )
        colours.follow_palette(
            self.chart,
            [
                (posted, colours.palette().highlight().color()),
                (intervened, colours.tone(colours.Tone.ALARM)),
            ],
        )

    def load_more(self) -> None:
        if self.member_id is None:
            return
        with self.store.read() as connection:
            entries = profile.timeline(
                connection, self.member_id, before=self._last, limit=TIMELINE_PAGE
            )
        for entry in entries:
            row = QTreeWidgetItem(
                self.timeline,
                [
                    shown(entry.at),
                    self.kinds.get(entry.kind, entry.kind),
                    self._summary(entry),
                    entry.author,
                ],
            )
            row.setData(0, Qt.ItemDataRole.UserRole, entry)
        if entries:
            self._last = entries[-1]
        self.more.setVisible(len(entries) == TIMELINE_PAGE)

    def _summary(self, entry: TimelineEntry) -> str:
        """Notes and interventions start with their type or kind, shown in the user's words."""
        if entry.kind == "status":
            return labels.member_statuses().get(entry.summary, entry.summary)
        words = {"note": self.note_types, "intervention": self.intervention_kinds}.get(entry.kind)
        if words is None:
            return entry.summary
        code, _, rest = entry.summary.partition(":")
        return ": ".join(filter(None, [words.get(code, code), rest.strip()]))

    def open_entry(self, row: QTreeWidgetItem) -> None:
        """Open the post (or the item a decision was on) behind a timeline entry."""
        entry: TimelineEntry = row.data(0, Qt.ItemDataRole.UserRole)
        store = self.store

        def read() -> Reading | None:
            with store.read() as connection:
                item_id = profile.item_of(connection, entry)
                return None if item_id is None else reading(connection, item_id, context=False)

        self.tasks.run(read, self._open_item, context=self)

    def _open_item(self, shown: Reading | None) -> None:
        if shown is not None:
            ItemDialog(shown, self).exec()

    def _write(self, write: Callable[[Connection], object]) -> None:
        if self.member_id is None:
            return
        member_id = self.member_id
        self.tasks.submit(write, lambda _event: self.show_member(member_id), initiator=self)

    def intervene(self) -> None:
        """Log an intervention on this member, as from the queue (key v)."""
        if self.member_id is None:
            return
        member_id = self.member_id
        with self.store.read() as connection:
            card = items.member_card(connection, member_id)
        values = {
            "name": card.display_name or card.handle,
            "handle": card.handle,
            "network": card.network,
            "source": "",
        }
        ask_and_log(
            self,
            self.store,
            self.tasks,
            self.author,
            Targets(members=[member_id]),
            values,
            lambda _event: self.show_member(member_id),
        )

    def change_status(self) -> None:
        if self.member_id is None:
            return
        with self.store.read() as connection:
            current = items.member_card(connection, self.member_id).status
        choices = labels.member_statuses()
        shown = [choices[status] for status in roster.STATUSES]
        label, ok = QInputDialog.getItem(
            self,
            self.tr("Status"),
            "\n".join(
                [
                    *(
                        f"{choices[status]}: {meaning}"
                        for status, meaning in self.status_meanings().items()
                    ),
                    "",
                    self.tr("This member's status:"),
                ]
            ),
            shown,
            roster.STATUSES.index(current),
            False,
        )
        if not ok:
            return
        status = roster.STATUSES[shown.index(label)]
        if status == "memorialized":
            sure = QMessageBox.question(
                self,
                self.tr("A member who has died"),
                self.tr(
                    "Mark this member as memorialized? Their profile will say so plainly, "
                    "automatic rules will no longer queue their content, and bulk actions "
                    "will leave them out."
                ),
            )
            if sure != QMessageBox.StandardButton.Yes:
                return
        member_id, author = self.member_id, self.author
        self._write(lambda c: roster.set_status(c, member_id, status, author))

    def status_meanings(self) -> dict[str, str]:
        """What each status does, in the workbench as it is: only watch and memorialized
        change how the queue treats a member; the others record what the team did or saw."""
        return {
            "active": self.tr("takes part as usual; the queue treats their items like anyone's."),
            "watch": self.tr("keep an eye on them; their items come higher up in the queue."),
            "muted": self.tr(
                "muted on the network; a record for the team, their items still come into "
                "the queue as usual."
            ),
            "banned": self.tr(
                "banned from the network; a record for the team, items already imported stay "
                "where they are."
            ),
            "left": self.tr("has left the community; a record, nothing changes in the queue."),
            "memorialized": self.tr(
                "has died; the profile says so, rules no longer queue their items, bulk "
                "decisions leave them out, and interventions that address them as if alive "
                "ask first."
            ),
        }

    def add_note(self) -> None:
        """A typed note on the member, like one taken from the queue with n."""
        if self.member_id is None:
            return
        with self.store.read() as connection:
            handle = items.member_card(connection, self.member_id).handle
            types = vocabulary.terms(connection, Vocabulary.NOTE_TYPE)
        dialog = NoteDialog(handle, types, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        member_id, author = self.member_id, self.author
        note_type, note, expires_at = dialog.note_type(), dialog.note(), dialog.expires_at()
        self._write(
            lambda c: roster.add_note(c, member_id, note_type, note, author, expires_at=expires_at)
        )

    def add_tag(self) -> None:
        if self.member_id is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Tag"), self.tr("Tag:"))
        if not ok or not name.strip():
            return
        member_id, author = self.member_id, self.author
        self._write(lambda c: roster.tag(c, member_id, name, author))

    def add_rating(self) -> None:
        if self.member_id is None:
            return
        with self.store.read() as connection:
            terms = vocabulary.terms(connection, Vocabulary.RATING_DIMENSION)
        choices = labels.of(terms, labels.rating_dimensions())
        label, ok = QInputDialog.getItem(
            self, self.tr("Rating"), self.tr("Dimension:"), [c[0] for c in choices], 0, False
        )
        if not ok:
            return
        dimension = dict(choices)[label]
        value, ok = QInputDialog.getInt(self, self.tr("Rating"), self.tr("From 1 to 5:"), 3, 1, 5)
        if not ok:
            return
        member_id, author = self.member_id, self.author
        self._write(lambda c: roster.rate(c, member_id, dimension, value, author))

    def erase_member(self) -> None:
        """Asks twice (the second time the handle must be typed), then erases."""
        if self.member_id is None:
            return
        with self.store.read() as connection:
            card = items.member_card(connection, self.member_id)
        first = QMessageBox.warning(
            self,
            self.tr("Erase member"),
            self.tr(
                "Erase {handle}? Their names, handle, e-mail and the text of their items and of "
                "notes about them are removed from this database for good. Decisions and "
                "interventions stay, attached to an anonymous placeholder."
            ).format(handle=card.handle),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            # The safe answer is the default: a hurried Enter erases nothing.
            QMessageBox.StandardButton.No,
        )
        if first != QMessageBox.StandardButton.Yes:
            return
        prompt = self.tr("To confirm, type the handle {handle}:").format(handle=card.handle)
        while True:
            typed, ok = QInputDialog.getText(self, self.tr("Erase member"), prompt)
            if not ok:
                return
            if typed.strip() == card.handle:
                break
            # Say so and ask again: a typo must not look like an erasure that happened.
            prompt = self.tr(
                "'{typed}' is not {handle}; nothing was erased. Type the handle {handle} to "
                "erase, or cancel:"
            ).format(typed=typed.strip(), handle=card.handle)
        member_id, author = self.member_id, self.author
        redact = self._ask_about_mentions(member_id, card.handle)

        def write(connection: Connection) -> object:
            return erase.erase_member(connection, member_id, author, redact_mentions=redact)

        def vacuumed(_done: object) -> None:
            QMessageBox.information(
                self,
                self.tr("Erase member"),
                self.tr(
                    "{handle} is erased from the team store's tables. Its server keeps old "
                    "copies in its files until its administrator runs VACUUM FULL on items, "
                    "members, notes, events, interventions and mutes (it locks them while it "
                    "runs), and in its write-ahead log, backups and replicas until they expire."
                ).format(handle=card.handle),
            )

        def done(_event: object) -> None:
            if self.store.dialect != "sqlite":
                # The server vacuums the rewritten tables, which may take a while: not here.
                self.tasks.run(self.store.checkpoint, vacuumed, context=self)
            elif not self.store.checkpoint():
                QMessageBox.warning(
                    self,
                    self.tr("Erase member"),
                    self.tr(
                        "{handle} is erased, but another window or program is reading this "
                        "store: old copies stay in its write-ahead log until it is closed. "
                        "Close it, and they are gone."
                    ).format(handle=card.handle),
                )
            self.show_member(member_id)

        self.tasks.submit(write, done, initiator=self)

    def _ask_about_mentions(self, member_id: int, handle: str) -> bool:
        """Others' words are theirs: whether the name leaves them too is the manager's choice."""
        with self.store.read() as connection:
            named = erase.mentions(connection, member_id)
        if not named:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Erase member"),
            self.tr(
                "Others name {handle}: in {posts} post(s) by other members and {texts} of your "
                "team's texts. Replace the name there with [erased] too?"
            ).format(handle=handle, posts=named.items, texts=named.team_texts),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def unlink(self) -> None:
        if self.member_id is None:
            return
        member_id, author = self.member_id, self.author
        self._write(lambda c: persons.unlink(c, member_id, author))
