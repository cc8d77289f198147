"""`workbench import`: export files, folders and zip archives into the database."""

import argparse
from pathlib import Path

from workbench.cli.common import Cli, Commands, add_command, count, db_path, print_json
from workbench.core import paths
from workbench.core.errors import WorkbenchError
from workbench.core.i18n import translate
from workbench.core.store import open_store


def _column_map(values: list[str]) -> tuple[tuple[str, str], ...]:
    """``--map body=text,author=user`` (repeatable) as (field, column) pairs."""
    pairs = []
    for value in values:
        for part in filter(None, (p.strip() for p in value.split(","))):
            field, sep, column = part.partition("=")
            if not sep or not field.strip() or not column.strip():
                taken = translate("Cli", "--map takes FIELD=COLUMN pairs, got '{part}'.")
                raise WorkbenchError(taken.format(part=part))
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
    if isinstance(path, Path):
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
        into = translate("Cli", "{path}: {format} → source '{source}'")
        print(into.format(path=entry.path, format=entry.connector.label, source=entry.source_name))
    said = translate(
        "Cli",
        "Members: {members_added} added, {members_updated} updated. Items: {items_added} added, "
        "{items_updated} updated, {items_unchanged} unchanged. Queue: {queued} new entries.",
    )
    print(
        said.format(
            members_added=count(summary.members_added),
            members_updated=count(summary.members_updated),
            items_added=count(summary.items_added),
            items_updated=count(summary.items_updated),
            items_unchanged=count(summary.items_unchanged),
            queued=count(summary.queued),
        )
    )
    if summary.skipped:
        print(Cli.tr("Skipped %n bad record(s):", "", len(summary.skipped)))
        for where in summary.skipped[:20]:
            print(f"  {where}")
        if len(summary.skipped) > 20:
            print("  " + Cli.tr("… and %n more", "", len(summary.skipped) - 20))
    return 0


def add_commands(commands: Commands) -> None:
    imports = add_command(
        commands,
        "import",
        cmd_import,
        translate("Cli", "Import export files, folders or zip archives."),
    )
    imports.add_argument(
        "paths", nargs="+", metavar="PATH", help=translate("Cli", "files, folders or zip archives")
    )
    imports.add_argument(
        "--format",
        metavar="NAME",
        help=translate("Cli", "skip detection (see 'workbench formats')"),
    )
    imports.add_argument(
        "--source", metavar="NAME", help=translate("Cli", "name of the source to import into")
    )
    imports.add_argument(
        "--skip-bad",
        action="store_true",
        help=translate("Cli", "skip records that cannot be read, and list them"),
    )
    imports.add_argument(
        "--json", action="store_true", help=translate("Cli", "print the summary as one JSON object")
    )
    imports.add_argument(
        "--keep-emails",
        action="store_true",
        help=translate("Cli", "keep e-mail addresses, not only their hash"),
    )
    imports.add_argument(
        "--keep-ips", action="store_true", help=translate("Cli", "keep IP addresses in raw data")
    )
    imports.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN,…",
        help=translate(
            "Cli", "for CSV files: which column holds which field (see 'workbench formats')"
        ),
    )
