"""`workbench queue`, `decide` and `undo`: the moderation queue and the decisions on it."""

import argparse
from typing import Any

from workbench.cli.common import Cli, Commands, add_command, db_path, moment, print_json, writing
from workbench.core import clock, settings
from workbench.core.errors import WorkbenchError
from workbench.core.i18n import translate
from workbench.core.store import open_store

DECISION_NAMES = ("approve", "remove", "spam", "escalate", "ignore")
"""The core's decisions (projections.DECISIONS), spelled out so that building the parser does
not load the projections; a test keeps the two the same."""


def _part(value: str | None) -> tuple[int, int] | None:
    """--part K/N as (K, N); the queue checks the numbers."""
    if value is None:
        return None
    k, slash, n = value.partition("/")
    if not (slash and k.strip().isdigit() and n.strip().isdigit()):
        raise WorkbenchError(
            translate("Cli", "--part takes K/N (say 2/5: your part of five), not {value}.").format(
                value=value
            )
        )
    return int(k), int(n)


def cmd_queue(args: argparse.Namespace) -> int:
    from workbench.core.queue import listing

    try:
        reason = None if args.reason is None else listing.Reason.named(args.reason)
    except ValueError as exc:
        raise WorkbenchError(str(exc)) from None
    wanted = listing.QueueFilter(
        states=None if args.state is None else tuple(args.state.split(",")),
        reason=reason,
        part=_part(args.part),
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
    for entry, row in zip(listed, rows, strict=True):
        print(
            f"#{entry['id']}  {moment(row.created_at)}  {entry['network']}  "
            f"{entry['author'] or '-'}  "
            f"[{', '.join(entry['reasons'])}]  {entry['state']}  p{entry['priority']}"
        )
        for line in (entry["title"], entry["text"]):
            if line:
                print("    " + line.replace("\n", "\n    "))
    if not listed:
        print(translate("Cli", "Nothing in this view of the queue."))
    return 0


def cmd_decide(args: argparse.Namespace) -> int:
    from workbench.core.queue import decisions

    author = settings.load().author()
    with open_store(db_path(args), create=False) as store, writing(store) as connection:
        try:
            result = decisions.decide(connection, args.items, args.decision, author, note=args.note)
        except decisions.Conflicted as conflicted:
            raise WorkbenchError(conflicted.said(moment)) from None
    recorded = Cli.tr("Recorded %n decision(s): {decision}.", "", len(result.events))
    print(recorded.format(decision=args.decision))
    if result.skipped_memorialized:
        skipped = ", ".join(f"#{i}" for i in result.skipped_memorialized)
        left_out = translate("Cli", "Left out items by memorialized members: {items}.")
        print(left_out.format(items=skipped))
    if result.conflicts:
        others = translate("Cli", "Not recorded: {conflicts}")
        print(others.format(conflicts=decisions.said(result.conflicts, moment)))
    return 0


def cmd_undo(args: argparse.Namespace) -> int:
    from workbench.core.queue import decisions

    author = settings.load().author()
    with open_store(db_path(args), create=False) as store, writing(store) as connection:
        undone = decisions.undo_last(connection, author)
    if undone is None:
        print(translate("Cli", "You have no decision to undo."))
        return 0
    items = ", ".join(f"#{i}" for i in undone.item_ids)
    undid = Cli.tr(
        "Undid your latest decision: brought back %n {state} item(s) ({items}).",
        "",
        len(undone.item_ids),
    )
    print(undid.format(items=items, state=undone.state))
    return 0


def add_commands(commands: Commands) -> None:
    queue = add_command(
        commands,
        "queue",
        cmd_queue,
        translate("Cli", "List the moderation queue, most urgent first."),
    )
    queue.add_argument(
        "--state", metavar="S[,S…]", help=translate("Cli", "new, in_review, escalated, approved, …")
    )
    queue.add_argument(
        "--reason",
        metavar="R",
        help=translate("Cli", "held, reported, rule, duplicate, first_post or burst"),
    )
    queue.add_argument(
        "--search",
        metavar="Q",
        help=translate(
            "Cli", 'words (found inside longer words too), "phrases", prefix*, AND/OR/NOT'
        ),
    )
    queue.add_argument(
        "--part",
        metavar="K/N",
        help=translate(
            "Cli", "the K-th of N parts of the queue, split by author (a shift's split)"
        ),
    )
    queue.add_argument(
        "--limit", type=int, default=50, metavar="N", help=translate("Cli", "at most N items")
    )
    queue.add_argument("--json", action="store_true", help=translate("Cli", "print one JSON array"))
    decide = add_command(
        commands, "decide", cmd_decide, translate("Cli", "Record a decision on queue items.")
    )
    decide.add_argument("items", nargs="+", type=int, metavar="ITEM_ID")
    decide.add_argument("decision", choices=DECISION_NAMES)
    decide.add_argument("--note", metavar="T", help=translate("Cli", "why, for the log"))
    add_command(
        commands,
        "undo",
        cmd_undo,
        translate("Cli", "Undo your latest decision (the log keeps both)."),
    )
