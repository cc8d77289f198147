"""The FTS5 indexes over items: the SQL that reads them and keeps them, in one place.

Two indexes, both with the item's id as rowid. The word index (``items_fts``, over the view
``items_words``: title and body with ß spelled ss, words folded by unicode61) counts whole
words, as the effect's moderation word list means them. The trigram index
(``items_fts_trigram``, over the view ``items_folded``) answers what managers type: every run
of three characters is a token, so a query finds text anywhere inside words ("säge" in
"Tischkreissäge"). New items join both a batch at a time (ingest), triggers keep them right
when a row changes, and merging each into one segment drops erased text for good.

The views and the triggers fold in SQL, one replace() per fold (``WORD_FOLDS``,
``FRAGMENT_FOLDS``); the ingest indexes new items from text folded in Python
(core.search_text, the same text), folded where their rows were made or else read back here.
Neither index reads a generated column, which SQLite computes on every INSERT into items.
"""

import sqlite3
from collections.abc import Mapping, Sequence

from sqlalchemy import Connection
from sqlalchemy.exc import OperationalError

from workbench.core import search_text
from workbench.core.store.sqlite.binding import statement

QUEUE_JOIN = "JOIN items_fts_trigram f ON f.rowid = q.item_id"
"""Joins the trigram index to a queue entry ``q``: how a count of a search finds its matches (a
page of one orders them by post time, see store.sqlite.queue)."""
MATCHES = "items_fts_trigram MATCH :match"
"""The search condition, bound to ``:match`` (a query for the trigram index)."""


_READ = search_text.INDEXED_CHARS
_TITLE = f"CASE WHEN length(title) > {_READ} THEN substr(title, 1, {_READ}) ELSE title END"
_BODY = f"CASE WHEN length(body) > {_READ} THEN substr(body, 1, {_READ}) ELSE body END"
"""Title and body as far as the indexes read them, as the views items_words and items_folded
cut them (migration 0027): only a longer text is cut, since substr stops at a NUL."""
_NEW_WORDS = f"SELECT id, CAST({_TITLE} AS BLOB), CAST({_BODY} AS BLOB) FROM items WHERE id > ?"
"""Each new item's title and body as the UTF-8 bytes SQLite's replace() reads."""
_ADD_WORDS = (
    "INSERT INTO items_fts (rowid, search_title, search_body) "
    "VALUES (?1, CAST(?2 AS TEXT), CAST(?3 AS TEXT))"
)
_NEW_TEXTS = (
    f"SELECT id, CAST(' ' || {_TITLE} || char(31) || ' ' || {_BODY} AS BLOB) "
    "FROM items WHERE id > ?"
)
"""Each new item's text as the trigram index reads it before its folds: one column takes a third
less room than two; title and body each after a space, so that every word starts after one;
the unit separator between them keeps a phrase from running from title into body."""
_ADD_TRIGRAMS = "INSERT INTO items_fts_trigram (rowid, folded_text) VALUES (?1, CAST(?2 AS TEXT))"


def _letting_go(insert: str) -> str:
    """``insert`` as a batch with a long post writes it: the same row, or nothing for a NULL
    rowid. What the sqlite3 module binds stays with its cached statement until it runs again, a
    long post's copy too, so the batch ends by running it once more with NULLs (``_let_go``).
    Only such batches use it: FTS5 takes an INSERT … SELECT four times slower than VALUES."""
    head, values = insert.split(" VALUES (")
    return f"{head} SELECT {values.removesuffix(')')} WHERE ?1 IS NOT NULL"


_ADD_WORDS_LONG = _letting_go(_ADD_WORDS)
_ADD_TRIGRAMS_LONG = _letting_go(_ADD_TRIGRAMS)
_INDEXES = ("items_fts", "items_fts_trigram")

_CHECK = "SELECT rowid FROM items_fts_trigram WHERE items_fts_trigram MATCH ? LIMIT 1"
_IN_SOURCES = statement(
    "SELECT count(*) FROM items_fts f CROSS JOIN items i ON i.id = f.rowid "
    "WHERE items_fts MATCH :query AND i.source_id IN :sources "
    "AND i.created_at >= :at AND i.created_at < :end",
    "sources",
)


PENDING_BYTES = 16 * 1024**2
"""How much new index data FTS5 gathers in memory before it writes a segment (its
``hashsize``; 1 MB by default). Fewer, larger segments need less merging: 100,000 comments
took 2.0 s of CPU into the trigram index instead of 2.7 to 3.8 s. Only a large write transaction
fills it; each commit writes what is pending."""


