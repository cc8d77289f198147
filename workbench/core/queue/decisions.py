"""Queue decisions as a manager takes them: approve, remove, escalate, ignore, assign, undo.

Each is an event signed by its author. The events of one decision share an action id (in their
payload): a bulk decision is one action, and undo takes it back whole. A bulk decision (more
than one item) leaves out items by memorialized members: someone who has died is never swept up
in a bulk action. Undo records a new event that cancels every decision of the author's latest
action; the decisions themselves stay in the log.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import Connection

from workbench.core.errors import WorkbenchError
from workbench.core.events import eventlog
from workbench.core.events.event import Event, Kind
from workbench.core.events.projections import DECISIONS
from workbench.core.i18n import translate
from workbench.core.ids import new_event_id
from workbench.core.settings import Author
from workbench.core.store.queries import queries


@dataclass(slots=True)
class DecisionResult:
    action: str
    """The id the events of this decision share; undo takes them back together."""
    events: list[Event] = field(default_factory=list)
    skipped_memorialized: list[int] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Undone:
    """What an undo took back: one action's decision (``removed``, ``approved``, …) on these
    items, and the event that records it."""

    state: str
    item_ids: list[int]
    event: Event


def _items(connection: Connection, item_ids: Sequence[int]) -> dict[int, tuple[str, str, str]]:
    """item id -> (network, external id, author status) for the given ids, all of which must
    exist."""
    found = {
        row.id: (row.network, row.external_id, row.status)
        for row in queries(connection).queue.items_for_decision(item_ids)
    }
    missing = [item_id for item_id in item_ids if item_id not in found]
    if missing:
        raise WorkbenchError(
            translate("Queue", "There is no item {id} in this database.").format(id=missing[0])
        )
    return found


def decide(
    connection: Connection,
    item_ids: Sequence[int],
    decision: str,
    author: Author,
    *,
    note: str | None = None,
    at: int | None = None,
) -> DecisionResult:
    """Record ``decision`` on each item, in the caller's write transaction."""
    if decision not in DECISIONS:
        raise WorkbenchError(
            translate("Queue", "'{decision}' is no decision; use one of: {choices}.").format(
                decision=decision, choices=", ".join(DECISIONS)
            )
        )
    items = _items(connection, item_ids)
    result = DecisionResult(action=new_event_id())
    bulk = len(item_ids) > 1
    for item_id in item_ids:
        network, external_id, status = items[item_id]
        if bulk and status == "memorialized":
            result.skipped_memorialized.append(item_id)
            continue
        payload: dict[str, object] = {
            "item": {"network": network, "id": external_id},
            "decision": decision,
            "action": result.action,
        }
        if note:
            payload["note"] = note
        result.events.append(
            eventlog.record(connection, Kind.QUEUE_DECIDED, payload, author, at=at)
        )
    return result


def undo_last(connection: Connection, author: Author, *, at: int | None = None) -> Undone | None:
    """Cancel every decision of the author's latest action not undone yet (all items of a bulk
    decision at once); None if there is nothing to undo."""
    store = queries(connection).queue
    action = store.latest_action(author.id)
    if action is None:
        return None
    taken_back = store.action_decisions(action)
    payload = {"action": action, "events": [row.event_id for row in taken_back]}
    event = eventlog.record(connection, Kind.QUEUE_UNDONE, payload, author, at=at)
    return Undone(taken_back[0].state, [row.item_id for row in taken_back], event)


def assign(
    connection: Connection,
    item_ids: Sequence[int],
    assignee: str | None,
    author: Author,
    *,
    at: int | None = None,
) -> list[Event]:
    """Give the items to ``assignee`` (a manager's name; None takes them back). Claiming is
    assigning to oneself, and the team sees it in the shared log."""
    items = _items(connection, item_ids)
    return [
        eventlog.record(
            connection,
            Kind.QUEUE_ASSIGNED,
            {"item": {"network": items[i][0], "id": items[i][1]}, "assignee": assignee},
            author,
            at=at,
        )
        for i in item_ids
    ]


def mute(
    connection: Connection,
    item_id: int,
    kind: str,
    until: int,
    author: Author,
    *,
    at: int | None = None,
) -> Event:
    """Keep new items of this item's thread (``kind="thread"``) or of its author
    (``kind="member"``) out of the queue until ``until``: what was judged does not come back
    with every new report."""
    row = queries(connection).queue.mute_target(item_id)
    if row is None:
        raise WorkbenchError(
            translate("Queue", "There is no item {id} in this database.").format(id=item_id)
        )
    target = row.thread if kind == "thread" else row.member
    if target is None:
        raise WorkbenchError(translate("Queue", "This item has no known author to mute."))
    payload = {"kind": kind, "target": {"network": row.network, "id": target}, "until": until}
    return eventlog.record(connection, Kind.QUEUE_MUTED, payload, author, at=at)
