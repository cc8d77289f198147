"""The team's watch lists and their entries (derived from watchlist.* events).

Revision ID: 0022
Revises: 0021
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "watchlists",
        sa.Column("uid", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("owner_id", sa.String(), nullable=False),
        sa.Column("owner_name", sa.String(), nullable=False),
        sa.Column("created_at", sa.Integer(), nullable=False),
        sa.Column("subscribed", sa.Boolean(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("uid"),
    )
    op.create_table(
        "watchlist_entries",
        sa.Column("network", sa.String(), nullable=False),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("list_uid", sa.String(), nullable=False),
        sa.Column("recommendation", sa.String(), nullable=False),
        sa.Column("reason", sa.String(), server_default="", nullable=False),
        sa.Column("expires_at", sa.Integer(), nullable=True),
        sa.Column("set_at", sa.Integer(), nullable=False),
        sa.Column("set_by", sa.String(), nullable=False),
        sa.Column("override", sa.String(), nullable=True),
        sa.Column("override_reason", sa.String(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(["list_uid"], ["watchlists.uid"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("network", "entity", "list_uid"),
    )


def downgrade() -> None:
    op.drop_table("watchlist_entries")
    op.drop_table("watchlists")
