"""The SQLite store: engine set-up and file checks (``engine``), and the SQL the domain runs, one
module per subject (queue, items, fts, members, erase, interventions, incidents, team, ingest),
gathered by ``queries.SQLiteQueries``.

Only the engine is imported here: the subject modules are loaded when a connection first asks
for them (``workbench.core.store.queries.queries``), which keeps this package free of cycles.
"""

from workbench.core.store.sqlite.engine import (
    DEFAULT_WAIT_SECONDS,
    SQLITE_MAGIC,
    WRITE_OPTION,
    check_file,
    checkpoint,
    create_private,
    create_sqlite_engine,
    explained,
    insert_or_update,
    read_schema_revision,
    set_wait,
    sidecar_files,
    store_fault,
)

__all__ = [
    "DEFAULT_WAIT_SECONDS",
    "SQLITE_MAGIC",
    "WRITE_OPTION",
    "check_file",
    "checkpoint",
    "create_private",
    "create_sqlite_engine",
    "explained",
    "insert_or_update",
    "read_schema_revision",
    "set_wait",
    "sidecar_files",
    "store_fault",
]
