"""The command line: the same core as the window, for scripts, tests and quick looks.

``workbench`` with no command opens the window; ``workbench --demo`` opens it on the demo
community. User mistakes print one line to stderr and exit with status 1, never a traceback.

Each command group is a module with ``add_commands``; what they share is in ``common``.
"""

import argparse
import sys
from collections.abc import Sequence

from workbench import __version__
from workbench.cli import (
    accounts,
    backups,
    gui,
    identity,
    imports,
    incidents,
    interventions,
    members,
    queue,
    store,
    vocabulary,
)
from workbench.cli.common import EscapedOutput
from workbench.core.errors import WorkbenchError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workbench", description="Community Workbench: moderation for community managers."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="PATH", help="database file (default: in your data folder)")
    gui.add_options(parser)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
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
    ):
        group.add_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
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
        print("workbench: interrupted", file=sys.stderr)
        return 130
    finally:
        sys.stdout, sys.stderr = stdout, stderr
