"""Edit → Settings…: the manager's name, language, time zone, follow-up defaults, live sync,
data folder and backups, kept in the settings file (core.settings) and checked there.

What the window can apply at once it applies when the dialog closes (``apply``): the name that
signs new records, the time zone times are shown in, follow-up defaults, the sync interval and
the backups. The language and the data folder are read at start-up; the dialog says so.
"""

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workbench.core import settings as manager_settings
from workbench.core.errors import WorkbenchError
from workbench.core.queue import listing
from workbench.core.settings import Settings
from workbench.ui import preferences

if TYPE_CHECKING:
    from workbench.ui.main_window import MainWindow


class SettingsDialog(QDialog):
    def __init__(self, current: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        self.current = current
        self.saved: Settings | None = None
        """The settings as saved, once the manager pressed OK."""
        layout = QVBoxLayout(self)
        layout.addWidget(self._you())
        layout.addWidget(self._work())
        layout.addWidget(self._files())
        self.problem = QLabel()
        self.problem.setObjectName("settingsProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _you(self) -> QGroupBox:
        box = QGroupBox(self.tr("You"))
        form = QFormLayout(box)
        self.name = QLineEdit(self.current.manager_name)
        self.name.setObjectName("settingsName")
        self.name.setMaxLength(80)
        self.name.setToolTip(self.tr("The name that signs what you record, as your team sees it"))
        form.addRow(self.tr("Your &name:"), self.name)
        self.queue_part = QSpinBox()
        self.queue_part.setObjectName("settingsQueuePart")
        self.queue_part.setRange(0, 50)
        self.queue_part.setSpecialValueText(self.tr("none"))
        self.queue_part.setValue(self.current.queue_part)
        self.queue_parts = QSpinBox()
        self.queue_parts.setObjectName("settingsQueueParts")
        self.queue_parts.setRange(0, 50)
        self.queue_parts.setSpecialValueText(self.tr("no split"))
        self.queue_parts.setValue(self.current.queue_parts)
        parts = QHBoxLayout()
        parts.addWidget(self.queue_part)
        parts.addWidget(QLabel(self.tr("of")))
        parts.addWidget(self.queue_parts)
        parts.addStretch(1)
        self.queue_part.setToolTip(
            self.tr(
                "On a shift, managers split the open queue by author: each works their part, "
                "and no two answer the same member (the sidebar's My part of the queue)"
            )
        )
        part_label = QLabel(self.tr("My &part of the queue:"))
        part_label.setBuddy(self.queue_part)  # Alt+P; a row of a layout has no buddy of its own
        form.addRow(part_label, parts)
        self.language = QComboBox()
        self.language.setObjectName("settingsLanguage")
        for text, code in (
            (self.tr("The system's language"), ""),
            ("English", "en"),
            ("Deutsch", "de"),
        ):
            self.language.addItem(text, code)
        self.language.setCurrentIndex(max(self.language.findData(self.current.language), 0))
        form.addRow(self.tr("&Language:"), self.language)
        self.language_note = QLabel(self.tr("A new language takes effect at the next start."))
        self.language_note.setEnabled(False)
        form.addRow(self.language_note)
        self.zone = QComboBox()
        self.zone.setObjectName("settingsTimeZone")
        self.zone.setEditable(True)
        system = bytes(QTimeZone.systemTimeZoneId().data()).decode()
        self.zone.addItem(self.tr("The system's ({zone})").format(zone=system), "")
        for zone in QTimeZone.availableTimeZoneIds():
            name = bytes(zone.data()).decode()
            if "/" in name:  # IANA names; not Qt's UTC offsets
                self.zone.addItem(name, name)
        found = self.zone.findData(self.current.time_zone)
        if found >= 0:
            self.zone.setCurrentIndex(found)
        else:
            self.zone.setEditText(self.current.time_zone)
        self.zone.setToolTip(self.tr("Every time the window shows is in this zone"))
        form.addRow(self.tr("&Time zone:"), self.zone)
        return box

    def _work(self) -> QGroupBox:
        box = QGroupBox(self.tr("Follow-ups and live accounts"))
        form = QFormLayout(box)
        self.follow_up_days = QSpinBox()
        self.follow_up_days.setObjectName("settingsFollowUpDays")
        self.follow_up_days.setRange(0, 365)
        self.follow_up_days.setSpecialValueText(self.tr("no follow-up"))
        self.follow_up_days.setSuffix(self.tr(" days"))
        self.follow_up_days.setValue(self.current.follow_up_days)
        self.follow_up_days.setToolTip(
            self.tr("For kinds of intervention that set no follow-up of their own")
        )
        form.addRow(self.tr("Look again &after:"), self.follow_up_days)
        self.follow_up_hour = QSpinBox()
        self.follow_up_hour.setObjectName("settingsFollowUpHour")
        self.follow_up_hour.setRange(0, 23)
        self.follow_up_hour.setSuffix(":00")
        self.follow_up_hour.setValue(self.current.follow_up_hour)
        form.addRow(self.tr("Follow-ups fall &due at:"), self.follow_up_hour)
        self.auto_sync = QCheckBox(self.tr("&Sync live accounts by themselves"))
        self.auto_sync.setObjectName("settingsAutoSync")
        self.auto_sync.setChecked(self.current.auto_sync)
        form.addRow(self.auto_sync)
        self.sync_minutes = QSpinBox()
        self.sync_minutes.setObjectName("settingsSyncMinutes")
        self.sync_minutes.setRange(0, 24 * 60)
        self.sync_minutes.setSpecialValueText(self.tr("each account's own interval"))
        self.sync_minutes.setSuffix(self.tr(" minutes"))
        self.sync_minutes.setValue(self.current.sync_minutes)
        self.auto_sync.toggled.connect(self.sync_minutes.setEnabled)
        self.sync_minutes.setEnabled(self.current.auto_sync)
        form.addRow(self.tr("Sync &every:"), self.sync_minutes)
        return box

    def _files(self) -> QGroupBox:
        box = QGroupBox(self.tr("Data and backups"))
        form = QFormLayout(box)
        self.data_folder = self._folder_row(
            form,
            self.tr("&Data folder:"),
            self.current.data_folder,
            str(Settings().store_folder()),
            "settingsDataFolder",
        )
        note = QLabel(
            self.tr(
                "A new data folder takes effect at the next start; the database open now stays "
                "where it is."
            )
        )
        note.setWordWrap(True)
        note.setEnabled(False)
        form.addRow(note)
        self.daily_backup = QCheckBox(self.tr("&Back up the database every day"))
        self.daily_backup.setObjectName("settingsDailyBackup")
        self.daily_backup.setChecked(self.current.daily_backup)
        form.addRow(self.daily_backup)
        self.backups_kept = QSpinBox()
        self.backups_kept.setObjectName("settingsBackupsKept")
        self.backups_kept.setRange(1, 365)
        self.backups_kept.setSuffix(self.tr(" backups"))
        self.backups_kept.setValue(self.current.backups_kept)
        form.addRow(self.tr("&Keep the newest:"), self.backups_kept)
        self.backup_folder = self._folder_row(
            form,
            self.tr("Backup &folder:"),
            self.current.backup_folder,
            self.tr("a “backups” folder in the data folder"),
            "settingsBackupFolder",
        )
        return box

    def _folder_row(
        self, form: QFormLayout, label: str, value: str, default: str, name: str
    ) -> QLineEdit:
        edit = QLineEdit(value)
        edit.setObjectName(name)
        edit.setPlaceholderText(default)
        edit.setClearButtonEnabled(True)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(lambda: self._choose_folder(edit))
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(browse)
        named = QLabel(label)
        named.setBuddy(edit)
        form.addRow(named, row)
        return edit

    def _choose_folder(self, edit: QLineEdit) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), edit.text())
        if chosen:
            edit.setText(chosen)

    def chosen(self) -> Settings:
        """The settings as the dialog shows them, checked (a WorkbenchError names a field)."""
        zone = self.zone.currentText().strip()
        if self.zone.currentIndex() >= 0 and self.zone.itemText(self.zone.currentIndex()) == zone:
            zone = str(self.zone.currentData())
        updated = replace(
            self.current,
            language=str(self.language.currentData()),
            time_zone=zone,
            follow_up_days=self.follow_up_days.value(),
            follow_up_hour=self.follow_up_hour.value(),
            auto_sync=self.auto_sync.isChecked(),
            sync_minutes=self.sync_minutes.value(),
            data_folder=self.data_folder.text().strip(),
            daily_backup=self.daily_backup.isChecked(),
            backups_kept=self.backups_kept.value(),
            backup_folder=self.backup_folder.text().strip(),
            queue_part=self.queue_part.value(),
            queue_parts=self.queue_parts.value(),
        )
        if self.name.text().strip() != self.current.manager_name:
            updated = updated.with_identity(self.name.text())
        return updated.checked()

    def accept(self) -> None:
        try:
            updated = self.chosen()
            manager_settings.save(updated)
        except (OSError, WorkbenchError) as problem:
            self.problem.setText(str(problem))
            self.problem.show()
            return
        self.saved = updated
        super().accept()


def apply(window: "MainWindow", updated: Settings) -> None:
    """What the window takes over at once from saved settings."""
    if updated.manager_name != window.settings.manager_name:
        window.set_identity(updated)
    window.settings = updated
    window.views = listing.saved_views(updated.manager_name, updated.part)
    window.refresh_status()
    preferences.use(updated)
    window.live.every = updated.sync_minutes * 60 or None
    if updated.auto_sync:
        window.live.start_periodic()
    else:
        window.live.stop_periodic()
