"""`workbench info`, `demo` and `formats`: the database and what can go into it."""

import argparse
from pathlib import Path

from workbench.cli.common import Commands, add_command, count, db_path, print_json
from workbench.core import clock, paths, settings
from workbench.core.i18n import translate
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
    print(translate("Cli", "Database:  {path}").format(path=info.path))
    schema = translate("Cli", "Schema:    {revision} (this version's newest: {head})")
    print(schema.format(revision=info.revision, head=info.head))
    width = max(len(name) for name in info.counts)
    for name, rows in info.counts.items():
        print(f"  {name:<{width}}  {count(rows):>9}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    if getattr(args, "db", None):
        path = Path(args.db)
    else:
        path = paths.demo_db_path(settings.load().store_folder())
    summary = demo.create_demo_database(path, now=clock.now())
    wrote = translate(
        "Cli",
        "Wrote the demo community to {path}: {members} members, {items} items, {queued} in "
        "the queue.",
    )
    print(
        wrote.format(
            path=path,
            members=count(summary.members_added),
            items=count(summary.items_added),
            queued=count(summary.queued),
        )
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
        detected = translate("Cli", "detected by: {how}").format(how=connector.detection)
        print(f"{'':<{width}}  {detected}")
    return 0


def add_commands(commands: Commands) -> None:
    info = add_command(
        commands,
        "info",
        cmd_info,
        translate("Cli", "Show the database path, schema revision and row counts."),
    )
    info.add_argument("--json", action="store_true", help=translate("Cli", "print one JSON object"))
    add_command(
        commands,
        "demo",
        cmd_demo,
        translate("Cli", "Write the demo community into a new database, without a window."),
    )
    formats = add_command(
        commands,
        "formats",
        cmd_formats,
        translate("Cli", "List the export formats and how each is detected."),
    )
    formats.add_argument(
        "--json", action="store_true", help=translate("Cli", "print one JSON array")
    )
