"""`workbench team key|trust|untrust|list` and `workbench log export|import`: signed log bundles
that carry what the team did from one manager's store to another's."""

import argparse
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

from workbench.cli import watchlist_changes
from workbench.cli.common import (
    Commands,
    add_command,
    add_group,
    db_path,
    moment,
    print_json,
    writing,
)
from workbench.core import settings
from workbench.core.atomic import write_bytes_atomic
from workbench.core.errors import WorkbenchError
from workbench.core.i18n import translate
from workbench.core.interventions.log_csv import Period, log_csv
from workbench.core.store import open_store
from workbench.core.team import trust
from workbench.core.team.bundles import format as fmt
from workbench.core.team.bundles.merge import Preview
from workbench.core.team.bundles.writer import Selection
from workbench.core.team.keys import grouped, words_of
from workbench.core.team.watchlists_changes import Change
from workbench.services.team import identity, sharing
from workbench.services.team.identity import own_key


def day(value: str, *, end: bool = False) -> int:
    """A date (``2026-11-30``, local midnight; with ``end``, the midnight after it) or an ISO
    time (``2026-11-30T18:00``, local unless it names a zone) as Unix seconds."""
    try:
        if len(value) == 10:
            start = datetime.combine(date.fromisoformat(value), datetime.min.time())
            return int((start + timedelta(days=1 if end else 0)).astimezone().timestamp())
        moment_ = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return int((moment_ if moment_.tzinfo else moment_.astimezone()).timestamp())
    except ValueError:
        raise WorkbenchError(
            translate("Cli", "'{value}' is no date; write it like 2026-11-30.").format(value=value)
        ) from None


def cmd_key(args: argparse.Namespace) -> int:
    author = settings.load().author()
    key = own_key(author)
    fingerprint = key.public.fingerprint
    if args.json:
        print_json(
            {"name": author.name, "fingerprint": fingerprint, "words": words_of(fingerprint)}
        )
        return 0
    print(translate("Cli", "Your key, {name}:").format(name=author.name))
    print(f"  {grouped(fingerprint)}")
    print(f"  {words_of(fingerprint)}")
    print(
        translate(
            "Cli", 'Teammates trust it with: workbench team trust {fingerprint} --name "{name}"'
        ).format(fingerprint=fingerprint, name=author.name)
    )
    return 0


def cmd_secret(args: argparse.Namespace) -> int:
    if args.new:
        secret = identity.new_team_secret()
        identity.keep_team_secret(secret)
        print(
            translate(
                "Cli",
                "A new team secret, kept in your keyring. Give it to your teammates the way "
                "you pass on passwords; they keep it with 'workbench team secret --set':",
            )
        )
        print(f"  {secret}")
    elif args.set:
        identity.keep_team_secret(sys.stdin.readline())
        print(translate("Cli", "The team secret is kept in your keyring."))
    else:
        print(
            translate("Cli", "This laptop holds the team secret.")
            if identity.team_secret()
            else translate("Cli", "No team secret here yet (--new to make one, --set to keep one).")
        )
    return 0


def cmd_trust(args: argparse.Namespace) -> int:
    author = settings.load().author()
    with open_store(db_path(args)) as store, writing(store) as connection:
        event = trust.trust(connection, args.fingerprint, args.name, author)
    fingerprint = event.payload["fingerprint"]
    print(
        translate("Cli", "Trusted {name}'s key {fingerprint} ({words}).").format(
            name=event.payload["name"],
            fingerprint=grouped(fingerprint),
            words=words_of(fingerprint),
        )
    )
    return 0


def cmd_untrust(args: argparse.Namespace) -> int:
    author = settings.load().author()
    with open_store(db_path(args)) as store, writing(store) as connection:
        trust.untrust(connection, args.fingerprint, author)
    print(
        translate("Cli", "No longer trusted: {fingerprint}.").format(fingerprint=args.fingerprint)
    )
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_store(db_path(args)) as store, store.read() as connection:
        keys = trust.trusted(connection)
    if args.json:
        print_json(
            [
                {"name": k.name, "fingerprint": k.fingerprint, "trusted_at": k.trusted_at}
                for k in keys
            ]
        )
        return 0
    if not keys:
        print(translate("Cli", "No teammate's key is trusted yet (workbench team trust)."))
    for k in keys:
        print(
            f"{k.name}\t{grouped(k.fingerprint)}\t{words_of(k.fingerprint)}\t{moment(k.trusted_at)}"
        )
    return 0


