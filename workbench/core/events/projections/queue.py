"""Appliers for queue decisions, undo, assignment and mutes."""

from sqlalchemy import Connection, delete, insert, select, update

from workbench.core.errors import InvalidEventError
from workbench.core.events.event import Event, Kind
from workbench.core.events.projections.fields import choice_of, item_of, time_of
from workbench.core.refs import Ref
from workbench.core.store import upsert
from workbench.core.store.schema import Item, Mute, QueueDecision, QueueEntry, table

DECISIONS = {
    "approve": "approved",
    "remove": "removed",
    "spam": "removed",
    "escalate": "escalated",
    "ignore": "ignored",
}

_items = table(Item)
_queue = table(QueueEntry)
_decisions = table(QueueDecision)
_mutes = table(Mute)


def _queue_decided(connection: Connection, event: Event) -> None:
    payload = event.payload
    item_id = item_of(connection, payload)
    state = DECISIONS[choice_of(payload, "decision", DECISIONS)]
    action = payload.get("action", event.id)  # before actions, each decision was its own
    if not isinstance(action, str) or not action:
        raise InvalidEventError("Field 'action' must name the decision's action.")
    connection.execute(
        insert(_decisions).values(
            event_id=event.id,
            item_id=item_id,
            action_id=action,
            state=state,
            author_id=event.author_id,
            decided_at=event.created_at,
        )
    )
    _settle(connection, item_id, entered_at=event.created_at)


def _settle(connection: Connection, item_id: int, *, entered_at: int) -> None:
    """Set an item's queue state to its latest decision that is not undone, else "new"."""
    latest = connection.execute(
        select(_decisions.c.state, _decisions.c.decided_at)
        .where(_decisions.c.item_id == item_id, _decisions.c.undone.is_(False))
        .order_by(_decisions.c.event_id.desc())
        .limit(1)
    ).first()
    state, decided_at = ("new", None) if latest is None else (latest.state, latest.decided_at)
    network = connection.execute(select(_items.c.network).where(_items.c.id == item_id)).scalar()
    statement = upsert(connection, _queue).values(
        item_id=item_id,
        network=network,
        state=state,
        entered_at=entered_at,
        decided_at=decided_at,
    )
    connection.execute(
        statement.on_conflict_do_update(
            index_elements=[_queue.c.item_id], set_={"state": state, "decided_at": decided_at}
        )
    )


def undone_events(payload: dict[str, object]) -> list[object]:
    """The decisions an undo takes back: ``events`` (every decision of one action), or the
    single ``event`` of an undo recorded before actions."""
    if "events" in payload:
        events = payload["events"]
        if not isinstance(events, list) or not events:
            raise InvalidEventError("Field 'events' must list the decisions undone.")
        return events
    return [payload.get("event")]


def _queue_undone(connection: Connection, event: Event) -> None:
    for undone in undone_events(event.payload):
        found = connection.execute(
            select(_decisions.c.item_id, _decisions.c.undone).where(_decisions.c.event_id == undone)
        ).first()
        if found is None:
            raise InvalidEventError(f"Unknown decision {undone!r} in field 'event'.")
        if found.undone:
            raise InvalidEventError(f"The decision {undone!r} is undone already.")
        connection.execute(
            update(_decisions).where(_decisions.c.event_id == undone).values(undone=True)
        )
        _settle(connection, found.item_id, entered_at=event.created_at)


def _queue_assigned(connection: Connection, event: Event) -> None:
    payload = event.payload
    item_id = item_of(connection, payload)
    assignee = payload.get("assignee")
    if assignee is not None and (not isinstance(assignee, str) or not assignee.strip()):
        raise InvalidEventError("Field 'assignee' must be a name or null.")
    changed = connection.execute(
        update(_queue).where(_queue.c.item_id == item_id).values(assignee=assignee)
    )
    if changed.rowcount == 0:
        raise InvalidEventError("Only an item in the queue can be assigned.")


def _queue_muted(connection: Connection, event: Event) -> None:
    payload = event.payload
    kind = choice_of(payload, "kind", ("thread", "member"))
    target = Ref.from_json(payload.get("target"), "target")
    until = time_of(payload, "until")
    if until is None:
        raise InvalidEventError("Field 'until' must say until when, in Unix seconds.")
    connection.execute(
        insert(_mutes).values(
            event_id=event.id, network=target.network, kind=kind, target=target.id, until=until
        )
    )


APPLIERS = {
    Kind.QUEUE_DECIDED: _queue_decided,
    Kind.QUEUE_UNDONE: _queue_undone,
    Kind.QUEUE_ASSIGNED: _queue_assigned,
    Kind.QUEUE_MUTED: _queue_muted,
}


def reset(connection: Connection) -> None:
    """Undecide every item; entries that only a decision had put in the queue go."""
    connection.execute(delete(_decisions))
    connection.execute(delete(_mutes))
    connection.execute(delete(_queue).where(_queue.c.reasons == 0))
    connection.execute(update(_queue).values(state="new", decided_at=None, assignee=None))
