"""Alembic environment: migrations run on the store's connection, all in one transaction."""

from alembic import context
from sqlmodel import SQLModel

from workbench.core.store.migrate import include_name, include_object

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "Run migrations through workbench.core.store.migrate, which passes a connection."
    )

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,
    include_name=include_name,
    include_object=include_object,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
