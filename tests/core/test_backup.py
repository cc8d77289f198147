"""Backups taken while the store is written to, daily backups kept to a number, restore."""

import sqlite3
import threading

import pytest

from workbench.core import sources
from workbench.core.errors import SchemaTooNewError, StoreError
from workbench.core.ingest import Ingestor
from workbench.core.records import ItemRecord, MemberRecord
from workbench.core.store import backup, open_store
from workbench.core.store.lock import StoreLock

NOW = 1_790_000_000


def _add_items(store, first: int, count: int) -> None:
    with store.write() as connection:
        source = sources.ensure(connection, name="forum", kind="test", network="forum")
        ingestor = Ingestor(connection, source, now=NOW)
        ingestor.add(MemberRecord("forum", "m1", handle="mara"))
        for n in range(first, first + count):
            ingestor.add(ItemRecord("forum", f"i{n}", "m1", "comment", NOW + n, body=f"post {n}"))
        ingestor.finish()


def _items(path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM items").fetchone()[0])
    finally:
        connection.close()


def test_a_backup_during_writes_holds_every_row_committed_before_it(store, tmp_path):
    _add_items(store, 0, 50)
    committed: list[int] = []
    stop = threading.Event()

    def write() -> None:
        n = 50
        while not stop.is_set():
            _add_items(store, n, 20)
            n += 20
            committed.append(n)

    writer = threading.Thread(target=write)
    writer.start()
    try:
        while len(committed) < 3:
            stop.wait(0.01)
        before = committed[-1]
        taken = backup.back_up(store.path, tmp_path / "copy.db", now=NOW)
        after = len(committed)
        while len(committed) < after + 2:  # the writer goes on after the backup
            stop.wait(0.01)
    finally:
        stop.set()
        writer.join()
    connection = sqlite3.connect(taken.path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        rows = int(connection.execute("SELECT count(*) FROM items").fetchone()[0])
    finally:
        connection.close()
    assert rows >= before and rows % 10 == 0  # whole transactions only
    assert committed[-1] > before  # the writer was not stopped by the backup
    assert taken.items == rows and taken.members == 1 and taken.taken_at == NOW
    assert not list(tmp_path.glob(".*partial"))


def test_a_backup_names_its_store_and_time_in_a_folder(store, tmp_path):
    _add_items(store, 0, 3)
    folder = tmp_path / "backups"
    folder.mkdir()
    taken = backup.back_up(store.path, folder, now=NOW)
    assert taken.path.name == "test-2026-09-21_141320.db"
    assert backup.backups_of(store.path, folder) == [taken.path]


def test_a_backup_never_replaces_its_store(store):
    with pytest.raises(StoreError, match="cannot replace its own store"):
        backup.back_up(store.path, store.path, now=NOW)


def test_daily_backups_are_taken_once_a_day_and_the_newest_kept(store, tmp_path):
    _add_items(store, 0, 3)
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "test-notes.db").write_text("the manager's own file")
    made = [
        backup.daily_backup(store.path, folder, keep=3, now=NOW + day * 86_400) for day in range(5)
    ]
    assert all(made)
    assert backup.daily_backup(store.path, folder, keep=3, now=NOW + 4 * 86_400 + 3600) is None
    kept = backup.backups_of(store.path, folder)
    assert [b.name for b in kept] == [m.path.name for m in made[2:]]
    assert (folder / "test-notes.db").exists()


def test_restore_puts_the_backup_in_place_and_keeps_the_former_store(store, tmp_path):
    _add_items(store, 0, 5)
    taken = backup.back_up(store.path, tmp_path / "copy.db", now=NOW)
    _add_items(store, 5, 7)
    store.close()
    aside = backup.restore(taken.path, store.path, now=NOW + 60)
    assert aside is not None and _items(aside) == 12
    with open_store(store.path) as restored:
        assert restored.counts()["items"] == 5


def test_a_damaged_backup_is_refused_and_the_store_left_alone(store, tmp_path):
    _add_items(store, 0, 5)
    taken = backup.back_up(store.path, tmp_path / "copy.db", now=NOW)
    data = bytearray(taken.path.read_bytes())
    data[4096 * 2 : 4096 * 3] = b"\xff" * 4096
    taken.path.write_bytes(bytes(data))
    store.close()
    with pytest.raises(StoreError, match="is damaged"):
        backup.restore(taken.path, store.path, now=NOW)
    assert _items(store.path) == 5
    assert not list(store.path.parent.glob("test-before-restore*"))


def test_a_file_that_is_no_backup_is_refused(tmp_path):
    (tmp_path / "notes.db").write_bytes(b"")
    with pytest.raises(StoreError, match="no workbench backup"):
        backup.describe(tmp_path / "notes.db")


def test_a_backup_of_a_newer_version_is_refused(store, tmp_path):
    taken = backup.back_up(store.path, tmp_path / "copy.db", now=NOW)
    connection = sqlite3.connect(taken.path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    with pytest.raises(SchemaTooNewError):
        backup.describe(taken.path)


def test_a_store_lock_is_held_by_one_holder_at_a_time(tmp_path):
    first, second = StoreLock(tmp_path / "w.db"), StoreLock(tmp_path / "w.db")
    assert first.acquire()
    assert not second.acquire()
    with pytest.raises(StoreError, match="open in a workbench window"):
        second.refuse_if_taken()
    first.release()
    assert second.acquire()
    second.release()
