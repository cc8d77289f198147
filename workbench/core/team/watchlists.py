"""Watch lists: members and domains the team recommends to watch, mute, ban or trust.

A list is its owner's: they set and retract its entries, and the events travel in their
bundles. A teammate subscribes to it (then its entries are in force in their store too) and may
override an entry there ("not a ban here"); subscriptions and overrides stay in their store.
Entries past their expiry leave every view, as retracted ones do.
"""

import uuid
from contextlib import suppress
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, func, or_, select

from workbench.core import clock
from workbench.core.errors import WorkbenchError
from workbench.core.events import eventlog
from workbench.core.events.event import Event, Kind
from workbench.core.events.projections.watchlists import (
    DOMAIN,
    IGNORE,
    OVERRIDES,
    REASON_LIMIT,
    RECOMMENDATIONS,
    is_domain,
)
from workbench.core.i18n import translate
from workbench.core.settings import Author
from workbench.core.store.schema import Member, Watchlist, WatchlistEntry, table

__all__ = ["DOMAIN", "IGNORE", "OVERRIDES", "RECOMMENDATIONS"]

_lists = table(Watchlist)
_entries = table(WatchlistEntry)
_members = table(Member)


@dataclass(frozen=True, slots=True, order=True)
class Target:
    """What an entry names: a member (network and network id) or a domain."""

    network: str
    entity: str

    @property
    def is_domain(self) -> bool:
        return self.network == DOMAIN

    def to_payload(self) -> dict[str, Any]:
        if self.is_domain:
            return {"domain": self.entity}
        return {"member": {"network": self.network, "id": self.entity}}

    def __str__(self) -> str:
        return self.entity if self.is_domain else f"{self.network}:{self.entity}"


def domain(value: str) -> Target:
    """A domain as typed (any case, a trailing dot, non-ASCII letters), or WorkbenchError."""
    text = value.strip().rstrip(".").lower()
    with suppress(UnicodeError):  # left as it is, and refused below
        text = text.encode("idna").decode("ascii")
    if not is_domain(text):
        raise WorkbenchError(
            translate("Watchlists", "'{value}' is not a domain name.").format(value=value)
        )
    return Target(DOMAIN, text)


def target(value: str) -> Target:
    """``network:id`` names a member (``matrix:@eve:example.org``), anything else a domain."""
    network, colon, entity = value.strip().partition(":")
    if not colon:
        return domain(value)
    if not network or not entity.strip() or network == DOMAIN:
        raise WorkbenchError(
            translate(
                "Watchlists", "'{value}' names neither a member (network:id) nor a domain."
            ).format(value=value)
        )
    return Target(network, entity.strip())


@dataclass(frozen=True, slots=True)
class WatchList:
    uid: str
    name: str
    owner_id: str
    owner_name: str
    created_at: int
    subscribed: bool
    mine: bool
    entries: int
    """Entries in the views: neither retracted nor expired."""

    @property
    def in_force(self) -> bool:
        """Whether its entries count here: this manager's own lists and those they follow."""
        return self.mine or self.subscribed


@dataclass(frozen=True, slots=True)
class Entry:
    list_uid: str
    list_name: str
    target: Target
    label: str
    """The member's handle or name where this store knows them, else the target itself."""
    recommendation: str
    reason: str
    expires_at: int | None
    set_at: int
    set_by: str
    override: str | None
    override_reason: str

    @property
    def effective(self) -> str:
        """What holds here: the override, else the list's recommendation."""
        return self.override or self.recommendation


def _live(now: int) -> Any:
    return or_(_entries.c.expires_at.is_(None), _entries.c.expires_at > now)


def lists(connection: Connection, me: Author, *, now: int | None = None) -> list[WatchList]:
    """Every list this store knows: this manager's first, then the teammates', by name."""
    now = clock.now() if now is None else now
    counts = (
        select(_entries.c.list_uid, func.count().label("n"))
        .where(_live(now))
        .group_by(_entries.c.list_uid)
        .subquery()
    )
    rows = connection.execute(
        select(_lists, func.coalesce(counts.c.n, 0).label("n"))
        .outerjoin(counts, counts.c.list_uid == _lists.c.uid)
        .order_by(_lists.c.owner_id != me.id, func.lower(_lists.c.name), _lists.c.uid)
    )
    return [
        WatchList(
            row.uid,
            row.name,
            row.owner_id,
            row.owner_name,
            row.created_at,
            bool(row.subscribed),
            row.owner_id == me.id,
            int(row.n),
        )
        for row in rows
    ]


