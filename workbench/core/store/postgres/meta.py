"""The store's own settings (the ``meta`` table) on PostgreSQL: bound by name, as psycopg
takes no ``?``."""

from sqlalchemy import Connection, text

_VALUE = text("SELECT value FROM meta WHERE key = :key")
_ADD = text("INSERT INTO meta (key, value) VALUES (:key, :value)")


class MetaSQL:
    """The meta subject on one PostgreSQL connection."""

    __slots__ = ("_connection",)

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def value(self, key: str) -> str | None:
        found = self._connection.execute(_VALUE, {"key": key}).scalar()
        return None if found is None else str(found)

    def add(self, key: str, value: str) -> None:
        self._connection.execute(_ADD, {"key": key, "value": value})