def _export_csv(args: argparse.Namespace) -> int:
    """The interventions and observations as CSV, to OUT or (for -) to standard output."""
    if args.pseudonymize:
        raise WorkbenchError(
            translate("Cli", "The CSV holds the log as it is; share a bundle to pseudonymize.")
        )
    period = Period(
        since=None if args.since is None else day(args.since),
        until=None if args.until is None else day(args.until, end=True),
        author=args.author,
        source=args.source,
    )
    with open_store(db_path(args), create=False) as store, store.read() as connection:
        text = log_csv(connection, period)
    if args.out == "-":
        sys.stdout.write(text)
    else:
        write_bytes_atomic(Path(args.out), text.encode("utf-8-sig"))  # Excel reads it as UTF-8
        rows = text.count("\n") - 1
        print(translate("Cli", "Wrote {path}: {rows} rows.").format(path=args.out, rows=rows))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    if args.csv:
        return _export_csv(args)
    author = settings.load().author()
    out = Path(args.out)
    if out.suffix != fmt.SUFFIX:
        raise WorkbenchError(
            translate("Cli", "A log bundle's name ends in {suffix}: {path}").format(
                suffix=fmt.SUFFIX, path=out
            )
        )
    selection = Selection(
        since=None if args.since is None else day(args.since),
        until=None if args.until is None else day(args.until, end=True),
        author=args.author,
        source=args.source,
    )
    with open_store(db_path(args)) as store:
        written = sharing.share(store, out, author, selection, pseudonymize=args.pseudonymize)
    print(
        translate(
            "Cli",
            "Wrote {path}: {events} events, {members} members, {items} items, signed by "
            "{fingerprint}.",
        ).format(
            path=out,
            events=written.events,
            members=written.members,
            items=written.items,
            fingerprint=grouped(written.fingerprint),
        )
    )
    return 0


def _print_preview(seen: Preview, *, dry_run: bool, watched: tuple[Change, ...] = ()) -> None:
    signer = seen.bundle.signer
    print(
        translate(
            "Cli", "{path}: signed by {name} with the key you trust as {trusted}'s, {fingerprint}"
        ).format(
            path=seen.bundle.path.name,
            name=signer.name,
            trusted=seen.signer_name,
            fingerprint=grouped(signer.fingerprint),
        )
    )
    print(
        translate("Cli", "  events: {new} new, {known} already here").format(
            new=len(seen.new_events), known=seen.known_events
        )
    )
    for kind, number in seen.by_kind.items():
        print(f"    {kind}: {number}")
    for name, number in seen.by_author.items():
        print(translate("Cli", "    by {name}: {count}").format(name=name, count=number))
    print(
        translate("Cli", "  members: {added} new, {matched} matched").format(
            added=seen.members_added, matched=seen.members_matched
        )
    )
    print(
        translate("Cli", "  items: {added} new, {matched} matched").format(
            added=seen.items_added, matched=seen.items_matched
        )
    )
    if seen.to_erase:
        print(translate("Cli", "  teammates erased members you have here:"))
        for entry in seen.to_erase:
            print(f"    {entry.label}")
    if seen.conflicts:
        print(
            translate(
                "Cli", "  conflicts: {count} intervention(s) corrected both there and here"
            ).format(count=len(seen.conflicts))
        )
    if seen.withheld:
        print(
            translate("Cli", "  {count} member(s) it names were erased here and stay so").format(
                count=seen.withheld
            )
        )
    if watched:
        print(translate("Cli", "  in the watch lists you follow:"))
        watchlist_changes.print_changes(watched, indent="    ")
    if not seen.changes_anything:
        print(translate("Cli", "Nothing new: this store holds all of it already."))
    elif dry_run:
        print(translate("Cli", "Dry run: nothing was written."))


def _agrees_to_erase(seen: Preview, args: argparse.Namespace) -> bool:
    """Erasing is asked, not assumed: --erase, or yes on a terminal."""
    if args.erase:
        return True
    if not sys.stdin.isatty():
        return False
    _print_preview(seen, dry_run=True)
    answer = input(translate("Cli", "Erase these members' personal data here too? [y/N] "))
    return answer.strip().lower() in {"y", "yes", "j", "ja"}


