"""The items by their time, so that the queue pages newest or oldest first by walking this index
and looking up each item's entry, instead of sorting the whole view.

Revision ID: 0015
Revises: 0014
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_items_time", "items", ["created_at", "id"])


def downgrade() -> None:
    op.drop_index("ix_items_time", table_name="items")
