"""What a change to watch lists would do, shown before it is made: a teammate's bundle that
retracts entries or bans members, a CSV or a policy room read into a list.

A plan makes some of a list's entries (a scope: its domains, say) equal to the ones wanted:
entries added, changed and retracted, each an event of the list's owner. The merge preview
lists what a bundle's events change in the lists in force here.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from workbench.core import clock
from workbench.core.errors import InvalidEventError
from workbench.core.events import eventlog
from workbench.core.events.event import Kind
from workbench.core.events.projections.watchlists import target_of
from workbench.core.settings import Author
from workbench.core.team import watchlists
from workbench.core.team.bundles import format as fmt
from workbench.core.team.watchlists import Entry, Target, WatchList

_ENTRY_KINDS = (Kind.WATCHLIST_ENTRY_SET, Kind.WATCHLIST_ENTRY_RETRACTED)


@dataclass(frozen=True, slots=True)
class Change:
    list_name: str
    target: Target
    label: str
    before: str | None
    """The recommendation in force before (None: no entry, or an expired one)."""
    after: str | None
    """The recommendation after (None: retracted)."""
    reason: str
    override: str | None = None
    """This manager's override of the entry, which holds here whatever the list says."""

    @property
    def what(self) -> str:
        """added, retracted or changed."""
        if self.before is None:
            return "added"
        return "retracted" if self.after is None else "changed"


@dataclass(frozen=True, slots=True)
class Wanted:
    recommendation: str
    reason: str = ""
    expires_at: int | None = None


@dataclass(frozen=True, slots=True)
class Plan:
    watchlist: WatchList
    changes: tuple[Change, ...]
    wanted: dict[Target, Wanted]
    unchanged: int


def plan(
    connection: Connection,
    watchlist: WatchList,
    wanted: dict[Target, Wanted],
    scope: Callable[[Entry], bool],
) -> Plan:
    """What makes the list's entries within ``scope`` the ``wanted`` ones."""
    now = clock.now()
    have = {e.target: e for e in watchlists.entries(connection, watchlist, now=now)}
    changes: list[Change] = []
    unchanged = 0
    for to, want in sorted(wanted.items()):
        old = have.get(to)
        if old is not None and (old.recommendation, old.reason, old.expires_at) == (
            want.recommendation,
            want.reason,
            want.expires_at,
        ):
            unchanged += 1
            continue
        changes.append(
            Change(
                watchlist.name,
                to,
                old.label if old else str(to),
                old.recommendation if old else None,
                want.recommendation,
                want.reason,
                old.override if old else None,
            )
        )
    for to, old in sorted(have.items()):
        if scope(old) and to not in wanted:
            changes.append(
                Change(watchlist.name, to, old.label, old.recommendation, None, "", old.override)
            )
    return Plan(watchlist, tuple(changes), wanted, unchanged)


def carry_out(connection: Connection, planned: Plan, author: Author) -> int:
    """Record the plan's events in the caller's write transaction; how many."""
    for change in planned.changes:
        if change.after is None:
            watchlists.retract(connection, planned.watchlist, change.target, author)
        else:
            want = planned.wanted[change.target]
            watchlists.set_entry(
                connection,
                planned.watchlist,
                change.target,
                want.recommendation,
                author,
                reason=want.reason,
                expires_at=want.expires_at,
            )
    return len(planned.changes)


def _key(payload: dict[str, Any]) -> tuple[str, Target] | None:
    try:
        network, entity = target_of(payload)
    except InvalidEventError:
        return None  # the merge refuses it, naming its line
    return str(payload.get("list")), Target(network, entity)


def in_merge(connection: Connection, records: Iterable[dict[str, Any]], me: Author) -> tuple[
    Change, ...
]:  # fmt: skip
    """What a bundle's new events (``records``, as the bundle holds them) change in the lists
    in force here: bans added, entries retracted or changed."""
    now = clock.now()
    in_force = {w.uid: w for w in watchlists.lists(connection, me, now=now) if w.in_force}
    latest: dict[tuple[str, Target], tuple[tuple[int, str], dict[str, Any] | None]] = {}

    def consider(at: int, event_id: str, kind: str, payload: dict[str, Any]) -> None:
        key = _key(payload)
        if key is None or key[0] not in in_force:
            return
        seen = latest.get(key)
        if seen is None or seen[0] < (at, event_id):
            latest[key] = ((at, event_id), payload if kind == Kind.WATCHLIST_ENTRY_SET else None)

    new = [r for r in records if r["kind"] in _ENTRY_KINDS]
    if not new:
        return ()
    for event in eventlog.iter_events(connection, kinds=_ENTRY_KINDS):
        consider(event.created_at, event.id, event.kind, event.payload)
    touched = set()
    for record in new:
        consider(fmt.unix(record["at"]), record["id"], record["kind"], record["payload"])
        if (key := _key(record["payload"])) is not None:
            touched.add(key)
    changes = []
    for key in sorted(touched & set(latest)):
        uid, to = key
        watchlist = in_force[uid]
        old: Entry | None = watchlists.entry(connection, watchlist, to)
        before = old.recommendation if old and _live(old.expires_at, now) else None
        payload = latest[key][1]
        live = payload is not None and _live(payload.get("expires_at"), now)
        after = str(payload["recommendation"]) if payload is not None and live else None
        reason = str(payload.get("reason") or "") if payload is not None else ""
        if (before, old.reason if old else "") != (after, reason) and (before or after):
            label = old.label if old else str(to)
            changes.append(
                Change(
                    watchlist.name, to, label, before, after, reason, old.override if old else None
                )
            )
    return tuple(changes)


def _live(expires_at: Any, now: int) -> bool:
    return expires_at is None or (isinstance(expires_at, int) and expires_at > now)
