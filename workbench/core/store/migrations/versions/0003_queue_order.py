"""Queue order and decisions: the queue keeps its item's network (for the network filter) and
pages by one sort key (priority first, then first come
first served), with a partial index per view (open entries, each state, each reason, an
assignee), so that any page and every view's count read only their own entries, in order; and
each decision is kept, so that undoing one finds the state before it.

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
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


def upgrade() -> None:
    op.create_table(
        "queue_decisions",
        sa.Column("event_id", sa.String(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(), nullable=False),
        sa.Column("author_id", sa.String(), nullable=False),
        sa.Column("decided_at", sa.Integer(), nullable=False),
        sa.Column("undone", sa.Boolean(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"]),
        sa.ForeignKeyConstraint(["item_id"], ["items.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("event_id"),
    )
    op.create_index("ix_queue_decisions_item", "queue_decisions", ["item_id", "event_id"])
    op.drop_index("ix_queue_assignee", table_name="queue")
    op.drop_index("ix_queue_state_priority", table_name="queue")
    op.add_column("queue", sa.Column("network", sa.String(), nullable=False, server_default=""))
    op.execute(
        "UPDATE queue SET network = (SELECT network FROM items WHERE items.id = queue.item_id)"
    )
    # PostgreSQL 15 stores generated columns (it has no virtual ones; a number costs little),
    # and its INTEGER has 32 bits where SQLite's has 64.
    postgres = op.get_bind().dialect.name == "postgresql"
    op.execute(
        f"ALTER TABLE queue ADD COLUMN sort_key {'BIGINT' if postgres else 'INTEGER'} "
        "GENERATED ALWAYS AS (priority * 4294967296 - item_id) "
        f"{'STORED' if postgres else 'VIRTUAL'}"
    )
    for name, definition in INDEXES.items():
        op.execute(f"CREATE INDEX {name} {definition}")


def downgrade() -> None:
    for name in INDEXES:
        op.execute(f"DROP INDEX {name}")
    op.execute("ALTER TABLE queue DROP COLUMN sort_key")
    op.drop_column("queue", "network")
    op.create_index("ix_queue_state_priority", "queue", ["state", "priority", "item_id"])
    op.create_index("ix_queue_assignee", "queue", ["assignee"])
    op.drop_index("ix_queue_decisions_item", table_name="queue_decisions")
    op.drop_table("queue_decisions")
