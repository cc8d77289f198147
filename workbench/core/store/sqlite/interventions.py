"""Interventions' SQL: the measured effect, follow-ups and the log, the effectiveness report,
and the strikes and cases of graduated enforcement.

The effect's windows read the items' (member, time), (thread, time) and (source, time) indexes;
the report is one pass of SQL over the (member, time) indexes.
"""

from collections.abc import Sequence
from typing import Any, ClassVar

from sqlalchemy import Connection, Row, TextClause, text

from workbench.core.store.sqlite.binding import chunks, marks, statement

_INTERVENTION = text("SELECT created_at, channel FROM interventions WHERE id = :id")
_TARGETS = text(
    "SELECT t.member_id, t.source_id, i.member_id AS author FROM intervention_targets t "
    "LEFT JOIN items i ON i.id = t.item_id WHERE t.intervention_id = :id"
)
_MINE = statement(
    "SELECT i.id, i.body, coalesce(q.reasons, 0) AS reasons FROM items i "
    "LEFT JOIN queue q ON q.item_id = i.id "
    "WHERE i.member_id IN :members AND i.created_at >= :start AND i.created_at < :end",
    "members",
)
_REPLIES = statement(
    "SELECT r.member_id FROM items mine JOIN items r ON r.network = mine.network "
    "AND r.thread_external_id = mine.thread_external_id "
    "AND r.parent_external_id = mine.external_id "
    "WHERE mine.member_id IN :members AND r.created_at >= :start AND r.created_at < :end "
    "AND coalesce(r.member_id, -1) NOT IN :members",
    "members",
)
_REPLIED_TO = statement(
    "SELECT p.member_id FROM items me JOIN items p ON p.network = me.network "
    "AND p.external_id = me.parent_external_id "
    "WHERE me.member_id IN :members AND me.created_at >= :start AND me.created_at < :end "
    "AND p.member_id IS NOT NULL AND p.member_id NOT IN :members",
    "members",
)
_REMOVALS = statement(
    "SELECT count(*) FROM queue_decisions d JOIN items i ON i.id = d.item_id "
    "WHERE i.member_id IN :members AND d.state = 'removed' AND NOT d.undone "
    "AND d.decided_at >= :start AND d.decided_at < :end",
    "members",
)
_ACTIVE = statement(
    "SELECT count(*) AS active, coalesce(sum(m.first_seen_at >= :start), 0) AS new "
    "FROM (SELECT DISTINCT member_id FROM items "
    "WHERE source_id IN :sources AND created_at >= :start AND created_at < :end) a "
    "JOIN members m ON m.id = a.member_id",
    "sources",
)
_SOURCE_ITEMS = statement(
    "SELECT count(*) FROM items WHERE source_id IN :sources "
    "AND created_at >= :start AND created_at < :end",
    "sources",
)
_THREADS = text(
    "SELECT DISTINCT i.network, i.thread_external_id FROM intervention_targets t "
    "JOIN items i ON i.id = t.item_id WHERE t.intervention_id = :id"
)
_THREAD_BODIES = text(
    "SELECT body FROM items WHERE network = :network "
    "AND thread_external_id = :thread AND created_at >= :at AND created_at < :end"
)
_TARGET_WORDS = statement(
    "SELECT t.intervention_id, coalesce(m.handle, substr(i.body, 1, 40), s.name) "
    "FROM intervention_targets t LEFT JOIN members m ON m.id = t.member_id "
    "LEFT JOIN items i ON i.id = t.item_id "
    "LEFT JOIN sources s ON s.id = t.source_id "
    "WHERE t.intervention_id IN :ids ORDER BY t.id",
    "ids",
)
_LOG = text(
    "SELECT iv.*, (SELECT o.outcome FROM observations o WHERE o.intervention_id = iv.id "
    "ORDER BY o.created_at DESC LIMIT 1) AS outcome FROM interventions iv "
    "ORDER BY iv.created_at DESC LIMIT :limit"
)
_PER_INTERVENTION = text("""
WITH chosen AS (
  SELECT iv.id, iv.kind, iv.created_at FROM interventions iv
  WHERE iv.created_at >= :since AND iv.created_at < :until
    AND (:author IS NULL OR iv.author_name = :author)
    AND (:source IS NULL OR EXISTS (SELECT 1 FROM intervention_targets ts
         LEFT JOIN items ti ON ti.id = ts.item_id
         WHERE ts.intervention_id = iv.id AND (ts.source_id = :source OR ti.source_id = :source
         OR EXISTS (SELECT 1 FROM items mi WHERE mi.member_id = ts.member_id
                    AND mi.source_id = :source))))
),
windows AS (
  -- One pass over each target's items in both windows, through the (member, time) index.
  SELECT c.id, t.member_id,
    sum(i.created_at < c.created_at) AS before,
    sum(i.created_at >= c.created_at) AS after,
    sum(i.created_at < c.created_at AND coalesce(q.reasons, 0) & :flags != 0) AS flagged_before,
    sum(i.created_at >= c.created_at AND coalesce(q.reasons, 0) & :flags != 0) AS flagged_after
  FROM chosen c
  JOIN intervention_targets t ON t.intervention_id = c.id AND t.member_id IS NOT NULL
  LEFT JOIN items i ON i.member_id = t.member_id
    AND i.created_at >= c.created_at - :span AND i.created_at < c.created_at + :span
  LEFT JOIN queue q ON q.item_id = i.id
  GROUP BY c.id, t.member_id
)
SELECT c.id, c.kind, w.member_id,
  coalesce(w.before, 0) AS before, coalesce(w.after, 0) AS after,
  coalesce(w.flagged_before, 0) AS flagged_before, coalesce(w.flagged_after, 0) AS flagged_after,
  w.member_id IS NOT NULL AND EXISTS (SELECT 1 FROM intervention_targets t2
     JOIN interventions iv2 ON iv2.id = t2.intervention_id
     WHERE t2.member_id = w.member_id AND iv2.id != c.id
     AND iv2.kind IN ('warning', 'content_removal', 'ban')
     AND iv2.created_at > c.created_at AND iv2.created_at <= c.created_at + :repeat) AS repeated,
  (SELECT o.outcome FROM observations o WHERE o.intervention_id = c.id
     ORDER BY o.created_at DESC LIMIT 1) AS outcome
FROM chosen c LEFT JOIN windows w ON w.id = c.id
""")
_STRIKES = statement(
    "SELECT iv.id, iv.kind, iv.created_at FROM intervention_targets t "
    "JOIN interventions iv ON iv.id = t.intervention_id "
    "WHERE t.member_id = :member AND iv.kind IN :sanctions "
    "AND iv.created_at > :since AND iv.created_at <= :now ORDER BY iv.created_at",
    "sanctions",
)
_CASES = statement(
    """
SELECT iv.kind,
  (SELECT count(*) FROM intervention_targets t2 JOIN interventions iv2
     ON iv2.id = t2.intervention_id
   WHERE t2.member_id = t.member_id AND iv2.kind IN :sanctions
     AND iv2.created_at < iv.created_at AND iv2.created_at > iv.created_at - :span) AS strikes,
  NOT EXISTS (SELECT 1 FROM items i JOIN queue q ON q.item_id = i.id
   WHERE i.member_id = t.member_id AND i.created_at > iv.created_at
     AND i.created_at <= iv.created_at + :window AND q.reasons & :flags != 0) AS clean
FROM interventions iv
JOIN intervention_targets t ON t.intervention_id = iv.id AND t.member_id IS NOT NULL
WHERE iv.created_at + :window <= :now
""",
    "sanctions",
)


