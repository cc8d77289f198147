"""Appliers for the team's watch lists: lists, their entries, and this manager's subscriptions
and overrides (the watchlists and watchlist_entries tables).

A list belongs to the manager who made it: only their events set or retract its entries, so a
teammate's bundle cannot rewrite someone else's list. Subscriptions and overrides are this
manager's own choices and never travel (``event.STAYS_HERE``); an override survives every later
change of its entry and goes with the entry's retraction. An entry names a member by network and
network id, whether this store holds them or not (a shared ban list names people not met yet).
"""

import re
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from workbench.core.errors import InvalidEventError
from workbench.core.events.event import Event, Kind
from workbench.core.events.projections.fields import choice_of, text_of, time_of
from workbench.core.members.digest import erasure_digest
from workbench.core.refs import Ref
from workbench.core.store import upsert
from workbench.core.store.schema import Watchlist, WatchlistEntry, table

RECOMMENDATIONS = ("watch", "mute", "ban", "trusted")
IGNORE = "ignore"
"""The override that sets an entry aside here ("not a ban here")."""
OVERRIDES = (*RECOMMENDATIONS, IGNORE)
DOMAIN = "domain"
"""The network of an entry that names a whole domain (a server, an instance)."""
REASON_LIMIT = 1000
_DOMAIN = re.compile(r"^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$")

_lists = table(Watchlist)
_entries = table(WatchlistEntry)


def is_domain(value: str) -> bool:
    """Whether ``value`` is a domain as entries keep it: lower case, ASCII (IDNA), no dot at
    either end."""
    return bool(_DOMAIN.match(value))


def target_of(payload: dict[str, Any]) -> tuple[str, str]:
    """(network, entity) of the member or the domain an entry event names."""
    if "domain" in payload:
        domain = payload["domain"]
        if not isinstance(domain, str) or not is_domain(domain):
            raise InvalidEventError(f"Field 'domain' must be a domain name; got {domain!r}.")
        return DOMAIN, domain
    ref = Ref.from_json(payload.get("member"), "member")
    if not ref.network or ref.network == DOMAIN or not ref.id or len(ref.id) > 500:
        raise InvalidEventError(f"Field 'member' must name a member; got {ref.to_json()!r}.")
    return ref.network, ref.id


def _list_of(connection: Connection, payload: dict[str, Any]) -> Any:
    uid = text_of(payload, "list", limit=60)
    row = connection.execute(select(_lists).where(_lists.c.uid == uid)).first()
    if row is None:
        raise InvalidEventError(f"Unknown watch list {uid}.")
    return row


def _owned(connection: Connection, event: Event) -> str:
    """The uid of the list the event changes, which must be its author's. A list whose
    creation this store has not seen yet (a bundle of the last week only) is noted as the
    author's with no name: its creation, older, recomputes everything when it arrives."""
    uid = text_of(event.payload, "list", limit=60)
    row = connection.execute(select(_lists).where(_lists.c.uid == uid)).first()
    if row is None:
        connection.execute(
            insert(_lists).values(
                uid=uid,
                name="",
                owner_id=event.author_id,
                owner_name=event.author_name,
                created_at=event.created_at,
            )
        )
    elif row.owner_id != event.author_id:
        raise InvalidEventError(
            f"The watch list '{row.name or uid}' is {row.owner_name}'s; {event.author_name} "
            "cannot change it."
        )
    return uid


def _created(connection: Connection, event: Event) -> None:
    payload = event.payload
    uid = _owned(connection, event)
    name = text_of(payload, "name", limit=120)
    connection.execute(
        update(_lists)
        .where(_lists.c.uid == uid)
        .values(name=name, created_at=event.created_at, owner_name=event.author_name)
    )


def _entry_set(connection: Connection, event: Event) -> None:
    payload = event.payload
    uid = _owned(connection, event)
    network, entity = target_of(payload)
    values = {
        "recommendation": choice_of(payload, "recommendation", RECOMMENDATIONS),
        "reason": text_of(payload, "reason", required=False, limit=REASON_LIMIT),
        "expires_at": time_of(payload, "expires_at"),
        "set_at": event.created_at,
        "set_by": event.author_name,
    }
    connection.execute(
        upsert(connection, _entries)
        .values(network=network, entity=entity, list_uid=uid, **values)
        .on_conflict_do_update(
            index_elements=[_entries.c.network, _entries.c.entity, _entries.c.list_uid],
            set_=values,
        )
    )


def _where(uid: str, network: str, entity: str) -> Any:
    return (
        (_entries.c.list_uid == uid)
        & (_entries.c.network == network)
        & (_entries.c.entity == entity)
    )


def _entry_retracted(connection: Connection, event: Event) -> None:
    uid = _owned(connection, event)
    connection.execute(delete(_entries).where(_where(uid, *target_of(event.payload))))


def _subscription(subscribed: bool) -> Any:
    def apply(connection: Connection, event: Event) -> None:
        uid = _list_of(connection, event.payload).uid
        connection.execute(update(_lists).where(_lists.c.uid == uid).values(subscribed=subscribed))

    return apply


def _overridden(connection: Connection, event: Event) -> None:
    """An override of an entry retracted meanwhile (a teammate's older retraction, merged
    later) has nothing left to override."""
    payload = event.payload
    uid = _list_of(connection, payload).uid
    override = payload.get("override")
    if override is not None:
        choice_of(payload, "override", OVERRIDES)
    connection.execute(
        update(_entries)
        .where(_where(uid, *target_of(payload)))
        .values(
            override=override,
            override_reason=text_of(payload, "reason", required=False, limit=REASON_LIMIT),
        )
    )


def _member_erased(connection: Connection, event: Event) -> None:
    """Entries naming the erased member name their placeholder now, as the events do."""
    payload = event.payload
    member = Ref.from_json(payload.get("member"), "member")
    digest = payload.get("erased")
    rows = connection.execute(
        select(_entries.c.entity).where(_entries.c.network == member.network).distinct()
    ).scalars()
    for entity in rows:
        if erasure_digest(member.network, entity) == digest:
            connection.execute(
                update(_entries)
                .where(_entries.c.network == member.network, _entries.c.entity == entity)
                .values(entity=member.id)
            )


APPLIERS = {
    Kind.WATCHLIST_CREATED: _created,
    Kind.WATCHLIST_ENTRY_SET: _entry_set,
    Kind.WATCHLIST_ENTRY_RETRACTED: _entry_retracted,
    Kind.WATCHLIST_SUBSCRIBED: _subscription(True),
    Kind.WATCHLIST_UNSUBSCRIBED: _subscription(False),
    Kind.WATCHLIST_OVERRIDDEN: _overridden,
    Kind.MEMBER_ERASED: _member_erased,
}


def reset(connection: Connection) -> None:
    connection.execute(delete(_entries))
    connection.execute(delete(_lists))
