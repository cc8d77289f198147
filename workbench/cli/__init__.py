"""The command line: the same core as the window, for scripts, tests and quick looks.

``workbench`` with no command opens the window; ``workbench --demo`` opens it on the demo
community. User mistakes print one line to stderr and exit with status 1, never a traceback.

Each command group is a module with ``add_commands``; what they share is in ``common``.
"""

import argparse
import sys
from collections.abc import Sequence

from workbench import __version__
from workbench.cli import gui
from workbench.core import settings
from workbench.core.errors import WorkbenchError
from workbench.core.i18n import translate


def build_parser() -> argparse.ArgumentParser:
    # The command groups are imported here, not with the package: the window's start (main's
    # first lines) needs none of them.
    from workbench.cli import (
        accounts,
        backups,
        identity,
        imports,
        incidents,
        interventions,
        members,
        queue,
        store,
        team,
        team_store,
        vocabulary,
        watchlists,
    )

    parser = argparse.ArgumentParser(
        prog="workbench",
        description=translate("Cli", "Community Workbench: moderation for community managers."),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help=translate("Cli", "database file (default: in your data folder)"),
    )
    gui.add_options(parser)
    commands = parser.add_subparsers(title=translate("Cli", "commands"), metavar="COMMAND")
    # In the order `workbench --help` lists them.
    for group in (
        store,
        backups,
        imports,
        queue,
        interventions,
        members,
        incidents,
        vocabulary,
        identity,
        accounts,
        team,
        team_store,
        watchlists,
    ):
        group.add_commands(commands)
    return parser


def speak_the_language() -> None:
    """Messages in the settings' language or the system's, numbers and dates formatted in it,
    times in the settings' time zone. Qt's translators need QtCore only, which loads in about
    a tenth of a second."""
    from workbench.ui import preferences
    from workbench.ui.translations import install_without_application

    try:
        chosen = settings.load()
    except WorkbenchError:
        chosen = settings.Settings()  # the command that needs them says what is wrong
    preferences.use(chosen)
    install_without_application(chosen.language)


def main(argv: Sequence[str] | None = None) -> int:
    window = gui.window_only(sys.argv[1:] if argv is None else argv)
    if window is not None:
        return gui.cmd_gui(window)
    # common (and Qt's QtCore with it) only now: the window's start imports the store's
    # libraries before Qt (cli.gui says why).
    from workbench.cli.common import EscapedOutput

    speak_the_language()
    parser = build_parser()
    args = parser.parse_args(argv)
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = EscapedOutput(stdout), EscapedOutput(stderr)
    try:
        return int(args.handler(args))
    except WorkbenchError as exc:
        print(f"workbench: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("workbench: " + translate("Cli", "interrupted"), file=sys.stderr)
        return 130
    finally:
        sys.stdout, sys.stderr = stdout, stderr
