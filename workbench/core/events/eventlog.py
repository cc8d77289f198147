"""Recording and reading events. There is deliberately no way to change or delete one here, and
the database refuses it too (triggers in the first migration).

In a team store each event is signed by its author as it is recorded (signatures.py). A write
that must be repeatable (one that waited in the offline outbox) runs ``replaying``: its events
get ids derived from the write's own id, so the same write landing twice is seen by its first
event's id. Their time is still the time they land: the log's order
stays the order its events were applied in.
"""

import hashlib
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any

import orjson
from sqlalchemy import Connection, insert, select

from workbench.core import clock
from workbench.core.errors import EventRefusedError, InvalidEventError
from workbench.core.events import changes, projections, signatures
from workbench.core.events.event import STAYS_HERE, Event, Kind
from workbench.core.ids import new_event_id, uuid7_at
from workbench.core.settings import Author
from workbench.core.store.schema import Event as EventRow
from workbench.core.store.schema import table

_events = table(EventRow)
_REPLAY = "workbench.replay"
"""Where ``replaying`` keeps its ids and time, in the connection's info while a write runs."""


_ORDER_BITS = 20
"""Of an id's 74 random bits, those that number a write's events (a million of them)."""


@dataclass(slots=True)
class _Replay:
    write_id: str
    made: int = field(default=0)

    def next_id(self) -> str:
        """The write's n-th event id: a UUIDv7 with the write id's time (which a process makes
        strictly increasing), then n, then bits of a hash of both. So ids sort as the writes
        were made and their events recorded, as new_event_id's do."""
        digest = hashlib.sha256(f"{self.write_id}\x1f{self.made}".encode()).digest()
        hashed = int.from_bytes(digest[:8]) >> (64 - (74 - _ORDER_BITS))
        random_bits = (self.made << (74 - _ORDER_BITS)) | hashed
        self.made += 1
        return uuid7_at(uuid.UUID(self.write_id).int >> 80, random_bits)


def replay_id(write_id: str) -> str:
    """The id of the first event a write ``replaying`` as ``write_id`` (a UUIDv7) records."""
    return _Replay(write_id).next_id()


@contextmanager
def replaying(connection: Connection, write_id: str) -> Iterator[None]:
    """Inside the block, events recorded on ``connection`` take ids derived from ``write_id``,
    a UUIDv7 (see ``replay_id``), unless the caller gives them their own."""
    connection.info[_REPLAY] = _Replay(write_id)
    try:
        yield
    finally:
        # The info belongs to the pooled driver connection and outlives this write.
        connection.info.pop(_REPLAY, None)


def record(
    connection: Connection,
    kind: Kind | str,
    payload: Mapping[str, Any],
    author: Author,
    *,
    at: int | None = None,
    event_id: str | None = None,
) -> Event:
    """Append an event and apply it to the derived state, in the caller's write transaction.

    An invalid payload raises :class:`InvalidEventError`; the caller's transaction then rolls
    back, so neither the event nor any of its effects stay.
    """
    try:
        kind = Kind(kind)
    except ValueError as exc:
        raise InvalidEventError(f"Unknown event kind {kind!r}.") from exc
    replay: _Replay | None = connection.info.get(_REPLAY)
    event = Event(
        id=event_id or (new_event_id() if replay is None else replay.next_id()),
        kind=kind.value,
        author_id=author.id,
        author_name=author.name,
        created_at=clock.now() if at is None else at,
        payload_json=orjson.dumps(dict(payload)),
    )
    key = signatures.key_for(connection.dialect.name, author)
    if key is not None:
        event = replace(event, signature=signatures.sign(event, key))
    # A savepoint makes each event all-or-nothing: a payload its projection refuses leaves
    # neither the event nor half its effects behind, even if the caller goes on.
    with connection.begin_nested():
        connection.execute(
            insert(_events).values(
                id=event.id,
                kind=event.kind,
                author_id=event.author_id,
                author_name=event.author_name,
                created_at=event.created_at,
                payload=event.payload_json.decode(),
                origin=event.origin,
                signature=event.signature,
            )
        )
        projections.apply(connection, event)
    changes.note(connection, event.kind)
    return event


def from_row(row: Any) -> Event:
    """An event as a row of the events table holds it."""
    return Event(
        id=row.id,
        kind=row.kind,
        author_id=row.author_id,
        author_name=row.author_name,
        created_at=row.created_at,
        payload_json=row.payload.encode(),
        origin=row.origin,
        signature=row.signature,
    )


def get(connection: Connection, event_id: str) -> Event | None:
    row = connection.execute(select(_events).where(_events.c.id == event_id)).first()
    return None if row is None else from_row(row)


def iter_events(connection: Connection, *, kinds: tuple[Kind, ...] = ()) -> Iterator[Event]:
    """Events in the order they happened, optionally of some kinds only.

    The order is the events' time, then their id: the same in every store that holds the same
    events, whichever manager recorded each and in whatever order bundles brought them."""
    query = select(_events).order_by(_events.c.created_at, _events.c.id)
    if kinds:
        query = query.where(_events.c.kind.in_([k.value for k in kinds]))
    for row in connection.execute(query):
        yield from_row(row)


def latest(connection: Connection) -> tuple[int, str] | None:
    """The (time, id) of the last event in that order that derived state depends on the
    order of (those that stay on this laptop do not), if there is one."""
    row = connection.execute(
        select(_events.c.created_at, _events.c.id)
        .where(_events.c.kind.not_in(sorted(STAYS_HERE)))
        .order_by(_events.c.created_at.desc(), _events.c.id.desc())
        .limit(1)
    ).first()
    return None if row is None else (row.created_at, row.id)


def add_recorded(connection: Connection, events: list[Event]) -> None:
    """Add events recorded elsewhere (a teammate's, from a bundle) as they are, without
    applying them: the merge applies them, in order, once all are in."""
    if events:
        connection.execute(
            insert(_events),
            [
                {
                    "id": event.id,
                    "kind": event.kind,
                    "author_id": event.author_id,
                    "author_name": event.author_name,
                    "created_at": event.created_at,
                    "payload": event.payload_json.decode(),
                    "origin": event.origin,
                    "signature": event.signature,
                }
                for event in events
            ],
        )
    for kind in {event.kind for event in events}:
        changes.note(connection, kind)


def apply(connection: Connection, event: Event) -> None:
    """Apply an event that is in the log already; :class:`EventRefusedError` names it."""
    try:
        projections.apply(connection, event)
    except EventRefusedError:
        raise
    except InvalidEventError as exc:
        raise EventRefusedError(event.id, exc) from exc


def rebuild(connection: Connection) -> None:
    """Recompute all derived state from the event log (after a merge, or to check it)."""
    projections.reset(connection)
    for event in iter_events(connection):
        apply(connection, event)
