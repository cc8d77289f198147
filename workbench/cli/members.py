"""`workbench member …`: a member's profile, notes, erasure and imported ratings."""

import argparse
from pathlib import Path
from typing import Any

from workbench.cli.common import (
    Cli,
    Commands,
    Handler,
    add_command,
    add_group,
    count,
    db_path,
    duration,
    moment,
    print_json,
    share,
    writing,
)
from workbench.core import clock, settings
from workbench.core.errors import WorkbenchError
from workbench.core.i18n import translate
from workbench.core.store import open_store
from workbench.core.team import vocabulary


def note_type_help() -> str:
    """The note types to choose from, in --help (translated once the language is chosen)."""
    names = ", ".join(t.name for t in vocabulary.NOTE_TYPES)
    return translate("Cli", "{types}, or one the team added").format(types=names)


def cmd_member_show(args: argparse.Namespace) -> int:
    from workbench.core.interventions import enforcement
    from workbench.core.members import profile
    from workbench.core.queue import items

    with open_store(db_path(args), create=False) as store, store.read() as connection:
        member_id = profile.find_member(connection, args.member)
        card = items.member_card(connection, member_id)
        entries = profile.timeline(connection, member_id, limit=args.limit)
        rated = profile.ratings(connection, member_id)
        partners = profile.partners(connection, member_id)
        advice = enforcement.recommend(connection, member_id, clock.now())
    shown: dict[str, Any] = {
        "id": card.member_id,
        "network": card.network,
        "handle": card.handle,
        "display_name": card.display_name,
        "status": card.status,
        "items": card.item_count,
        "first_seen": card.first_seen_at and clock.to_iso(card.first_seen_at),
        "last_seen": card.last_seen_at and clock.to_iso(card.last_seen_at),
        "tags": card.tags,
        "ratings": {
            d: {"latest": h[0][0], "history": [v for v, _, _ in h]} for d, h in rated.items()
        },
        "talks_with": [
            {
                "handle": p.handle,
                "replies_to_them": p.replies_to_them,
                "replies_from_them": p.replies_from_them,
            }
            for p in partners
        ],
        "strikes": [
            {"kind": s.kind, "at": clock.to_iso(s.at), "expires": clock.to_iso(s.expires_at)}
            for s in advice.strikes
        ],
        "next_step": advice.next_kind,
        "after_each_kind": {
            e.kind: {"cases": e.cases, "clean_share": e.clean_share} for e in advice.evidence
        },
        "timeline": [
            {"time": clock.to_iso(e.at), "kind": e.kind, "summary": e.summary, "by": e.author}
            for e in entries
        ],
    }
    if args.json:
        print_json(shown)
        return 0
    if card.status == "memorialized":
        print(translate("Cli", "This member has died; their profile is kept in memory."))
    print(f"{card.display_name or card.handle} ({card.network}:{card.handle}), {card.status}")
    seen_line = Cli.tr("%n item(s), first seen {first}, last seen {last}", "", card.item_count)
    print("  " + seen_line.format(first=moment(card.first_seen_at), last=moment(card.last_seen_at)))
    if card.tags:
        print("  " + translate("Cli", "tags: {tags}").format(tags=", ".join(card.tags)))
    for dimension, history in rated.items():
        rating = translate("Cli", "{dimension}: {latest} (history {history})")
        earlier = [v for v, _, _ in history]
        print("  " + rating.format(dimension=dimension, latest=history[0][0], history=earlier))
    for partner in partners:
        talks = translate("Cli", "talks with {handle}: {to_them} replies to, {from_them} from")
        print(
            "  "
            + talks.format(
                handle=partner.handle,
                to_them=count(partner.replies_to_them),
                from_them=count(partner.replies_from_them),
            )
        )
    strikes = Cli.tr("%n active strike(s); the ladder's next step: {kind}", "", len(advice.strikes))
    print("  " + strikes.format(kind=advice.next_kind))
    for seen in advice.evidence:
        after = (
            translate(
                "Cli",
                "after a {kind}, {share} of {cases} (members with as many strikes) had no flagged "
                "item within {days} days",
            )
            if advice.similar
            else translate(
                "Cli",
                "after a {kind}, {share} of {cases} (all members) had no flagged item within "
                "{days} days",
            )
        )
        print(
            "    "
            + after.format(
                kind=seen.kind,
                share=share(seen.clean_share),
                cases=count(seen.cases),
                days=enforcement.CLEAN_DAYS,
            )
        )
    for entry in entries:
        by = f" [{entry.author}]" if entry.author else ""
        print(f"  {moment(entry.at)}  {entry.kind:<12} {entry.summary}{by}")
    return 0


