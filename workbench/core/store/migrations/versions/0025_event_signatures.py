"""Each event may carry its author's signature (issue 21): the Ed25519 signature over its
canonical JSON, the form bundles carry it in, with the public key that made it, so a team store
and bundles merge with each other without a teammate's events losing their proof.

Adding a nullable column rewrites no row and fires no trigger: the append-only triggers (SQLite's
and PostgreSQL's) stay as they are and refuse to change the new column as any other.

Revision ID: 0025
Revises: 0024
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0025"
down_revision: str | None = "0024"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("events", sa.Column("signature", sa.String(), nullable=True))


def downgrade() -> None:
    # Not batch mode: on SQLite it would copy the table and lose the append-only triggers.
    op.execute("ALTER TABLE events DROP COLUMN signature")
