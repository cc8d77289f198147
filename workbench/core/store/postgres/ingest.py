"""Bulk writes of an import on psycopg's own cursor.

The SQLite writer's statements and steps, on a cursor that takes their ``?`` placeholders
(psycopg writes ``%s``; ``executemany`` sends the rows in one pipeline), with PostgreSQL's
spelling where SQLite's differs: ``IS DISTINCT FROM`` for ``IS NOT``, ``ON CONFLICT DO
NOTHING`` for ``INSERT OR IGNORE``, subqueries named. New items need no indexing step: the
GIN indexes over the words and the trigrams follow every insert. Look-ups and statistics of a
batch's members bind their keys as arrays (one statement, one plan), not as OR-ed pairs, which
PostgreSQL plans one by one.
"""

import re
from collections.abc import Iterable, Sequence
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
UPDATE members m SET item_count = coalesce(s.items, 0), first_seen_at = s.first,
    last_seen_at = s.last
FROM unnest(%s::bigint[]) AS t(id) LEFT JOIN (
    SELECT member_id, count(*) AS items, min(created_at) AS first, max(created_at) AS last
    FROM items WHERE member_id = ANY(%s::bigint[]) GROUP BY member_id
) AS s ON s.member_id = t.id
WHERE m.id = t.id
"""
_MEMBER_IDS = (
    "SELECT m.network, m.external_id, m.id FROM members m "
    "JOIN unnest(?::text[], ?::text[]) AS k(network, external_id) "
    "ON m.network = k.network AND m.external_id = k.external_id"
)
_SECONDARY_ITEM_INDEXES = (
    "SELECT c.relname, pg_get_indexdef(x.indexrelid) FROM pg_index x "
    "JOIN pg_class c ON c.oid = x.indexrelid "
    "WHERE x.indrelid = 'items'::regclass AND NOT x.indisunique AND NOT x.indisprimary"
)
_KEYS_AT_ONCE = 10_000


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

    @property
    def takes_folded(self) -> bool:
        return False

    def index_items_after(self, item_id: int, folded: object = None) -> int:
        """Nothing to index by hand (the GIN indexes follow the rows); the highest id."""
        return self.max_item_id()

    def drop_item_indexes(self) -> None:
        """Drop every secondary index of the items, the GIN indexes of the search too (the
        model's indexes are only some of them): a large import into a new team store builds
        them once at the end. Until it commits, other managers' reads of the items wait: only
        an import larger than the store is bulk."""
        self._dropped = self._cursor.execute(_SECONDARY_ITEM_INDEXES).fetchall()
        for name, _ in self._dropped:
            self._cursor._cursor.execute(f'DROP INDEX "{name}"')

    def restore_item_indexes(self) -> None:
        """Build the dropped indexes again, and the planner's statistics of what the import
        changed most (without them it guesses a new store's tables empty). A GIN index builds
        in fewer passes with more memory than the server's default 64 MB (for this transaction
        only)."""
        if self._dropped:
            self._cursor._cursor.execute("SET LOCAL maintenance_work_mem = '512MB'")
        for _, definition in self._dropped:
            self._cursor._cursor.execute(definition)
        if self._dropped:
            self._cursor._cursor.execute("ANALYZE items, members, queue")
        self._dropped = []

    def member_ids(self, keys: Sequence[tuple[str, str]]) -> Iterable[tuple[str, str, int]]:
        for chunk in chunks(keys, _KEYS_AT_ONCE):
            networks, external_ids = zip(*chunk, strict=True)
            yield from self._cursor.execute(
                _MEMBER_IDS, (list(networks), list(external_ids))
            ).fetchall()

    def update_member_stats(self, member_ids: Sequence[int]) -> None:
        for chunk in chunks(member_ids, _KEYS_AT_ONCE):
            ids = list(chunk)
            self._cursor._cursor.execute(_MEMBER_STATS, (ids, ids))

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
