"""The FTS5 indexes over items: the SQL that reads them and keeps them, in one place.

Two indexes, both with the item's id as rowid. The word index (``items_fts``, title and body
with ß spelled ss, words folded by unicode61) counts whole words, as the effect's moderation
word list means them. The trigram index (``items_fts_trigram``, over the view
``items_folded``) answers what managers type: every run of three characters is a token, so a
query finds text anywhere inside words ("säge" in "Tischkreissäge"). New items join both a
batch at a time (ingest), triggers keep them right when a row changes, and merging each into
one segment drops erased text for good.

The trigram index reads text folded as ``FRAGMENT_FOLDS`` says. The view and the triggers fold
it in SQL, one replace() per fold; the ingest folds new items' text here in Python
(:func:`folded`, the same text), because SQLite keeps a copy of the text for each nested
replace() until the row is done: a 4 MB post cost 120 MB to index that way.
"""

import sqlite3
from collections.abc import Sequence

from sqlalchemy import Connection
from sqlalchemy.exc import OperationalError

from workbench.core.store.schema import FRAGMENT_FOLDS
from workbench.core.store.sqlite.binding import statement

QUEUE_JOIN = "JOIN items_fts_trigram f ON f.rowid = q.item_id"
"""Joins the trigram index to a queue entry ``q``: how a count of a search finds its matches (a
page of one orders them by post time, see store.sqlite.queue)."""
MATCHES = "items_fts_trigram MATCH :match"
"""The search condition, bound to ``:match`` (a query for the trigram index)."""

_NEW_WORDS = (
    "INSERT INTO items_fts (rowid, search_title, search_body) "
    "SELECT id, search_title, search_body FROM items WHERE id > ?"
)
_NEW_TEXTS = (
    "SELECT id, CAST(' ' || title || char(31) || ' ' || body AS BLOB) FROM items WHERE id > ?"
)
"""Each new item's text as the trigram index reads it before its folds: one column takes a third
less room than two; title and body each after a space, so that every word starts after one;
the unit separator between them keeps a phrase from running from title into body."""
_ADD_TRIGRAMS = "INSERT INTO items_fts_trigram (rowid, folded_text) VALUES (?, CAST(? AS TEXT))"
_ASCII_FOLDS = tuple(
    (old.encode(), new.encode()) for old, new in FRAGMENT_FOLDS.items() if old.isascii()
)
_OTHER_FOLDS = tuple(
    (old.encode(), new.encode()) for old, new in FRAGMENT_FOLDS.items() if not old.isascii()
)
_ALL_FOLDS = (*_ASCII_FOLDS, *_OTHER_FOLDS)
_INDEXES = ("items_fts", "items_fts_trigram")

_CHECK = "SELECT rowid FROM items_fts_trigram WHERE items_fts_trigram MATCH ? LIMIT 1"
_IN_SOURCES = statement(
    "SELECT count(*) FROM items_fts f CROSS JOIN items i ON i.id = f.rowid "
    "WHERE items_fts MATCH :query AND i.source_id IN :sources "
    "AND i.created_at >= :at AND i.created_at < :end",
    "sources",
)


def folded(text: bytes) -> bytes:
    """An item's text (``_NEW_TEXTS``) folded as the view ``items_folded`` folds it in SQL.

    The text is UTF-8 bytes, as SQLite's replace() reads it (a str of a post with one emoji
    takes four bytes a character). No fold makes what another looks for, so their order does
    not matter; a fold that finds nothing copies nothing (str.translate is ten times slower on
    a German comment)."""
    for old, new in _ASCII_FOLDS if text.isascii() else _ALL_FOLDS:
        if old in text:
            text = text.replace(old, new)
    return text


def index_new_items(cursor: sqlite3.Cursor, item_id: int) -> None:
    """Put every item above ``item_id`` into both indexes, on the raw driver's cursor of
    ingest: the word index in one INSERT … SELECT, the trigram index from text folded here.

    The folded texts are read whole before they are written: executemany over a generator that
    stepped another cursor of the connection crashed the interpreter now and then (Python 3.11,
    in the window's tests)."""
    cursor.execute(_NEW_WORDS, (item_id,))
    texts = [(row_id, folded(text)) for row_id, text in cursor.execute(_NEW_TEXTS, (item_id,))]
    cursor.executemany(_ADD_TRIGRAMS, texts)


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
