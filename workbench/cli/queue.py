"""`workbench queue`, `decide` and `undo`: the moderation queue and the decisions on it."""

import argparse
from typing import Any

from workbench.cli.common import Commands, add_command, db_path, print_json
from workbench.core import clock, settings
from workbench.core.errors import WorkbenchError
from workbench.core.store import open_store

DECISION_NAMES = ("approve", "remove", "spam", "escalate", "ignore")
"""The core's decisions (projections.DECISIONS), spelled out so that building the parser does
not load the projections; a test keeps the two the same."""


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
    with open_store(db_path(args), create=False) as store, store.read() as connection:
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
        print_json(listed)
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
    with open_store(db_path(args), create=False) as store, store.write() as connection:
        result = decisions.decide(connection, args.items, args.decision, author, note=args.note)
    print(f"Recorded {len(result.events)} decision(s): {args.decision}.")
    if result.skipped_memorialized:
        skipped = ", ".join(f"#{i}" for i in result.skipped_memorialized)
        print(f"Left out items by memorialized members: {skipped}.")
    return 0


def cmd_undo(args: argparse.Namespace) -> int:
    from workbench.core.queue import decisions

    author = settings.load().author()
    with open_store(db_path(args), create=False) as store, store.write() as connection:
        undone = decisions.undo_last(connection, author)
    if undone is None:
        print("You have no decision to undo.")
        return 0
    count = len(undone.item_ids)
    items = ", ".join(f"#{i}" for i in undone.item_ids)
    print(
        f"Undid your latest decision: brought back {count} {undone.state} "
        f"{'item' if count == 1 else 'items'} ({items})."
    )
    return 0


def add_commands(commands: Commands) -> None:
    queue = add_command(
        commands, "queue", cmd_queue, "List the moderation queue, most urgent first."
    )
    queue.add_argument("--state", metavar="S[,S…]", help="new, in_review, escalated, approved, …")
    queue.add_argument(
        "--reason", metavar="R", help="held, reported, rule, duplicate, first_post or burst"
    )
    queue.add_argument(
        "--search",
        metavar="Q",
        help='words (found inside longer words too), "phrases", prefix*, AND/OR/NOT',
    )
    queue.add_argument("--limit", type=int, default=50, metavar="N", help="at most N items")
    queue.add_argument("--json", action="store_true", help="print one JSON array")
    decide = add_command(commands, "decide", cmd_decide, "Record a decision on queue items.")
    decide.add_argument("items", nargs="+", type=int, metavar="ITEM_ID")
    decide.add_argument("decision", choices=DECISION_NAMES)
    decide.add_argument("--note", metavar="T", help="why, for the log")
    add_command(commands, "undo", cmd_undo, "Undo your latest decision (the log keeps both).")
