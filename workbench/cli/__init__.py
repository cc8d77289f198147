"""The command line: the same core as the window, for scripts, tests and quick looks.

``workbench`` with no command opens the window; ``workbench --demo`` opens it on the demo
community. User mistakes print one line to stderr and exit with status 1, never a traceback.
"""

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import orjson

from workbench import __version__
from workbench.core import clock, paths, settings
from workbench.core.errors import WorkbenchError
from workbench.core.store import open_store
from workbench.services import demo

KIND_HELP = (
    "welcome, thanks, nudge, clarification, warning, content_removal, temporary_mute, ban, "
    "private_message, public_statement, community_announcement, escalation, or one the team "
    "added (workbench vocabulary list kinds)"
)


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


def cmd_formats(args: argparse.Namespace) -> int:
    from workbench.connectors.registry import CONNECTORS

    if args.json:
        _print_json(
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
    path = _db_path(args)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open_store(path) as store:
        result = importer.run(store, planned, skip_bad=args.skip_bad, options=options)
    summary = result.summary
    if args.json:
        _print_json(
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


def cmd_queue(args: argparse.Namespace) -> int:
    from workbench.core.queue import listing

    try:
        reason = None if args.reason is None else listing.Reason.named(args.reason)
    except ValueError as exc:
        raise WorkbenchError(str(exc)) from None
    wanted = listing.QueueFilter(
        states=None if args.state is None else tuple(args.state.split(",")),
        reason=reason,
        search=args.search or "",
    )
    with open_store(_db_path(args), create=False) as store, store.read() as connection:
        try:
            rows = listing.page(connection, wanted, limit=args.limit)
        except ValueError as exc:
            raise WorkbenchError(str(exc)) from None
    listed: list[dict[str, Any]] = [
        {
            "id": row.item_id,
            "network": row.network,
            "source": row.source_name,
            "external_id": row.external_id,
            "author": row.author_handle,
            "author_status": row.author_status,
            "time": clock.to_iso(row.created_at),
            "title": row.title,
            "text": row.body,
            "reasons": row.reasons.names,
            "state": row.state,
            "priority": row.priority,
            "assignee": row.assignee,
        }
        for row in rows
    ]
    if args.json:
        _print_json(listed)
        return 0
    for entry in listed:
        print(
            f"#{entry['id']}  {entry['time']}  {entry['network']}  {entry['author'] or '-'}  "
            f"[{', '.join(entry['reasons'])}]  {entry['state']}  p{entry['priority']}"
        )
        for line in (entry["title"], entry["text"]):
            if line:
                print("    " + line.replace("\n", "\n    "))
    if not listed:
        print("Nothing in this view of the queue.")
    return 0


def cmd_decide(args: argparse.Namespace) -> int:
    from workbench.core.queue import decisions

    author = settings.load().author()
    with open_store(_db_path(args), create=False) as store, store.write() as connection:
        result = decisions.decide(connection, args.items, args.decision, author, note=args.note)
    print(f"Recorded {len(result.events)} decision(s): {args.decision}.")
    if result.skipped_memorialized:
        skipped = ", ".join(f"#{i}" for i in result.skipped_memorialized)
        print(f"Left out items by memorialized members: {skipped}.")
    return 0


def cmd_undo(args: argparse.Namespace) -> int:
    from workbench.core.queue import decisions

    author = settings.load().author()
    with open_store(_db_path(args), create=False) as store, store.write() as connection:
        event = decisions.undo_last(connection, author)
    print("Undid your latest decision." if event else "You have no decision to undo.")
    return 0


def cmd_member_show(args: argparse.Namespace) -> int:
    from workbench.core.interventions import enforcement
    from workbench.core.members import profile
    from workbench.core.queue import items

    with open_store(_db_path(args), create=False) as store, store.read() as connection:
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
        _print_json(shown)
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
    with open_store(_db_path(args), create=False) as store, store.write() as connection:
        member_id = profile.find_member(connection, args.member)
        roster.add_note(connection, member_id, args.type, args.text, author)
    print("Note saved.")
    return 0


def cmd_member_erase(args: argparse.Namespace) -> int:
    from workbench.core.members import erase, profile
    from workbench.core.queue import items

    author = settings.load().author()
    with open_store(_db_path(args), create=False) as store:
        with store.read() as connection:
            member_id = profile.find_member(connection, args.member)
            handle = items.member_card(connection, member_id).handle
        if args.confirm != handle:
            raise WorkbenchError(
                f"Erasing {handle} removes their personal data for good; to confirm, run it "
                f"again with --confirm {handle}."
            )
        with store.write() as connection:
            erase.erase_member(connection, member_id, author)
        store.checkpoint()
    print(f"Erased {handle}; an anonymous placeholder keeps the log consistent.")
    return 0


def cmd_ratings_import(args: argparse.Namespace) -> int:
    from workbench.core.members.ratings_import import import_ratings

    author = settings.load().author()
    with open_store(_db_path(args), create=False) as store, store.write() as connection:
        count = import_ratings(connection, Path(args.file), author)
    print(f"Imported {count} rating(s).")
    return 0


def _duration(value: str) -> int:
    """ "7d", "36h" or "90m" as seconds."""
    units = {"d": 86_400, "h": 3_600, "m": 60}
    if len(value) < 2 or value[-1] not in units or not value[:-1].isdigit():
        raise WorkbenchError(f"'{value}' is no duration; write it like 7d, 36h or 90m.")
    return int(value[:-1]) * units[value[-1]]


def cmd_intervene(args: argparse.Namespace) -> int:
    from workbench.core.interventions import logbook
    from workbench.core.members import profile
    from workbench.core.team import vocabulary

    author = settings.load().author()
    now = clock.now()
    with open_store(_db_path(args), create=False) as store, store.write() as connection:
        member_ids = [profile.find_member(connection, key) for key in args.member]
        follow_up = (
            now + _duration(args.follow_up)
            if args.follow_up
            else vocabulary.follow_up(connection, args.kind, now)
        )
        try:
            event = logbook.log(
                connection,
                args.kind,
                args.channel or logbook.default_channel(args.kind),
                logbook.Targets(members=member_ids),
                author,
                message=args.text or "",
                rationale=args.why or "",
                follow_up_at=follow_up,
                tags=args.tag or [],
                confirmed=args.confirm_memorialized,
            )
        except logbook.NeedsConfirmation as exc:
            raise WorkbenchError(f"{exc} (add --confirm-memorialized)") from None
    shown = {
        "id": event.id,
        "kind": event.payload["kind"],
        "follow_up": follow_up and clock.to_iso(follow_up),
    }
    if args.json:
        _print_json(shown)
    else:
        print(
            f"Logged {args.kind} ({event.id}); look again {shown['follow_up'] or 'when you like'}."
        )
    return 0


def cmd_followups(args: argparse.Namespace) -> int:
    from workbench.core.interventions import followups

    now = clock.now()
    until = now if args.due else now + 14 * 86_400
    with open_store(_db_path(args), create=False) as store, store.read() as connection:
        due = followups.open_follow_ups(connection, until)
    listed: list[dict[str, Any]] = [
        {
            "intervention": f.intervention_id,
            "kind": f.kind,
            "due": clock.to_iso(f.follow_up_at),
            "overdue": f.follow_up_at < now,
            "about": f.targets,
            "by": f.author_name,
            "message": f.message,
        }
        for f in due
    ]
    if args.json:
        _print_json(listed)
        return 0
    for entry in listed:
        late = " (overdue)" if entry["overdue"] else ""
        print(
            f"{entry['due']}{late}  {entry['kind']}  {', '.join(entry['about'])}  by {entry['by']}"
        )
        print(f"    {entry['intervention']}")
    if not listed:
        print("No follow-ups due.")
    return 0


def cmd_observe(args: argparse.Namespace) -> int:
    from workbench.core.interventions import followups

    author = settings.load().author()
    next_at = clock.now() + _duration(args.again) if args.again else None
    from workbench.core.interventions import effect

    with open_store(_db_path(args), create=False) as store, store.write() as connection:
        measured = effect.measure(connection, args.intervention, days=args.days)
        followups.observe(
            connection,
            args.intervention,
            args.outcome,
            args.text or "",
            author,
            next_follow_up_at=next_at,
            metrics=measured.to_json(),
        )
    before, after = measured.before, measured.after
    print(
        f"Observation recorded. Items {before.items} → {after.items}, replies "
        f"{before.replies_received} → {after.replies_received}, flagged {before.flagged} → "
        f"{after.flagged} ({args.days} days before and after)."
    )
    return 0


def cmd_correct(args: argparse.Namespace) -> int:
    from workbench.core.interventions import logbook

    changes: dict[str, object] = {
        field: value
        for field, value in (
            ("kind", args.kind),
            ("channel", args.channel),
            ("message", args.text),
            ("rationale", args.why),
        )
        if value is not None
    }
    if args.tag is not None:
        changes["tags"] = args.tag
    if args.no_follow_up:
        changes["follow_up_at"] = None
    elif args.follow_up:
        changes["follow_up_at"] = clock.now() + _duration(args.follow_up)
    if not changes:
        raise WorkbenchError(
            "Nothing to correct: give --kind, --channel, --text, --why, --tag or a date."
        )
    author = settings.load().author()
    with open_store(_db_path(args), create=False) as store, store.write() as connection:
        logbook.edit(connection, args.intervention, changes, author)
    print(f"Corrected {', '.join(changes)}; the log keeps the first record too.")
    return 0


def cmd_ladder(args: argparse.Namespace) -> int:
    from workbench.core.interventions import enforcement

    with open_store(_db_path(args), create=False) as store, store.write() as connection:
        ladder = enforcement.ladder(connection)
        if args.steps or args.expiry:
            ladder = enforcement.check_ladder(
                connection,
                args.steps.split(",") if args.steps else list(ladder.steps),
                _duration(args.expiry) // 86_400 if args.expiry else ladder.expiry_days,
            )
            enforcement.save_ladder(connection, ladder, settings.load().author())
    print(f"{' → '.join(ladder.steps)}; strikes expire after {ladder.expiry_days} days.")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from workbench.core.interventions import report

    with open_store(_db_path(args), create=False) as store, store.read() as connection:
        rows = report.effectiveness(connection, author=args.author, days=args.days)
    if args.json:
        _print_json(report.to_json(rows))
    elif args.csv:
        sys.stdout.write(report.to_csv(rows))
    else:
        for row in rows:
            shares = ", ".join(f"{k} {v:.0%}" for k, v in row.outcomes.items())
            print(
                f"{row.kind:<24} {row.count:>5}  activity {row.median_activity_change:+.1f}  "
                f"flagged {row.median_flagged_change:+.1f}  repeats {row.repeat_rate:.0%}  "
                f"({shares})"
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
    formats = command("formats", cmd_formats, "List the export formats and how each is detected.")
    formats.add_argument("--json", action="store_true", help="print one JSON array")
    imports = command("import", cmd_import, "Import export files, folders or zip archives.")
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
    queue_cmd = command("queue", cmd_queue, "List the moderation queue, most urgent first.")
    queue_cmd.add_argument(
        "--state", metavar="S[,S…]", help="new, in_review, escalated, approved, …"
    )
    queue_cmd.add_argument(
        "--reason", metavar="R", help="held, reported, rule, duplicate, first_post or burst"
    )
    queue_cmd.add_argument("--search", metavar="Q", help='words, "phrases", prefix*, AND/OR/NOT')
    queue_cmd.add_argument("--limit", type=int, default=50, metavar="N", help="at most N items")
    queue_cmd.add_argument("--json", action="store_true", help="print one JSON array")
    decide = command("decide", cmd_decide, "Record a decision on queue items.")
    decide.add_argument("items", nargs="+", type=int, metavar="ITEM_ID")
    decide.add_argument("decision", choices=("approve", "remove", "escalate", "ignore"))
    decide.add_argument("--note", metavar="T", help="why, for the log")
    command("undo", cmd_undo, "Undo your latest decision (the log keeps both).")
    from workbench.core.events.projections import OUTCOMES
    from workbench.core.interventions.logbook import CHANNELS

    intervene = command("intervene", cmd_intervene, "Log an intervention on members.")
    intervene.add_argument("--member", action="append", required=True, metavar="ID|HANDLE")
    intervene.add_argument("--kind", required=True, metavar="KIND", help=KIND_HELP)
    intervene.add_argument("--channel", choices=CHANNELS, help="default: what fits the kind")
    intervene.add_argument("--text", metavar="T", help="the message sent")
    intervene.add_argument("--why", metavar="W", help="the reason, for the log")
    intervene.add_argument("--follow-up", metavar="7d", help="when to look again (default by kind)")
    intervene.add_argument("--tag", action="append", metavar="T", help="a label; repeat for more")
    intervene.add_argument("--confirm-memorialized", action="store_true", help=argparse.SUPPRESS)
    intervene.add_argument("--json", action="store_true", help="print one JSON object")
    follow = command("followups", cmd_followups, "Follow-ups due now and in the next two weeks.")
    follow.add_argument("--due", action="store_true", help="only those due now or overdue")
    follow.add_argument("--json", action="store_true", help="print one JSON array")
    observe = command("observe", cmd_observe, "Record what happened after an intervention.")
    observe.add_argument("intervention", metavar="INTERVENTION_ID")
    observe.add_argument("--outcome", required=True, choices=OUTCOMES)
    observe.add_argument("--text", metavar="T")
    observe.add_argument("--again", metavar="7d", help="look again after this long")
    observe.add_argument("--days", type=int, default=14, help="measured window before and after")
    correct = command("correct", cmd_correct, "Correct a logged intervention (the log keeps both).")
    correct.add_argument("intervention", metavar="INTERVENTION_ID")
    correct.add_argument("--kind", metavar="KIND", help=KIND_HELP)
    correct.add_argument("--channel", choices=CHANNELS)
    correct.add_argument("--text", metavar="T", help="the message sent")
    correct.add_argument("--why", metavar="W", help="the reason, for the log")
    correct.add_argument("--tag", action="append", metavar="T", help="the labels, all of them")
    dates = correct.add_mutually_exclusive_group()
    dates.add_argument("--follow-up", metavar="7d", help="look again this long from now")
    dates.add_argument("--no-follow-up", action="store_true", help="no follow-up")
    ladder = command("ladder", cmd_ladder, "Show or set the team's enforcement ladder.")
    ladder.add_argument("--steps", metavar="K,K,…", help="kinds, the first for no strike")
    ladder.add_argument("--expiry", metavar="180d", help="how long a strike counts")
    report_cmd = command("report", cmd_report, "Reports over the intervention log.")
    report_cmd.add_argument("name", choices=("effectiveness",))
    report_cmd.add_argument("--author", metavar="NAME", help="only this manager's interventions")
    report_cmd.add_argument("--days", type=int, default=14, help="measured window before and after")
    shape = report_cmd.add_mutually_exclusive_group()
    shape.add_argument("--json", action="store_true", help="print one JSON array")
    shape.add_argument("--csv", action="store_true", help="print CSV")
    member = commands.add_parser("member", help="Show a member, or note something about them.")
    member_commands = member.add_subparsers(
        title="member commands", metavar="COMMAND", required=True
    )
    show = member_commands.add_parser("show", help="A member's profile and timeline.")
    show.add_argument("member", metavar="ID|HANDLE|NETWORK:HANDLE")
    show.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="database file")
    show.add_argument("--json", action="store_true", help="print one JSON object")
    show.add_argument("--limit", type=int, default=30, metavar="N", help="timeline entries")
    show.set_defaults(handler=cmd_member_show)
    note = member_commands.add_parser("note", help="Add a typed note to a member.")
    note.add_argument("member", metavar="ID|HANDLE|NETWORK:HANDLE")
    note.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="database file")
    note.add_argument(
        "--type",
        required=True,
        metavar="T",
        help="good_contributor, spam_watch, warning, abuse, ban, other, or one the team added",
    )
    note.add_argument("--text", required=True, metavar="X")
    note.set_defaults(handler=cmd_member_note)
    erase_cmd = member_commands.add_parser("erase", help="Erase a member's personal data.")
    erase_cmd.add_argument("member", metavar="ID|HANDLE|NETWORK:HANDLE")
    erase_cmd.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="database file")
    erase_cmd.add_argument("--confirm", metavar="HANDLE", help="the member's handle, to confirm")
    erase_cmd.set_defaults(handler=cmd_member_erase)
    ratings_cmd = member_commands.add_parser(
        "ratings", help="Import ratings from a CSV file (member, dimension, value, rater, time)."
    )
    ratings_cmd.add_argument("file", metavar="FILE.csv")
    ratings_cmd.add_argument(
        "--db", metavar="PATH", default=argparse.SUPPRESS, help="database file"
    )
    ratings_cmd.set_defaults(handler=cmd_ratings_import)
    from workbench.cli import incidents, vocabulary

    incidents.add_commands(commands)
    vocabulary.add_commands(commands)
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
