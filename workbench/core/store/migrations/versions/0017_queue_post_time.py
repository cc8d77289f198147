"""Within one priority the queue follows the posts' time (the Time column), oldest first: the
queue keeps a copy of its item's ``created_at`` and the sort key packs priority and that time,
so that every view still pages index-only along its partial index. Triggers keep the copy: one
fills it for an entry inserted without it (a decision on an item not in the queue), one follows
an item whose time changes at a re-import.

Revision ID: 0017
Revises: 0016
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Written out, not imported: this revision must stay what it is when the schema moves on.
OPEN = "state IN ('new', 'in_review', 'escalated')"
STATES = ("new", "in_review", "approved", "removed", "escalated", "ignored")
REASONS = {"held": 1, "reported": 2, "rule": 4, "duplicate": 8, "first_post": 16, "burst": 32}
INDEXES = {
    "ix_queue_open": f"ON queue (sort_key) WHERE {OPEN}",
    **{f"ix_queue_state_{s}": f"ON queue (sort_key) WHERE state = '{s}'" for s in STATES},
    **{
        f"ix_queue_reason_{name}": f"ON queue (sort_key) WHERE {OPEN} AND (reasons & {bit}) != 0"
        for name, bit in REASONS.items()
    },
    "ix_queue_assignee": f"ON queue (assignee, sort_key) WHERE {OPEN}",
    "ix_queue_network": f"ON queue (network, sort_key) WHERE {OPEN}",
}
SORT_KEY = "min(max(created_at, -549755813888), 549755813887) - priority * 1099511627776"
OLD_SORT_KEY = "priority * 4294967296 - item_id"
TRIGGERS = {
    "queue_created_at_fill": (
        "AFTER INSERT ON queue WHEN new.created_at IS NULL BEGIN "
        "UPDATE queue SET created_at = (SELECT created_at FROM items WHERE id = new.item_id) "
        "WHERE item_id = new.item_id; END"
    ),
    "queue_created_at_follow": (
        "AFTER UPDATE OF created_at ON items WHEN new.created_at IS NOT old.created_at BEGIN "
        "UPDATE queue SET created_at = new.created_at WHERE item_id = new.id; END"
    ),
}
# PostgreSQL: min() and max() of two values are least() and greatest(), the sort key is stored
# (no virtual columns), and the copy is filled before the row is written, so that the stored key
# is computed from it.
POSTGRES_SORT_KEY = (
    "least(greatest(created_at, -549755813888), 549755813887) - priority * 1099511627776"
)
POSTGRES_TRIGGERS = (
    "CREATE FUNCTION queue_created_at_fill() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "NEW.created_at := (SELECT created_at FROM items WHERE id = NEW.item_id); RETURN NEW; "
    "END $$",
    "CREATE TRIGGER queue_created_at_fill BEFORE INSERT ON queue FOR EACH ROW "
    "WHEN (NEW.created_at IS NULL) EXECUTE FUNCTION queue_created_at_fill()",
    "CREATE FUNCTION queue_created_at_follow() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "UPDATE queue SET created_at = NEW.created_at WHERE item_id = NEW.id; RETURN NULL; END $$",
    "CREATE TRIGGER queue_created_at_follow AFTER UPDATE OF created_at ON items FOR EACH ROW "
    "WHEN (NEW.created_at IS DISTINCT FROM OLD.created_at) "
    "EXECUTE FUNCTION queue_created_at_follow()",
)


def _sort_key(expression: str, kept: str = "VIRTUAL", integer: str = "INTEGER") -> None:
    """Put ``expression`` in the sort key's place, with the views' indexes over it."""
    for name in INDEXES:
        op.execute(f"DROP INDEX {name}")
    op.execute("ALTER TABLE queue DROP COLUMN sort_key")
    op.execute(
        f"ALTER TABLE queue ADD COLUMN sort_key {integer} GENERATED ALWAYS AS ({expression}) {kept}"
    )
    for name, definition in INDEXES.items():
        op.execute(f"CREATE INDEX {name} {definition}")


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    # PostgreSQL's INTEGER has 32 bits where SQLite's has 64.
    op.execute(f"ALTER TABLE queue ADD COLUMN created_at {'BIGINT' if postgres else 'INTEGER'}")
    op.execute(
        "UPDATE queue SET created_at = "
        "(SELECT created_at FROM items WHERE items.id = queue.item_id)"
    )
    if postgres:
        _sort_key(POSTGRES_SORT_KEY, "STORED", "BIGINT")
        for statement in POSTGRES_TRIGGERS:
            op.execute(statement)
        return
    _sort_key(SORT_KEY)
    for name, definition in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {definition}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    _sort_key(OLD_SORT_KEY)
    op.execute("ALTER TABLE queue DROP COLUMN created_at")