def cmd_import(args: argparse.Namespace) -> int:
    author = settings.load().author()
    with open_store(db_path(args)) as store:
        seen = sharing.look_at(store, Path(args.bundle), author)
        watched = watchlist_changes.in_bundle(store, seen, author)
        erase_too = bool(seen.to_erase) and not args.dry_run and _agrees_to_erase(seen, args)
        if not args.dry_run and seen.changes_anything:
            with writing(store) as connection:
                merged = sharing.merge_into(connection, seen.bundle, author, erase_too=erase_too)
            seen = merged.preview
    if args.json:
        print_json(
            {
                **seen.to_json(),
                "written": not args.dry_run and seen.changes_anything,
                "erased": erase_too,
                "watchlists": watchlist_changes.as_json(watched),
            }
        )
    else:
        _print_preview(seen, dry_run=args.dry_run, watched=watched)
        if not args.dry_run and seen.changes_anything:
            print(translate("Cli", "Merged."))
        if seen.to_erase and not args.dry_run:
            print(
                translate("Cli", "Erased here too.")
                if erase_too
                else translate(
                    "Cli", "Not erased here (merge it again with --erase to erase them too)."
                )
            )
    return 0


def add_commands(commands: Commands) -> None:
    team = add_group(
        commands, "team", translate("Cli", "Your signing key and the teammates' keys you trust.")
    )
    key = team.add_parser(
        "key", help=translate("Cli", "Show your key's fingerprint (made the first time).")
    )
    key.add_argument("--json", action="store_true", help=translate("Cli", "print one JSON object"))
    key.set_defaults(handler=cmd_key)
    secret = team.add_parser(
        "secret", help=translate("Cli", "The team's secret for pseudonymized bundles.")
    )
    choice = secret.add_mutually_exclusive_group()
    choice.add_argument("--new", action="store_true", help=translate("Cli", "make one"))
    choice.add_argument(
        "--set", action="store_true", help=translate("Cli", "keep one read from stdin")
    )
    secret.set_defaults(handler=cmd_secret)
    trusted = add_command(team, "trust", cmd_trust, translate("Cli", "Trust a teammate's key."))
    trusted.add_argument("fingerprint")
    trusted.add_argument("--name", required=True, help=translate("Cli", "whose key it is"))
    untrusted = add_command(team, "untrust", cmd_untrust, translate("Cli", "Stop trusting a key."))
    untrusted.add_argument("fingerprint")
    listed = add_command(team, "list", cmd_list, translate("Cli", "List the keys you trust."))
    listed.add_argument(
        "--json", action="store_true", help=translate("Cli", "print one JSON object")
    )

    log = add_group(
        commands, "log", translate("Cli", "Share what you did with your team, as signed bundles.")
    )
    exported = add_command(
        log, "export", cmd_export, translate("Cli", "Write a signed log bundle.")
    )
    exported.add_argument(
        "--since", metavar="DATE", help=translate("Cli", "events from this day on")
    )
    exported.add_argument("--until", metavar="DATE", help=translate("Cli", "events up to this day"))
    exported.add_argument("--author", metavar="NAME", help=translate("Cli", "one manager's events"))
    exported.add_argument(
        "--source", metavar="NAME", help=translate("Cli", "events about one source")
    )
    exported.add_argument(
        "--pseudonymize",
        action="store_true",
        help=translate("Cli", "names and texts as keyed hashes"),
    )
    exported.add_argument(
        "--csv",
        action="store_true",
        help=translate("Cli", "interventions and observations as CSV instead (OUT.csv, or -)"),
    )
    exported.add_argument("out", metavar="OUT.wblog")
    imported = add_command(
        log, "import", cmd_import, translate("Cli", "Merge a teammate's bundle.")
    )
    imported.add_argument(
        "--dry-run", action="store_true", help=translate("Cli", "only show what it would change")
    )
    imported.add_argument(
        "--json", action="store_true", help=translate("Cli", "print one JSON object")
    )
    imported.add_argument(
        "--erase",
        action="store_true",
        help=translate("Cli", "erase here too the members your teammates erased"),
    )
    imported.add_argument("bundle", metavar="BUNDLE")
