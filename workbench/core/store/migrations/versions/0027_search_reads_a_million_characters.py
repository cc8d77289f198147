"""SQLite only (issue 16, 5): both search indexes read the first million characters of an
item's title and of its body, not the whole of a text of megabytes.

Indexing one post costs SQLite about five times the text it indexes, in each index, at once:
the bound text, FTS5's gathered entries, the tokenizer's buffer for a word. A 4 MB post peaked
at 22 MB in SQLite (with the post's row written, 9 MB). A million characters is more than any
platform lets a member write (Reddit 40,000, Facebook 63,206); what goes beyond it is a pasted
dump or an attack, still stored and shown whole, and read whole by the queue's rules and
duplicates. Only the rows that hold more leave and rejoin the indexes: a store without one
costs two scans of the items.

Revision ID: 0027
Revises: 0026
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0027"
down_revision: str | None = "0026"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXED_CHARS = 1_000_000
"""Written out here, not imported, so that this revision stays what it was (search_text's)."""

# 0024's fold and 0021's, written out here likewise.
FOLD = "replace(replace({column}, 'ß', 'ss'), 'ẞ', 'SS')"
FIRST_FOLDS = (
    "replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("
    "replace(replace(replace({text}, "
    "'ß', 'ss'), 'ẞ', 'ss'), 'ä', 'a'), 'Ä', 'a'), 'ö', 'o'), 'Ö', 'o'), 'ü', 'u'), 'Ü', "
    "'u'), 'é', 'e'), 'É', 'e'), 'è', 'e'), 'ê', 'e'), 'à', 'a'), 'á', 'a')"
)
LAST_FOLDS = (
    "replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("
    "replace(replace(half, 'â', 'a'), 'ç', 'c'), 'ñ', 'n'), 'ó', 'o'), 'í', 'i'), 'ú', 'u'), "
    "char(10), ' '), char(8203), ''), char(8204), ''), char(8205), ''), char(8288), ''), "
    "char(65279), ''), char(173), '')"
)


def _cut(column: str, limit: int | None) -> str:
    """``column`` as far as the indexes read it. Only a longer text is cut: ``substr`` and
    ``length`` stop at a NUL character, which a short post keeps (and the import's fold in
    Python with it)."""
    if limit is None:
        return column
    return (
        f"CASE WHEN length({column}) > {limit} THEN substr({column}, 1, {limit}) ELSE {column} END"
    )


def _words_view(limit: int | None) -> str:
    title, body = _cut("title", limit), _cut("body", limit)
    return (
        f"CREATE VIEW items_words AS SELECT id, {FOLD.format(column=title)} AS search_title, "
        f"{FOLD.format(column=body)} AS search_body FROM items"
    )


def _folded_view(limit: int | None) -> str:
    title, body = _cut("title", limit), _cut("body", limit)
    text = f"' ' || {title} || char(31) || ' ' || {body}"
    return (
        f"CREATE VIEW items_folded AS SELECT id, {LAST_FOLDS} AS folded_text "
        f"FROM (SELECT id, {FIRST_FOLDS.format(text=text)} AS half FROM items)"
    )


def _word_triggers(limit: int | None) -> tuple[str, ...]:
    def fold(row: str, column: str) -> str:
        return FOLD.format(column=_cut(f"{row}.{column}", limit))

    changed = "WHEN old.title IS NOT new.title OR old.body IS NOT new.body"
    unindex = (
        "INSERT INTO items_fts(items_fts, rowid, search_title, search_body) VALUES ('delete', "
        f"old.id, {fold('old', 'title')}, {fold('old', 'body')}); "
    )
    index = (
        "INSERT INTO items_fts(rowid, search_title, search_body) VALUES "
        f"(new.id, {fold('new', 'title')}, {fold('new', 'body')}); "
    )
    return (
        f"CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN {unindex}END",
        f"CREATE TRIGGER items_fts_update AFTER UPDATE OF title, body ON items {changed} "
        f"BEGIN {unindex}{index}END",
    )


def _move(limit: int | None, was: int | None) -> None:
    """The views and word triggers to read ``limit`` characters (None: all), the rows beyond
    ``limit`` or ``was`` leaving both indexes as indexed before and rejoining them after."""
    bound = min(x for x in (limit, was) if x is not None)
    longer = f"SELECT id FROM items WHERE length(title) > {bound} OR length(body) > {bound}"
    op.execute(f"CREATE TEMP TABLE long_items AS {longer}")
    for statement in (
        "INSERT INTO items_fts(items_fts, rowid, search_title, search_body) "
        "SELECT 'delete', id, search_title, search_body FROM items_words "
        "WHERE id IN (SELECT id FROM long_items)",
        "INSERT INTO items_fts_trigram(items_fts_trigram, rowid, folded_text) "
        "SELECT 'delete', id, folded_text FROM items_folded "
        "WHERE id IN (SELECT id FROM long_items)",
        "DROP TRIGGER items_fts_update",
        "DROP TRIGGER items_fts_delete",
        "DROP VIEW items_words",
        "DROP VIEW items_folded",
        _words_view(limit),
        _folded_view(limit),
        *_word_triggers(limit),
        "INSERT INTO items_fts(rowid, search_title, search_body) "
        "SELECT id, search_title, search_body FROM items_words "
        "WHERE id IN (SELECT id FROM long_items)",
        "INSERT INTO items_fts_trigram(rowid, folded_text) "
        "SELECT id, folded_text FROM items_folded WHERE id IN (SELECT id FROM long_items)",
        "DROP TABLE long_items",
    ):
        op.execute(statement)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        return  # memory is the server's; its indexes read the whole text
    _move(INDEXED_CHARS, None)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        return
    _move(None, INDEXED_CHARS)
