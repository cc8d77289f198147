"""Backups of a store and restoring one, while the store may be in use.

A backup is taken with SQLite's online backup API in one step: one read transaction copies
every page, so the copy holds exactly what was committed when it began, and writers (the
window's decisions, an import) go on meanwhile (WAL). The copy is one self-contained file
(no write-ahead log), written beside its final name and renamed into place, so a backup folder
never holds half a copy. Backups are named by their store and the moment they were taken, so
that the newest ones are kept and the oldest pruned.

Restoring puts a backup in the store's place: the backup is checked first (a workbench store
this version can open, not damaged), the current store is moved aside under a name of its own,
and it comes back if the restored one does not open. It is never deleted: the manager decides.
"""

import calendar
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from workbench.core.errors import StoreError
from workbench.core.i18n import translate
from workbench.core.store import migrate, sqlite
from workbench.core.store.store import open_store

STAMP = "%Y-%m-%d_%H%M%S"
"""How a backup's name says when it was taken (UTC), sortable as text."""
TAKEN_KEY = "backup_taken_at"
"""The meta key that holds when a backup was taken, whatever its file is called later."""
DAY = 86_400


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """What a restore's confirmation names: when the backup was taken, and what it holds."""

    path: Path
    taken_at: int
    items: int
    members: int
    events: int


def backup_name(store_path: Path, at: int) -> str:
    return f"{store_path.stem}-{time.strftime(STAMP, time.gmtime(at))}.db"


def back_up(store_path: Path, target: Path, *, now: int) -> BackupInfo:
    """Copy the store at ``store_path`` to ``target`` (a file, or a folder to name it in),
    consistently, while others may write to the store."""
    store_path = Path(store_path).resolve()
    if target.is_dir():
        target = target / backup_name(store_path, now)
    if target.resolve() == store_path:
        raise StoreError(
            translate("Backup", "A backup cannot replace its own store {path}.").format(
                path=store_path
            )
        )
    if not store_path.exists():
        raise StoreError(
            translate("Store", "There is no database at {path}.").format(path=store_path)
        )
    if not target.parent.is_dir():
        raise StoreError(
            translate("Store", "The folder {path} does not exist.").format(path=target.parent)
        )
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    sqlite.create_private(partial)
    try:
        source = sqlite3.connect(store_path)
        copy = sqlite3.connect(partial, isolation_level=None)
        try:
            source.backup(copy)  # all pages in one step: one snapshot, never restarted
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            copy.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (TAKEN_KEY, str(now))
            )
        finally:
            copy.close()
            source.close()
        _flush(partial)
        partial.replace(target)
    except sqlite3.Error as exc:
        raise sqlite.explained(exc, store_path) from exc
    finally:
        partial.unlink(missing_ok=True)
    return describe(target)


def _flush(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def describe(path: Path) -> BackupInfo:
    """When a backup was taken and its counts; a file that is no usable backup is refused
    saying why."""
    path = Path(path)
    if not path.is_file():
        raise StoreError(translate("Backup", "There is no backup at {path}.").format(path=path))
    sqlite.check_file(path)
    revision = sqlite.read_schema_revision(path)
    if revision is None:
        raise StoreError(
            translate("Backup", "{path} is no workbench backup: it holds no store.").format(
                path=path
            )
        )
    migrate.check_not_newer(revision, path)
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            (check,) = connection.execute("PRAGMA quick_check").fetchone()
            if check != "ok":
                raise StoreError(
                    translate(
                        "Backup", "{path} is damaged ({problem}); it cannot be restored."
                    ).format(path=path, problem=check)
                )
            found = connection.execute(
                "SELECT value FROM meta WHERE key = ?", (TAKEN_KEY,)
            ).fetchone()
            counts = [
                int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
                for table in ("items", "members", "events")
            ]
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise sqlite.explained(exc, path) from exc
    taken = int(found[0]) if found else int(path.stat().st_mtime)
    return BackupInfo(path, taken, *counts)


def backups_of(store_path: Path, folder: Path) -> list[Path]:
    """The backups of this store in ``folder``, oldest first (by the time in their names)."""
    if not folder.is_dir():
        return []
    prefix = f"{Path(store_path).stem}-"
    found = []
    for candidate in folder.glob(f"{prefix}*.db"):
        try:
            time.strptime(candidate.stem.removeprefix(prefix), STAMP)
        except ValueError:
            continue  # another store whose name starts alike, or a file of the manager's
        found.append(candidate)
    return sorted(found)


def daily_backup(store_path: Path, folder: Path, *, keep: int, now: int) -> BackupInfo | None:
    """Take a backup if the newest in ``folder`` is a day old or there is none, then keep
    only the newest ``keep``. None if no backup was due."""
    existing = backups_of(store_path, folder)
    if existing and now - _taken(existing[-1], store_path) < DAY:
        return None
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    made = back_up(store_path, folder, now=now)
    for old in backups_of(store_path, folder)[:-keep]:
        old.unlink(missing_ok=True)
    return made


def _taken(backup: Path, store_path: Path) -> int:
    stamp = backup.stem.removeprefix(f"{Path(store_path).stem}-")
    return calendar.timegm(time.strptime(stamp, STAMP))


def restore(backup: Path, store_path: Path, *, now: int) -> Path | None:
    """Put ``backup`` in the place of the store at ``store_path``, which nobody may have open.
    Returns where the former store was kept (it is never deleted here), None if there was
    none."""
    describe(backup)  # a backup this version can open, not damaged
    store_path = Path(store_path).resolve()
    incoming = store_path.with_name(f".{store_path.name}.restoring")
    incoming.unlink(missing_ok=True)
    sqlite.create_private(incoming)
    try:
        source = sqlite3.connect(f"{Path(backup).resolve().as_uri()}?mode=ro", uri=True)
        copy = sqlite3.connect(incoming)
        try:
            source.backup(copy)
        finally:
            copy.close()
            source.close()
        _flush(incoming)
    except sqlite3.Error as exc:
        incoming.unlink(missing_ok=True)
        raise sqlite.explained(exc, Path(backup)) from exc
    aside = store_path.with_name(
        f"{store_path.stem}-before-restore-{time.strftime(STAMP, time.gmtime(now))}.db"
    )
    moved = _move_with_sidecars(store_path, aside)
    incoming.replace(store_path)
    try:
        open_store(store_path).close()  # migrated to this version's schema if older
    except BaseException:
        for file in (store_path, *sqlite.sidecar_files(store_path)):
            file.unlink(missing_ok=True)
        if moved:
            _move_with_sidecars(aside, store_path)
        raise
    return aside if moved else None


def _move_with_sidecars(path: Path, to: Path) -> bool:
    """Rename a store with its -wal and -shm (an unfinished log belongs to its file)."""
    if not path.exists():
        return False
    for source, target in zip(
        (path, *sqlite.sidecar_files(path)), (to, *sqlite.sidecar_files(to)), strict=True
    ):
        if source.exists():
            source.replace(target)
    return True
