"""Queue order and decisions: the queue pages by (priority DESC, item_id), with one index per
view (open entries, a state, an assignee, each reason), partial where the view is, so that any
page and every view's count read only their own entries; and each decision is kept, so that
undoing one finds the state before it.

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
REASONS = {"held": 1, "reported": 2, "rule": 4, "duplicate": 8, "first_post": 16, "burst": 32}
INDEXES = (
    "CREATE INDEX ix_queue_state_order ON queue (state, priority DESC, item_id)",
    f"CREATE INDEX ix_queue_open_order ON queue (priority DESC, item_id) WHERE {OPEN}",
    "CREATE INDEX ix_queue_assignee_order ON queue (assignee, priority DESC, item_id) "
    f"WHERE {OPEN}",
    *(
        f"CREATE INDEX ix_queue_reason_{name} ON queue (priority DESC, item_id) "
        f"WHERE {OPEN} AND (reasons & {bit}) != 0"
        for name, bit in REASONS.items()
    ),
)


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
    for statement in INDEXES:
        op.execute(statement)


def downgrade() -> None:
    names = ["state_order", "open_order", "assignee_order", *(f"reason_{r}" for r in REASONS)]
    for name in names:
        op.execute(f"DROP INDEX ix_queue_{name}")
    op.create_index("ix_queue_state_priority", "queue", ["state", "priority", "item_id"])
    op.create_index("ix_queue_assignee", "queue", ["assignee"])
    op.drop_index("ix_queue_decisions_item", table_name="queue_decisions")
    op.drop_table("queue_decisions")
