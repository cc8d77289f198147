"""Tags on interventions: the team's own labels ("launch", "brigade", "price change").

Revision ID: 0010
Revises: 0009
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN: a batch copy would drop the table, and with foreign keys on, that
    # would cascade to its targets and observations.
    op.add_column(
        "interventions", sa.Column("tags", sa.String(), server_default="[]", nullable=False)
    )


def downgrade() -> None:
    with op.batch_alter_table("interventions") as batch:
        batch.drop_column("tags")
