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


def _sort_key(expression: str) -> None:
    """Put ``expression`` in the sort key's place, with the views' indexes over it."""
    for name in INDEXES:
        op.execute(f"DROP INDEX {name}")
    op.execute("ALTER TABLE queue DROP COLUMN sort_key")
    op.execute(
        f"ALTER TABLE queue ADD COLUMN sort_key INTEGER GENERATED ALWAYS AS ({expression}) VIRTUAL"
    )
    for name, definition in INDEXES.items():
        op.execute(f"CREATE INDEX {name} {definition}")


def upgrade() -> None:
    op.execute("ALTER TABLE queue ADD COLUMN created_at INTEGER")
    op.execute(
        "UPDATE queue SET created_at = "
        "(SELECT created_at FROM items WHERE items.id = queue.item_id)"
    )
    _sort_key(SORT_KEY)
    for name, definition in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {definition}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    _sort_key(OLD_SORT_KEY)
    op.execute("ALTER TABLE queue DROP COLUMN created_at")
