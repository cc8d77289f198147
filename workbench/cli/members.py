"""`workbench member …`: a member's profile, notes, erasure and imported ratings."""

import argparse
from pathlib import Path
from typing import Any

from workbench.cli.common import Commands, Handler, add_command, add_group, db_path, print_json
from workbench.core import clock, settings
from workbench.core.errors import WorkbenchError
from workbench.core.store import open_store
from workbench.core.team import vocabulary

NOTE_TYPE_HELP = ", ".join(t.name for t in vocabulary.NOTE_TYPES) + ", or one the team added"


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
        print("This member has died; their profile is kept in memory.")
    print(f"{card.display_name or card.handle} ({card.network}:{card.handle}), {card.status}")
    first, last = shown["first_seen"], shown["last_seen"]
    print(f"  {card.item_count} items, first seen {first}, last seen {last}")
    if card.tags:
        print(f"  tags: {', '.join(card.tags)}")
    for dimension, history in rated.items():
        print(f"  {dimension}: {history[0][0]} (history {[v for v, _, _ in history]})")
    for partner in partners:
        print(
            f"  talks with {partner.handle}: {partner.replies_to_them} replies to, "
            f"{partner.replies_from_them} from"
        )
    print(f"  {len(advice.strikes)} active strikes; the ladder's next step: {advice.next_kind}")
    whom = "members with as many strikes" if advice.similar else "all members"
    for seen in advice.evidence:
        print(
            f"    after a {seen.kind}, {seen.clean_share:.0%} of {seen.cases} ({whom}) had no "
            f"flagged item within {enforcement.CLEAN_DAYS} days"
        )
    for entry in entries:
        by = f" [{entry.author}]" if entry.author else ""
        print(f"  {clock.to_iso(entry.at)}  {entry.kind:<12} {entry.summary}{by}")
    return 0


def cmd_member_note(args: argparse.Namespace) -> int:
    from workbench.core.members import profile, roster

    author = settings.load().author()
    with open_store(db_path(args), create=False) as store, store.write() as connection:
        member_id = profile.find_member(connection, args.member)
        roster.add_note(connection, member_id, args.type, args.text, author)
    print("Note saved.")
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
                f" Others name them in {named.items} post(s) and {named.team_texts} of your "
                "team's texts; add --redact-mentions to replace the name there too."
                if named
                else ""
            )
            raise WorkbenchError(
                f"Erasing {handle} removes their personal data for good.{others} To confirm, "
                f"run it again with --confirm {handle}."
            )
        with store.write() as connection:
            erase.erase_member(connection, member_id, author, redact_mentions=args.redact_mentions)
        complete = store.checkpoint()
    print(f"Erased {handle}; an anonymous placeholder keeps the log consistent.")
    if named:
        where = f"{named.items} post(s) by others and {named.team_texts} of your team's texts"
        print(
            f"Their name was replaced in {where}."
            if args.redact_mentions
            else f"Left as they are: the mentions in {where}."
        )
    if not complete:
        print(
            "Another window or program is reading this store, so old copies stay in its "
            "write-ahead log until it is closed: close it, then run 'workbench info' once."
        )
    return 0


def cmd_ratings_import(args: argparse.Namespace) -> int:
    from workbench.core.members.ratings_import import import_ratings

    author = settings.load().author()
    with open_store(db_path(args), create=False) as store, store.write() as connection:
        count = import_ratings(connection, Path(args.file), author)
    print(f"Imported {count} rating(s).")
    return 0


def add_commands(commands: Commands) -> None:
    subs = add_group(commands, "member", "Show a member, or note something about them.")

    def sub(name: str, handler: Handler, text: str) -> argparse.ArgumentParser:
        # These have no description over their --help, unlike the other commands.
        parser = add_command(subs, name, handler, text, describe=False)
        parser.add_argument("member", metavar="ID|HANDLE|NETWORK:HANDLE")
        return parser

    show = sub("show", cmd_member_show, "A member's profile and timeline.")
    show.add_argument("--json", action="store_true", help="print one JSON object")
    show.add_argument("--limit", type=int, default=30, metavar="N", help="timeline entries")
    note = sub("note", cmd_member_note, "Add a typed note to a member.")
    note.add_argument("--type", required=True, metavar="T", help=NOTE_TYPE_HELP)
    note.add_argument("--text", required=True, metavar="X")
    erase = sub("erase", cmd_member_erase, "Erase a member's personal data.")
    erase.add_argument("--confirm", metavar="HANDLE", help="the member's handle, to confirm")
    erase.add_argument(
        "--redact-mentions",
        action="store_true",
        help="also replace their names in other members' posts and the team's texts",
    )
    ratings = add_command(
        subs,
        "ratings",
        cmd_ratings_import,
        "Import ratings from a CSV file (member, dimension, value, rater, time).",
        describe=False,
    )
    ratings.add_argument("file", metavar="FILE.csv")
