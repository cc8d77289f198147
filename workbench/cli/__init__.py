"""The command line: the same core as the window, for scripts, tests and quick looks.

``workbench`` with no command opens the window; ``workbench --demo`` opens it on the demo
community. User mistakes print one line to stderr and exit with status 1, never a traceback.

Each command group is a module with ``add_commands``; what they share is in ``common``.
"""

import argparse
import importlib
import sys
from collections.abc import Sequence

from workbench import __version__
from workbench.cli import gui
from workbench.core import settings
from workbench.core.errors import WorkbenchError
from workbench.core.i18n import translate

GROUPS = (
    "store",
    "backups",
    "imports",
    "queue",
    "interventions",
    "members",
    "incidents",
    "vocabulary",
    "identity",
    "accounts",
    "team",
    "team_store",
    "watchlists",
)
"""The command groups, modules of workbench.cli, in the order the help lists them."""
COMMANDS = {
    "demo": "store",
    "formats": "store",
    "info": "store",
    "backup": "backups",
    "restore": "backups",
    "import": "imports",
    "decide": "queue",
    "queue": "queue",
    "undo": "queue",
    "correct": "interventions",
    "followups": "interventions",
    "intervene": "interventions",
    "ladder": "interventions",
    "observe": "interventions",
    "report": "interventions",
    "member": "members",
    "incident": "incidents",
    "vocabulary": "vocabulary",
    "whoami": "identity",
    "account": "accounts",
    "pushes": "accounts",
    "sync": "accounts",
    "log": "team",
    "team": "team",
    "team-store": "team_store",
    "watchlist": "watchlists",
}
"""Which group adds each command: a command builds the parser of its own group only, since
the others' modules cost a command time and memory for nothing (`workbench import`: 0.15 s
and 15 MB). A test holds this to what the groups add."""


def command_of(argv: Sequence[str]) -> str | None:
    """The command ``argv`` names, past the options before it; None where it names none the
    groups know (help, a mistake), which the whole parser then says."""
    rest = iter(argv)
    for argument in rest:
        if argument == "--db":
            next(rest, None)
        elif argument.startswith("--db="):
            continue
        else:
            return argument if argument in COMMANDS else None
    return None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or of ``command``'s group alone."""
    groups = GROUPS if command is None else (COMMANDS[command],)
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
    for name in groups:
        importlib.import_module(f"workbench.cli.{name}").add_commands(commands)
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

    arguments = sys.argv[1:] if argv is None else list(argv)
    command = command_of(arguments)
    if command is not None:
        # The store's libraries before the translators' QtCore, whose import hook reads the
        # source of every module imported after it: 10 MB and a tenth of a second.
        import workbench.core.store  # noqa: F401
    speak_the_language()
    args = build_parser(command).parse_args(arguments)
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
