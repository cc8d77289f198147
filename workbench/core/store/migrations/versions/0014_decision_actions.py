"""Decisions by action: a bulk decision is one action of the manager, so undo takes it back
whole. Each decision keeps the action it was part of; decisions made before this revision were
one item each, so their action is their own event.

Revision ID: 0014
Revises: 0013
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "queue_decisions",
        sa.Column("action_id", sa.String(), nullable=False, server_default=""),
    )
    op.execute("UPDATE queue_decisions SET action_id = event_id")
    op.create_index("ix_queue_decisions_action", "queue_decisions", ["action_id"])


def downgrade() -> None:
    op.drop_index("ix_queue_decisions_action", table_name="queue_decisions")
    op.drop_column("queue_decisions", "action_id")
