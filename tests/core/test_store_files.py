"""The store's file as the manager's computer sees it: other programs' databases left alone,
damaged, read-only and busy files explained in a line, readers never waiting for an import,
and files only their owner can read."""

import os
import sqlite3
import stat
import time

import pytest
from sqlalchemy import text

from workbench.cli import main as cli
from workbench.core import paths
from workbench.core.errors import SchemaTooNewError, StoreError
from workbench.core.store import open_store
from workbench.core.store.sqlite import sidecar_files


def _snapshot(path):
    return path.read_bytes(), [f.name for f in sorted(path.parent.iterdir())]


def test_another_programs_database_is_refused_untouched(tmp_path):
    contacts = tmp_path / "contacts.sqlite"
    with sqlite3.connect(contacts) as connection:
        connection.execute("CREATE TABLE people (name TEXT)")
        connection.execute("INSERT INTO people VALUES ('Ada')")
    connection.close()
    before = _snapshot(contacts)
    with pytest.raises(StoreError, match=r"another program's data .*people"):
        open_store(contacts)
    assert _snapshot(contacts) == before


def test_a_newer_store_is_refused_without_files_beside_it(tmp_path):
    path = tmp_path / "newer.db"
    with open_store(path) as store, store.write() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    for sidecar in sidecar_files(path):
        sidecar.unlink(missing_ok=True)
    before = _snapshot(path)
    with pytest.raises(SchemaTooNewError):
        open_store(path)
    assert _snapshot(path) == before


def test_a_read_command_never_makes_a_store(tmp_path, capsys):
    empty = tmp_path / "empty.db"
    empty.touch()
    assert cli(["info", "--db", str(empty)]) == 1
    err = capsys.readouterr().err
    assert "no database" in err and err.count("\n") == 1
    assert empty.stat().st_size == 0 and not any(p.exists() for p in sidecar_files(empty))


def test_a_damaged_store_says_what_to_do_in_one_line(tmp_path, capsys):
    path = tmp_path / "damaged.db"
    with open_store(path) as store, store.write() as connection:
        connection.execute(text("CREATE TABLE filler (x TEXT)"))
        connection.execute(
            text("INSERT INTO filler SELECT hex(randomblob(500)) FROM json_each(:many)"),
            {"many": "[" + ",".join("0" * 400) + "]"},
        )
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(3 * page, len(data) - page, page):  # every page but the schema's
        data[start : start + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    code = cli(["info", "--db", str(path)])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
    assert "damaged" in err and ".recover" in err and "nothing was written" in err


def test_a_store_that_refuses_writes_says_so(tmp_path):
    with (
        open_store(tmp_path / "ro.db") as store,
        pytest.raises(StoreError, match=r"cannot be written .*nothing was written"),
        store.write() as connection,
    ):
        connection.exec_driver_sql("PRAGMA query_only = 1")
        connection.exec_driver_sql("INSERT INTO meta(key, value) VALUES ('k', 'v')")


def test_a_store_being_imported_into_opens_at_once_for_reading(tmp_path):
    path = tmp_path / "busy.db"
    with open_store(path) as store, store.write() as connection:
        connection.execute(text("INSERT INTO meta(key, value) VALUES ('before', 'import')"))
    importer = sqlite3.connect(path, isolation_level=None)
    importer.execute("BEGIN IMMEDIATE")  # as an import holds the write lock for its whole run
    importer.execute("INSERT INTO meta(key, value) VALUES ('during', 'import')")
    try:
        started = time.monotonic()
        with open_store(path) as store, store.read() as connection:
            keys = set(connection.execute(text("SELECT key FROM meta")).scalars())
        assert time.monotonic() - started < 2  # it did not wait for the lock (5 s)
        assert "before" in keys and "during" not in keys  # the last committed state
    finally:
        importer.execute("ROLLBACK")
        importer.close()


def test_a_new_store_and_the_workbench_folder_are_the_owners_alone(tmp_path):
    folder = paths.private_folder(paths.data_dir())
    with open_store(folder / "workbench.db") as store, store.write() as connection:
        connection.execute(text("INSERT INTO meta(key, value) VALUES ('k', 'v')"))
        files = [store.path, *sidecar_files(store.path)]
        assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files if f.exists())
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_an_older_install_is_made_private_when_opened(tmp_path):
    folder = paths.data_dir()
    folder.mkdir(parents=True)
    os.chmod(folder, 0o755)
    old = folder / "workbench.db"
    old.write_bytes(b"")
    os.chmod(old, 0o644)
    paths.private_folder(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(old.stat().st_mode) == 0o600
