"""`workbench backup` and `workbench restore`: a consistent copy of the store, and putting one
back.

A backup may be taken while a window works on the store (SQLite's online backup copies one
committed state). A restore replaces the store's file, so it is refused while a window has the
store open (the window's lock); the store it replaces is kept beside it.
"""

import argparse
import time
from pathlib import Path

from workbench.cli.common import Commands, add_command, db_path
from workbench.core import clock, settings
from workbench.core.store import backup
from workbench.core.store.backup import BackupInfo
from workbench.core.store.lock import StoreLock


def described(info: BackupInfo) -> str:
    """When a backup was taken (local time) and what it holds, in one line."""
    taken = time.strftime("%Y-%m-%d %H:%M", time.localtime(info.taken_at))
    return (
        f"{info.path} (taken {taken}: {info.items:,} items, {info.members:,} members, "
        f"{info.events:,} events)"
    )


def cmd_backup(args: argparse.Namespace) -> int:
    target = Path(args.out) if args.out else settings.load().backups_folder()
    if not args.out:
        target.mkdir(mode=0o700, parents=True, exist_ok=True)
    made = backup.back_up(db_path(args), target, now=clock.now())
    print(f"Backed up to {described(made)}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    path = db_path(args)
    chosen = backup.describe(Path(args.backup))
    with StoreLock(path):
        aside = backup.restore(chosen.path, path, now=clock.now())
    print(f"Restored {path} from {described(chosen)}")
    if aside is not None:
        print(f"The store it replaced is kept as {aside}; delete it when you no longer need it.")
    return 0


def add_commands(commands: Commands) -> None:
    made = add_command(
        commands,
        "backup",
        cmd_backup,
        "Write a consistent copy of the database, also while a window works on it.",
    )
    made.add_argument(
        "out", nargs="?", help="file or folder for the copy (default: your backups folder)"
    )
    restore = add_command(
        commands,
        "restore",
        cmd_restore,
        "Put a backup in the database's place; the database it replaces is kept beside it.",
    )
    restore.add_argument("backup", help="the backup file")
