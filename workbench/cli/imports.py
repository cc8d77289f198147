"""`workbench import`: export files, folders and zip archives into the database."""

import argparse
from pathlib import Path

from workbench.cli.common import Commands, add_command, db_path, print_json
from workbench.core import paths
from workbench.core.errors import WorkbenchError
from workbench.core.store import open_store


def _column_map(values: list[str]) -> tuple[tuple[str, str], ...]:
    """``--map body=text,author=user`` (repeatable) as (field, column) pairs."""
    pairs = []
    for value in values:
        for part in filter(None, (p.strip() for p in value.split(","))):
            field, sep, column = part.partition("=")
            if not sep or not field.strip() or not column.strip():
                raise WorkbenchError(f"--map takes FIELD=COLUMN pairs, got '{part}'.")
            pairs.append((field.strip(), column.strip()))
    return tuple(pairs)


def cmd_import(args: argparse.Namespace) -> int:
    from workbench.core.records import ImportOptions
    from workbench.services import importer

    planned = importer.plan([Path(p) for p in args.paths], format=args.format, source=args.source)
    options = ImportOptions(
        keep_emails=args.keep_emails, keep_ips=args.keep_ips, column_map=_column_map(args.map)
    )
    path = db_path(args)
    paths.private_folder(path.parent)
    with open_store(path) as store:
        result = importer.run(store, planned, skip_bad=args.skip_bad, options=options)
    summary = result.summary
    if args.json:
        print_json(
            {
                "files": [
                    {"path": str(p.path), "format": p.connector.name, "source": p.source_name}
                    for p in result.files
                ],
                **summary.to_json(),
                "seconds": round(result.seconds, 3),
            }
        )
        return 0
    for entry in result.files:
        print(f"{entry.path}: {entry.connector.label} → source '{entry.source_name}'")
    print(
        f"Members: {summary.members_added} added, {summary.members_updated} updated. "
        f"Items: {summary.items_added} added, {summary.items_updated} updated, "
        f"{summary.items_unchanged} unchanged. Queue: {summary.queued} new entries."
    )
    if summary.skipped:
        print(f"Skipped {len(summary.skipped)} bad record(s):")
        for where in summary.skipped[:20]:
            print(f"  {where}")
        if len(summary.skipped) > 20:
            print(f"  … and {len(summary.skipped) - 20} more")
    return 0


def add_commands(commands: Commands) -> None:
    imports = add_command(
        commands, "import", cmd_import, "Import export files, folders or zip archives."
    )
    imports.add_argument("paths", nargs="+", metavar="PATH", help="files, folders or zip archives")
    imports.add_argument(
        "--format", metavar="NAME", help="skip detection (see 'workbench formats')"
    )
    imports.add_argument("--source", metavar="NAME", help="name of the source to import into")
    imports.add_argument(
        "--skip-bad", action="store_true", help="skip records that cannot be read, and list them"
    )
    imports.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    imports.add_argument(
        "--keep-emails", action="store_true", help="keep e-mail addresses, not only their hash"
    )
    imports.add_argument("--keep-ips", action="store_true", help="keep IP addresses in raw data")
    imports.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN,…",
        help="for CSV files: which column holds which field (see 'workbench formats')",
    )
