"""What a manager records about members: notes for now (profiles, tags and ratings follow)."""

from sqlalchemy import Connection, text

from workbench.core import eventlog
from workbench.core.errors import WorkbenchError
from workbench.core.events import Event, Kind
from workbench.core.i18n import translate
from workbench.core.settings import Author

NOTE_TYPES = ("good_contributor", "spam_watch", "warning", "abuse", "ban", "other")


def _ref(connection: Connection, table: str, row_id: int) -> dict[str, str]:
    row = connection.execute(
        text(f"SELECT network, external_id FROM {table} WHERE id = :id"), {"id": row_id}
    ).first()
    if row is None:
        raise WorkbenchError(
            translate("Members", "There is no {what} {id} in this database.").format(
                what=table.rstrip("s"), id=row_id
            )
        )
    return {"network": row.network, "id": row.external_id}


def add_note(
    connection: Connection,
    member_id: int,
    note_type: str,
    note: str,
    author: Author,
    *,
    item_id: int | None = None,
) -> Event:
    """Record a typed note on a member, optionally about one of their items."""
    payload: dict[str, object] = {
        "member": _ref(connection, "members", member_id),
        "type": note_type,
        "text": note,
    }
    if item_id is not None:
        payload["item"] = _ref(connection, "items", item_id)
    return eventlog.record(connection, Kind.MEMBER_NOTE_ADDED, payload, author)
