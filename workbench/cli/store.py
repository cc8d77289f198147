"""`workbench info`, `demo` and `formats`: the database and what can go into it."""

import argparse
from pathlib import Path

from workbench.cli.common import Commands, add_command, db_path, print_json
from workbench.core import clock, paths, settings
from workbench.core.store import open_store
from workbench.services import demo


def cmd_info(args: argparse.Namespace) -> int:
    path = db_path(args)
    with open_store(path, create=False) as store:
        info = store.info()
    if args.json:
        print_json(
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
    if getattr(args, "db", None):
        path = Path(args.db)
    else:
        path = paths.demo_db_path(settings.load().store_folder())
    summary = demo.create_demo_database(path, now=clock.now())
    print(
        f"Wrote the demo community to {path}: {summary.members_added} members, "
        f"{summary.items_added} items, {summary.queued} in the queue."
    )
    return 0


def cmd_formats(args: argparse.Namespace) -> int:
    from workbench.connectors.registry import CONNECTORS

    if args.json:
        print_json(
            [
                {"name": c.name, "label": c.label, "network": c.network, "detection": c.detection}
                for c in CONNECTORS
            ]
        )
        return 0
    width = max(len(c.name) for c in CONNECTORS)
    for connector in CONNECTORS:
        print(f"{connector.name:<{width}}  {connector.label}")
        print(f"{'':<{width}}  detected by: {connector.detection}")
    return 0


def add_commands(commands: Commands) -> None:
    info = add_command(
        commands, "info", cmd_info, "Show the database path, schema revision and row counts."
    )
    info.add_argument("--json", action="store_true", help="print one JSON object")
    add_command(
        commands,
        "demo",
        cmd_demo,
        "Write the demo community into a new database, without a window.",
    )
    formats = add_command(
        commands, "formats", cmd_formats, "List the export formats and how each is detected."
    )
    formats.add_argument("--json", action="store_true", help="print one JSON array")
