"""The trigram index reads its folded text from a view, ``items_folded``, instead of the
virtual column ``items.folded_text``, and an import folds new items' text in Python
(store.sqlite.fts.folded) to index them.

SQLite computes a generated column on every INSERT into its table, virtual or not, and the
fold is 27 nested replace() calls, each holding a whole copy of the text until the row is
done: a 4 MB post cost 136 MB to insert and 125 MB more to index. A view is computed only
where it is read: by FTS5's 'rebuild' and 'integrity-check', and by the triggers that take an
edited or deleted item's text out of the index and put the new text in; no import reads it.
An update reindexes only when title or body changed (a platform's new state costs no fold).
The index holds the same text as before; it is rebuilt here because its content table
changes.

Revision ID: 0021
Revises: 0020
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Written out here, not imported, so that this revision stays what it was if the folds change:
# 0013's expression, in two halves, since SQLite's parser cannot nest 27 calls in a view.
FIRST_FOLDS = (
    "replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("
    "replace(replace(replace(' ' || title || char(31) || ' ' || body, "
    "'ß', 'ss'), 'ẞ', 'ss'), 'ä', 'a'), 'Ä', 'a'), 'ö', 'o'), 'Ö', 'o'), 'ü', 'u'), 'Ü', "
    "'u'), 'é', 'e'), 'É', 'e'), 'è', 'e'), 'ê', 'e'), 'à', 'a'), 'á', 'a')"
)
LAST_FOLDS = (
    "replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("
    "replace(replace(half, 'â', 'a'), 'ç', 'c'), 'ñ', 'n'), 'ó', 'o'), 'í', 'i'), 'ú', 'u'), "
    "char(10), ' '), char(8203), ''), char(8204), ''), char(8205), ''), char(8288), ''), "
    "char(65279), ''), char(173), '')"
)
FOLDED_VIEW = (
    f"CREATE VIEW items_folded AS SELECT id, {LAST_FOLDS} AS folded_text "
    f"FROM (SELECT id, {FIRST_FOLDS} AS half FROM items)"
)
TRIGRAM_TABLE = (
    "CREATE VIRTUAL TABLE items_fts_trigram USING fts5(folded_text, content='{content}', "
    "content_rowid='id', tokenize='trigram', columnsize=0)"
)
_CHANGED = "WHEN old.title IS NOT new.title OR old.body IS NOT new.body"
_UNINDEX = (
    "INSERT INTO items_fts_trigram(items_fts_trigram, rowid, folded_text) "
    "SELECT 'delete', id, folded_text FROM items_folded WHERE id = old.id; "
)
# The triggers read the view: before a row changes or goes, its text as it was indexed leaves
# the index; after it changed, its new text joins it.
TRIGGERS = (
    f"CREATE TRIGGER items_fts_trigram_delete BEFORE DELETE ON items BEGIN {_UNINDEX}END",
    "CREATE TRIGGER items_fts_trigram_unindex BEFORE UPDATE OF title, body ON items "
    f"{_CHANGED} BEGIN {_UNINDEX}END",
    "CREATE TRIGGER items_fts_trigram_update AFTER UPDATE OF title, body ON items "
    f"{_CHANGED} BEGIN INSERT INTO items_fts_trigram(rowid, folded_text) "
    "SELECT id, folded_text FROM items_folded WHERE id = new.id; END",
)
# 0013's triggers, over the column.
COLUMN_TRIGGERS = (
    "CREATE TRIGGER items_fts_trigram_delete AFTER DELETE ON items BEGIN "
    "INSERT INTO items_fts_trigram(items_fts_trigram, rowid, folded_text) "
    "VALUES ('delete', old.id, old.folded_text); END",
    "CREATE TRIGGER items_fts_trigram_update AFTER UPDATE OF title, body ON items BEGIN "
    "INSERT INTO items_fts_trigram(items_fts_trigram, rowid, folded_text) "
    "VALUES ('delete', old.id, old.folded_text); "
    "INSERT INTO items_fts_trigram(rowid, folded_text) VALUES (new.id, new.folded_text); END",
)
REBUILD = "INSERT INTO items_fts_trigram(items_fts_trigram) VALUES ('rebuild')"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        return  # its trigram index is over an expression (0013): no column or view to move
    for statement in (
        "DROP TRIGGER items_fts_trigram_update",
        "DROP TRIGGER items_fts_trigram_delete",
        "DROP TABLE items_fts_trigram",
        "ALTER TABLE items DROP COLUMN folded_text",
        FOLDED_VIEW,
        TRIGRAM_TABLE.format(content="items_folded"),
        *TRIGGERS,
        REBUILD,
    ):
        op.execute(statement)


def downgrade() -> None:
    folded = LAST_FOLDS.replace("half", FIRST_FOLDS)
    for statement in (
        "DROP TRIGGER items_fts_trigram_update",
        "DROP TRIGGER items_fts_trigram_unindex",
        "DROP TRIGGER items_fts_trigram_delete",
        "DROP TABLE items_fts_trigram",
        "DROP VIEW items_folded",
        f"ALTER TABLE items ADD COLUMN folded_text TEXT GENERATED ALWAYS AS ({folded}) VIRTUAL",
        TRIGRAM_TABLE.format(content="items"),
        *COLUMN_TRIGGERS,
        REBUILD,
    ):
        op.execute(statement)
