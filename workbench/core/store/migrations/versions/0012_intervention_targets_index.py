"""An intervention's targets by intervention: the log read every target table row for each of
its entries (200 ms for 500 entries among 10,000 interventions), and deleting an intervention
scanned them for the cascade.

Revision ID: 0012
Revises: 0011
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_intervention_targets_intervention",
        "intervention_targets",
        ["intervention_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_intervention_targets_intervention", table_name="intervention_targets")
