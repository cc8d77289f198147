"""Link rejections: pairs of members a manager said are not the same person.

Revision ID: 0008
Revises: 0007
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "link_rejections",
        sa.Column("member_a", sa.Integer(), nullable=False),
        sa.Column("member_b", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["member_a"], ["members.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["member_b"], ["members.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("member_a", "member_b"),
    )


def downgrade() -> None:
    op.drop_table("link_rejections")
