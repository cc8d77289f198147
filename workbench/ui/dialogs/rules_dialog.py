"""Queue → Rules…: the rules that flag items, each with a preview of what it would flag.

The preview lists each item the rule would flag with the text where it matches, the matching
words marked, so a manager sees why before saving. Saving records the rule as an event and
checks every item again, in one write on the task runner's thread: a running import delays it
instead of freezing the dialog.
"""

import html
import uuid
from collections.abc import Callable

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core import clock
from workbench.core.queue import rules
from workbench.core.queue.rules import KINDS, PreviewHit, RuleError, RuleSpec
from workbench.core.settings import Author
from workbench.core.store import Connection, Store
from workbench.ui import colours
from workbench.ui.tasks.runner import TaskRunner

MARKED_ROLE = Qt.ItemDataRole.UserRole + 1
"""A preview hit as HTML: its number and title, then its text with the matches marked."""


def marked_html(hit: PreviewHit) -> str:
    """A preview hit as HTML, every piece of its text escaped (item text is untrusted)."""
    text, pieces, at, mark = hit.excerpt.text, [], 0, colours.mark_template()
    for span in hit.excerpt.spans:
        pieces += [
            html.escape(text[at : span.start]),
            mark.format(html.escape(text[span.start : span.end])),
        ]
        at = span.end
    pieces.append(html.escape(text[at:]))
    title = f" <b>{html.escape(hit.title)}</b>" if hit.title.strip() else ""
    head = f"#{hit.item_id}{title}"
    return f"<div>{head}</div><div>{''.join(pieces)}</div>"


