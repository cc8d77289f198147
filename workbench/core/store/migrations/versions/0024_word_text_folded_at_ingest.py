"""The word index reads its text from a view, ``items_words``, instead of the virtual columns
``items.search_title`` and ``items.search_body``, and an import spells ß as ss in Python
(store.sqlite.fts.words) to index new items.

SQLite computes a generated column on every INSERT into its table, virtual or not: each of
the two replace() calls of ``search_body`` held a copy of the body until the row was written,
8 MB of SQLite's 32 MB for a 4 MB post. A view is computed only where it is read: by FTS5's
'rebuild' and 'integrity-check'. The triggers fold an edited or deleted item's old and new
text themselves, and run only when title or body changed (a platform's new state costs no
fold). The index holds the same text as before; it is rebuilt because its content table
changes.

Revision ID: 0024
Revises: 0023
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0024"
down_revision: str | None = "0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Written out here, not imported, so that this revision stays what it was if the fold changes:
# 0001's expression.
FOLD = "replace(replace({column}, 'ß', 'ss'), 'ẞ', 'SS')"
WORDS_VIEW = (
    f"CREATE VIEW items_words AS SELECT id, {FOLD.format(column='title')} AS search_title, "
    f"{FOLD.format(column='body')} AS search_body FROM items"
)
WORDS_TABLE = (
    "CREATE VIRTUAL TABLE items_fts USING fts5(search_title, search_body, content='{content}', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
)
_CHANGED = "WHEN old.title IS NOT new.title OR old.body IS NOT new.body"
_UNINDEX = (
    "INSERT INTO items_fts(items_fts, rowid, search_title, search_body) VALUES ('delete', "
    f"old.id, {FOLD.format(column='old.title')}, {FOLD.format(column='old.body')}); "
)
_INDEX = (
    "INSERT INTO items_fts(rowid, search_title, search_body) VALUES "
    f"(new.id, {FOLD.format(column='new.title')}, {FOLD.format(column='new.body')}); "
)
TRIGGERS = (
    f"CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN {_UNINDEX}END",
    f"CREATE TRIGGER items_fts_update AFTER UPDATE OF title, body ON items {_CHANGED} "
    f"BEGIN {_UNINDEX}{_INDEX}END",
)
# 0001's triggers, over the columns.
COLUMN_TRIGGERS = (
    "CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN "
    "INSERT INTO items_fts(items_fts, rowid, search_title, search_body) "
    "VALUES ('delete', old.id, old.search_title, old.search_body); END",
    "CREATE TRIGGER items_fts_update AFTER UPDATE OF title, body ON items BEGIN "
    "INSERT INTO items_fts(items_fts, rowid, search_title, search_body) "
    "VALUES ('delete', old.id, old.search_title, old.search_body); "
    "INSERT INTO items_fts(rowid, search_title, search_body) "
    "VALUES (new.id, new.search_title, new.search_body); END",
)
REBUILD = "INSERT INTO items_fts(items_fts) VALUES ('rebuild')"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        return  # its word index is a tsvector column (0001): no virtual columns to move
    for statement in (
        "DROP TRIGGER items_fts_update",
        "DROP TRIGGER items_fts_delete",
        "DROP TABLE items_fts",
        "ALTER TABLE items DROP COLUMN search_body",
        "ALTER TABLE items DROP COLUMN search_title",
        WORDS_VIEW,
        WORDS_TABLE.format(content="items_words"),
        *TRIGGERS,
        REBUILD,
    ):
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        return
    for statement in (
        "DROP TRIGGER items_fts_update",
        "DROP TRIGGER items_fts_delete",
        "DROP TABLE items_fts",
        "DROP VIEW items_words",
        "ALTER TABLE items ADD COLUMN search_title TEXT GENERATED ALWAYS AS "
        f"({FOLD.format(column='title')}) VIRTUAL",
        "ALTER TABLE items ADD COLUMN search_body TEXT GENERATED ALWAYS AS "
        f"({FOLD.format(column='body')}) VIRTUAL",
        WORDS_TABLE.format(content="items"),
        *COLUMN_TRIGGERS,
        REBUILD,
    ):
        op.execute(statement)