def find(connection: Connection, me: Author, name: str) -> WatchList:
    """The list called ``name`` (or with that uid), or WorkbenchError saying what there is."""
    known = lists(connection, me)
    found = [w for w in known if w.uid == name] or [
        w for w in known if w.name.casefold() == name.strip().casefold()
    ]
    if len(found) == 1:
        return found[0]
    if found:
        raise WorkbenchError(
            translate(
                "Watchlists", "{count} watch lists are called '{name}'; name one by its uid: {uids}"
            ).format(count=len(found), name=name, uids=", ".join(w.uid for w in found))
        )
    raise WorkbenchError(
        translate(
            "Watchlists", "There is no watch list called '{name}' (workbench watchlist list)."
        ).format(name=name)
    )


def _check_reason(reason: str) -> str:
    reason = reason.strip()
    if len(reason) > REASON_LIMIT:
        raise WorkbenchError(
            translate("Watchlists", "A reason has at most {limit} characters.").format(
                limit=REASON_LIMIT
            )
        )
    return reason


def _mine(watchlist: WatchList) -> None:
    if not watchlist.mine:
        raise WorkbenchError(
            translate(
                "Watchlists",
                "The watch list '{name}' is {owner}'s: only they change its entries; override "
                "an entry to decide otherwise here.",
            ).format(name=watchlist.name, owner=watchlist.owner_name)
        )


def create(connection: Connection, name: str, author: Author) -> Event:
    name = " ".join(name.split())
    if not name or len(name) > 120:
        raise WorkbenchError(
            translate("Watchlists", "Give the watch list a name of 1 to 120 characters.")
        )
    if any(w.name.casefold() == name.casefold() for w in lists(connection, author)):
        raise WorkbenchError(
            translate("Watchlists", "There is a watch list called '{name}' already.").format(
                name=name
            )
        )
    return eventlog.record(
        connection, Kind.WATCHLIST_CREATED, {"list": str(uuid.uuid4()), "name": name}, author
    )


def set_entry(
    connection: Connection,
    watchlist: WatchList,
    to: Target,
    recommendation: str,
    author: Author,
    *,
    reason: str = "",
    expires_at: int | None = None,
) -> Event:
    """Add ``to`` to the list, or change its entry."""
    _mine(watchlist)
    if recommendation not in RECOMMENDATIONS:
        raise WorkbenchError(
            translate("Watchlists", "A recommendation is one of {choices}; not '{value}'.").format(
                choices=", ".join(RECOMMENDATIONS), value=recommendation
            )
        )
    if expires_at is not None and expires_at <= clock.now():
        raise WorkbenchError(translate("Watchlists", "The expiry must lie in the future."))
    payload = {
        "list": watchlist.uid,
        **to.to_payload(),
        "recommendation": recommendation,
        "reason": _check_reason(reason),
        "expires_at": expires_at,
    }
    return eventlog.record(connection, Kind.WATCHLIST_ENTRY_SET, payload, author)


def entry(connection: Connection, watchlist: WatchList, of: Target) -> Entry | None:
    """The list's entry for ``of``, expired or not."""
    found = _entry_rows(connection, (_entries.c.list_uid == watchlist.uid) & _is(of), None)
    return found[0] if found else None


def _missing(watchlist: WatchList, of: Target) -> WorkbenchError:
    return WorkbenchError(
        translate("Watchlists", "The watch list '{name}' has no entry for {target}.").format(
            name=watchlist.name, target=of
        )
    )


