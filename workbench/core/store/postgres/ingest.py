"""Bulk writes of an import on psycopg's own cursor.

The SQLite writer's statements and steps, on a cursor that takes their ``?`` placeholders
(psycopg writes ``%s``; ``executemany`` sends the rows in one pipeline), with PostgreSQL's
spelling where SQLite's differs: ``IS DISTINCT FROM`` for ``IS NOT``, ``ON CONFLICT DO
NOTHING`` for ``INSERT OR IGNORE``, subqueries named. New items need no indexing step: the
GIN indexes over the words and the trigrams follow every insert.
"""

import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection

from workbench.core.store.sqlite import ingest as sqlite_ingest
from workbench.core.store.sqlite.binding import chunks, marks

_QMARK = re.compile(r"\?")


def _format(sql: str) -> str:
    """``sql`` with psycopg's placeholders: ``%`` doubled, each ``?`` (outside of the texts of
    these statements, which hold none in quotes) a ``%s``."""
    return _QMARK.sub("%s", sql.replace("%", "%%"))


class _Cursor:
    """psycopg's cursor, taking the SQLite writer's statements as they are written."""

    __slots__ = ("_cursor",)

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self._cursor.execute(_format(sql), tuple(params))

    def executemany(self, sql: str, rows: Sequence[Any]) -> None:
        self._cursor.executemany(_format(sql), rows)

    @property
    def rowcount(self) -> int:
        return int(self._cursor.rowcount)


_DISTINCT = re.compile(r"\bIS NOT (?!NULL\b)")
_MEMBER_UPSERT = _DISTINCT.sub("IS DISTINCT FROM ", sqlite_ingest._MEMBER_UPSERT)
_ITEM_UPSERT = _DISTINCT.sub("IS DISTINCT FROM ", sqlite_ingest._ITEM_UPSERT)
_MEMBER_STATS = """
UPDATE members SET
    item_count = (SELECT count(*) FROM items WHERE member_id = %(id)s),
    first_seen_at = (SELECT min(created_at) FROM items WHERE member_id = %(id)s),
    last_seen_at = (SELECT max(created_at) FROM items WHERE member_id = %(id)s)
WHERE id = %(id)s
"""


class BulkWriter(sqlite_ingest.BulkWriter):
    """The import's writes on one PostgreSQL connection, within the caller's transaction."""

    __slots__ = ()

    def __init__(self, connection: Connection) -> None:
        super().__init__(connection)
        self._cursor = _Cursor(self._cursor)

    def upsert_members(self, rows: Sequence[tuple[Any, ...]]) -> int:
        return self._many(_MEMBER_UPSERT, rows)

    def upsert_items(self, rows: Sequence[tuple[Any, ...]]) -> int:
        return self._many(_ITEM_UPSERT, rows)

    def index_items_after(self, item_id: int) -> int:
        """Nothing to index by hand (the GIN indexes follow the rows); the highest id."""
        return self.max_item_id()

    def update_member_stats(self, member_ids: Sequence[int]) -> None:
        if member_ids:
            self._cursor._cursor.executemany(
                _MEMBER_STATS, [{"id": member_id} for member_id in member_ids]
            )

    def add_sketches(
        self, sketches: Sequence[tuple[int, bytes]], bands: Sequence[tuple[int, int]]
    ) -> None:
        self._many("INSERT INTO item_sketches (item_id, signature) VALUES (?, ?)", sketches)
        self._many(
            "INSERT INTO item_bands (band, item_id) VALUES (?, ?) ON CONFLICT DO NOTHING", bands
        )

    def sharing_bands(
        self, bands: Sequence[int], item_id: int, per_band: int
    ) -> list[tuple[int, bytes, str | None]]:
        newest = " UNION ".join(
            f"SELECT item_id FROM (SELECT item_id FROM item_bands WHERE band = ? "
            f"AND item_id != ? ORDER BY item_id DESC LIMIT ?) AS band_{n}"
            for n, _ in enumerate(bands)
        )
        return [
            (int(found), bytes(signature), digest)
            for found, signature, digest in self._cursor.execute(
                "SELECT s.item_id, s.signature, i.content_hash FROM item_sketches s "
                f"JOIN items i ON i.id = s.item_id WHERE s.item_id IN ({newest}) "
                "ORDER BY s.item_id DESC",
                [value for band in bands for value in (band, item_id, per_band)],
            ).fetchall()
        ]

    def bursts(
        self, member_ids: Sequence[int], since: int, seconds: int, least: int
    ) -> list[tuple[int, int]]:
        found: list[tuple[int, int]] = []
        for chunk in chunks(member_ids):
            found.extend(
                self._cursor.execute(
                    "SELECT id, near FROM (SELECT id, count(*) OVER (PARTITION BY member_id "
                    f"ORDER BY created_at RANGE BETWEEN {int(seconds) // 2} PRECEDING "
                    f"AND {int(seconds) // 2} FOLLOWING) AS near FROM items "
                    f"WHERE member_id IN ({marks(len(chunk))}) AND created_at >= ? "
                    "AND kind != 'service') AS nearby WHERE near >= ?",
                    (*chunk, since, least),
                ).fetchall()
            )
        return found
