"""Team → Team setup…: the team's own kinds of intervention, note types and rating dimensions,
and its enforcement ladder. Every change is an event, so a shared log carries it; it is written
on the task runner, so a running import delays it instead of freezing the dialog."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
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
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.core.interventions import enforcement
from workbench.core.interventions.enforcement import Ladder
from workbench.core.settings import Author
from workbench.core.store import Connection, Store
from workbench.core.team import vocabulary
from workbench.core.team.vocabulary import Term, Vocabulary
from workbench.ui import labels
from workbench.ui.tasks.runner import TaskRunner


class VocabularyTab(QWidget):
    """One list of terms: the built-in ones (kept) and the team's (added, retired)."""

    def __init__(
        self,
        store: Store,
        author: Author,
        tasks: TaskRunner,
        vocabulary: Vocabulary,
        built_in: dict[str, str],
    ) -> None:
        super().__init__()
        self.store, self.author, self.tasks = store, author, tasks
        self.vocabulary, self.built_in = vocabulary, built_in
        self.setObjectName(f"vocabulary_{vocabulary.value}")
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Terms"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("a name of your team's"))
        self.name.setAccessibleName(self.tr("New term"))
        self.add_button = QPushButton(self.tr("Add"))
        self.retire_button = QPushButton(self.tr("Retire"))
        self.retire_button.setToolTip(
            self.tr("Takes the term off the choices; what was recorded with it keeps it.")
        )
        self.status = QLabel()
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        self.follow_up = QSpinBox()
        self.follow_up.setRange(0, 365)
        self.follow_up.setSpecialValueText(self.tr("none"))
        self.follow_up.setSuffix(self.tr(" days"))
        self.living = QCheckBox(self.tr("Speaks to the member as if alive (a greeting, a nudge)"))
        self.strike = QCheckBox(self.tr("Counts as a strike on the ladder"))
        if vocabulary == Vocabulary.INTERVENTION_KIND:
            form.addRow(self.tr("Look again after"), self.follow_up)
            form.addRow(self.living)
            form.addRow(self.strike)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.retire_button)
        buttons.addStretch()
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(buttons)
        right.addWidget(self.status)
        right.addStretch()
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 3)
        layout.addLayout(right, 2)
        self.add_button.clicked.connect(self.add)
        self.retire_button.clicked.connect(self.retire)
        self.name.returnPressed.connect(self.add)
        self.list.currentItemChanged.connect(self._selected)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        with self.store.read() as connection:
            terms = vocabulary.terms(connection, self.vocabulary)
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for term in terms:
            marks = []
            if term.follow_up_days == 1:
                marks.append(self.tr("look again after one day"))
            elif term.follow_up_days:
                marks.append(
                    self.tr("look again after {days} days").format(days=term.follow_up_days)
                )
            if term.strike:
                marks.append(self.tr("strike"))
            if term.addresses_the_living:
                marks.append(self.tr("speaks as if alive"))
            shown = self.built_in.get(term.name, term.name)
            item = QListWidgetItem(" — ".join([shown, ", ".join(marks)] if marks else [shown]))
            item.setData(Qt.ItemDataRole.UserRole, term)
            if term.built_in:
                item.setForeground(muted)
                item.setToolTip(self.tr("Built in; it stays."))
            self.list.addItem(item)
        self._selected(None)

    def _selected(self, item: QListWidgetItem | None) -> None:
        term: Term | None = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        self.retire_button.setEnabled(term is not None and not term.built_in)

    def add(self) -> None:
        name, days = " ".join(self.name.text().split()), self.follow_up.value()
        living, strike = self.living.isChecked(), self.strike.isChecked()
        words, author = self.vocabulary, self.author

        def write(connection: Connection) -> object:
            return vocabulary.add(
                connection,
                words,
                name,
                author,
                follow_up_days=days or None,
                addresses_the_living=living,
                strike=strike,
            )

        def added(_event: object) -> None:
            self.status.setText(self.tr("Added {name}.").format(name=name))
            self.name.clear()
            self.reload()

        self.tasks.attempt(write, added, self.status.setText)

    def retire(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        term: Term = item.data(Qt.ItemDataRole.UserRole)
        words, author = self.vocabulary, self.author

        def retired(_event: object) -> None:
            self.status.setText(self.tr("Retired {name}.").format(name=term.name))
            self.reload()

        self.tasks.attempt(
            lambda c: vocabulary.retire(c, words, term.name, author), retired, self.status.setText
        )


class LadderTab(QWidget):
    """The steps a member climbs with each active strike, and when strikes expire."""

    def __init__(self, store: Store, author: Author, tasks: TaskRunner) -> None:
        super().__init__()
        self.setObjectName("ladderTab")
        self.store, self.author, self.tasks = store, author, tasks
        self.steps = QListWidget()
        self.steps.setAccessibleName(self.tr("Steps"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind to add"))
        self.expiry = QSpinBox()
        self.expiry.setRange(1, 3650)
        self.expiry.setSuffix(self.tr(" days"))
        add, remove, up, save = (
            QPushButton(self.tr("Add step")),
            QPushButton(self.tr("Remove step")),
            QPushButton(self.tr("Move up")),
            QPushButton(self.tr("Save ladder")),
        )
        save.setObjectName("ladderSave")
        self.status = QLabel()
        self.status.setWordWrap(True)
        explain = QLabel(
            self.tr(
                "The first step is for a member with no active strike, the second for one "
                "strike, and so on; the last step holds for any more."
            )
        )
        explain.setWordWrap(True)
        row = QHBoxLayout()
        for widget in (self.kind, add, remove, up):
            row.addWidget(widget)
        form = QFormLayout()
        form.addRow(self.tr("Strikes expire after"), self.expiry)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.steps, 1)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addWidget(save, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)
        add.clicked.connect(lambda: self._add_step(self.kind.currentData()))
        remove.clicked.connect(self._remove_step)
        up.clicked.connect(self._move_up)
        save.clicked.connect(self.save)
        self.reload()

    def fill_kinds(self) -> None:
        """The kinds to choose steps from, the team's newest included."""
        with self.store.read() as connection:
            terms = vocabulary.terms(connection, Vocabulary.INTERVENTION_KIND)
        self.kind.clear()
        for label, name in labels.of(terms, labels.intervention_kinds()):
            self.kind.addItem(label, name)
            self._labels[name] = label

    def reload(self) -> None:
        self._labels = labels.intervention_kinds()
        self.fill_kinds()
        with self.store.read() as connection:
            ladder = enforcement.ladder(connection)
        self.steps.clear()
        for step in ladder.steps:
            self._add_step(step)
        self.expiry.setValue(ladder.expiry_days)

    def _add_step(self, kind: str) -> None:
        item = QListWidgetItem(self.steps)
        item.setData(Qt.ItemDataRole.UserRole, kind)
        self._number()

    def _remove_step(self) -> None:
        self.steps.takeItem(self.steps.currentRow())
        self._number()

    def _move_up(self) -> None:
        row = self.steps.currentRow()
        if row > 0:
            self.steps.insertItem(row - 1, self.steps.takeItem(row))
            self.steps.setCurrentRow(row - 1)
            self._number()

    def _number(self) -> None:
        """Each step says for how many strikes it holds."""
        last = self.steps.count() - 1
        for row in range(self.steps.count()):
            item = self.steps.item(row)
            kind = str(item.data(Qt.ItemDataRole.UserRole))
            if row == 0:
                when = self.tr("No active strike") if last else self.tr("Any number of strikes")
            elif row == last:
                when = self.tr("{n} or more strikes").format(n=row)
            elif row == 1:
                when = self.tr("One strike")
            else:
                when = self.tr("{n} strikes").format(n=row)
            item.setText(f"{when}: {self._labels.get(kind, kind)}")

    def chosen(self) -> list[str]:
        return [
            str(self.steps.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.steps.count())
        ]

    def save(self) -> None:
        ladder, author = Ladder(tuple(self.chosen()), self.expiry.value()), self.author
        self.tasks.attempt(
            lambda c: enforcement.save_ladder(c, ladder, author),
            lambda _event: self.status.setText(
                self.tr("Saved; recommendations follow the new ladder.")
            ),
            self.status.setText,
        )


class TeamDialog(QDialog):
    def __init__(
        self, store: Store, author: Author, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("teamDialog")
        self.setWindowTitle(self.tr("Team setup"))
        self.resize(860, 460)
        self.tabs = QTabWidget()
        self.kinds = VocabularyTab(
            store, author, tasks, Vocabulary.INTERVENTION_KIND, labels.intervention_kinds()
        )
        self.note_types = VocabularyTab(
            store, author, tasks, Vocabulary.NOTE_TYPE, labels.note_types()
        )
        self.dimensions = VocabularyTab(
            store, author, tasks, Vocabulary.RATING_DIMENSION, labels.rating_dimensions()
        )
        self.ladder = LadderTab(store, author, tasks)
        self.tabs.addTab(self.kinds, self.tr("Kinds of intervention"))
        self.tabs.addTab(self.note_types, self.tr("Note types"))
        self.tabs.addTab(self.dimensions, self.tr("Rating dimensions"))
        self.tabs.addTab(self.ladder, self.tr("Enforcement ladder"))
        self.tabs.currentChanged.connect(lambda _: self.ladder.fill_kinds())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(close)
