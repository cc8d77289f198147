"""File → Import…: shows what each file is before anything is written, then imports it in the
background (a process of its own, started as the dialog opens, so that a click waits for the
import only) with progress, time left, Cancel (which rolls everything back) and a summary with
the time the manager waited. After a failure or a cancel the manager can leave files out or
change the options and start again."""

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFontDatabase, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.connectors.base import Connector
from workbench.core.errors import WorkbenchError
from workbench.core.i18n import translate
from workbench.core.records import ImportOptions
from workbench.services import importer
from workbench.ui import colours
from workbench.ui.dialogs.csv_mapping_dialog import CsvMappingDialog
from workbench.ui.local_time import number
from workbench.ui.tasks.imports import ImportTask
from workbench.ui.tasks.runner import TaskRunner

CSV_FORMAT = "csv"
MAP_COLUMN, REMOVE_COLUMN = 3, 4


@dataclass(frozen=True, slots=True)
class _File:
    """One file to import and the controls of its row."""

    path: Path
    name: QTableWidgetItem
    formats: QComboBox
    source: QLineEdit


class ImportDialog(QDialog):
    imported = Signal()
    """Emitted after an import landed, so that views can show the new data."""

    def __init__(
        self, tasks: TaskRunner, paths: Sequence[Path], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import"))
        self.resize(960, 440)
        self.tasks = tasks
        self.task: ImportTask | None = None
        self._started: list[ImportTask] = []
        self.column_map: tuple[tuple[str, str], ...] = ()
        layout = QVBoxLayout(self)

        self.files = QTableWidget(0, 5)
        self.files.setObjectName("importFiles")
        self.files.setAccessibleName(self.tr("Files to import"))
        self.files.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Format"), self.tr("Import into source"), "", ""]
        )
        self.files.verticalHeader().hide()
        header = self.files.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MAP_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REMOVE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.files, 1)
        remove_selected = QShortcut(QKeySequence.StandardKey.Delete, self.files)
        remove_selected.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_selected.activated.connect(self._remove_current)
        self._rows: list[_File] = []
        self.problems = QLabel()
        self.problems.setObjectName("importProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(colours.text_style(colours.Tone.ALARM))
        layout.addWidget(self.problems)
        for path in paths:
            self._add_file(Path(path))

        self.skip_bad = QCheckBox(self.tr("Skip records that cannot be read (and list them)"))
        self.skip_bad.setObjectName("importSkipBad")
        self.keep_emails = QCheckBox(self.tr("Keep e-mail addresses (otherwise only a hash)"))
        self.keep_ips = QCheckBox(self.tr("Keep IP addresses"))
        for box in (self.skip_bad, self.keep_emails, self.keep_ips):
            layout.addWidget(box)

        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setRange(0, 1000)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        self.parser_detail = QPlainTextEdit()
        self.parser_detail.setObjectName("importParserDetail")
        self.parser_detail.setAccessibleName(self.tr("Where the parser stopped"))
        self.parser_detail.setReadOnly(True)
        self.parser_detail.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.parser_detail.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.parser_detail.setMaximumHeight(self.parser_detail.fontMetrics().lineSpacing() * 4 + 16)
        self.parser_detail.hide()
        layout.addWidget(self.parser_detail)

        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setObjectName("importStart")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("importCancel")
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self._cancel_or_close)
        layout.addWidget(self.buttons)
        self._update_start()
        tasks.start_import_ahead()

    def _add_file(self, path: Path) -> None:
        try:
            found = importer.candidates(path)
        except WorkbenchError as exc:
            self._note(str(exc))
            return
        if not found:
            self._note(self.tr("{name}: no known format.").format(name=path.name))
            return
        row = self.files.rowCount()
        self.files.insertRow(row)
        entry = _File(
            path,
            QTableWidgetItem(path.name),
            QComboBox(),
            QLineEdit(importer.default_source_name(path, found[0])),
        )
        entry.name.setToolTip(str(path))
        entry.name.setFlags(entry.name.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.files.setItem(row, 0, entry.name)
        entry.formats.setAccessibleName(self.tr("Format"))
        for connector in found:
            entry.formats.addItem(connector.label, connector.name)
        self.files.setCellWidget(row, 1, entry.formats)
        entry.source.setAccessibleName(self.tr("Source name"))
        self.files.setCellWidget(row, 2, entry.source)
        remove = QPushButton(self.tr("Remove"))
        remove.setObjectName("importRemoveFile")
        remove.setAccessibleName(self.tr("Remove {name} from the import").format(name=path.name))
        remove.setToolTip(self.tr("Leave this file out of the import (Del)"))
        remove.clicked.connect(lambda: self.remove_file(entry))
        self.files.setCellWidget(row, REMOVE_COLUMN, remove)

        def on_format_changed() -> None:
            chosen = importer.connector_named(entry.formats.currentData())
            entry.source.setText(importer.default_source_name(path, chosen))
            self._show_mapping_button(entry, chosen.name == CSV_FORMAT)
            self._update_start()

        entry.formats.currentIndexChanged.connect(on_format_changed)
        self._rows.append(entry)
        self._show_mapping_button(entry, found[0].name == CSV_FORMAT)

    def _show_mapping_button(self, entry: _File, show: bool) -> None:
        """Only CSV files need a column mapping; other rows have no button there."""
        row = self._rows.index(entry)
        if not show:
            self.files.removeCellWidget(row, MAP_COLUMN)
            return
        button = QPushButton(
            self.tr("Change mapping…") if self.column_map else self.tr("Map columns…")
        )
        button.setObjectName("importMapColumns")
        button.clicked.connect(lambda: self.map_columns(entry))
        self.files.setCellWidget(row, MAP_COLUMN, button)

    def remove_file(self, entry: _File) -> None:
        """Leave a file out (the one that failed, say); what was said about the last attempt
        no longer holds."""
        self.files.removeRow(self._rows.index(entry))
        self._rows.remove(entry)
        self._clear_outcome()
        self._update_start()

    def _remove_current(self) -> None:
        row = self.files.currentRow()
        if self.task is None and 0 <= row < len(self._rows):
            self.remove_file(self._rows[row])

    def _note(self, text: str) -> None:
        self.problems.setText("\n".join(filter(None, [self.problems.text(), text])))

    def _chosen(self) -> list[tuple[Path, Connector, str]]:
        return [
            (
                entry.path,
                importer.connector_named(entry.formats.currentData()),
                entry.source.text().strip(),
            )
            for entry in self._rows
        ]

    def _update_start(self) -> None:
        chosen = self._chosen()
        needs_map = any(c.name == CSV_FORMAT for _, c, _ in chosen) and not self.column_map
        self.start_button.setEnabled(bool(chosen) and not needs_map and self.task is None)
        if needs_map:
            self.status.setText(self.tr("Map the CSV file's columns before importing."))

    def map_columns(self, entry: _File) -> None:
        dialog = CsvMappingDialog(entry.path, self.column_map, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.column_map = dialog.column_map()
            self.status.clear()
            self._show_mapping_button(entry, True)
        self._update_start()

    def options(self) -> ImportOptions:
        return ImportOptions(
            keep_emails=self.keep_emails.isChecked(),
            keep_ips=self.keep_ips.isChecked(),
            column_map=self.column_map,
        )

    def start(self) -> None:
        planned = [
            importer.PlannedImport(
                path, connector, name or importer.default_source_name(path, connector)
            )
            for path, connector, name in self._chosen()
        ]
        self.task = self.tasks.new_import(
            planned, self.options(), self.skip_bad.isChecked(), initiator=self
        )
        self.task.progressed.connect(self._on_progress)
        self.task.finished.connect(self._on_finished)
        self.task.failed.connect(self._on_failed)
        self._started.append(self.task)
        self._clear_outcome()
        self._set_editable(False)
        self.cancel_button.setText(self.tr("Cancel"))
        self.progress.show()
        self.progress.setValue(0)
        self.status.setText(self.tr("Reading…"))
        self.task.start()

    def _on_progress(self, progress: importer.ImportProgress) -> None:
        self.progress.setValue(int(progress.fraction * 1000))
        text = self.tr("{items} items and {members} members read from {name}").format(
            items=number(progress.items), members=number(progress.members), name=progress.path.name
        )
        if progress.remaining is not None:
            text += " · " + self.tr("about {time} left").format(time=_duration(progress.remaining))
        self.status.setText(text)

    def _on_finished(self, result: importer.ImportResult) -> None:
        summary = result.summary
        self.progress.setValue(1000)
        lines = [
            self.tr("Imported in {seconds} s.").format(seconds=f"{max(result.seconds, 0.1):.1f}"),
            self.tr("Members: {added} added, {updated} updated.").format(
                added=summary.members_added, updated=summary.members_updated
            ),
            self.tr("Items: {added} added, {updated} updated, {same} unchanged.").format(
                added=summary.items_added,
                updated=summary.items_updated,
                same=summary.items_unchanged,
            ),
            self.tr("New in the queue: {queued}.").format(queued=summary.queued),
        ]
        if summary.skipped:
            lines.append(self.tr("Skipped %n bad record(s), the first:", "", len(summary.skipped)))
            lines.extend(summary.skipped[:5])
        self.status.setText("\n".join(lines))
        self._done()
        self.imported.emit()

    def _on_failed(self, message: str, cancelled: bool) -> None:
        """Nothing landed: say so, say why in words, and hand the files and options back."""
        self.progress.hide()
        self.task = None
        self._set_editable(True)
        self._update_start()
        self._done()
        self.tasks.start_import_ahead()  # for the next attempt
        if cancelled:
            self.status.setText(message)
            return
        problem, pointer = readable_failure(message)
        several = len(self._rows) > 1
        self.status.setText(
            "\n".join(
                [
                    self.tr(
                        "Nothing was imported, not even the files that are fine: an import "
                        "brings in all of its files or none."
                    )
                    if several
                    else self.tr("Nothing was imported."),
                    problem,
                    self.tr(
                        "To import the others, remove the file that failed and import again; "
                        "if only some of its records are bad, “Skip records that cannot be "
                        "read” imports the rest of it too."
                    )
                    if several
                    else self.tr(
                        "Correct the file and import again; if only some of its records are "
                        "bad, “Skip records that cannot be read” imports the rest."
                    ),
                ]
            )
        )
        self.status.setStyleSheet(colours.text_style(colours.Tone.ALARM))
        self.parser_detail.setPlainText(pointer)
        self.parser_detail.setVisible(bool(pointer))
        self._mark_failed_file(message, problem)

    def _mark_failed_file(self, message: str, problem: str) -> None:
        """The row of the file the message names, marked and selected, ready for Remove."""
        for row, entry in enumerate(self._rows):
            if message.startswith(entry.path.name):
                warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
                entry.name.setIcon(warning)
                entry.name.setToolTip(problem)
                self.files.selectRow(row)
                return

    def _clear_outcome(self) -> None:
        self.status.clear()
        self.status.setStyleSheet("")
        self.parser_detail.clear()
        self.parser_detail.hide()
        for entry in self._rows:
            entry.name.setIcon(QIcon())
            entry.name.setToolTip(str(entry.path))

    def _set_editable(self, editable: bool) -> None:
        self.files.setEnabled(editable)
        for box in (self.skip_bad, self.keep_emails, self.keep_ips):
            box.setEnabled(editable)
        self.start_button.setEnabled(editable)

    def _done(self) -> None:
        self.task = None
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setEnabled(True)

    def _cancel_or_close(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(self.tr("Cancelling; nothing will be imported…"))
            self.cancel_button.setEnabled(False)
        else:
            self.reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.task is not None:
            self._cancel_or_close()
            event.ignore()
            return
        super().closeEvent(event)

    def wait(self) -> None:
        """Block until every import thread has ended (for tests and for quitting)."""
        for task in self._started:
            task.worker_thread.wait()


def readable_failure(message: str) -> tuple[str, str]:
    """A failure as (what and where, in a sentence; the parser's pointer, if it gave one).

    JSON parsers quote the broken spot over two lines, ``(right here) ------^`` under it: that
    only lines up in a monospaced font, so it is split off for a block of its own. The
    importer's closing "Nothing was imported." goes too: the dialog says it first."""
    lines = message.strip().splitlines() or [""]
    problem, pointer = lines[0], ""
    if len(lines) > 1:
        rest = lines[1:]
        if rest[-1].strip().startswith(")"):
            problem += rest.pop().strip()
        pointer = textwrap.dedent("\n".join(rest)).strip("\n")
    _, _, closing = translate("Import", "{problem}. Nothing was imported.").partition("{problem}")
    if closing and problem.endswith(closing):
        problem = problem.removesuffix(closing) + "."
    return problem, pointer


def _duration(seconds: float) -> str:
    """Time left, in seconds under a minute, else in minutes."""
    if seconds < 60:
        # The class's tr, as lupdate reads plural forms (PySide6 takes it; its stubs do not).
        return ImportDialog.tr("%n second(s)", "", max(int(seconds), 1))  # type: ignore[arg-type]
    return ImportDialog.tr("%n minute(s)", "", round(seconds / 60))  # type: ignore[arg-type]
