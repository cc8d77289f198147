"""Appliers for the outbox: which decisions go to a live account's platform, and how it went.

A decision (or a reply) on an item from a connected account, recorded here (origin "local"),
becomes a pending push; a shared log's events were carried out by their own authors and push
nothing. Undoing a decision cancels its push if it has not gone out, or queues one that puts
the platform back as it was. A sync records each push's outcome as an event.
"""

from typing import Any

import orjson
from sqlalchemy import Connection, delete, insert, select, update

from workbench.core.errors import InvalidEventError
from workbench.core.events.event import Event, Kind
from workbench.core.events.projections.fields import choice_of, item_of, text_of
from workbench.core.events.projections.queue import undone_events
from workbench.core.live.accounts import KINDS, kind_of
from workbench.core.live.capabilities import AUTHOR_ACTIONS, DECISION_PUSHES, PUSHES
from workbench.core.store.schema import Item, Push, Source, table

STATES = ("pending", "done", "failed", "cancelled")

_pushes = table(Push)
_items = table(Item)
_sources = table(Source)


def _live_item(connection: Connection, item_id: int) -> Any:
    """The item's source, its kind and the item's platform state, if its source is a
    connected account."""
    return connection.execute(
        select(_items.c.source_id, _items.c.platform_state, _sources.c.kind)
        .join(_sources, _sources.c.id == _items.c.source_id)
        .where(
            _items.c.id == item_id,
            _sources.c.secret_ref.is_not(None),
            _sources.c.kind.in_(KINDS.values()),
        )
    ).first()


def _queue(
    connection: Connection,
    event: Event,
    push_id: str,
    item_id: int,
    action: str,
    detail: dict[str, Any],
) -> None:
    if event.origin != "local":
        return  # a teammate's decision goes out from their laptop, not from this one
    live = _live_item(connection, item_id)
    if live is None or action not in PUSHES[kind_of(live.kind)]:
        return
    connection.execute(
        insert(_pushes).values(
            id=push_id,
            source_id=live.source_id,
            item_id=item_id,
            action=action,
            detail=orjson.dumps({"before": live.platform_state, **detail}).decode(),
            state="pending",
            author_id=event.author_id,
            requested_at=event.created_at,
        )
    )


def _decided(connection: Connection, event: Event) -> None:
    action = DECISION_PUSHES.get(str(event.payload.get("decision")))
    if action is not None and event.origin == "local":
        note = event.payload.get("note")  # why: a platform may show it (Reddit's removal reason)
        detail = {"note": note} if isinstance(note, str) and note.strip() else {}
        _queue(connection, event, event.id, item_of(connection, event.payload), action, detail)


def _undone(connection: Connection, event: Event) -> None:
    for undone in undone_events(event.payload):
        push = connection.execute(select(_pushes).where(_pushes.c.id == undone)).first()
        if push is None or push.state == "cancelled":
            continue
        if push.state != "done":
            connection.execute(
                update(_pushes)
                .where(_pushes.c.id == undone)
                .values(state="cancelled", settled_at=event.created_at)
            )
            continue
        before = orjson.loads(push.detail).get("before", "published")
        _queue(
            connection,
            event,
            f"{event.id}/{push.item_id}",
            push.item_id,
            "restore",
            {"state": before, "of": push.action},
        )


def _assigned(connection: Connection, event: Event) -> None:
    """A claim (or giving back) goes to platforms whose reports have an assignee."""
    assignee = event.payload.get("assignee")
    item_id = item_of(connection, event.payload)
    _queue(connection, event, event.id, item_id, "assign", {"assignee": assignee})


def _replied(connection: Connection, event: Event) -> None:
    reply = text_of(event.payload, "text")
    item_id = item_of(connection, event.payload)
    if _live_item(connection, item_id) is None:
        raise InvalidEventError("A reply is sent only to an item from a connected account.")
    _queue(connection, event, event.id, item_id, "reply", {"text": reply})


def _author_acted(connection: Connection, event: Event) -> None:
    action = choice_of(event.payload, "action", AUTHOR_ACTIONS)
    reason = text_of(event.payload, "reason", required=False, limit=1000)
    item_id = item_of(connection, event.payload)
    if _live_item(connection, item_id) is None:
        raise InvalidEventError(
            "Only the author of an item from a connected account can be acted on."
        )
    _queue(connection, event, event.id, item_id, action, {"reason": reason})


def _push_id(connection: Connection, event: Event) -> str:
    push_id = event.payload.get("push")
    if (
        not isinstance(push_id, str)
        or connection.execute(select(_pushes.c.id).where(_pushes.c.id == push_id)).first() is None
    ):
        raise InvalidEventError(f"Unknown push {push_id!r} in field 'push'.")
    return push_id


def _settled(connection: Connection, event: Event, state: str, message: str | None) -> None:
    push_id = _push_id(connection, event)
    connection.execute(
        update(_pushes)
        .where(_pushes.c.id == push_id)
        .values(
            state=state,
            message=message,
            attempts=_pushes.c.attempts + 1,
            settled_at=event.created_at,
        )
    )


def _done(connection: Connection, event: Event) -> None:
    _settled(connection, event, "done", None)


def _failed(connection: Connection, event: Event) -> None:
    """A refusal is final until retried; a try whose answer never came (``unanswered``: a
    timeout, a server gone) stays pending, and counts, so that the next try first looks
    whether this one went through."""
    state = "pending" if event.payload.get("unanswered") is True else "failed"
    _settled(connection, event, state, text_of(event.payload, "message"))


def _retried(connection: Connection, event: Event) -> None:
    push_id = _push_id(connection, event)
    connection.execute(
        update(_pushes)
        .where(_pushes.c.id == push_id, _pushes.c.state == "failed")
        .values(state="pending", settled_at=None)
    )


APPLIERS = {
    Kind.QUEUE_DECIDED: _decided,
    Kind.QUEUE_UNDONE: _undone,
    Kind.QUEUE_ASSIGNED: _assigned,
    Kind.QUEUE_REPLIED: _replied,
    Kind.QUEUE_AUTHOR_ACTED: _author_acted,
    Kind.PUSH_DONE: _done,
    Kind.PUSH_FAILED: _failed,
    Kind.PUSH_RETRIED: _retried,
}


def reset(connection: Connection) -> None:
    connection.execute(delete(_pushes))
