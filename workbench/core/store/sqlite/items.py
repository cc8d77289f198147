"""One item in full: the item, its thread (parents and replies) and its authors."""

from collections.abc import Sequence
from typing import Any, ClassVar

from sqlalchemy import Connection, Row, TextClause, text

from workbench.core.store.schema import NOTE_IN_FORCE
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
# Each source reads by an index: decisions by item, notes by member, mutes by target,
# assignments by kind (they are few beside the other events).
_HISTORY = text(
    f"""
WITH me AS (
    SELECT i.id, i.network, i.external_id, i.member_id,
           coalesce(i.thread_external_id, i.external_id) AS thread, m.external_id AS member
    FROM items i LEFT JOIN members m ON m.id = i.member_id WHERE i.id = :id
)
SELECT 'decided' AS kind, e.author_name, e.created_at, d.state AS what,
       json_extract(e.payload, '$.note') AS text, NULL AS until, d.undone, e.id AS event_id
FROM queue_decisions d JOIN events e ON e.id = d.event_id WHERE d.item_id = :id
UNION ALL
SELECT 'assigned', e.author_name, e.created_at, json_extract(e.payload, '$.assignee'),
       NULL, NULL, 0, e.id
FROM events e, me WHERE e.kind = 'queue.assigned'
    AND json_extract(e.payload, '$.item.network') = me.network
    AND json_extract(e.payload, '$.item.id') = me.external_id
UNION ALL
SELECT 'noted', n.author_name, n.created_at, n.type, n.text, NULL, 0, n.id
FROM notes n, me WHERE n.member_id = me.member_id AND n.item_id = me.id AND {NOTE_IN_FORCE}
UNION ALL
SELECT 'muted', e.author_name, e.created_at, u.kind, NULL, u.until, 0, e.id
FROM mutes u JOIN events e ON e.id = u.event_id, me
WHERE u.network = me.network AND ((u.kind = 'thread' AND u.target = me.thread)
    OR (u.kind = 'member' AND u.target = me.member))
ORDER BY event_id
"""
)


class ItemsSQL:
    """The items subject on one SQLite connection (PostgreSQL's respells the history)."""

    __slots__ = ("_connection",)
    _history: ClassVar[TextClause] = _HISTORY

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

    def history(self, item_id: int) -> Sequence[Row[Any]]:
        """What managers did about the item, oldest first: kind (decided, assigned, noted,
        muted), author_name, created_at, what (the state, assignee, note type or mute kind),
        text (a decision's or a note's words), until (a mute's end), undone."""
        return self._connection.execute(self._history, {"id": item_id}).all()
