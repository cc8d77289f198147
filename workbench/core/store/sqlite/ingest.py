"""Bulk writes of an import on the sqlite3 driver's own cursor.

Rows go in with ``executemany`` (no SQLAlchemy work per row), new items join the FTS indexes a
batch at a time (``fts.index_new_items``), and upserts are idempotent: a row stored unchanged
is left alone (the WHERE clause of ON CONFLICT … DO UPDATE), so the changes a statement reports
are the rows added or changed. Row tuples follow ``MEMBER_COLUMNS`` and ``ITEM_COLUMNS``.
"""

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection

from workbench.core.store.schema import Item, table
from workbench.core.store.sqlite import fts
from workbench.core.store.sqlite.binding import chunks, marks

MEMBER_COLUMNS = (
    "network",
    "external_id",
    "handle",
    "display_name",
    "email_hash",
    "email",
    "profile_url",
    "raw",
)
_MEMBER_UPSERT = f"""
INSERT INTO members ({", ".join(MEMBER_COLUMNS)}) VALUES ({marks(len(MEMBER_COLUMNS))})
ON CONFLICT (network, external_id) DO UPDATE SET
    handle = excluded.handle, display_name = excluded.display_name,
    email_hash = coalesce(excluded.email_hash, members.email_hash),
    email = coalesce(excluded.email, members.email),
    profile_url = coalesce(excluded.profile_url, members.profile_url), raw = excluded.raw
WHERE members.handle IS NOT excluded.handle OR members.display_name IS NOT excluded.display_name
   OR members.raw IS NOT excluded.raw
   OR (excluded.email_hash IS NOT NULL AND members.email_hash IS NOT excluded.email_hash)
   OR (excluded.email IS NOT NULL AND members.email IS NOT excluded.email)
   OR (excluded.profile_url IS NOT NULL AND members.profile_url IS NOT excluded.profile_url)
"""
ITEM_COLUMNS = (
    "source_id",
    "network",
    "external_id",
    "member_id",
    "kind",
    "parent_external_id",
    "thread_external_id",
    "title",
    "body",
    "body_html",
    "url",
    "language",
    "platform_state",
    "report_count",
    "content_hash",
    "created_at",
    "imported_at",
    "raw",
)
_ITEM_COMPARED = tuple(
    c
    for c in ITEM_COLUMNS
    if c not in ("source_id", "network", "external_id", "content_hash", "imported_at")
)
"""What makes a stored item differ from its record; the rest is its key or follows from these."""
_ITEM_UPSERT = f"""
INSERT INTO items ({", ".join(ITEM_COLUMNS)}) VALUES ({marks(len(ITEM_COLUMNS))})
ON CONFLICT (network, external_id) DO UPDATE SET
    {", ".join(f"{c} = excluded.{c}" for c in (*_ITEM_COMPARED, "content_hash", "imported_at"))}
WHERE {" OR ".join(f"items.{c} IS NOT excluded.{c}" for c in _ITEM_COMPARED)}
"""
_ITEM_INSERT = f"""
INSERT INTO items ({", ".join(ITEM_COLUMNS)}) VALUES ({marks(len(ITEM_COLUMNS))})
ON CONFLICT (network, external_id) DO NOTHING
"""
"""New items only. The upsert may update a row, so SQLite runs the search index's update
triggers' program with it, and each run opened a savepoint on both FTS5 tables, which read
their structure again: a fifth of a 100,000-comment import's time. This statement has no
trigger to run."""
_QUEUE_INSERT = """
INSERT INTO queue (item_id, network, reasons, priority, entered_at, created_at)
SELECT id, network, ?, ?, ?, created_at FROM items WHERE network = ? AND external_id = ?
ON CONFLICT (item_id) DO UPDATE SET reasons = queue.reasons | excluded.reasons,
    priority = CASE WHEN queue.priority > excluded.priority THEN queue.priority
                    ELSE excluded.priority END
"""
_REASON_INSERT = """
INSERT INTO queue_reasons (item_id, reason, detail)
SELECT id, ?, ? FROM items WHERE network = ? AND external_id = ?
ON CONFLICT (item_id, reason) DO UPDATE SET detail = excluded.detail
"""
_MEMBER_STATS = """
UPDATE members SET
    item_count = (SELECT count(*) FROM items WHERE member_id = :id),
    first_seen_at = (SELECT min(created_at) FROM items WHERE member_id = :id),
    last_seen_at = (SELECT max(created_at) FROM items WHERE member_id = :id)
WHERE id = :id
"""
_BARE_MEMBER = (
    "INSERT INTO members (network, external_id, handle) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"
)
_REASON_ENTRY = (
    "INSERT INTO queue (item_id, network, reasons, priority, entered_at, created_at) "
    "SELECT id, network, ?, 0, ?, created_at FROM items WHERE id = ? "
    "ON CONFLICT (item_id) DO UPDATE SET reasons = queue.reasons | excluded.reasons"
)
_REASON_DETAIL = (
    "INSERT INTO queue_reasons (item_id, reason, detail) VALUES (?, ?, ?) "
    "ON CONFLICT (item_id, reason) DO UPDATE SET detail = excluded.detail"
)
_UNMUTED = (
    "SELECT i.id, i.member_id FROM items i "
    "LEFT JOIN members m ON m.id = i.member_id "
    "WHERE i.id IN ({marks}) AND NOT EXISTS ("
    "SELECT 1 FROM mutes u WHERE u.network = i.network "
    "AND u.until > i.created_at AND ("
    "(u.kind = 'thread' AND u.target = i.thread_external_id) OR "
    "(u.kind = 'member' AND u.target = m.external_id)))"
)


