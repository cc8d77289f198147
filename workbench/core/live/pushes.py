"""The outbox: decisions waiting to be carried out on a live account's platform.

Pushes are derived from events (workbench.core.events.projections.pushes); this module reads
them and records what a sync made of each: done, or failed with the platform's own words. A
push that could not be tried (the network down, the server gone) stays pending and goes out at
the next sync; a refusal is final until the manager retries it.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import Connection, select

from workbench.core.errors import WorkbenchError
from workbench.core.events import eventlog
from workbench.core.events.event import Event, Kind
from workbench.core.events.projections.pushes import STATES
from workbench.core.i18n import translate
from workbench.core.settings import Author
from workbench.core.store.schema import Item, Member, Push, Source, table

_pushes = table(Push)
_items = table(Item)
_members = table(Member)
_sources = table(Source)


@dataclass(frozen=True, slots=True)
class PushOrder:
    """One push with what a connector needs to carry it out."""

    id: str
    source_id: int
    account: str
    item_id: int
    action: str
    detail: dict[str, Any]
    state: str
    attempts: int
    message: str | None
    requested_at: int
    settled_at: int | None
    item_external_id: str
    item_kind: str
    thread_external_id: str | None
    author_external_id: str | None
    excerpt: str

    def to_json(self) -> dict[str, Any]:
        shown: dict[str, Any] = {
            "id": self.id,
            "account": self.account,
            "item": self.item_id,
            "action": self.action,
            "state": self.state,
            "attempts": self.attempts,
            "requested_at": self.requested_at,
        }
        if self.message:
            shown["message"] = self.message
        if self.settled_at is not None:
            shown["settled_at"] = self.settled_at
        return shown


def _query() -> Any:
    return (
        select(
            _pushes,
            _sources.c.name.label("account"),
            _items.c.external_id.label("item_external_id"),
            _items.c.kind.label("item_kind"),
            _items.c.thread_external_id,
            _items.c.body,
            _members.c.external_id.label("author_external_id"),
        )
        .join(_sources, _sources.c.id == _pushes.c.source_id)
        .join(_items, _items.c.id == _pushes.c.item_id)
        .outerjoin(_members, _members.c.id == _items.c.member_id)
    )


def _order(row: Any) -> PushOrder:
    return PushOrder(
        id=row.id,
        source_id=row.source_id,
        account=row.account,
        item_id=row.item_id,
        action=row.action,
        detail=orjson.loads(row.detail or "{}"),
        state=row.state,
        attempts=row.attempts,
        message=row.message,
        requested_at=row.requested_at,
        settled_at=row.settled_at,
        item_external_id=row.item_external_id,
        item_kind=row.item_kind,
        thread_external_id=row.thread_external_id,
        author_external_id=row.author_external_id,
        excerpt=(row.body or "")[:200],
    )


def listing(
    connection: Connection, *, state: str | None = None, limit: int = 500
) -> list[PushOrder]:
    """Pushes newest first, of one state or all."""
    if state is not None and state not in STATES:
        raise WorkbenchError(
            translate("Pushes", "'{state}' is no push state; use one of: {states}.").format(
                state=state, states=", ".join(STATES)
            )
        )
    query = _query().order_by(_pushes.c.requested_at.desc(), _pushes.c.id.desc()).limit(limit)
    if state is not None:
        query = query.where(_pushes.c.state == state)
    return [_order(row) for row in connection.execute(query)]


def pending(connection: Connection, source_id: int) -> list[PushOrder]:
    """What a sync of this account sends, in the order the manager decided."""
    query = (
        _query()
        .where(_pushes.c.source_id == source_id, _pushes.c.state == "pending")
        .order_by(_pushes.c.requested_at, _pushes.c.id)
    )
    return [_order(row) for row in connection.execute(query)]


def of_items(connection: Connection, item_ids: Sequence[int]) -> dict[int, PushOrder]:
    """The latest push of each of these items, to show its state beside the item."""
    query = _query().where(_pushes.c.item_id.in_(list(item_ids))).order_by(_pushes.c.id)
    return {row.item_id: _order(row) for row in connection.execute(query)}


def counts(connection: Connection) -> dict[str, int]:
    rows = connection.execute(
        select(_pushes.c.state, _pushes.c.id).where(_pushes.c.state.in_(("pending", "failed")))
    )
    found = {"pending": 0, "failed": 0}
    for row in rows:
        found[row.state] += 1
    return found


def counts_by_source(connection: Connection) -> dict[int, int]:
    """Pending pushes per account (source id): what a send-only sync has to do."""
    rows = connection.execute(
        select(_pushes.c.source_id, _pushes.c.id).where(_pushes.c.state == "pending")
    )
    found: dict[int, int] = {}
    for row in rows:
        found[row.source_id] = found.get(row.source_id, 0) + 1
    return found


def record_done(
    connection: Connection, push_id: str, author: Author, *, remote: str | None = None
) -> Event:
    """The platform did it (``remote``: the id of what it made, a reply's)."""
    payload: dict[str, Any] = {"push": push_id}
    if remote:
        payload["remote"] = remote
    return eventlog.record(connection, Kind.PUSH_DONE, payload, author)


def record_failed(
    connection: Connection, push_id: str, message: str, author: Author, *, unanswered: bool = False
) -> Event:
    """The platform refused, in its own words: it stays failed until retried. Or
    (``unanswered``) the try got no answer: it stays pending and goes again at the next sync,
    which knows it was tried before."""
    payload: dict[str, Any] = {"push": push_id, "message": message[:2000]}
    if unanswered:
        payload["unanswered"] = True
    return eventlog.record(connection, Kind.PUSH_FAILED, payload, author)


def retry(connection: Connection, push_id: str, author: Author) -> Event:
    """Send a failed push again at the next sync."""
    return eventlog.record(connection, Kind.PUSH_RETRIED, {"push": push_id}, author)


def _item_ref(connection: Connection, item_id: int) -> dict[str, str]:
    row = connection.execute(
        select(_items.c.network, _items.c.external_id).where(_items.c.id == item_id)
    ).first()
    if row is None:
        raise WorkbenchError(
            translate("Queue", "There is no item {id} in this database.").format(id=item_id)
        )
    return {"network": row.network, "id": row.external_id}


def reply(connection: Connection, item_id: int, text: str, author: Author) -> Event:
    """Reply on the platform to an item from a connected account (sent by the next sync)."""
    if not text.strip():
        raise WorkbenchError(translate("Pushes", "A reply needs some text."))
    payload = {"item": _item_ref(connection, item_id), "text": text}
    return eventlog.record(connection, Kind.QUEUE_REPLIED, payload, author)


def act_on_author(
    connection: Connection, item_id: int, action: str, reason: str, author: Author
) -> Event:
    """Kick or ban the item's author where the item is (a Matrix room), with the reason the
    platform shows them; sent by the next sync."""
    payload = {"item": _item_ref(connection, item_id), "action": action, "reason": reason}
    return eventlog.record(connection, Kind.QUEUE_AUTHOR_ACTED, payload, author)
