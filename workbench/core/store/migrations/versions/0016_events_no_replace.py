"""The event log refuses a second row with an event's id, so that neither INSERT OR REPLACE,
REPLACE INTO nor an upsert can put another author or payload in an event's place: SQLite's
REPLACE deletes the old row without firing the delete trigger (unless recursive_triggers is on),
and an upsert's DO UPDATE is refused by the update trigger only after the insert was tried.

Revision ID: 0016
Revises: 0015
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        return  # no INSERT OR REPLACE there: the primary key refuses a second event of an id
    op.execute(
        "CREATE TRIGGER events_no_replace BEFORE INSERT ON events "
        "WHEN EXISTS (SELECT 1 FROM events WHERE id = new.id) BEGIN "
        "SELECT RAISE(ABORT, 'events are append-only: record a new event instead'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS events_no_replace")
