"""`workbench backup` and `workbench restore`, and the data folder the CLI's store lives in."""

import time

import orjson

from workbench.cli import main
from workbench.core import settings
from workbench.core.settings import Settings
from workbench.core.store import backup, open_store
from workbench.core.store.lock import StoreLock


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_backup_goes_to_the_backups_folder_and_restore_brings_it_back(capsys, demo_path):
    code, out, _ = run(capsys, "backup", "--db", str(demo_path))
    assert code == 0 and "Backed up to" in out
    (made,) = backup.backups_of(demo_path, Settings().backups_folder())
    assert "items" in out and str(made) in out
    run(capsys, "demo", "--db", str(demo_path.with_name("other.db")))
    code, out, err = run(capsys, "restore", "--db", str(demo_path), str(made))
    assert code == 0, err
    assert "Restored" in out and "kept as" in out
    code, out, _ = run(capsys, "info", "--db", str(demo_path), "--json")
    assert orjson.loads(out)["counts"]["items"] > 2000


def test_backup_to_a_file_named_on_the_command_line(capsys, demo_path, tmp_path):
    code, _, _ = run(capsys, "backup", "--db", str(demo_path), str(tmp_path / "copy.db"))
    assert code == 0
    assert backup.describe(tmp_path / "copy.db").items > 2000


def test_restore_is_refused_while_a_window_has_the_store_open(capsys, demo_path, tmp_path):
    run(capsys, "backup", "--db", str(demo_path), str(tmp_path / "copy.db"))
    window = StoreLock(demo_path)
    assert window.acquire()
    try:
        code, _, err = run(capsys, "restore", "--db", str(demo_path), str(tmp_path / "copy.db"))
    finally:
        window.release()
    assert code == 1 and "open in a workbench window" in err and err.count("\n") == 1
    assert not list(tmp_path.glob("demo-before-restore*"))


def test_restore_of_a_file_that_is_no_backup_says_so(capsys, demo_path, tmp_path):
    (tmp_path / "notes.txt").write_text("shopping list")
    code, _, err = run(capsys, "restore", "--db", str(demo_path), str(tmp_path / "notes.txt"))
    assert code == 1 and "not a workbench database" in err


def test_the_default_store_is_in_the_data_folder_of_the_settings(capsys, tmp_path):
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    settings.save(Settings(data_folder=str(chosen)))
    code, _, err = run(capsys, "demo")
    assert code == 0, err
    open_store(chosen / "workbench.db").close()
    code, out, err = run(capsys, "info", "--json")
    assert code == 0, err
    assert orjson.loads(out)["path"] == str((chosen / "workbench.db").resolve())
    assert (chosen / "demo.db").exists()


def test_the_cli_writes_beside_a_window_that_has_the_store_open(capsys, demo_path):
    """SQLite lets one writer in at a time (WAL, BEGIN IMMEDIATE, a busy timeout): a decision
    from the command line lands while the window holds the store and reads it."""
    window = StoreLock(demo_path)
    assert window.acquire()
    try:
        with open_store(demo_path) as store, store.read() as reading:
            reading.exec_driver_sql("SELECT count(*) FROM items").scalar()
            run(capsys, "whoami", "Mara")
            _, out, _ = run(capsys, "queue", "--db", str(demo_path), "--limit", "1", "--json")
            item = str(orjson.loads(out)[0]["id"])
            code, _, err = run(capsys, "decide", "--db", str(demo_path), item, "approve")
            assert code == 0, err
    finally:
        window.release()


def test_the_cli_writes_times_in_the_time_zone_of_the_settings(capsys, demo_path, tmp_path):
    from workbench.ui import preferences

    settings.save(Settings(time_zone="Pacific/Kiritimati"))  # UTC+14: another day than UTC
    try:
        code, out, _ = run(capsys, "backup", "--db", str(demo_path), str(tmp_path / "c.db"))
        taken = backup.describe(tmp_path / "c.db").taken_at
        there = time.strftime("%Y-%m-%d %H:%M", time.gmtime(taken + 14 * 3600))
        assert code == 0 and f"taken {there}" in out
    finally:
        preferences.use(Settings())
