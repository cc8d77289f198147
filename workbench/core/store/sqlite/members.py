"""Members' SQL: the member card, the profile (timeline, activity, partners, ratings), persons
and their links, the members list, and the network references events carry."""

from collections.abc import Sequence
from typing import Any, ClassVar

from sqlalchemy import Connection, Row, TextClause, text

from workbench.core.store.queries import RefTable
from workbench.core.store.schema import NOTE_IN_FORCE
from workbench.core.store.sqlite.binding import statement

_CARD = text(
    "SELECT id, network, handle, display_name, status, item_count, first_seen_at, "
    "last_seen_at FROM members WHERE id = :id"
)
_TAGS = text(
    "SELECT t.name FROM member_tags mt JOIN tags t ON t.id = mt.tag_id "
    "WHERE mt.member_id = :id ORDER BY t.name"
)
_LATEST_NOTES = text(
    "SELECT type, text, author_name, created_at FROM notes n WHERE member_id = :id "
    f"AND {NOTE_IN_FORCE} ORDER BY created_at DESC LIMIT :limit"
)
_LATEST_INTERVENTIONS = text(
    "SELECT iv.kind, iv.author_name, iv.created_at FROM intervention_targets t "
    "JOIN interventions iv ON iv.id = t.intervention_id WHERE t.member_id = :id "
    "ORDER BY iv.created_at DESC LIMIT :limit"
)
_BY_ID = text("SELECT id FROM members WHERE id = :id")
_BY_HANDLE = text(
    "SELECT id FROM members WHERE (handle = :handle OR external_id = :handle) "
    "AND (:network = '' OR network = :network)"
)
_TIMELINE = text(f"""
SELECT * FROM (
    SELECT i.created_at AS at, 'item' AS kind, CAST(i.id AS TEXT) AS ref,
           coalesce(nullif(i.title, ''), i.body) AS summary, '' AS author
    FROM items i WHERE i.member_id = :member
    UNION ALL
    SELECT n.created_at, 'note', n.id, n.type || ': ' || n.text, n.author_name
    FROM notes n WHERE n.member_id = :member AND {NOTE_IN_FORCE}
    UNION ALL
    SELECT d.decided_at, 'decision', d.event_id,
           d.state || CASE WHEN d.undone THEN ' (undone)' ELSE '' END, e.author_name
    FROM queue_decisions d JOIN items i ON i.id = d.item_id JOIN events e ON e.id = d.event_id
    WHERE i.member_id = :member
    UNION ALL
    SELECT iv.created_at, 'intervention', iv.id, iv.kind || ': ' || iv.message, iv.author_name
    FROM intervention_targets t JOIN interventions iv ON iv.id = t.intervention_id
    WHERE t.member_id = :member
    UNION ALL
    SELECT e.created_at, 'status', e.id, json_extract(e.payload, '$.status'), e.author_name
    FROM events e JOIN members m ON m.id = :member
    WHERE e.kind = 'member.status_set'
      AND json_extract(e.payload, '$.member.network') = m.network
      AND json_extract(e.payload, '$.member.id') = m.external_id
)
WHERE (:before_at IS NULL OR at < :before_at OR (at = :before_at AND ref < :before_ref))
ORDER BY at DESC, ref DESC LIMIT :limit
""")
_ITEM_OF = {
    "decision": text("SELECT item_id FROM queue_decisions WHERE event_id = :id"),
    "note": text("SELECT item_id FROM notes WHERE id = :id"),
}
_WEEKLY = text(
    "SELECT (created_at - :start) / :week, count(*) FROM items "
    "WHERE member_id = :member AND created_at >= :start AND created_at < :now "
    "GROUP BY 1"
)
_INTERVENTION_TIMES = text(
    "SELECT iv.created_at FROM intervention_targets t "
    "JOIN interventions iv ON iv.id = t.intervention_id "
    "WHERE t.member_id = :member AND iv.created_at >= :start ORDER BY 1"
)
_PARTNERS = text("""
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
""")
_RATINGS = text(
    "SELECT dimension, value, rater, rated_at FROM ratings WHERE member_id = :member "
    "ORDER BY dimension, rated_at DESC"
)
_LINK_CLUES = text(
    "SELECT id, network, handle, display_name, email_hash, person_id FROM members ORDER BY id"
)
_REJECTIONS = text("SELECT member_a, member_b FROM link_rejections")
_PERSON_OF = statement(
    "SELECT p.uid FROM members m JOIN persons p ON p.id = m.person_id WHERE m.id IN :ids LIMIT 1",
    "ids",
)
_IDENTITIES = text(
    "SELECT o.network || ':' || o.handle FROM members m JOIN members o "
    "ON o.person_id = m.person_id WHERE m.id = :id AND m.person_id IS NOT NULL "
    "ORDER BY o.network"
)
_TAG_NAMES = text(
    "SELECT DISTINCT t.name FROM tags t JOIN member_tags mt ON mt.tag_id = t.id ORDER BY 1"
)
_ORDERS = {
    "last_seen": "coalesce(m.last_seen_at, 0) DESC, m.id DESC",
    "activity": "m.item_count DESC, m.id DESC",
    "notes": f"(SELECT count(*) FROM notes n WHERE n.member_id = m.id AND {NOTE_IN_FORCE}) DESC, "
    "m.id DESC",
    "interventions": "(SELECT count(*) FROM intervention_targets t WHERE t.member_id = m.id) DESC, "
    "m.id DESC",
}
_REFS = {
    "members": text("SELECT network, external_id FROM members WHERE id = :id"),
    "items": text("SELECT network, external_id FROM items WHERE id = :id"),
}
_MEMORIALIZED = text("SELECT handle FROM members WHERE id = :id AND status = 'memorialized'")
_SOURCE_UID = text("SELECT uid FROM sources WHERE id = :id")


