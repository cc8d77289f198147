"""A community's items by time: the measured effect of a statement to a whole community reads a
source's items in a window from this index alone.

Revision ID: 0011
Revises: 0010
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_items_source_time", "items", ["source_id", "created_at", "member_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_items_source_time", table_name="items")
