"""`workbench backup` and `workbench restore`: a consistent copy of the store, and putting one
back.

A backup may be taken while a window works on the store (SQLite's online backup copies one
committed state). A restore replaces the store's file, so it is refused while a window has the
store open (the window's lock); the store it replaces is kept beside it.
"""

import argparse
from pathlib import Path

from workbench.cli.common import Commands, add_command, count, db_file, moment
from workbench.core import clock, settings
from workbench.core.i18n import translate
from workbench.core.store import backup
from workbench.core.store.backup import BackupInfo
from workbench.core.store.lock import StoreLock


def described(info: BackupInfo) -> str:
    """When a backup was taken (local time) and what it holds, in one line."""
    held = translate(
        "Cli", "{path} (taken {taken}: {items} items, {members} members, {events} events)"
    )
    return held.format(
        path=info.path,
        taken=moment(info.taken_at),
        items=count(info.items),
        members=count(info.members),
        events=count(info.events),
    )


def cmd_backup(args: argparse.Namespace) -> int:
    target = Path(args.out) if args.out else settings.load().backups_folder()
    if not args.out:
        target.mkdir(mode=0o700, parents=True, exist_ok=True)
    made = backup.back_up(db_file(args), target, now=clock.now())
    print(translate("Cli", "Backed up to {backup}").format(backup=described(made)))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    path = db_file(args)
    chosen = backup.describe(Path(args.backup))
    with StoreLock(path):
        aside = backup.restore(chosen.path, path, now=clock.now())
    restored = translate("Cli", "Restored {path} from {backup}")
    print(restored.format(path=path, backup=described(chosen)))
    if aside is not None:
        kept = translate(
            "Cli", "The store it replaced is kept as {path}; delete it when you no longer need it."
        )
        print(kept.format(path=aside))
    return 0


def add_commands(commands: Commands) -> None:
    made = add_command(
        commands,
        "backup",
        cmd_backup,
        translate(
            "Cli", "Write a consistent copy of the database, also while a window works on it."
        ),
    )
    made.add_argument(
        "out",
        nargs="?",
        help=translate("Cli", "file or folder for the copy (default: your backups folder)"),
    )
    restore = add_command(
        commands,
        "restore",
        cmd_restore,
        translate(
            "Cli",
            "Put a backup in the database's place; the database it replaces is kept beside it.",
        ),
    )
    restore.add_argument("backup", help=translate("Cli", "the backup file"))
