"""A member's profile: their timeline, weekly activity, and who they talk with most."""

from dataclasses import dataclass

from sqlalchemy import Connection

from workbench.core.errors import WorkbenchError
from workbench.core.i18n import translate
from workbench.core.store.queries import queries
from workbench.core.text import excerpt

WEEK = 7 * 86_400


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    at: int
    kind: str
    """item, note, decision or intervention"""
    ref: str
    """The row's id in its table, for paging and links."""
    summary: str
    author: str


@dataclass(frozen=True, slots=True)
class Partner:
    member_id: int
    handle: str
    replies_to_them: int
    """How often this partner replied to the member."""
    replies_from_them: int
    """How often the member replied to this partner."""


def find_member(connection: Connection, key: str) -> int:
    """A member by row id, by handle, or by network:handle; one clear error otherwise."""
    if key.isdigit():
        found = queries(connection).members.ids_by_key(int(key), "", "")
    else:
        network, _, handle = key.rpartition(":") if ":" in key else ("", "", key)
        found = queries(connection).members.ids_by_key(None, handle, network)
    if not found:
        raise WorkbenchError(translate("Members", "No member is called {key}.").format(key=key))
    if len(found) > 1:
        raise WorkbenchError(
            translate(
                "Members", "{key} names {count} members; write network:handle or the id."
            ).format(key=key, count=len(found))
        )
    return found[0]


def timeline(
    connection: Connection,
    member_id: int,
    *,
    before: TimelineEntry | None = None,
    limit: int = 50,
) -> list[TimelineEntry]:
    """Items, notes, decisions on their items, interventions and changes of status (who banned
    them, when), newest first, paged."""
    rows = queries(connection).members.timeline(
        member_id,
        None if before is None else before.at,
        None if before is None else before.ref,
        limit,
    )
    return [
        TimelineEntry(row.at, row.kind, row.ref, excerpt(row.summary or "", 200), row.author)
        for row in rows
    ]


def item_of(connection: Connection, entry: TimelineEntry) -> int | None:
    """The item a timeline entry is about: the item itself, the item a decision was on, or the
    item a note was taken on (if it was)."""
    if entry.kind == "item":
        return int(entry.ref)
    return queries(connection).members.item_of(entry.kind, entry.ref)


def weekly_activity(
    connection: Connection, member_id: int, *, now: int, weeks: int = 26
) -> tuple[list[tuple[int, int]], list[int]]:
    """Items per week over the last ``weeks`` weeks ((week start, count), oldest first), and the
    times of the interventions on the member in that span, to mark on the chart."""
    start = now - weeks * WEEK
    members = queries(connection).members
    counts = members.weekly_counts(member_id, start, WEEK, now)
    interventions = members.intervention_times(member_id, start)
    return [(start + n * WEEK, int(counts.get(n, 0))) for n in range(weeks)], interventions


def partners(connection: Connection, member_id: int, *, limit: int = 10) -> list[Partner]:
    """The members this one talks with most: who replies to them, and whom they reply to."""
    replied = {
        int(partner): (str(handle), int(to_them), int(from_them))
        for partner, handle, to_them, from_them in queries(connection).members.partners(member_id)
    }
    ranked = sorted(replied.items(), key=lambda kv: (-(kv[1][1] + kv[1][2]), kv[1][0]))
    return [Partner(pid, h, a, b) for pid, (h, a, b) in ranked[:limit]]


def ratings(connection: Connection, member_id: int) -> dict[str, list[tuple[int, str, int]]]:
    """Ratings by dimension, newest first: (value, rater, time); the first is the latest."""
    found: dict[str, list[tuple[int, str, int]]] = {}
    for dimension, value, rater, at in queries(connection).members.ratings(member_id):
        found.setdefault(dimension, []).append((int(value), str(rater), int(at)))
    return found