def cmd_member_note(args: argparse.Namespace) -> int:
    from workbench.core.members import profile, roster

    author = settings.load().author()
    with open_store(db_path(args), create=False) as store, writing(store) as connection:
        member_id = profile.find_member(connection, args.member)
        expires_at = None if args.expires is None else clock.now() + duration(args.expires)
        roster.add_note(connection, member_id, args.type, args.text, author, expires_at=expires_at)
    print(translate("Cli", "Note saved."))
    return 0


def cmd_member_erase(args: argparse.Namespace) -> int:
    from workbench.core.members import erase, profile
    from workbench.core.queue import items

    author = settings.load().author()
    with open_store(db_path(args), create=False) as store:
        with store.read() as connection:
            member_id = profile.find_member(connection, args.member)
            handle = items.member_card(connection, member_id).handle
            named = erase.mentions(connection, member_id)
        if args.confirm != handle:
            others = (
                " "
                + translate(
                    "Cli",
                    "Others name them in {items} post(s) and {texts} of your team's texts; add "
                    "--redact-mentions to replace the name there too.",
                ).format(items=count(named.items), texts=count(named.team_texts))
                if named
                else ""
            )
            erasing = translate(
                "Cli",
                "Erasing {handle} removes their personal data for good.{others} To confirm, run "
                "it again with --confirm {handle}.",
            )
            raise WorkbenchError(erasing.format(handle=handle, others=others))
        with writing(store) as connection:
            erase.erase_member(connection, member_id, author, redact_mentions=args.redact_mentions)
        complete = store.checkpoint()
    erased = translate("Cli", "Erased {handle}; an anonymous placeholder keeps the log consistent.")
    print(erased.format(handle=handle))
    if named:
        said = (
            translate(
                "Cli",
                "Their name was replaced in {items} post(s) by others and {texts} of your team's "
                "texts.",
            )
            if args.redact_mentions
            else translate(
                "Cli",
                "Left as they are: the mentions in {items} post(s) by others and {texts} of your "
                "team's texts.",
            )
        )
        print(said.format(items=count(named.items), texts=count(named.team_texts)))
    if store.dialect != "sqlite":
        print(
            translate(
                "Cli",
                "The team store's server vacuumed the rows, but old copies stay in its files "
                "until its administrator runs VACUUM FULL on items, members, notes, events, "
                "interventions and mutes (it locks them while it runs), and in its write-ahead "
                "log, backups and replicas until they expire.",
            )
        )
    elif not complete:
        print(
            translate(
                "Cli",
                "Another window or program is reading this store, so old copies stay in its "
                "write-ahead log until it is closed: close it, then run 'workbench info' once.",
            )
        )
    return 0


def cmd_ratings_import(args: argparse.Namespace) -> int:
    from workbench.core.members.ratings_import import import_ratings

    author = settings.load().author()
    with open_store(db_path(args), create=False) as store, writing(store) as connection:
        imported = import_ratings(connection, Path(args.file), author)
    print(Cli.tr("Imported %n rating(s).", "", imported))
    return 0


def add_commands(commands: Commands) -> None:
    subs = add_group(
        commands, "member", translate("Cli", "Show a member, or note something about them.")
    )

    def sub(name: str, handler: Handler, text: str) -> argparse.ArgumentParser:
        # These have no description over their --help, unlike the other commands.
        parser = add_command(subs, name, handler, text, describe=False)
        parser.add_argument("member", metavar="ID|HANDLE|NETWORK:HANDLE")
        return parser

    show = sub("show", cmd_member_show, translate("Cli", "A member's profile and timeline."))
    show.add_argument("--json", action="store_true", help=translate("Cli", "print one JSON object"))
    show.add_argument(
        "--limit", type=int, default=30, metavar="N", help=translate("Cli", "timeline entries")
    )
    note = sub("note", cmd_member_note, translate("Cli", "Add a typed note to a member."))
    note.add_argument("--type", required=True, metavar="T", help=note_type_help())
    note.add_argument("--text", required=True, metavar="X")
    note.add_argument(
        "--expires",
        metavar="90d",
        help=translate("Cli", "after this long the note leaves the views and shared logs"),
    )
    erase = sub("erase", cmd_member_erase, translate("Cli", "Erase a member's personal data."))
    erase.add_argument(
        "--confirm", metavar="HANDLE", help=translate("Cli", "the member's handle, to confirm")
    )
    erase.add_argument(
        "--redact-mentions",
        action="store_true",
        help=translate(
            "Cli", "also replace their names in other members' posts and the team's texts"
        ),
    )
    ratings = add_command(
        subs,
        "ratings",
        cmd_ratings_import,
        translate("Cli", "Import ratings from a CSV file (member, dimension, value, rater, time)."),
        describe=False,
    )
    ratings.add_argument("file", metavar="FILE.csv")
