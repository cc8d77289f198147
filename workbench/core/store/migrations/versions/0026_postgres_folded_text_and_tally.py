"""PostgreSQL only (issue 21: a team store at a million items): the items' folded text is a
stored column that the trigram index covers, and the queue's entries are tallied per state,
network and reasons. SQLite is unchanged.

- ``items.folded_text``: ``workbench_fold`` (unaccent and 27 replacements) cost about 20 µs a
  row, paid by every row a search checks outside the index (the newest matches first walks the
  time index, a bitmap rechecks its rows): a phrase of two common words took 1.2 s. Stored once
  at insert (the index computed it there anyway), a check is a plain LIKE. The trigram GIN
  index is rebuilt over the column: the same text, as before. The planner estimates how many
  items a LIKE matches from the column's histogram: with 1,000 entries instead of 100, a phrase
  found in 1 % of the items is no longer taken for a rare one (a bitmap of 440,000 rows to
  recheck, 1.3 s, instead of walking the newest entries, 0.1 s).
- ``queue_tally``: the saved views count a fifth of a million entries each; an index-only scan
  reads them all (90 ms for the sidebar's counts). Statement triggers with transition tables
  keep how many entries each (state, network, reasons) has, in the writer's transaction: a
  count of a view of states, reasons and networks sums a few dozen rows.

Revision ID: 0026
Revises: 0025
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0026"
down_revision: str | None = "0025"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Written out, not imported: this revision stays what it is when the schema moves on.
FOLDED = "workbench_fold(' ' || title || chr(31) || ' ' || body)"
FOLDED_TEXT = (
    f"ALTER TABLE items ADD COLUMN folded_text text GENERATED ALWAYS AS ({FOLDED}) STORED",
    "DROP INDEX ix_items_trigram",
    "CREATE INDEX ix_items_trigram ON items USING gin (folded_text {pg_trgm}.gin_trgm_ops)",
    "ALTER TABLE items ALTER COLUMN folded_text SET STATISTICS 1000",
)
OLD_INDEX = f"CREATE INDEX ix_items_trigram ON items USING gin ({FOLDED} {{pg_trgm}}.gin_trgm_ops)"
TALLY = (
    "CREATE TABLE queue_tally (state text NOT NULL, network text NOT NULL, "
    "reasons bigint NOT NULL, entries bigint NOT NULL, PRIMARY KEY (state, network, reasons))",
    "CREATE FUNCTION queue_tally_follow() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "IF TG_OP IN ('UPDATE', 'DELETE') THEN "
    "INSERT INTO queue_tally AS t (state, network, reasons, entries) "
    "SELECT state, network, reasons, -count(*) FROM gone GROUP BY state, network, reasons "
    "ON CONFLICT (state, network, reasons) DO UPDATE SET entries = t.entries + excluded.entries; "
    "END IF; "
    "IF TG_OP IN ('INSERT', 'UPDATE') THEN "
    "INSERT INTO queue_tally AS t (state, network, reasons, entries) "
    "SELECT state, network, reasons, count(*) FROM came GROUP BY state, network, reasons "
    "ON CONFLICT (state, network, reasons) DO UPDATE SET entries = t.entries + excluded.entries; "
    "END IF; RETURN NULL; END $$",
    "CREATE FUNCTION queue_tally_empty() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "DELETE FROM queue_tally; RETURN NULL; END $$",
    "CREATE TRIGGER queue_tally_insert AFTER INSERT ON queue REFERENCING NEW TABLE AS came "
    "FOR EACH STATEMENT EXECUTE FUNCTION queue_tally_follow()",
    "CREATE TRIGGER queue_tally_update AFTER UPDATE ON queue "
    "REFERENCING OLD TABLE AS gone NEW TABLE AS came "
    "FOR EACH STATEMENT EXECUTE FUNCTION queue_tally_follow()",
    "CREATE TRIGGER queue_tally_delete AFTER DELETE ON queue REFERENCING OLD TABLE AS gone "
    "FOR EACH STATEMENT EXECUTE FUNCTION queue_tally_follow()",
    "CREATE TRIGGER queue_tally_truncate AFTER TRUNCATE ON queue "
    "FOR EACH STATEMENT EXECUTE FUNCTION queue_tally_empty()",
    "INSERT INTO queue_tally (state, network, reasons, entries) "
    "SELECT state, network, reasons, count(*) FROM queue GROUP BY state, network, reasons",
)


def _run(statements: Sequence[str]) -> None:
    """``statements`` with pg_trgm's schema where they name its operator class."""
    schema = (
        op.get_bind()
        .exec_driver_sql(
            "SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'pg_trgm'"
        )
        .scalar_one()
    )
    for statement in statements:
        op.execute(statement.replace("{pg_trgm}", schema))


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _run((*FOLDED_TEXT, *TALLY))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _run(
            (
                "DROP TABLE queue_tally",
                "DROP FUNCTION queue_tally_follow() CASCADE",
                "DROP FUNCTION queue_tally_empty() CASCADE",
                "DROP INDEX ix_items_trigram",
                "ALTER TABLE items DROP COLUMN folded_text",
                OLD_INDEX,
            )
        )
