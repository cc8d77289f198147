"""Interventions' SQL on PostgreSQL: SQLite's, with truth values counted by ``FILTER`` (a
boolean has no sum here), the parameters tested for NULL typed (psycopg binds each use on its
own), and the counts by day on psycopg's cursor with each list bound once as an array."""

from collections.abc import Sequence

from workbench.core.store.postgres.spelling import respelled
from workbench.core.store.sqlite import interventions as sqlite_interventions


def _counted(condition: str, name: str) -> tuple[str, str]:
    """SQLite's ``sum(condition) AS name`` and PostgreSQL's count of the rows it holds for."""
    return f"sum({condition}) AS {name}", f"count(*) FILTER (WHERE {condition}) AS {name}"


_FLAGGED = "coalesce(q.reasons, 0) & :flags != 0"


class InterventionsSQL(sqlite_interventions.InterventionsSQL):
    """The interventions subject on one PostgreSQL connection."""

    __slots__ = ()
    _active = respelled(
        sqlite_interventions._ACTIVE,
        (
            "coalesce(sum(m.first_seen_at >= :start), 0) AS new",
            "count(*) FILTER (WHERE m.first_seen_at >= :start) AS new",
        ),
    )
    _per_intervention = respelled(
        sqlite_interventions._PER_INTERVENTION,
        ("(:author IS NULL", "(CAST(:author AS TEXT) IS NULL"),
        ("(:source IS NULL", "(CAST(:source AS BIGINT) IS NULL"),
        _counted("i.created_at < c.created_at", "before"),
        _counted("i.created_at >= c.created_at", "after"),
        _counted(f"i.created_at < c.created_at AND {_FLAGGED}", "flagged_before"),
        _counted(f"i.created_at >= c.created_at AND {_FLAGGED}", "flagged_after"),
    )

    def daily_counts(
        self, member_ids: Sequence[int], source_ids: Sequence[int], start: int, days: int, day: int
    ) -> list[int]:
        scopes = [
            (f"{column} = ANY(%s)", list(ids))
            for column, ids in (("member_id", member_ids), ("source_id", source_ids))
            if ids
        ]
        if not scopes:
            return [0] * days
        sql = (
            f"SELECT count(*) FROM items WHERE ({' OR '.join(where for where, _ in scopes)}) "
            "AND created_at >= %s AND created_at < %s"
        )
        bound = [ids for _, ids in scopes]
        cursor = self._connection.connection.cursor()
        try:
            return [
                int(cursor.execute(sql, (*bound, at, at + day)).fetchone()[0])
                for at in range(start, start + days * day, day)
            ]
        finally:
            cursor.close()
