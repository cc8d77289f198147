"""Erasing a member's personal data from the rows, SQLite's way.

Freed pages are zeroed (``secure_delete``) for the rest of the connection's transaction. Events
are append-only by a trigger; the one rewrite the law requires lifts it inside the caller's
transaction and puts the same trigger back before anything commits.
"""

from collections.abc import Iterable, Sequence
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
_MUTES = text(
    "UPDATE mutes SET target = :placeholder "
    "WHERE kind = 'member' AND network = :network AND target = :old"
)
_SET_ITEM = text(
    "UPDATE items SET title = :title, body = :body, body_html = :html, raw = :raw WHERE id = :id"
)
_SET_MESSAGE = text("UPDATE interventions SET message = :message WHERE id = :id")


def _any_of(column: str, count: int) -> str:
    """``column`` contains one of ``count`` needles, without regard to case (a first sieve: the
    domain checks each candidate for whole words)."""
    return " OR ".join(f"instr(lower({column}), :n{n}) > 0" for n in range(count))


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

    def members_of_network(self, network: str) -> Iterable[tuple[int, str]]:
        """(id, external id) of every member of ``network`` that is not erased already."""
        rows = self._connection.execute(
            text(
                "SELECT id, external_id FROM members WHERE network = :network "
                "AND external_id NOT LIKE 'erased-%'"
            ),
            {"network": network},
        )
        for row in rows:
            yield row.id, row.external_id

    def forget_mutes(self, network: str, external_id: str, placeholder: str) -> None:
        """A mute of the member names them by their network id: it names the placeholder now."""
        self._connection.execute(
            _MUTES, {"network": network, "old": external_id, "placeholder": placeholder}
        )

    def others_items_containing(
        self, member_id: int, needles: Sequence[str]
    ) -> list[tuple[int, str, str, str | None, str]]:
        """(id, title, body, body_html, raw) of other members' items that may mention one of
        the needles (lower case)."""
        if not needles:
            return []
        where = " OR ".join(
            f"({_any_of(column, len(needles))})" for column in ("title", "body", "raw")
        )
        sql = (
            "SELECT id, title, body, body_html, raw FROM items "
            f"WHERE member_id IS NOT :member AND ({where})"
        )
        params: dict[str, object] = {f"n{n}": needle for n, needle in enumerate(needles)}
        params["member"] = member_id
        rows = self._connection.execute(text(sql), params)
        return [(int(i), str(t), str(b), h, str(r)) for i, t, b, h, r in rows]

    def rewrite_items(self, rows: Sequence[tuple[int, str, str, str | None, str]]) -> None:
        for item_id, title, body, body_html, raw in rows:
            self._connection.execute(
                _SET_ITEM,
                {"id": item_id, "title": title, "body": body, "html": body_html, "raw": raw},
            )

    def interventions_containing(self, needles: Sequence[str]) -> list[tuple[str, str]]:
        """(id, message) of the interventions whose message may mention one of the needles."""
        if not needles:
            return []
        sql = f"SELECT id, message FROM interventions WHERE {_any_of('message', len(needles))}"
        params = {f"n{n}": needle for n, needle in enumerate(needles)}
        return [(str(i), str(m)) for i, m in self._connection.execute(text(sql), params)]

    def events_mentioning(self, needles: Sequence[str]) -> list[tuple[str, str, str]]:
        """(id, kind, payload) of the events whose payload may mention one of the needles."""
        if not needles:
            return []
        sql = f"SELECT id, kind, payload FROM events WHERE {_any_of('payload', len(needles))}"
        params = {f"n{n}": needle for n, needle in enumerate(needles)}
        rows = self._connection.execute(text(sql), params)
        return [(str(event_id), str(kind), str(payload)) for event_id, kind, payload in rows]

    def rewrite_interventions(self, rows: Sequence[tuple[str, str]]) -> None:
        for intervention_id, message in rows:
            self._connection.execute(_SET_MESSAGE, {"id": intervention_id, "message": message})

    def rewrite_events(self, payloads: Sequence[tuple[str, str]]) -> None:
        """Replace these events' payloads ((id, payload) pairs), the one exception to the log's
        append-only rule; the trigger that enforces it is back before this returns."""
        self._connection.exec_driver_sql("DROP TRIGGER events_no_update")
        for event_id, payload in payloads:
            self._connection.execute(_SET_PAYLOAD, {"payload": payload, "id": event_id})
        self._connection.exec_driver_sql(_NO_UPDATE)
