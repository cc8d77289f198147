"""Edit → Settings…: what the manager chooses is saved, checked, and taken over by the window."""

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtGui import QAction, QKeySequence

from workbench.core import settings
from workbench.core.queue import listing
from workbench.ui import local_time, preferences
from workbench.ui.dialogs.settings_dialog import SettingsDialog, apply


def _dialog(qtbot, window):
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    return dialog


def test_settings_open_from_the_edit_menu_with_ctrl_comma(window):
    (action,) = [a for a in window.findChildren(QAction) if a.objectName() == "settingsAction"]
    assert action.shortcut() == QKeySequence("Ctrl+,")
    edit_menu = window.menuBar().actions()[1].menu()
    assert action in edit_menu.actions()


def test_chosen_settings_are_saved_and_the_window_takes_them_over(qtbot, window, tmp_path):
    dialog = _dialog(qtbot, window)
    dialog.name.setText("Mara L.")
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    dialog.zone.setCurrentIndex(dialog.zone.findData("America/New_York"))
    dialog.follow_up_days.setValue(10)
    dialog.follow_up_hour.setValue(8)
    dialog.sync_minutes.setValue(15)
    dialog.backups_kept.setValue(3)
    dialog.backup_folder.setText(str(tmp_path / "copies"))
    dialog.accept()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    saved = settings.load()
    assert saved == dialog.saved
    assert (saved.manager_name, saved.language, saved.time_zone) == (
        "Mara L.",
        "de",
        "America/New_York",
    )
    assert saved.manager_id == window.settings.manager_id  # still the same manager
    assert (saved.follow_up_days, saved.follow_up_hour, saved.sync_minutes) == (10, 8, 15)
    assert saved.backups_kept == 3 and saved.backups_folder() == tmp_path / "copies"
    try:
        apply(window, saved)
        assert window.settings == saved and window.signed_in.text() == "Signed in as Mara L."
        assert all(page.author.name == "Mara L." for page in window.pages.values())
        assert window.live.every == 15 * 60
        # Times are shown in the chosen zone, follow-ups fall due at its eight o'clock.
        summer_noon_utc = QDateTime(QDate(2026, 7, 1), QTime(12, 0), QTimeZone.utc())
        assert local_time.shown(summer_noon_utc.toSecsSinceEpoch()).endswith("08:00")
        new_york = QTimeZone(b"America/New_York")
        assert (
            local_time.follow_up_due(QDate(2026, 7, 1))
            == QDateTime(QDate(2026, 7, 1), QTime(8, 0), new_york).toSecsSinceEpoch()
        )
    finally:
        preferences.use(settings.Settings())


def test_a_zone_that_does_not_exist_is_refused_in_the_dialog(qtbot, window):
    dialog = _dialog(qtbot, window)
    dialog.zone.setEditText("Mars/Olympus")
    dialog.accept()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted and dialog.saved is None
    assert dialog.problem.isVisibleTo(dialog) and "time_zone" in dialog.problem.text()
    assert not settings.settings_path().exists()


def test_automatic_syncs_can_be_turned_off(qtbot, window):
    dialog = _dialog(qtbot, window)
    dialog.auto_sync.setChecked(False)
    assert not dialog.sync_minutes.isEnabled()
    dialog.accept()
    window.live.start_periodic()
    apply(window, dialog.saved)
    assert not window.live._timer.isActive()


def test_the_interventions_follow_up_default_comes_from_the_settings(qtbot):
    from workbench.core.team import vocabulary
    from workbench.ui.dialogs.intervention_dialog import InterventionDialog

    preferences.use(settings.Settings(follow_up_days=5))
    try:
        dialog = InterventionDialog("anna", {}, [], list(vocabulary.INTERVENTION_KINDS))
        qtbot.addWidget(dialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData("thanks"))  # a kind with no date
        assert dialog.follow_up.isChecked()
        assert dialog.follow_up_date.date() == QDate.currentDate().addDays(5)
        dialog.kind.setCurrentIndex(dialog.kind.findData("ban"))  # a kind with its own
        assert dialog.follow_up_date.date() == QDate.currentDate().addDays(30)
    finally:
        preferences.use(settings.Settings())
    dialog.kind.setCurrentIndex(dialog.kind.findData("private_message"))
    assert not dialog.follow_up.isChecked()  # without the setting, no follow-up


def test_the_settings_dialog_as_it_looks(qtbot, window):
    dialog = _dialog(qtbot, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save("/tmp/settings_dialog.png")
    assert dialog.findChild(type(dialog.name), "settingsName").text() == "Mara Lindqvist"
    assert dialog.language_note.text().endswith("next start.")


def test_a_shifts_split_shows_my_part_of_the_queue_in_the_sidebar(qtbot, window):
    def entry() -> tuple[bool, str]:
        row = [e.view for e in window.entries].index("my_part")
        item = window.sidebar.item(row)
        return item.isHidden(), item.text()

    window.tasks.wait_idle()
    assert entry()[0]  # no split, no view
    dialog = _dialog(qtbot, window)
    dialog.queue_part.setValue(2)
    dialog.queue_parts.setValue(3)
    dialog.accept()
    apply(window, dialog.saved)
    assert window.settings.part == (2, 3) and settings.load().part == (2, 3)
    qtbot.waitUntil(lambda: not entry()[0] and "(" in entry()[1], timeout=10_000)
    with window.store.read() as connection:
        mine = listing.count(connection, listing.QueueFilter(part=(2, 3)))
    assert entry()[1].strip() == f"My part of the queue  ({mine})" and mine > 0
    window.sidebar.setCurrentRow([e.view for e in window.entries].index("my_part"))
    page = window.pages["queue"]
    qtbot.waitUntil(lambda: page.model.rowCount() == mine)
    window.grab().save("/tmp/my_part.png")
