"""`workbench` with no command, or `workbench --demo`: the window.

Qt is imported only when the window opens, so that the other commands start fast and run
where there is no display.
"""

import argparse
import gc
from collections.abc import Sequence
from pathlib import Path

from workbench.core.i18n import translate


def cmd_gui(args: argparse.Namespace) -> int:
    # No garbage collection while the window starts: each full pass walks every object the
    # imports made, and took a fifth of a second of the start. app.run resumes it once the
    # window is shown.
    gc.disable()
    # The store's libraries (SQLAlchemy, SQLModel, pydantic) and asyncio before Qt: PySide6
    # reads the source of every module imported after it (looking for `from __feature__`),
    # a tenth of a second for these.
    import asyncio  # noqa: F401

    import workbench.core.store  # noqa: F401
    from workbench.core.store.postgres import is_url
    from workbench.ui.app import run

    # A team store's URL stays as it is (its password comes from the keyring, never from it).
    location = (args.db if is_url(args.db) else Path(args.db)) if args.db else None
    return run(db_path=location, demo=args.demo)


def window_only(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments of a start of the window (nothing but --db and --demo), read without the
    parser of every command: building that imports every command's modules, which the window
    would wait for. None for anything else (a command, --help, --version, a mistake)."""
    parser = argparse.ArgumentParser(add_help=False, allow_abbrev=False, exit_on_error=False)
    parser.add_argument("--db")
    parser.add_argument("--demo", action="store_true")
    try:
        args, rest = parser.parse_known_args(argv)
    except argparse.ArgumentError:
        return None
    return None if rest else args


def add_options(parser: argparse.ArgumentParser) -> None:
    """Make the window what the main parser runs when no command is given."""
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate("Cli", "open the window on the demo community"),
    )
    parser.set_defaults(handler=cmd_gui)
