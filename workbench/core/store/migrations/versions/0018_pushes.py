"""The outbox of live accounts: decisions waiting to be carried out on a platform, and how it
went (derived from queue.decided, queue.undone, queue.replied and push.* events).

Revision ID: 0018
Revises: 0017
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "pushes",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("detail", sa.String(), nullable=False),
        sa.Column("state", sa.String(), nullable=False),
        sa.Column("attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("message", sa.String(), nullable=True),
        sa.Column("author_id", sa.String(), nullable=False),
        sa.Column("requested_at", sa.Integer(), nullable=False),
        sa.Column("settled_at", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"]),
        sa.ForeignKeyConstraint(["item_id"], ["items.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_pushes_state", "pushes", ["state", "source_id"])
    op.create_index("ix_pushes_item", "pushes", ["item_id"])


def downgrade() -> None:
    op.drop_index("ix_pushes_item", table_name="pushes")
    op.drop_index("ix_pushes_state", table_name="pushes")
    op.drop_table("pushes")
