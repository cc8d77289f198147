"""A member's profile: their timeline, weekly activity, and who they talk with most."""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from workbench.core.errors import WorkbenchError
from workbench.core.i18n import translate
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


_TIMELINE = """
SELECT * FROM (
    SELECT i.created_at AS at, 'item' AS kind, CAST(i.id AS TEXT) AS ref,
           coalesce(nullif(i.title, ''), i.body) AS summary, '' AS author
    FROM items i WHERE i.member_id = :member
    UNION ALL
    SELECT n.created_at, 'note', n.id, n.type || ': ' || n.text, n.author_name
    FROM notes n WHERE n.member_id = :member
    UNION ALL
    SELECT d.decided_at, 'decision', d.event_id,
           d.state || CASE WHEN d.undone THEN ' (undone)' ELSE '' END, e.author_name
    FROM queue_decisions d JOIN items i ON i.id = d.item_id JOIN events e ON e.id = d.event_id
    WHERE i.member_id = :member
    UNION ALL
    SELECT iv.created_at, 'intervention', iv.id, iv.kind || ': ' || iv.message, iv.author_name
    FROM intervention_targets t JOIN interventions iv ON iv.id = t.intervention_id
    WHERE t.member_id = :member
)
WHERE (:before_at IS NULL OR at < :before_at OR (at = :before_at AND ref < :before_ref))
ORDER BY at DESC, ref DESC LIMIT :limit
"""


def find_member(connection: Connection, key: str) -> int:
    """A member by row id, by handle, or by network:handle; one clear error otherwise."""
    if key.isdigit():
        found = connection.execute(
            text("SELECT id FROM members WHERE id = :id"), {"id": int(key)}
        ).all()
    else:
        network, _, handle = key.rpartition(":") if ":" in key else ("", "", key)
        found = connection.execute(
            text(
                "SELECT id FROM members WHERE (handle = :handle OR external_id = :handle) "
                "AND (:network = '' OR network = :network)"
            ),
            {"handle": handle, "network": network},
        ).all()
    if not found:
        raise WorkbenchError(translate("Members", "No member is called {key}.").format(key=key))
    if len(found) > 1:
        raise WorkbenchError(
            translate(
                "Members", "{key} names {count} members; write network:handle or the id."
            ).format(key=key, count=len(found))
        )
    return int(found[0][0])


def timeline(
    connection: Connection,
    member_id: int,
    *,
    before: TimelineEntry | None = None,
    limit: int = 50,
) -> list[TimelineEntry]:
    """Items, notes, decisions on their items and interventions, newest first, paged."""
    rows = connection.execute(
        text(_TIMELINE),
        {
            "member": member_id,
            "before_at": None if before is None else before.at,
            "before_ref": None if before is None else before.ref,
            "limit": limit,
        },
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
    lookups = {
        "decision": "SELECT item_id FROM queue_decisions WHERE event_id = :id",
        "note": "SELECT item_id FROM notes WHERE id = :id",
    }
    if entry.kind not in lookups:
        return None
    found = connection.execute(text(lookups[entry.kind]), {"id": entry.ref}).scalar()
    return None if found is None else int(found)


def weekly_activity(
    connection: Connection, member_id: int, *, now: int, weeks: int = 26
) -> tuple[list[tuple[int, int]], list[int]]:
    """Items per week over the last ``weeks`` weeks ((week start, count), oldest first), and the
    times of the interventions on the member in that span, to mark on the chart."""
    start = now - weeks * WEEK
    counts: dict[int, int] = dict(
        connection.execute(
            text(
                "SELECT (created_at - :start) / :week, count(*) FROM items "
                "WHERE member_id = :member AND created_at >= :start AND created_at < :now "
                "GROUP BY 1"
            ),
            {"start": start, "week": WEEK, "member": member_id, "now": now},
        ).all()
    )
    interventions = [
        int(at)
        for (at,) in connection.execute(
            text(
                "SELECT iv.created_at FROM intervention_targets t "
                "JOIN interventions iv ON iv.id = t.intervention_id "
                "WHERE t.member_id = :member AND iv.created_at >= :start ORDER BY 1"
            ),
            {"member": member_id, "start": start},
        )
    ]
    return [(start + n * WEEK, int(counts.get(n, 0))) for n in range(weeks)], interventions


def partners(connection: Connection, member_id: int, *, limit: int = 10) -> list[Partner]:
    """The members this one talks with most: who replies to them, and whom they reply to."""
    replied: dict[int, list[Any]] = {}
    for partner, handle, to_them, from_them in connection.execute(
        text(
            """
            WITH mine AS (SELECT network, external_id, thread_external_id FROM items
                          WHERE member_id = :member),
                 to_them AS (
                    SELECT r.member_id AS partner FROM mine
                    JOIN items r ON r.network = mine.network
                        AND r.thread_external_id = mine.thread_external_id
                        AND r.parent_external_id = mine.external_id
                    WHERE r.member_id IS NOT NULL AND r.member_id != :member),
                 from_them AS (
                    SELECT p.member_id AS partner FROM items me
                    JOIN items p ON p.network = me.network
                        AND p.external_id = me.parent_external_id
                    WHERE me.member_id = :member AND p.member_id IS NOT NULL
                        AND p.member_id != :member)
            SELECT m.id, m.handle,
                   (SELECT count(*) FROM to_them WHERE partner = m.id),
                   (SELECT count(*) FROM from_them WHERE partner = m.id)
            FROM members m
            WHERE m.id IN (SELECT partner FROM to_them UNION SELECT partner FROM from_them)
            """
        ),
        {"member": member_id},
    ):
        replied[partner] = [handle, to_them, from_them]
    ranked = sorted(replied.items(), key=lambda kv: (-(kv[1][1] + kv[1][2]), kv[1][0]))
    return [Partner(pid, h, int(a), int(b)) for pid, (h, a, b) in ranked[:limit]]


def ratings(connection: Connection, member_id: int) -> dict[str, list[tuple[int, str, int]]]:
    """Ratings by dimension, newest first: (value, rater, time); the first is the latest."""
    found: dict[str, list[tuple[int, str, int]]] = {}
    for dimension, value, rater, at in connection.execute(
        text(
            "SELECT dimension, value, rater, rated_at FROM ratings WHERE member_id = :member "
            "ORDER BY dimension, rated_at DESC"
        ),
        {"member": member_id},
    ):
        found.setdefault(dimension, []).append((int(value), str(rater), int(at)))
    return found