class _MarkedDelegate(QStyledItemDelegate):
    """Draws a preview hit from its HTML, wrapped to the list's width."""

    def _document(self, index: QModelIndex | QPersistentModelIndex, width: int) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(6)
        document.setHtml(str(index.data(MARKED_ROLE) or ""))
        document.setTextWidth(max(width, 100))
        return document

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        widget = item.widget
        widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        document = self._document(index, item.rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, item.palette.color(role))
        painter.save()
        painter.translate(item.rect.topLeft())
        painter.setClipRect(item.rect.translated(-item.rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QListView) else 400
        document = self._document(index, width)
        return QSize(width, int(document.size().height()))


class RulesDialog(QDialog):
    rescanned = Signal(int)
    """Every item was checked again; the number that match."""

    def __init__(
        self, store: Store, author: Author, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rulesDialog")
        self.setWindowTitle(self.tr("Rules"))
        self.resize(920, 560)
        self.store = store
        self.author = author
        self.tasks = tasks
        self.kind_labels = {
            "keywords": self.tr("Keywords (comma separated)"),
            "regex": self.tr("Regular expression"),
            "links": self.tr("At least this many links"),
            "caps": self.tr("Share of capital letters"),
        }

        self.list = QListWidget()
        self.list.setObjectName("rulesList")
        self.list.setAccessibleName(self.tr("Rules"))
        add = QPushButton(self.tr("New rule"))
        add.setObjectName("rulesNew")
        remove = QPushButton(self.tr("Delete"))
        remove.setObjectName("rulesDelete")
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        left.addLayout(buttons)

        self.name = QLineEdit()
        self.name.setObjectName("ruleName")
        self.kind = QComboBox()
        self.kind.setObjectName("ruleKind")
        for kind in KINDS:
            self.kind.addItem(self.kind_labels[kind], kind)
        self.pattern = QPlainTextEdit()
        self.pattern.setObjectName("rulePattern")
        self.pattern.setMaximumHeight(80)
        self.threshold = QDoubleSpinBox()
        self.threshold.setObjectName("ruleThreshold")
        self.threshold.setRange(0, 100)
        self.threshold.setDecimals(2)
        self.enabled = QCheckBox(self.tr("Enabled"))
        self.enabled.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Words or pattern"), self.pattern)
        form.addRow(self.tr("Number or share"), self.threshold)
        form.addRow("", self.enabled)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setObjectName("rulePreview")
        self.save_button = QPushButton(self.tr("Save and check all items"))
        self.save_button.setObjectName("ruleSave")
        actions = QHBoxLayout()
        actions.addWidget(self.preview_button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        self.status = QLabel()
        self.status.setObjectName("ruleStatus")
        self.status.setWordWrap(True)
        self.matches = QListWidget()
        self.matches.setObjectName("rulePreviewList")
        self.matches.setAccessibleName(self.tr("Items the rule would flag"))
        self.matches.setItemDelegate(_MarkedDelegate(self.matches))
        self.matches.setResizeMode(QListView.ResizeMode.Adjust)  # heights follow the width
        self.matches.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.matches.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.matches.setAlternatingRowColors(True)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(actions)
        right.addWidget(self.status)
        right.addWidget(self.matches, 1)

        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

        add.clicked.connect(self.new_rule)
        remove.clicked.connect(self.delete_rule)
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save)
        self.list.currentItemChanged.connect(self._edit_current)
        self.kind.currentIndexChanged.connect(self._update_fields)
        self.current_id: str | None = None
        self.reload()
        if self.list.count() == 0:
            self.new_rule()

    def reload(self, select: str | None = None) -> None:
        self.list.clear()
        with self.store.read() as connection:
            specs = rules.load(connection, enabled_only=False)
        for spec in specs:
            item = QListWidgetItem(
                spec.name if spec.enabled else self.tr("{name} (off)").format(name=spec.name)
            )
            item.setData(Qt.ItemDataRole.UserRole, spec)
            self.list.addItem(item)
            if spec.id == select:
                self.list.setCurrentItem(item)

    def _edit_current(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        spec: RuleSpec = item.data(Qt.ItemDataRole.UserRole)
        self.current_id = spec.id
        self.name.setText(spec.name)
        self.kind.setCurrentIndex(self.kind.findData(spec.kind))
        self.pattern.setPlainText(spec.pattern)
        self.threshold.setValue(spec.threshold)
        self.enabled.setChecked(spec.enabled)
        self.matches.clear()
        self.status.clear()

    def _update_fields(self) -> None:
        kind = self.kind.currentData()
        self.pattern.setEnabled(kind in ("keywords", "regex"))
        self.threshold.setEnabled(kind in ("links", "caps"))

    def new_rule(self) -> None:
        self.list.clearSelection()
        self.current_id = None
        self.name.clear()
        self.pattern.clear()
        self.threshold.setValue(0)
        self.enabled.setChecked(True)
        self.kind.setCurrentIndex(0)
        self._update_fields()
        self.name.setFocus()

    def spec(self) -> RuleSpec:
        return RuleSpec(
            self.current_id or str(uuid.uuid4()),
            self.name.text().strip(),
            self.kind.currentData(),
            self.pattern.toPlainText().strip(),
            self.threshold.value(),
            self.enabled.isChecked(),
        )

    def preview(self) -> None:
        """List what the rule would flag among the newest items, each with its matching words
        marked in context, and say how many it would flag in all."""
        self.matches.clear()
        try:
            with self.store.read() as connection:
                found = rules.preview(connection, self.spec())
        except RuleError as problem:
            self.status.setText(str(problem))
            return
        number = QLocale().toString
        counts = {"flagged": number(found.flagged), "scanned": number(found.scanned)}
        if not found.flagged:
            said = self.tr("Would flag none of the newest {scanned} items.")
        elif found.flagged > len(found.hits):
            said = self.tr(
                "Would flag {flagged} of the newest {scanned} items; the first {shown} are "
                "listed (the words that match are marked)."
            )
        else:
            said = self.tr(
                "Would flag {flagged} of the newest {scanned} items (the words that match are "
                "marked)."
            )
        self.status.setText(said.format(**counts, shown=number(len(found.hits))))
        for hit in found.hits:
            title = f"{hit.title}: " if hit.title.strip() else ""
            item = QListWidgetItem(f"#{hit.item_id}  {title}{hit.excerpt.text}")
            item.setData(MARKED_ROLE, marked_html(hit))
            self.matches.addItem(item)

    def save(self) -> None:
        """Save the rule and check every item against the rules again, in one write in the
        background: a running import delays it instead of freezing the dialog."""
        spec, author = self.spec(), self.author
        self._change(lambda c: rules.save(c, spec, author), spec.id)

    def delete_rule(self) -> None:
        if self.current_id is None:
            return
        rule_id, author = self.current_id, self.author
        self._change(lambda c: rules.delete(c, rule_id, author), None)

    def _change(self, change: Callable[[Connection], object], select: str | None) -> None:
        self.status.setText(self.tr("Checking every item against the rules…"))
        self.save_button.setEnabled(False)

        def write(connection: Connection) -> int:
            change(connection)
            return rules.rescan(connection, clock.now())

        self.tasks.attempt(
            write,
            lambda matched: self._rescan_done(matched, select),
            self._refused,
            initiator=self,
        )

    def _refused(self, problem: str) -> None:
        self.save_button.setEnabled(True)
        self.status.setText(problem)

    def _rescan_done(self, matched: int, select: str | None) -> None:
        self.current_id = select
        self.reload(select=select)
        if select is None:
            self.new_rule()
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("%n item(s) match the rules now.", "", matched))
        self.rescanned.emit(matched)

    def wait(self) -> None:
        """Block until a running check has ended (for tests and for closing)."""
        self.tasks.wait_idle()

    def reject(self) -> None:
        self.wait()  # a running check ends first: its thread must not outlive the dialog
        super().reject()
