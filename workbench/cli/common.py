"""What every command group of the CLI shares: the database it works on, how it prints JSON,
how durations are written, and how a command joins the parser."""

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, TypeAlias

import orjson
from PySide6.QtCore import QLocale

from workbench.core import paths, settings
from workbench.core.errors import StoreError, WorkbenchError
from workbench.core.i18n import translate
from workbench.core.text import INVISIBLE
from workbench.ui import local_time

if TYPE_CHECKING:
    from workbench.core.store import Connection, Store

    Commands: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]
else:  # generic only to the type checker
    Commands = argparse._SubParsersAction
"""What ``add_subparsers`` returns: the place a command group adds its commands to."""

Handler: TypeAlias = Callable[[argparse.Namespace], int]
"""A command's body: the parsed arguments in, the exit status out."""


def db_path(args: argparse.Namespace) -> Path | str:
    """The database the command works on: ``--db`` (a file, or a team store's URL whose
    password the keyring keeps), else the one in the manager's data folder."""
    # Here, not at the top: the store's package imports SQLAlchemy and SQLModel, which the
    # window's start imports before Qt (cli.gui says why), and `workbench --version` never.
    from workbench.core.store.postgres import is_url

    location = getattr(args, "db", None)
    if location and is_url(location):
        from workbench.cli.team_store import keyring_password
        from workbench.core.store.postgres import engine

        engine.take_passwords_from(keyring_password)
        from workbench.services.team import signing

        signing.sign_with_keyring()  # each manager's events in a team store carry their key
        return str(location)
    if location:
        return Path(location)
    return paths.default_db_path(settings.load().store_folder())


def db_file(args: argparse.Namespace) -> Path:
    """The laptop store's file the command works on (backups, restores): a team store's URL is
    refused, as its server keeps and backs up its data."""
    location = db_path(args)
    if isinstance(location, str):
        raise WorkbenchError(
            translate(
                "Cli", "A team store is backed up by its server (pg_dump), not by the workbench."
            )
        )
    return location


WAIT_STEP_SECONDS = 0.5
"""How long one try for the write lock waits. Between tries Python runs, so Ctrl+C stops the
wait at once (SQLite's own wait for a lock cannot be interrupted)."""


@contextmanager
def writing(store: "Store") -> Iterator["Connection"]:
    """A write transaction that waits for the write lock as long as it takes: an import or the
    window may hold it for minutes, and a command should carry on after them rather than fail
    after a few seconds. It says once on stderr what it waits for; Ctrl+C stops it."""
    if store.dialect != "sqlite":
        with store.write() as connection:
            yield connection
        return
    said = False
    while True:
        began = False
        try:
            with store.write(wait_seconds=WAIT_STEP_SECONDS) as connection:
                began = True
                yield connection
            return
        except StoreError as exc:
            if began or not _busy(exc):
                raise
        if not said:
            waiting = translate(
                "Cli",
                "waiting for {path} (an import or the window is writing)… Ctrl+C stops.",
            )
            print("workbench: " + waiting.format(path=store.path), file=sys.stderr, flush=True)
            said = True


def _busy(problem: StoreError) -> bool:
    """Whether the store could not be written because another writer held it."""
    cause = problem.__cause__
    text = str(getattr(cause, "orig", None) or cause or "").lower()
    return "locked" in text or "busy" in text


def print_json(value: object) -> None:
    """Indented JSON on stdout, for scripts."""
    sys.stdout.write(orjson.dumps(value, option=orjson.OPT_INDENT_2).decode() + "\n")


class Cli:
    """The CLI's translation context. A text with a plural goes through ``Cli.tr(text, "", n)``:
    pyside6-lupdate reads plural forms from ``tr`` calls only, and names the context after
    what comes before ``.tr``."""

    @staticmethod
    def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
        return translate("Cli", text, disambiguation or None, n)


def count(value: int) -> str:
    """A number as the reader's language writes it: "1,234" in English, "1.234" in German."""
    return local_time.number(value)


def share(value: float) -> str:
    """A fraction as a whole percentage in the reader's language ("42%")."""
    return QLocale().toString(round(value * 100)) + QLocale().percent()


def signed(value: float) -> str:
    """A change with its sign and one decimal ("+1.5", German "+1,5")."""
    return ("+" if value >= 0 else "") + QLocale().toString(value, "f", 1)


def moment(unix: int | None) -> str:
    """A time in the reader's zone and language, to the minute ("-" for none), as the window
    writes it."""
    return "-" if unix is None else local_time.shown(unix)


def duration(value: str) -> int:
    """ "7d", "36h" or "90m" as seconds."""
    units = {"d": 86_400, "h": 3_600, "m": 60}
    if len(value) < 2 or value[-1] not in units or not value[:-1].isdigit():
        raise WorkbenchError(
            translate("Cli", "'{value}' is no duration; write it like 7d, 36h or 90m.").format(
                value=value
            )
        )
    return int(value[:-1]) * units[value[-1]]


def add_command(
    commands: Commands, name: str, handler: Handler, text: str, *, describe: bool = True
) -> argparse.ArgumentParser:
    """A command that runs ``handler`` on the database given by its own ``--db`` or the main one.

    ``text`` is its line in the list of commands and, if ``describe``, the head of its --help.
    """
    parser = commands.add_parser(name, help=text, description=text if describe else None)
    parser.add_argument(
        "--db", metavar="PATH", default=argparse.SUPPRESS, help=translate("Cli", "database file")
    )
    parser.set_defaults(handler=handler)
    return parser


def add_group(commands: Commands, name: str, text: str) -> Commands:
    """A command whose subcommands do the work, such as ``workbench member show``."""
    group = commands.add_parser(name, help=text)
    title = translate("Cli", "{name} commands").format(name=name)
    return group.add_subparsers(title=title, metavar="COMMAND", required=True)


def _escapes() -> dict[int, str]:
    """Control characters (but line breaks and tabs), C1 controls, line and paragraph
    separators, and the characters that hide or reorder text (``text.INVISIBLE``), each as its
    Python escape: ESC ] 0 ; … BEL in a post must not retitle the terminal, ESC [ 2 J must not
    clear it."""
    codes = [*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F, *range(0x80, 0xA0)]
    codes += [0x2028, 0x2029, *INVISIBLE]
    # C0 controls read best as \x1b; the rest as \u0085, which also keeps JSON output valid
    # (JSON writes C0 controls escaped itself, but DEL, C1 and the marks as they are).
    return {code: f"\\x{code:02x}" if code < 0x20 else f"\\u{code:04x}" for code in codes}


ESCAPES = _escapes()


def escaped(text: str) -> str:
    """``text`` as a terminal may show it: every control character written out."""
    return text.translate(ESCAPES)


class EscapedOutput:
    """A text stream that writes everything through ``escaped``: what the CLI prints comes from
    untrusted posts and names, so nothing printed may reach the terminal as a control."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(escaped(text))

    def flush(self) -> None:
        self._stream.flush()

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)