class MembersSQL:
    """The members subject on one SQLite connection (PostgreSQL's respells the statements
    below)."""

    __slots__ = ("_connection",)
    _latest_notes: ClassVar[TextClause] = _LATEST_NOTES
    _timeline: ClassVar[TextClause] = _TIMELINE
    _orders: ClassVar[dict[str, str]] = _ORDERS

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def card(self, member_id: int) -> Row[Any] | None:
        return self._connection.execute(_CARD, {"id": member_id}).first()

    def tags(self, member_id: int) -> list[str]:
        return [str(name) for name in self._connection.execute(_TAGS, {"id": member_id}).scalars()]

    def latest_notes(self, member_id: int, limit: int) -> Sequence[Row[Any]]:
        return self._connection.execute(self._latest_notes, {"id": member_id, "limit": limit}).all()

    def latest_interventions(self, member_id: int, limit: int) -> Sequence[Row[Any]]:
        return self._connection.execute(
            _LATEST_INTERVENTIONS, {"id": member_id, "limit": limit}
        ).all()

    def ids_by_key(self, member_id: int | None, handle: str, network: str) -> list[int]:
        """Members with this row id, or else with this handle or network id (on ``network``,
        or on any network for "")."""
        if member_id is not None:
            rows = self._connection.execute(_BY_ID, {"id": member_id})
        else:
            rows = self._connection.execute(_BY_HANDLE, {"handle": handle, "network": network})
        return [int(row[0]) for row in rows]

    def timeline(
        self, member_id: int, before_at: int | None, before_ref: str | None, limit: int
    ) -> Sequence[Row[Any]]:
        return self._connection.execute(
            self._timeline,
            {
                "member": member_id,
                "before_at": before_at,
                "before_ref": before_ref,
                "limit": limit,
            },
        ).all()

    def item_of(self, kind: str, ref: str) -> int | None:
        """The item a decision (by event id) or a note (by id) is about."""
        if kind not in _ITEM_OF:
            return None
        found = self._connection.execute(_ITEM_OF[kind], {"id": ref}).scalar()
        return None if found is None else int(found)

    def weekly_counts(self, member_id: int, start: int, week: int, now: int) -> dict[int, int]:
        """Items per week number since ``start`` (weeks without items left out)."""
        rows = self._connection.execute(
            _WEEKLY, {"start": start, "week": week, "member": member_id, "now": now}
        )
        return {int(n): int(count) for n, count in rows}

    def intervention_times(self, member_id: int, since: int) -> list[int]:
        rows = self._connection.execute(_INTERVENTION_TIMES, {"member": member_id, "start": since})
        return [int(at) for (at,) in rows]

    def partners(self, member_id: int) -> list[tuple[int, str, int, int]]:
        """(member id, handle, replies to them, replies from them) of each partner."""
        rows = self._connection.execute(_PARTNERS, {"member": member_id})
        return [(int(m), str(handle), int(to), int(fro)) for m, handle, to, fro in rows]

    def ratings(self, member_id: int) -> list[tuple[str, int, str, int]]:
        """(dimension, value, rater, time), by dimension and newest first."""
        rows = self._connection.execute(_RATINGS, {"member": member_id})
        return [(str(d), int(value), str(rater), int(at)) for d, value, rater, at in rows]

    def link_clues(self) -> Sequence[Row[Any]]:
        """Every member with what suggests a link, in id order."""
        return self._connection.execute(_LINK_CLUES).all()

    def rejected_links(self) -> set[tuple[int, int]]:
        return {(int(a), int(b)) for a, b in self._connection.execute(_REJECTIONS)}

    def person_of_any(self, member_ids: Sequence[int]) -> str | None:
        """The uid of a person one of these members belongs to, if any does."""
        found = self._connection.execute(_PERSON_OF, {"ids": list(member_ids)}).scalar()
        return None if found is None else str(found)

    def identities(self, member_id: int) -> list[str]:
        return [str(r) for r in self._connection.execute(_IDENTITIES, {"id": member_id}).scalars()]

    def tag_names(self) -> list[str]:
        return [str(name) for name in self._connection.execute(_TAG_NAMES).scalars()]

    def page(
        self,
        *,
        like: str | None,
        status: str | None,
        network: str | None,
        tag: str | None,
        min_rating: int | None,
        active_since: int | None,
        order: str,
        offset: int,
        limit: int,
    ) -> Sequence[Row[Any]]:
        """Members filtered and sorted, a page at a time; ``like`` is a LIKE pattern escaped
        with a backslash."""
        where = ["1 = 1"]
        params: dict[str, object] = {"limit": limit, "offset": offset}
        if like is not None:
            where.append(
                "(m.handle LIKE :like ESCAPE '\\' OR m.display_name LIKE :like ESCAPE '\\')"
            )
            params["like"] = like
        if status:
            where.append("m.status = :status")
            params["status"] = status
        if network:
            where.append("m.network = :network")
            params["network"] = network
        if tag:
            where.append(
                "EXISTS (SELECT 1 FROM member_tags mt JOIN tags t ON t.id = mt.tag_id "
                "WHERE mt.member_id = m.id AND t.name = :tag)"
            )
            params["tag"] = tag
        if min_rating is not None:
            # The latest rating on any dimension reaches the minimum.
            where.append(
                "EXISTS (SELECT 1 FROM ratings r WHERE r.member_id = m.id AND r.value >= :rating "
                "AND r.rated_at = (SELECT max(r2.rated_at) FROM ratings r2 "
                "WHERE r2.member_id = m.id AND r2.dimension = r.dimension))"
            )
            params["rating"] = min_rating
        if active_since is not None:
            where.append("m.last_seen_at >= :since")
            params["since"] = active_since
        return self._connection.execute(
            text(
                "SELECT m.id, m.network, m.handle, m.display_name, m.status, m.item_count, "
                f"m.last_seen_at FROM members m WHERE {' AND '.join(where)} "
                f"ORDER BY {self._orders[order]} LIMIT :limit OFFSET :offset"
            ),
            params,
        ).all()

    def ref(self, table: RefTable, row_id: int) -> Row[Any] | None:
        """(network, external_id) of a member or item row."""
        return self._connection.execute(_REFS[table], {"id": row_id}).first()

    def memorialized_handle(self, member_id: int) -> str | None:
        found = self._connection.execute(_MEMORIALIZED, {"id": member_id}).scalar()
        return None if found is None else str(found)

    def source_uid(self, source_id: int) -> str | None:
        found = self._connection.execute(_SOURCE_UID, {"id": source_id}).scalar()
        return None if found is None else str(found)
