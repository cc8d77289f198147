"""The manager's settings file: old files stay readable, bad values are named, defaults apply."""

import orjson
import pytest

from workbench.core import paths, settings
from workbench.core.errors import WorkbenchError
from workbench.core.settings import Settings


def test_a_file_of_an_older_version_gets_the_new_fields_defaults(tmp_path):
    path = tmp_path / "settings.json"
    path.write_bytes(orjson.dumps({"manager_id": "x", "manager_name": "Mara", "language": ""}))
    loaded = settings.load(path)
    assert loaded.manager_name == "Mara"
    assert loaded.backups_kept == 7 and loaded.daily_backup is True
    assert loaded.time_zone == "" and loaded.sync_minutes == 0


def test_settings_are_kept_as_written(tmp_path):
    path = tmp_path / "settings.json"
    chosen = Settings(
        manager_name="Mara",
        language="de",
        time_zone="Europe/Berlin",
        follow_up_days=10,
        follow_up_hour=8,
        sync_minutes=15,
        auto_sync=False,
        data_folder=str(tmp_path / "data"),
        daily_backup=False,
        backups_kept=3,
        backup_folder=str(tmp_path / "copies"),
    )
    settings.save(chosen, path)
    assert settings.load(path) == chosen


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("language", "fr", "'fr' is no language"),
        ("time_zone", "Mars/Olympus", "'Mars/Olympus' is no time zone"),
        ("follow_up_hour", 24, "24 is not between 0 and 23"),
        ("backups_kept", 0, "0 is not between 1 and 365"),
        ("data_folder", "relative/folder", "no absolute folder path"),
        ("backups_kept", "7", "backups_kept must be a whole number"),
        ("daily_backup", 1, "daily_backup must be true or false"),
        ("sync_minutes", True, "sync_minutes must be a whole number"),
    ],
)
def test_a_bad_value_is_named_with_its_field_and_file(tmp_path, field, value, words):
    path = tmp_path / "settings.json"
    path.write_bytes(orjson.dumps({"manager_name": "Mara", field: value}))
    with pytest.raises(WorkbenchError) as raised:
        settings.load(path)
    assert words in str(raised.value)
    assert str(path) in str(raised.value) and field in str(raised.value)


def test_bad_settings_are_never_saved(tmp_path):
    with pytest.raises(WorkbenchError, match="follow_up_days"):
        settings.save(Settings(follow_up_days=-1), tmp_path / "settings.json")
    assert not (tmp_path / "settings.json").exists()


def test_unknown_fields_are_ignored(tmp_path):
    path = tmp_path / "settings.json"
    path.write_bytes(orjson.dumps({"manager_name": "Mara", "from_the_future": [1, 2]}))
    assert settings.load(path).manager_name == "Mara"


def test_folders_default_to_the_data_folder_and_follow_a_chosen_one(tmp_path):
    assert Settings().store_folder() == paths.data_dir()
    assert Settings().backups_folder() == paths.data_dir() / "backups"
    chosen = Settings(data_folder=str(tmp_path / "elsewhere"))
    assert chosen.store_folder() == tmp_path / "elsewhere"
    assert chosen.backups_folder() == tmp_path / "elsewhere" / "backups"
    assert Settings(backup_folder=str(tmp_path / "b")).backups_folder() == tmp_path / "b"
