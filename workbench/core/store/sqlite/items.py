"""One item in full: the item, its thread (parents and replies) and its authors."""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Row, text

from workbench.core.store.sqlite.binding import chunks, statement

_ENTRY = """
SELECT i.id, i.title, i.body, i.created_at, m.handle, i.parent_external_id
FROM items i LEFT JOIN members m ON m.id = i.member_id
"""
_ITEM = text(
    "SELECT i.*, s.name AS source_name FROM items i JOIN sources s ON s.id = i.source_id "
    "WHERE i.id = :id"
)
_PARENT = text(f"{_ENTRY} WHERE i.network = :network AND i.external_id = :id")
_REPLIES = text(
    f"{_ENTRY} WHERE i.network = :network AND i.thread_external_id = :thread "
    "AND i.parent_external_id = :me ORDER BY i.created_at LIMIT :limit"
)
_AUTHORS = statement("SELECT id, member_id FROM items WHERE id IN :ids", "ids")


class ItemsSQL:
    """The items subject on one SQLite connection."""

    __slots__ = ("_connection",)

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def item(self, item_id: int) -> Row[Any] | None:
        """Every column of the item, and its source's name."""
        return self._connection.execute(_ITEM, {"id": item_id}).first()

    def thread_entry(self, network: str, external_id: str) -> Row[Any] | None:
        return self._connection.execute(_PARENT, {"network": network, "id": external_id}).first()

    def replies(
        self, network: str, thread: str | None, parent: str, limit: int
    ) -> Sequence[Row[Any]]:
        return self._connection.execute(
            _REPLIES, {"network": network, "thread": thread, "me": parent, "limit": limit}
        ).all()

    def authors(self, item_ids: Sequence[int]) -> dict[int, int | None]:
        """item id -> member id (None for an unknown author)."""
        found: dict[int, int | None] = {}
        for chunk in chunks(item_ids):
            # A result has keys(), so dict.update would take it for a mapping: pair by pair.
            for item_id, member_id in self._connection.execute(_AUTHORS, {"ids": chunk}):
                found[item_id] = member_id
        return found
