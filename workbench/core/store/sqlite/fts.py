"""The FTS5 index over items: the SQL that reads it and keeps it, in one place.

The index (``items_fts``) holds each item's title and body with ß spelled ss; its rowid is the
item's id. New items join it in one INSERT … SELECT a batch (ingest), triggers keep it right
when a row changes, and merging it into one segment drops erased words for good.
"""

from collections.abc import Sequence

from sqlalchemy import Connection
from sqlalchemy.exc import OperationalError

from workbench.core.store.sqlite.binding import statement

QUEUE_JOIN = "JOIN items_fts f ON f.rowid = q.item_id"
"""Joins the index to a queue entry ``q``; its rowid orders a search newest first."""
MATCHES = "items_fts MATCH :match"
"""The search condition, bound to ``:match``."""

INDEX_NEW_ITEMS = (
    "INSERT INTO items_fts (rowid, search_title, search_body) "
    "SELECT id, search_title, search_body FROM items WHERE id > ?"
)
"""Index every item above an id, in one statement (for the raw driver cursor of ingest)."""

_CHECK = "SELECT rowid FROM items_fts WHERE items_fts MATCH ? LIMIT 1"
_IN_SOURCES = statement(
    "SELECT count(*) FROM items_fts f CROSS JOIN items i ON i.id = f.rowid "
    "WHERE items_fts MATCH :query AND i.source_id IN :sources "
    "AND i.created_at >= :at AND i.created_at < :end",
    "sources",
)


class SearchSQL:
    """The full-text subject on one SQLite connection."""

    __slots__ = ("_connection",)

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def problem(self, match: str) -> str | None:
        """What FTS5 says is wrong with ``match``, or None if it reads it."""
        try:
            self._connection.exec_driver_sql(_CHECK, (match,)).all()
        except OperationalError as exc:
            return str(exc.orig).removeprefix("fts5: ")
        return None

    def count_in_sources(self, match: str, source_ids: Sequence[int], at: int, end: int) -> int:
        """Items of these sources in [at, end) that match. CROSS JOIN keeps SQLite from running
        the search once per item of the window (20 s instead of milliseconds on a million)."""
        return int(
            self._connection.execute(
                _IN_SOURCES,
                {"query": match, "sources": list(source_ids), "at": at, "end": end},
            ).scalar_one()
        )

    def purge(self) -> None:
        """Merge the index into one segment, so that words of rewritten rows are gone."""
        self._connection.exec_driver_sql("INSERT INTO items_fts(items_fts) VALUES ('optimize')")
