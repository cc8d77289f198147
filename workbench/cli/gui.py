"""`workbench` with no command, or `workbench --demo`: the window.

Qt is imported only when the window opens, so that the other commands start fast and run
where there is no display.
"""

import argparse
from pathlib import Path

from workbench.core.i18n import translate


def cmd_gui(args: argparse.Namespace) -> int:
    from workbench.ui.app import run

    return run(db_path=Path(args.db) if args.db else None, demo=args.demo)


def add_options(parser: argparse.ArgumentParser) -> None:
    """Make the window what the main parser runs when no command is given."""
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate("Cli", "open the window on the demo community"),
    )
    parser.set_defaults(handler=cmd_gui)