class InterventionsSQL:
    """The interventions subject on one SQLite connection (PostgreSQL's respells the sums of
    truth values and counts by day on its own driver)."""

    __slots__ = ("_connection",)
    _active: ClassVar[TextClause] = _ACTIVE
    _per_intervention: ClassVar[TextClause] = _PER_INTERVENTION

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def intervention(self, intervention_id: str) -> Row[Any] | None:
        """(created_at, channel) of the intervention."""
        return self._connection.execute(_INTERVENTION, {"id": intervention_id}).first()

    def targets(self, intervention_id: str) -> Sequence[Row[Any]]:
        """(member_id, source_id, author of a targeted item) of each target."""
        return self._connection.execute(_TARGETS, {"id": intervention_id}).all()

    def members_window(
        self, member_ids: Sequence[int], start: int, end: int
    ) -> tuple[Sequence[Row[Any]], Sequence[Row[Any]], Sequence[Row[Any]], int]:
        """The members' items in [start, end) (id, body, queue reasons), the replies they
        received (replier), the members they replied to, and their removed items."""
        params = {"members": list(member_ids), "start": start, "end": end}
        run = self._connection.execute
        return (
            run(_MINE, params).all(),
            run(_REPLIES, params).all(),
            run(_REPLIED_TO, params).all(),
            int(run(_REMOVALS, params).scalar_one()),
        )

    def community_window(
        self, source_ids: Sequence[int], start: int, end: int
    ) -> tuple[int, int, int]:
        """(active members, of them first seen since ``start``, items) in [start, end)."""
        params = {"sources": list(source_ids), "start": start, "end": end}
        row = self._connection.execute(self._active, params).one()
        items = self._connection.execute(_SOURCE_ITEMS, params).scalar_one()
        return int(row.active), int(row.new), int(items)

    def target_threads(self, intervention_id: str) -> list[tuple[str, str | None]]:
        """(network, thread) of the targeted items."""
        rows = self._connection.execute(_THREADS, {"id": intervention_id})
        return [(str(network), thread) for network, thread in rows]

    def thread_bodies(self, network: str, thread: str | None, at: int, end: int) -> list[str]:
        rows = self._connection.execute(
            _THREAD_BODIES, {"network": network, "thread": thread, "at": at, "end": end}
        )
        return [str(body) for (body,) in rows]

    def daily_counts(
        self, member_ids: Sequence[int], source_ids: Sequence[int], start: int, days: int, day: int
    ) -> list[int]:
        """Items per day of ``day`` seconds from ``start``: the members' own and everything in
        the sources, each item once. A count per day keeps each one a range over an index,
        without a sort; the counts run on the driver's cursor with the lists bound once, since
        SQLAlchemy would write the same lists out again for each of the days."""
        scopes = [
            (f"{column} IN ({marks(len(ids))})", list(ids))
            for column, ids in (("member_id", member_ids), ("source_id", source_ids))
            if ids
        ]
        if not scopes:
            return [0] * days
        sql = (
            f"SELECT count(*) FROM items WHERE ({' OR '.join(where for where, _ in scopes)}) "
            "AND created_at >= ? AND created_at < ?"
        )
        bound = [value for _, ids in scopes for value in ids]
        cursor = self._connection.connection.cursor()
        try:
            return [
                int(cursor.execute(sql, (*bound, at, at + day)).fetchone()[0])
                for at in range(start, start + days * day, day)
            ]
        finally:
            cursor.close()

    def target_words(self, intervention_ids: Sequence[str]) -> list[tuple[str, str]]:
        """(intervention id, handle, excerpt or source name) of each target, in target order."""
        found: list[tuple[str, str]] = []
        for chunk in chunks(intervention_ids):
            rows = self._connection.execute(_TARGET_WORDS, {"ids": chunk})
            found.extend((str(intervention), str(words)) for intervention, words in rows)
        return found

    def latest(self, limit: int) -> Sequence[Row[Any]]:
        """The latest interventions, every column, with the latest observation's outcome."""
        return self._connection.execute(_LOG, {"limit": limit}).all()

    def per_intervention(
        self,
        *,
        since: int,
        until: int,
        author: str | None,
        source_id: int | None,
        span: int,
        flags: int,
        repeat: int,
    ) -> Sequence[Row[Any]]:
        """Per chosen intervention and member target: items and flagged items in the windows
        before and after, whether a sanction followed within ``repeat``, the latest outcome."""
        return self._connection.execute(
            self._per_intervention,
            {
                "span": span,
                "flags": flags,
                "repeat": repeat,
                "since": since,
                "until": until,
                "author": author,
                "source": source_id,
            },
        ).all()

    def strikes(
        self, member_id: int, sanctions: Sequence[str], since: int, now: int
    ) -> Sequence[Row[Any]]:
        return self._connection.execute(
            _STRIKES,
            {"member": member_id, "since": since, "now": now, "sanctions": list(sanctions)},
        ).all()

    def cases(
        self, sanctions: Sequence[str], span: int, window: int, flags: int, now: int
    ) -> Sequence[Row[Any]]:
        """Per past intervention on a member: its kind, the member's strikes then, and whether
        nothing of theirs was flagged within ``window`` after."""
        return self._connection.execute(
            _CASES,
            {
                "sanctions": list(sanctions),
                "span": span,
                "window": window,
                "flags": flags,
                "now": now,
            },
        ).all()
