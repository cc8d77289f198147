"""The store: schema, migrations, connections and all of the SQL (see queries.py)."""

from sqlalchemy import Connection

from workbench.core.store.queries import upsert
from workbench.core.store.store import Store, StoreInfo, open_store

__all__ = ["Connection", "Store", "StoreInfo", "open_store", "upsert"]
"""``Connection`` is the handle every core function takes: callers above the core (the window's
writes) name it from here, never from the database library."""
