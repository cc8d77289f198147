"""Erasing a member's personal data from the rows, SQLite's way.

Freed pages are zeroed (``secure_delete``) for the rest of the connection's transaction. Events
are append-only by a trigger; the one rewrite the law requires lifts it inside the caller's
transaction and puts the same trigger back before anything commits.
"""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Row, text

# The same trigger as migration 0001 puts on the events table.
_NO_UPDATE = (
    "CREATE TRIGGER events_no_update BEFORE UPDATE ON events BEGIN "
    "SELECT RAISE(ABORT, 'events are append-only: record a new event instead'); END"
)
_MEMBER = text("SELECT network, external_id FROM members WHERE id = :id")
_ROWS = (
    text(
        "DELETE FROM item_bands WHERE item_id IN (SELECT id FROM items WHERE member_id = :member)"
    ),
    text(
        "DELETE FROM item_sketches WHERE item_id IN "
        "(SELECT id FROM items WHERE member_id = :member)"
    ),
    text(
        "UPDATE items SET title = '', body = '', body_html = NULL, url = NULL, raw = '{}', "
        "content_hash = NULL WHERE member_id = :member"
    ),
    text("UPDATE notes SET text = :erased WHERE member_id = :member"),
    text(
        "UPDATE members SET external_id = :placeholder, handle = :placeholder, "
        "display_name = '', email_hash = NULL, email = NULL, profile_url = NULL, raw = '{}', "
        "person_id = NULL WHERE id = :member"
    ),
)
_EVENTS_WITH = text("SELECT id, kind, payload FROM events WHERE instr(payload, :needle) > 0")
_SET_PAYLOAD = text("UPDATE events SET payload = :payload WHERE id = :id")


class EraseSQL:
    """The erasure subject on one SQLite connection."""

    __slots__ = ("_connection",)

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def member_key(self, member_id: int) -> Row[Any] | None:
        """(network, external_id) of the member."""
        return self._connection.execute(_MEMBER, {"id": member_id}).first()

    def erase_rows(self, member_id: int, placeholder: str, erased: str) -> None:
        """Zero freed pages from now on, drop the member's sketches, blank their items' text,
        the notes about them (to ``erased``) and their names (to ``placeholder``)."""
        self._connection.exec_driver_sql("PRAGMA secure_delete = ON")
        params = {"member": member_id, "erased": erased, "placeholder": placeholder}
        for statement in _ROWS:
            self._connection.execute(statement, params)

    def events_containing(self, needle: str) -> list[tuple[str, str, str]]:
        """(id, kind, payload) of the events whose payload text contains ``needle``."""
        rows = self._connection.execute(_EVENTS_WITH, {"needle": needle})
        return [(str(event_id), str(kind), str(payload)) for event_id, kind, payload in rows]

    def rewrite_events(self, payloads: Sequence[tuple[str, str]]) -> None:
        """Replace these events' payloads ((id, payload) pairs), the one exception to the log's
        append-only rule; the trigger that enforces it is back before this returns."""
        self._connection.exec_driver_sql("DROP TRIGGER events_no_update")
        for event_id, payload in payloads:
            self._connection.execute(_SET_PAYLOAD, {"payload": payload, "id": event_id})
        self._connection.exec_driver_sql(_NO_UPDATE)
