"""The store's own settings (the ``meta`` table): values by key, such as the pseudonym key."""

from sqlalchemy import Connection


class MetaSQL:
    """The meta subject on one SQLite connection."""

    __slots__ = ("_connection",)

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def value(self, key: str) -> str | None:
        found = self._connection.exec_driver_sql(
            "SELECT value FROM meta WHERE key = ?", (key,)
        ).scalar()
        return None if found is None else str(found)

    def add(self, key: str, value: str) -> None:
        self._connection.exec_driver_sql(
            "INSERT INTO meta (key, value) VALUES (?, ?)", (key, value)
        )
