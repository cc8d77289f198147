"""Search inside words: a trigram index (``items_fts_trigram``) beside the word index, so that
"säge" finds "Tischkreissäge" and "schatzung" finds "Wertschätzung". It reads ``folded_text``, a
virtual column of title and body with umlauts, ß, common accents and line breaks folded and
zero-width characters taken out (the trigram tokenizer of SQLite before 3.45 folds case only);
triggers keep it right when an item changes or goes, and the ingest adds new items in bulk, as
for the word index. Building it reads every item once (about a minute on a million).

Revision ID: 0013
Revises: 0012
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Written out here, not imported, so that this revision stays what it was if the folds change.
FOLDED_TEXT = (
    "replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("
    "replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("
    "replace(replace(replace(replace(replace("
    "' ' || title || char(31) || ' ' || body, "
    "'ß', 'ss'), 'ẞ', 'ss'), 'ä', 'a'), 'Ä', 'a'), 'ö', 'o'), 'Ö', 'o'), 'ü', 'u'), 'Ü', "
    "'u'), 'é', 'e'), 'É', 'e'), 'è', 'e'), 'ê', 'e'), 'à', 'a'), 'á', 'a'), 'â', 'a'), 'ç', "
    "'c'), 'ñ', 'n'), 'ó', 'o'), 'í', 'i'), 'ú', 'u'), char(10), ' '), char(8203), ''), "
    "char(8204), ''), char(8205), ''), char(8288), ''), char(65279), ''), char(173), '')"
)
TRIGRAM_INDEX = (
    f"ALTER TABLE items ADD COLUMN folded_text TEXT GENERATED ALWAYS AS ({FOLDED_TEXT}) VIRTUAL",
    "CREATE VIRTUAL TABLE items_fts_trigram USING fts5(folded_text, content='items', "
    "content_rowid='id', tokenize='trigram', columnsize=0)",
    "CREATE TRIGGER items_fts_trigram_delete AFTER DELETE ON items BEGIN "
    "INSERT INTO items_fts_trigram(items_fts_trigram, rowid, folded_text) "
    "VALUES ('delete', old.id, old.folded_text); END",
    "CREATE TRIGGER items_fts_trigram_update AFTER UPDATE OF title, body ON items BEGIN "
    "INSERT INTO items_fts_trigram(items_fts_trigram, rowid, folded_text) "
    "VALUES ('delete', old.id, old.folded_text); "
    "INSERT INTO items_fts_trigram(rowid, folded_text) VALUES (new.id, new.folded_text); END",
    "INSERT INTO items_fts_trigram(items_fts_trigram) VALUES ('rebuild')",
)

# PostgreSQL: pg_trgm's GIN index over the same folds, as one function of title and body that
# the search applies to what a manager types too (store.postgres.queue), with unaccent for the
# accents the list leaves out and lower() for case, as the trigram tokenizer folds it.
POSTGRES_FOLDED = FOLDED_TEXT.replace("' ' || title || char(31) || ' ' || body", "$1").replace(
    "char(", "chr("
)
POSTGRES_TRIGRAM_INDEX = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE FUNCTION workbench_fold(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT "
    "PARALLEL SAFE AS $$ SELECT lower({unaccent}.unaccent('{unaccent}.unaccent'::regdictionary, "
    f"{POSTGRES_FOLDED})) $$",
    "CREATE INDEX ix_items_trigram ON items USING gin "
    "(workbench_fold(' ' || title || chr(31) || ' ' || body) {pg_trgm}.gin_trgm_ops)",
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in POSTGRES_TRIGRAM_INDEX:
            schemas: dict[str, str] = dict(
                op.get_bind()
                .exec_driver_sql(
                    "SELECT extname, extnamespace::regnamespace::text FROM pg_extension"
                )
                .all()
            )
            op.execute(statement.format(**schemas) if "{" in statement else statement)
        return
    for statement in TRIGRAM_INDEX:
        op.execute(statement)


def downgrade() -> None:
    op.execute("DROP TRIGGER items_fts_trigram_update")
    op.execute("DROP TRIGGER items_fts_trigram_delete")
    op.execute("DROP TABLE items_fts_trigram")
    op.execute("ALTER TABLE items DROP COLUMN folded_text")
