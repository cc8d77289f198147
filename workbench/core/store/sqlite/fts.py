"""The FTS5 indexes over items: the SQL that reads them and keeps them, in one place.

Two indexes, both with the item's id as rowid. The word index (``items_fts``, title and body
with ß spelled ss, words folded by unicode61) counts whole words, as the effect's moderation
word list means them. The trigram index (``items_fts_trigram``, over ``items.folded_text``)
answers what managers type: every run of three characters is a token, so a query finds text
anywhere inside words ("säge" in "Tischkreissäge"). New items join both in one INSERT … SELECT
each a batch (ingest), triggers keep them right when a row changes, and merging each into one
segment drops erased text for good.
"""

from collections.abc import Sequence

from sqlalchemy import Connection
from sqlalchemy.exc import OperationalError

from workbench.core.store.sqlite.binding import statement

QUEUE_JOIN = "JOIN items_fts_trigram f ON f.rowid = q.item_id"
"""Joins the trigram index to a queue entry ``q``: how a count of a search finds its matches (a
page of one orders them by post time, see store.sqlite.queue)."""
MATCHES = "items_fts_trigram MATCH :match"
"""The search condition, bound to ``:match`` (a query for the trigram index)."""

INDEX_NEW_ITEMS = (
    "INSERT INTO items_fts (rowid, search_title, search_body) "
    "SELECT id, search_title, search_body FROM items WHERE id > ?",
    "INSERT INTO items_fts_trigram (rowid, folded_text) SELECT id, folded_text FROM items "
    "WHERE id > ?",
)
"""Index every item above an id, one statement per index (for the raw driver cursor of
ingest)."""
_INDEXES = ("items_fts", "items_fts_trigram")

_CHECK = "SELECT rowid FROM items_fts_trigram WHERE items_fts_trigram MATCH ? LIMIT 1"
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
        """What FTS5 says is wrong with ``match`` (a trigram query), or None if it reads it."""
        try:
            self._connection.exec_driver_sql(_CHECK, (match,)).all()
        except OperationalError as exc:
            return str(exc.orig).removeprefix("fts5: ")
        return None

    def count_in_sources(self, match: str, source_ids: Sequence[int], at: int, end: int) -> int:
        """Items of these sources in [at, end) that match ``match``, a query for the word index.
        CROSS JOIN keeps SQLite from running the search once per item of the window (20 s
        instead of milliseconds on a million)."""
        return int(
            self._connection.execute(
                _IN_SOURCES,
                {"query": match, "sources": list(source_ids), "at": at, "end": end},
            ).scalar_one()
        )

    def purge(self) -> None:
        """Merge each index into one segment, so that the text of rewritten rows is gone."""
        for index in _INDEXES:
            self._connection.exec_driver_sql(f"INSERT INTO {index}({index}) VALUES ('optimize')")