def gather_more(cursor: sqlite3.Cursor) -> None:
    """Let both indexes gather ``PENDING_BYTES`` (a setting each index keeps in its table). An
    SQLite that does not know the setting keeps its default: the import is only slower."""
    for index in _INDEXES:
        (set_to,) = cursor.execute(
            f"SELECT coalesce(max(v), 0) FROM {index}_config WHERE k = 'hashsize'"
        ).fetchone()
        if set_to == PENDING_BYTES:
            continue
        try:
            cursor.execute(
                f"INSERT INTO {index}({index}, rank) VALUES ('hashsize', ?)", (PENDING_BYTES,)
            )
        except sqlite3.OperationalError:
            return


def merge_later(cursor: sqlite3.Cursor) -> dict[str, int | None]:
    """Both indexes merge their segments only when a level fills up (``automerge`` 0) until
    :func:`merge_again`, which takes what this returns. FTS5 otherwise merges a little after
    every segment it writes: 300,000 comments took 3.4 s of CPU into the trigram index instead
    of 5.2 s, and searches after it were as fast (16 MB segments, ``PENDING_BYTES``)."""
    merging: dict[str, int | None] = {}
    for index in _INDEXES:
        (automerge,) = cursor.execute(
            f"SELECT max(v) FROM {index}_config WHERE k = 'automerge'"
        ).fetchone()
        cursor.execute(f"INSERT INTO {index}({index}, rank) VALUES ('automerge', 0)")
        merging[index] = automerge
    return merging


def merge_again(cursor: sqlite3.Cursor, merging: dict[str, int | None]) -> None:
    """Each index merges as it did before :func:`merge_later` (FTS5's default: 4)."""
    for index, automerge in merging.items():
        cursor.execute(
            f"INSERT INTO {index}({index}, rank) VALUES ('automerge', ?)",
            (DEFAULT_AUTOMERGE if automerge is None else automerge,),
        )


DEFAULT_AUTOMERGE = 4
"""FTS5's automerge when an index sets none."""


Folded = tuple[bytes, bytes, bytes]
"""An item's title and body as the word index reads them, and its text as the trigram index
does (search_text.words, fragment_text and folded)."""
_NEW_KEYS = "SELECT id, network, external_id FROM items WHERE id > ?"


def index_new_items(
    cursor: sqlite3.Cursor,
    item_id: int,
    *,
    long: bool = False,
    folded: Mapping[tuple[str, str], Folded] | None = None,
) -> None:
    """Put every item above ``item_id`` into both indexes, on the raw driver's cursor of
    ingest: from ``folded`` (by network and external id) where it holds every new item, else
    from their text read back and folded here; with ``long`` (a long post among them), each
    index gives back what it holds for the post before the next one is written
    (:func:`_let_go`).

    The texts are read whole before they are written: executemany over a generator that
    stepped another cursor of the connection crashed the interpreter now and then (Python 3.11,
    in the window's tests). The generator of words steps none: it folds one item's words as
    they are written, so that a long post is not held twice."""
    if folded is not None and not long and _index_folded(cursor, item_id, folded):
        return
    add_words, add_trigrams = (
        (_ADD_WORDS_LONG, _ADD_TRIGRAMS_LONG) if long else (_ADD_WORDS, _ADD_TRIGRAMS)
    )
    texts = cursor.execute(_NEW_WORDS, (item_id,)).fetchall()
    words = search_text.words
    cursor.executemany(add_words, ((row_id, words(t), words(b)) for row_id, t, b in texts))
    del texts
    if long:
        _let_go(cursor, add_words, 3)
    texts = [
        (row_id, search_text.folded(text))
        for row_id, text in cursor.execute(_NEW_TEXTS, (item_id,))
    ]
    cursor.executemany(add_trigrams, texts)
    if long:
        _let_go(cursor, add_trigrams, 2)


def _index_folded(
    cursor: sqlite3.Cursor, item_id: int, folded: Mapping[tuple[str, str], Folded]
) -> bool:
    """Index the items above ``item_id`` from ``folded``; False (nothing written) when it
    lacks one of them."""
    texts = []
    for row_id, network, external_id in cursor.execute(_NEW_KEYS, (item_id,)).fetchall():
        found = folded.get((network, external_id))
        if found is None:
            return False
        texts.append((row_id, *found))
    cursor.executemany(_ADD_WORDS, [(row_id, title, body) for row_id, title, body, _ in texts])
    cursor.executemany(_ADD_TRIGRAMS, [(row_id, text) for row_id, _, _, text in texts])
    return True


def _let_go(cursor: sqlite3.Cursor, insert: str, values: int) -> None:
    """Give back what indexing a long post holds until the transaction ends: the sqlite3
    module's copy of the text ``insert`` bound last (rebound to NULL, which writes nothing)
    and what FTS5 gathered for it (written to the index's pages at a savepoint, as at a
    commit)."""
    cursor.execute(insert, (None,) * values)
    cursor.execute("SAVEPOINT let_go")
    cursor.execute("RELEASE let_go")


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
