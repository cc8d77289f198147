"""The text the search indexes read, folded in Python as the store's SQL folds it.

No store here: the process that reads a large import folds its texts without SQLAlchemy.

The SQLite store's views and triggers fold an item's title and body with replace()
(``WORD_FOLDS`` and ``FRAGMENT_FOLDS``, below); an import folds new items' text here instead, where
it makes their rows (ingest_rows), because SQLite keeps a copy of the text for each replace()
until the row is done: a 4 MB post cost 120 MB to index that way. Tests hold the two to the
same bytes. Plain functions on UTF-8 bytes, as SQLite's replace() reads the text.
"""

INDEXED_CHARS = 1_000_000
"""How much of an item's title and of its body the SQLite store's search indexes read: more than
any platform lets a member write; beyond it is a pasted dump or an attack, stored and shown
whole, read whole by rules and duplicates, searched in its first million characters. Indexing
costs SQLite about five times the text at once, in each index (migration 0027). The folds here
only ever see shorter texts (ingest_rows folds items up to text.LONG_TEXT; the store reads
longer ones back, cut by ``substr``)."""

WORD_FOLDS = {"ß": "ss", "ẞ": "SS"}
"""What the word index folds: FTS5's unicode61 tokenizer folds case and accents but keeps ß,
so the index reads title and body with ß spelled ss and "grusse" finds "Grüße". The view
items_words folds in SQL, the ingest in Python (words, below); a change to it needs
a migration that rebuilds the index with it."""

FRAGMENT_FOLDS = {
    "ß": "ss",
    "ẞ": "ss",
    "ä": "a",
    "Ä": "a",
    "ö": "o",
    "Ö": "o",
    "ü": "u",
    "Ü": "u",
    "é": "e",
    "É": "e",
    "è": "e",
    "ê": "e",
    "à": "a",
    "á": "a",
    "â": "a",
    "ç": "c",
    "ñ": "n",
    "ó": "o",
    "í": "i",
    "ú": "u",
    "\n": " ",
    # Invisible characters that split a word without showing ("vi\u200bagra"): gone.
    "\u200b": "",
    "\u200c": "",
    "\u200d": "",
    "\u2060": "",
    "\ufeff": "",
    "\u00ad": "",
}
"""What the trigram index folds, and the search folds in a query the same way: its tokenizer
folds case but (before SQLite 3.45) not accents, so German umlauts, ß and the commonest accents
of French and Spanish are spelled plainly, and line breaks become spaces (a word after one
starts after a space, as the search's word starts expect). Each fold is one replace() over the
text (store.sqlite.fts folds new items in Python, the view items_folded in SQL), which is why
the list is short; a change to it needs a migration that rebuilds the index with it."""

_WORD_FOLDS = tuple((old.encode(), new.encode()) for old, new in WORD_FOLDS.items())
_ASCII_FOLDS = tuple(
    (old.encode(), new.encode()) for old, new in FRAGMENT_FOLDS.items() if old.isascii()
)
_OTHER_FOLDS = tuple(
    (old.encode(), new.encode()) for old, new in FRAGMENT_FOLDS.items() if not old.isascii()
)
_ALL_FOLDS = (*_ASCII_FOLDS, *_OTHER_FOLDS)


def fragment_text(title: bytes, body: bytes) -> bytes:
    """An item's text as the trigram index reads it before its folds: title and body each
    after a space (every word starts after one), the unit separator between them, so that a
    phrase never runs from the title into the body (the SQL: ``' ' || title || char(31) ||
    ' ' || body``)."""
    return b" " + title + b"\x1f " + body


def words(text: bytes) -> bytes:
    """A title or body (UTF-8) as the view ``items_words`` folds it in SQL: replace() there
    copies the text even where it finds no ß, here only a text that has one is copied."""
    if not text.isascii():
        for old, new in _WORD_FOLDS:
            if old in text:
                text = text.replace(old, new)
    return text


def folded(text: bytes) -> bytes:
    """An item's text (:func:`fragment_text`) folded as the view ``items_folded`` folds it.

    The text is UTF-8 bytes, as SQLite's replace() reads it (a str of a post with one emoji
    takes four bytes a character). No fold makes what another looks for, so their order does
    not matter; a fold that finds nothing copies nothing (str.translate is ten times slower on
    a German comment)."""
    for old, new in _ASCII_FOLDS if text.isascii() else _ALL_FOLDS:
        if old in text:
            text = text.replace(old, new)
    return text