LONG_ROW = 1_000_000
"""A row with more characters than this is written with a small page cache (``SMALL_CACHE``)."""
SMALL_CACHE = -1024
"""The page cache, in KiB, while a batch with a long row goes in and is indexed. The pages a
write transaction changes stay in the cache until it commits, unless the cache is full: a
4 MB post then held 9 MB of it (its pages and its index's); a small cache writes them to the
WAL early instead, which only such a batch pays for."""


INDEX_CACHE = -16_384
"""The page cache, in KiB, while a bulk import builds the item indexes: each build's sort
takes as much memory again as the cache holds. Building them for a million items took
the process from 134 to 177 MB with the import's 64 MB cache, and not at all with 16 MB (9.1
against 10.9 s, on two busy cores)."""


def _long(rows: Sequence[tuple[Any, ...]]) -> bool:
    return any(sum(len(v) for v in row if isinstance(v, str)) > LONG_ROW for row in rows)


class BulkWriter:
    """The import's writes on one SQLite connection, within the caller's write transaction."""

    __slots__ = (
        "_cache_size",
        "_connection",
        "_cursor",
        "_dropped",
        "_gathering",
        "_merging",
    )

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        self._dropped: list[Any] = []
        self._cache_size: int | None = None
        self._gathering = False
        self._merging: dict[str, int | None] = {}

    @property
    def member_columns(self) -> tuple[str, ...]:
        return MEMBER_COLUMNS

    @property
    def item_columns(self) -> tuple[str, ...]:
        return ITEM_COLUMNS

    def _scalar(self, sql: str, params: tuple[Any, ...] = ()) -> int:
        return int(self._cursor.execute(sql, params).fetchone()[0])

    def _many(self, sql: str, rows: Sequence[Any]) -> int:
        if not rows:
            return 0
        self._cursor.executemany(sql, rows)
        return int(self._cursor.rowcount)

    def drop_item_indexes(self) -> None:
        """Drop the secondary item indexes: a large import builds them faster at the end. The
        search indexes merge their segments only when a level fills up meanwhile."""
        self._dropped = list(table(Item).indexes)
        for index in self._dropped:
            index.drop(self._connection)
        self._merging = fts.merge_later(self._cursor)

    def restore_item_indexes(self) -> None:
        """Build the dropped indexes again, with a small page cache (``INDEX_CACHE``); the
        search indexes merge as before."""
        if self._dropped:
            cache_size = self._scalar("PRAGMA cache_size")
            self._cursor.execute(f"PRAGMA cache_size = {INDEX_CACHE}")
            for index in self._dropped:
                index.create(self._connection)
            self._cursor.execute(f"PRAGMA cache_size = {int(cache_size)}")
        self._dropped = []
        fts.merge_again(self._cursor, self._merging)
        self._merging = {}

    def max_member_id(self) -> int:
        return self._scalar("SELECT coalesce(max(id), 0) FROM members")

    def max_item_id(self) -> int:
        return self._scalar("SELECT coalesce(max(id), 0) FROM items")

    def members_after(self, member_id: int) -> int:
        return self._scalar("SELECT count(*) FROM members WHERE id > ?", (member_id,))

    def items_after(self, item_id: int) -> int:
        return self._scalar("SELECT count(*) FROM items WHERE id > ?", (item_id,))

    def queue_size(self) -> int:
        return self._scalar("SELECT count(*) FROM queue")

    def mutes_since(self, since: int) -> dict[tuple[str, str, str], int]:
        """(network, kind, target) -> the latest end of mutes ending after ``since``."""
        rows = self._cursor.execute(
            "SELECT network, kind, target, max(until) FROM mutes WHERE until > ? "
            "GROUP BY network, kind, target",
            (since,),
        ).fetchall()
        return {(network, kind, target): until for network, kind, target, until in rows}

    def members_with_status(self, status: str) -> set[int]:
        rows = self._cursor.execute("SELECT id FROM members WHERE status = ?", (status,))
        return {member_id for (member_id,) in rows.fetchall()}

    def member_keys_with_status(self, status: str) -> set[tuple[str, str]]:
        """(network, external id) of the members with this status."""
        rows = self._cursor.execute(
            "SELECT network, external_id FROM members WHERE status = ?", (status,)
        )
        return {(network, external_id) for network, external_id in rows.fetchall()}

    def upsert_members(self, rows: Sequence[tuple[Any, ...]]) -> int:
        """Members in ``MEMBER_COLUMNS`` order; returns how many were added or changed."""
        return self._many(_MEMBER_UPSERT, rows)

    def add_bare_members(self, keys: Sequence[tuple[str, str]]) -> int:
        """Members known only by (network, external id), their handle the id; returns how
        many were new."""
        return self._many(
            _BARE_MEMBER, [(network, external, external) for network, external in keys]
        )

    def member_ids(self, keys: Sequence[tuple[str, str]]) -> Iterable[tuple[str, str, int]]:
        """(network, external id, row id) of these members."""
        for chunk in chunks(keys, 400):
            where = " OR ".join("(network = ? AND external_id = ?)" for _ in chunk)
            params = tuple(value for key in chunk for value in key)
            yield from self._cursor.execute(
                f"SELECT network, external_id, id FROM members WHERE {where}", params
            ).fetchall()

    def upsert_items(self, rows: Sequence[tuple[Any, ...]]) -> int:
        """Items in ``ITEM_COLUMNS`` order, each key once; returns how many were added or
        changed. New items go in first (``_ITEM_INSERT``); only a batch that holds stored ones
        is upserted too, which leaves alone the rows it just added. A batch with a long row
        goes in with a small page cache, until it is indexed."""
        if self._cache_size is None and _long(rows):
            self._cache_size = self._scalar("PRAGMA cache_size")
            self._cursor.execute(f"PRAGMA cache_size = {SMALL_CACHE}")
        added = self._many(_ITEM_INSERT, rows)
        if added == len(rows):
            return added
        return added + self._many(_ITEM_UPSERT, rows)

    @property
    def takes_folded(self) -> bool:
        """Whether index_items_after takes the items' search text folded (search_text)."""
        return True

    def index_items_after(
        self, item_id: int, folded: Mapping[tuple[str, str], fts.Folded] | None = None
    ) -> int:
        """Put every item above ``item_id`` into the search indexes, from their search text
        folded (by network and external id) where given; returns the highest id."""
        if not self._gathering:
            fts.gather_more(self._cursor)
            self._gathering = True
        fts.index_new_items(self._cursor, item_id, long=self._cache_size is not None, folded=folded)
        if self._cache_size is not None:
            self._cursor.execute(f"PRAGMA cache_size = {int(self._cache_size)}")
            self._cache_size = None
        return self.max_item_id()

    def queue_by_key(self, rows: Sequence[tuple[Any, ...]]) -> None:
        """Queue entries as (reasons, priority, entered_at, network, external id); an entry
        that exists gains the reasons and keeps the higher priority."""
        self._many(_QUEUE_INSERT, rows)

    def reasons_by_key(self, rows: Sequence[tuple[Any, ...]]) -> None:
        """Reasons as (reason, detail, network, external id)."""
        self._many(_REASON_INSERT, rows)

    def update_member_stats(self, member_ids: Sequence[int]) -> None:
        """Item count, first and last seen of these members, from their items."""
        self._many(_MEMBER_STATS, [{"id": member_id} for member_id in member_ids])

    def repeated_hashes(self) -> list[str]:
        """Content hashes of more than one item, read from the content-hash index alone."""
        return [
            digest
            for (digest,) in self._cursor.execute(
                "SELECT content_hash FROM items WHERE content_hash IS NOT NULL "
                "GROUP BY content_hash HAVING count(*) > 1"
            ).fetchall()
        ]

    def copies(self, digest: str) -> list[tuple[int, int | None, int]]:
        """(item id, member id, length of the body) of the items with this content hash."""
        return list(
            self._cursor.execute(
                "SELECT id, member_id, length(body) FROM items WHERE content_hash = ?", (digest,)
            ).fetchall()
        )

    def add_reason(self, bit: int, name: str, now: int, details: dict[int, str]) -> None:
        """Add reason ``bit`` (called ``name``) with a detail to these items' queue entries,
        made if new."""
        ids = list(details)
        self._many(_REASON_ENTRY, [(bit, now, item_id) for item_id in ids])
        self._many(_REASON_DETAIL, [(item_id, name, details[item_id]) for item_id in ids])

    def priority_inputs(self, item_ids: Sequence[int]) -> list[tuple[int, int, int, int | None]]:
        """(item id, reasons, report count, member id) of these items' queue entries."""
        found: list[tuple[int, int, int, int | None]] = []
        for chunk in chunks(item_ids):
            found.extend(
                self._cursor.execute(
                    "SELECT q.item_id, q.reasons, i.report_count, i.member_id FROM queue q "
                    f"JOIN items i ON i.id = q.item_id WHERE q.item_id IN ({marks(len(chunk))})",
                    tuple(chunk),
                ).fetchall()
            )
        return found

    def set_priorities(self, rows: Sequence[tuple[int, int]]) -> None:
        """(priority, item id) pairs."""
        self._many("UPDATE queue SET priority = ? WHERE item_id = ?", rows)

    def unmuted(self, item_ids: Sequence[int]) -> list[tuple[int, int | None]]:
        """(item id, member id) of the items whose thread or author is not muted."""
        found: list[tuple[int, int | None]] = []
        for chunk in chunks(item_ids):
            found.extend(
                self._cursor.execute(_UNMUTED.format(marks=marks(len(chunk))), tuple(chunk))
            )
        return found

    def unsketched(
        self, member_ids: Sequence[int], since: int
    ) -> list[tuple[int, str, str | None]]:
        """(id, body, content hash) of these members' items since ``since`` that have no
        sketch yet (service items left out)."""
        found: list[tuple[int, str, str | None]] = []
        for chunk in chunks(member_ids):
            found.extend(
                self._cursor.execute(
                    "SELECT id, body, content_hash FROM items "
                    f"WHERE member_id IN ({marks(len(chunk))}) AND created_at >= ? "
                    "AND kind != 'service' AND id NOT IN (SELECT item_id FROM item_sketches)",
                    (*chunk, since),
                ).fetchall()
            )
        return found

    def add_sketches(
        self, sketches: Sequence[tuple[int, bytes]], bands: Sequence[tuple[int, int]]
    ) -> None:
        """(item id, signature) sketches, and (band, item id) rows of the band index."""
        self._many("INSERT INTO item_sketches (item_id, signature) VALUES (?, ?)", sketches)
        self._many("INSERT OR IGNORE INTO item_bands (band, item_id) VALUES (?, ?)", bands)

    def sharing_bands(
        self, bands: Sequence[int], item_id: int, per_band: int
    ) -> list[tuple[int, bytes, str | None]]:
        """(item id, signature, content hash) of other sketched items in any of ``bands``: the
        newest ``per_band`` of each band, so that a wave of thousands of near copies costs a
        few lookups per item, not a comparison with every copy."""
        newest = " UNION ".join(
            "SELECT * FROM (SELECT item_id FROM item_bands WHERE band = ? AND item_id != ? "
            "ORDER BY item_id DESC LIMIT ?)"
            for _ in bands
        )
        return list(
            self._cursor.execute(
                "SELECT s.item_id, s.signature, i.content_hash FROM item_sketches s "
                f"JOIN items i ON i.id = s.item_id WHERE s.item_id IN ({newest}) "
                "ORDER BY s.item_id DESC",
                [value for band in bands for value in (band, item_id, per_band)],
            ).fetchall()
        )

    def first_posts(self, member_ids: Sequence[int], since: int) -> list[int]:
        """Items that are their member's first, for members first seen since ``since``."""
        found: list[int] = []
        for chunk in chunks(member_ids):
            found.extend(
                item_id
                for (item_id,) in self._cursor.execute(
                    "SELECT i.id FROM members m JOIN items i ON i.member_id = m.id "
                    "AND i.created_at = m.first_seen_at "
                    f"WHERE m.id IN ({marks(len(chunk))}) AND m.first_seen_at >= ? "
                    "AND i.kind != 'service'",
                    (*chunk, since),
                ).fetchall()
            )
        return found

    def bursts(
        self, member_ids: Sequence[int], since: int, seconds: int, least: int
    ) -> list[tuple[int, int]]:
        """(item id, items near it) of the members' items since ``since`` with at least
        ``least`` items by the same member within ``seconds`` around them."""
        found: list[tuple[int, int]] = []
        for chunk in chunks(member_ids):
            found.extend(
                self._cursor.execute(
                    "SELECT id, near FROM (SELECT id, count(*) OVER (PARTITION BY member_id "
                    f"ORDER BY created_at RANGE BETWEEN {int(seconds) // 2} PRECEDING "
                    f"AND {int(seconds) // 2} FOLLOWING) AS near FROM items "
                    f"WHERE member_id IN ({marks(len(chunk))}) AND created_at >= ? "
                    "AND kind != 'service') WHERE near >= ?",
                    (*chunk, since, least),
                ).fetchall()
            )
        return found
