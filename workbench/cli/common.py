"""What every command group of the CLI shares: the database it works on, how it prints JSON,
how durations are written, and how a command joins the parser."""

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

import orjson

from workbench.core import paths
from workbench.core.errors import WorkbenchError

if TYPE_CHECKING:
    Commands: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]
else:  # generic only to the type checker
    Commands = argparse._SubParsersAction
"""What ``add_subparsers`` returns: the place a command group adds its commands to."""

Handler: TypeAlias = Callable[[argparse.Namespace], int]
"""A command's body: the parsed arguments in, the exit status out."""


def db_path(args: argparse.Namespace) -> Path:
    """The database the command works on: ``--db``, else the one in the user's data folder."""
    return Path(args.db) if getattr(args, "db", None) else paths.default_db_path()


def print_json(value: object) -> None:
    """Indented JSON on stdout, for scripts."""
    sys.stdout.write(orjson.dumps(value, option=orjson.OPT_INDENT_2).decode() + "\n")


def duration(value: str) -> int:
    """ "7d", "36h" or "90m" as seconds."""
    units = {"d": 86_400, "h": 3_600, "m": 60}
    if len(value) < 2 or value[-1] not in units or not value[:-1].isdigit():
        raise WorkbenchError(f"'{value}' is no duration; write it like 7d, 36h or 90m.")
    return int(value[:-1]) * units[value[-1]]


def add_command(
    commands: Commands, name: str, handler: Handler, text: str, *, describe: bool = True
) -> argparse.ArgumentParser:
    """A command that runs ``handler`` on the database given by its own ``--db`` or the main one.

    ``text`` is its line in the list of commands and, if ``describe``, the head of its --help.
    """
    parser = commands.add_parser(name, help=text, description=text if describe else None)
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="database file")
    parser.set_defaults(handler=handler)
    return parser


def add_group(commands: Commands, name: str, text: str) -> Commands:
    """A command whose subcommands do the work, such as ``workbench member show``."""
    group = commands.add_parser(name, help=text)
    return group.add_subparsers(title=f"{name} commands", metavar="COMMAND", required=True)