def retract(connection: Connection, watchlist: WatchList, of: Target, author: Author) -> Event:
    """Take ``of`` off the list: it leaves every store that merges the retraction."""
    _mine(watchlist)
    if entry(connection, watchlist, of) is None:
        raise _missing(watchlist, of)
    payload = {"list": watchlist.uid, **of.to_payload()}
    return eventlog.record(connection, Kind.WATCHLIST_ENTRY_RETRACTED, payload, author)


def subscribe(connection: Connection, watchlist: WatchList, author: Author) -> Event:
    if watchlist.mine:
        raise WorkbenchError(
            translate("Watchlists", "'{name}' is your own list; it is always in force.").format(
                name=watchlist.name
            )
        )
    return eventlog.record(connection, Kind.WATCHLIST_SUBSCRIBED, {"list": watchlist.uid}, author)


def unsubscribe(connection: Connection, watchlist: WatchList, author: Author) -> Event:
    if not watchlist.subscribed:
        raise WorkbenchError(
            translate("Watchlists", "You do not follow the watch list '{name}'.").format(
                name=watchlist.name
            )
        )
    return eventlog.record(connection, Kind.WATCHLIST_UNSUBSCRIBED, {"list": watchlist.uid}, author)


def override(
    connection: Connection,
    watchlist: WatchList,
    of: Target,
    instead: str | None,
    author: Author,
    *,
    reason: str = "",
) -> Event:
    """Decide otherwise here: another recommendation, ``ignore``, or None for the list's own."""
    if entry(connection, watchlist, of) is None:
        raise _missing(watchlist, of)
    if instead is not None and instead not in OVERRIDES:
        raise WorkbenchError(
            translate("Watchlists", "An override is one of {choices}; not '{value}'.").format(
                choices=", ".join(OVERRIDES), value=instead
            )
        )
    payload = {
        "list": watchlist.uid,
        **of.to_payload(),
        "override": instead,
        "reason": _check_reason(reason),
    }
    return eventlog.record(connection, Kind.WATCHLIST_OVERRIDDEN, payload, author)


def _is(of: Target) -> Any:
    return and_(_entries.c.network == of.network, _entries.c.entity == of.entity)


def _entry_rows(connection: Connection, where: Any, now: int | None) -> list[Entry]:
    query = (
        select(
            _entries,
            _lists.c.name.label("list_name"),
            _members.c.handle,
            _members.c.display_name,
        )
        .join(_lists, _lists.c.uid == _entries.c.list_uid)
        .outerjoin(
            _members,
            and_(
                _members.c.network == _entries.c.network,
                _members.c.external_id == _entries.c.entity,
            ),
        )
        .where(where)
        .order_by(func.lower(_lists.c.name), _entries.c.network, _entries.c.entity)
    )
    if now is not None:
        query = query.where(_live(now))
    return [
        Entry(
            row.list_uid,
            row.list_name,
            Target(row.network, row.entity),
            row.handle or row.display_name or str(Target(row.network, row.entity)),
            row.recommendation,
            row.reason,
            row.expires_at,
            row.set_at,
            row.set_by,
            row.override,
            row.override_reason,
        )
        for row in connection.execute(query)
    ]


def entries(connection: Connection, watchlist: WatchList, *, now: int | None = None) -> list[Entry]:
    """The list's entries that are neither retracted nor expired."""
    now = clock.now() if now is None else now
    return _entry_rows(connection, _entries.c.list_uid == watchlist.uid, now)


def naming(
    connection: Connection, network: str, external_id: str, me: Author, *, now: int | None = None
) -> list[Entry]:
    """The entries of lists in force here that name this member, expired ones left out."""
    now = clock.now() if now is None else now
    in_force = or_(_lists.c.owner_id == me.id, _lists.c.subscribed.is_(True))
    return _entry_rows(connection, _is(Target(network, external_id)) & in_force, now)


def naming_member(
    connection: Connection, member_id: int, me: Author, *, now: int | None = None
) -> list[Entry]:
    """``naming`` for a member of this store, by row id (a profile's)."""
    row = connection.execute(
        select(_members.c.network, _members.c.external_id).where(_members.c.id == member_id)
    ).first()
    return [] if row is None else naming(connection, row.network, row.external_id, me, now=now)
