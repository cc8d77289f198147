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
from sqlalchemy import Connection

from workbench.core.errors import WorkbenchError
from workbench.core.events import eventlog
from workbench.core.events.event import Event, Kind
from workbench.core.i18n import translate
from workbench.core.settings import Author
from workbench.core.store.queries import queries

ERASED = "[erased]"
"""What stands where a note about an erased member said something."""


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
    store = queries(connection)
    row = store.erase.member_key(member_id)
    if row is None:
        raise WorkbenchError(
            translate("Members", "There is no member {id} in this database.").format(id=member_id)
        )
    placeholder = f"erased-{uuid.uuid4().hex[:12]}"
    old = {"network": row.network, "id": row.external_id}
    new = {"network": row.network, "id": placeholder}
    store.erase.erase_rows(member_id, placeholder, ERASED)
    rewritten: list[tuple[str, str]] = []
    for event_id, kind, payload in store.erase.events_containing(
        orjson.dumps(row.external_id).decode()
    ):
        value = orjson.loads(payload)
        member_note = kind == Kind.MEMBER_NOTE_ADDED and value.get("member") == old
        rewritten.append((event_id, orjson.dumps(_rewrite(value, old, new, member_note)).decode()))
    store.erase.rewrite_events(rewritten)
    # Merging the index into one segment drops the erased words for good.
    store.search.purge()
    return eventlog.record(connection, Kind.MEMBER_ERASED, {"member": new}, author)
