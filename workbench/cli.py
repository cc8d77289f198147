"""The command line: the same core as the window, for scripts, tests and quick looks.

``workbench`` with no command opens the window; ``workbench --demo`` opens it on the demo
community. User mistakes print one line to stderr and exit with status 1, never a traceback.
"""

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import orjson

from workbench import __version__
from workbench.core import clock, demo, paths, settings
from workbench.core.errors import WorkbenchError
from workbench.core.store import open_store


def _db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if getattr(args, "db", None) else paths.default_db_path()


def _print_json(value: object) -> None:
    sys.stdout.write(orjson.dumps(value, option=orjson.OPT_INDENT_2).decode() + "\n")


def cmd_info(args: argparse.Namespace) -> int:
    path = _db_path(args)
    with open_store(path, create=False) as store:
        info = store.info()
    if args.json:
        _print_json(
            {
                "path": str(info.path),
                "schema_revision": info.revision,
                "schema_head": info.head,
                "counts": info.counts,
            }
        )
        return 0
    print(f"Database:  {info.path}")
    print(f"Schema:    {info.revision} (this version's newest: {info.head})")
    width = max(len(name) for name in info.counts)
    for name, count in info.counts.items():
        print(f"  {name:<{width}}  {count:>9,}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    path = Path(args.db) if getattr(args, "db", None) else paths.demo_db_path()
    summary = demo.create_demo_database(path, now=clock.now())
    print(
        f"Wrote the demo community to {path}: {summary.members_added} members, "
        f"{summary.items_added} items, {summary.queued} in the queue."
    )
    return 0


def cmd_whoami(args: argparse.Namespace) -> int:
    current = settings.load()
    if args.name:
        current = current.with_identity(args.name)
        settings.save(current)
    if not current.has_identity:
        print("No manager name is set yet; set it with 'workbench whoami NAME'.")
        return 1
    print(current.manager_name)
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from workbench.ui.app import run

    return run(db_path=Path(args.db) if args.db else None, demo=args.demo)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workbench", description="Community Workbench: moderation for community managers."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="PATH", help="database file (default: in your data folder)")
    parser.add_argument("--demo", action="store_true", help="open the window on the demo community")
    parser.set_defaults(handler=cmd_gui)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(
        name: str, handler: Callable[[argparse.Namespace], int], text: str
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=text, description=text)
        sub.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="database file")
        sub.set_defaults(handler=handler)
        return sub

    info = command("info", cmd_info, "Show the database path, schema revision and row counts.")
    info.add_argument("--json", action="store_true", help="print one JSON object")
    command("demo", cmd_demo, "Write the demo community into a new database, without a window.")
    whoami = command("whoami", cmd_whoami, "Show or set your name, the author of your events.")
    whoami.add_argument("name", nargs="?", help="your display name, as your team sees it")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args))
    except WorkbenchError as exc:
        print(f"workbench: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("workbench: interrupted", file=sys.stderr)
        return 130
