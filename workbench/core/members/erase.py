"""Erasing a member on request: their personal data leaves the store, a placeholder stays.

What goes: the text of their items (title, body, HTML, raw data, link), their names, handle,
profile link, e-mail and its hash, the text of notes about them, their duplicate sketches, and
their network id wherever events name it. What stays: an anonymous placeholder member
("erased-…") with the same row, so that decisions, interventions and shared logs still hang
together, and one event that records the erasure without any personal data.

Events are otherwise never changed. Erasure is the one exception the law requires: the append-
only trigger is lifted inside the same transaction, the payloads that name the member are
rewritten to the placeholder, and the trigger is put back before the transaction commits.
Freed pages are zeroed (secure_delete), the search index is rebuilt without the old words, and
the write-ahead log is folded into the file, so no copy of the text is left in the files.
"""

import uuid
from typing import Any

import orjson
from sqlalchemy import Connection, text

from workbench.core.errors import WorkbenchError
from workbench.core.events import eventlog
from workbench.core.events.event import Event, Kind
from workbench.core.i18n import translate
from workbench.core.settings import Author

ERASED = "[erased]"
"""What stands where a note about an erased member said something."""

# The same trigger as migration 0001 puts on the events table.
_NO_UPDATE = (
    "CREATE TRIGGER events_no_update BEFORE UPDATE ON events BEGIN "
    "SELECT RAISE(ABORT, 'events are append-only: record a new event instead'); END"
)


def _rewrite(value: Any, old: dict[str, str], new: dict[str, str], member_note: bool) -> Any:
    """The payload with every reference to ``old`` replaced by ``new``."""
    if isinstance(value, dict):
        if value == old:
            return dict(new)
        rewritten = {k: _rewrite(v, old, new, member_note) for k, v in value.items()}
        if member_note and "text" in rewritten:
            rewritten["text"] = ERASED
        return rewritten
    if isinstance(value, list):
        return [_rewrite(v, old, new, member_note) for v in value]
    return value


def erase_member(connection: Connection, member_id: int, author: Author) -> Event:
    """Erase the member in the caller's write transaction (see the module docstring)."""
    row = connection.execute(
        text("SELECT network, external_id FROM members WHERE id = :id"), {"id": member_id}
    ).first()
    if row is None:
        raise WorkbenchError(
            translate("Members", "There is no member {id} in this database.").format(id=member_id)
        )
    connection.exec_driver_sql("PRAGMA secure_delete = ON")
    placeholder = f"erased-{uuid.uuid4().hex[:12]}"
    old = {"network": row.network, "id": row.external_id}
    new = {"network": row.network, "id": placeholder}
    items = {"member": member_id}
    connection.execute(
        text(
            "DELETE FROM item_bands WHERE item_id IN "
            "(SELECT id FROM items WHERE member_id = :member)"
        ),
        items,
    )
    connection.execute(
        text(
            "DELETE FROM item_sketches WHERE item_id IN "
            "(SELECT id FROM items WHERE member_id = :member)"
        ),
        items,
    )
    connection.execute(
        text(
            "UPDATE items SET title = '', body = '', body_html = NULL, url = NULL, raw = '{}', "
            "content_hash = NULL WHERE member_id = :member"
        ),
        items,
    )
    connection.execute(
        text("UPDATE notes SET text = :erased WHERE member_id = :member"),
        {**items, "erased": ERASED},
    )
    connection.execute(
        text(
            "UPDATE members SET external_id = :placeholder, handle = :placeholder, "
            "display_name = '', email_hash = NULL, email = NULL, profile_url = NULL, raw = '{}', "
            "person_id = NULL WHERE id = :member"
        ),
        {"placeholder": placeholder, "member": member_id},
    )
    connection.exec_driver_sql("DROP TRIGGER events_no_update")
    needle = orjson.dumps(row.external_id).decode()
    for event_id, kind, payload in connection.execute(
        text("SELECT id, kind, payload FROM events WHERE instr(payload, :needle) > 0"),
        {"needle": needle},
    ).all():
        value = orjson.loads(payload)
        member_note = kind == Kind.MEMBER_NOTE_ADDED and value.get("member") == old
        rewritten = _rewrite(value, old, new, member_note)
        connection.execute(
            text("UPDATE events SET payload = :payload WHERE id = :id"),
            {"payload": orjson.dumps(rewritten).decode(), "id": event_id},
        )
    connection.exec_driver_sql(_NO_UPDATE)
    # Merging the index into one segment drops the erased words for good.
    connection.exec_driver_sql("INSERT INTO items_fts(items_fts) VALUES ('optimize')")
    return eventlog.record(connection, Kind.MEMBER_ERASED, {"member": new}, author)
