"""The SQLite store: schema, migrations, connections. The store owns all SQL."""

from workbench.core.store.sqlite import upsert
from workbench.core.store.store import Store, StoreInfo, open_store

__all__ = ["Store", "StoreInfo", "open_store", "upsert"]
