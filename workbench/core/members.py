"""Members: listing them, and what a manager records about them (notes for now; profiles,
tags and ratings follow)."""

from dataclasses import dataclass

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


STATUSES = ("active", "watch", "muted", "banned", "left", "memorialized")


def tag_names(connection: Connection) -> list[str]:
    """Every tag in use, for filters."""
    rows = connection.execute(
        text(
            "SELECT DISTINCT t.name FROM tags t JOIN member_tags mt ON mt.tag_id = t.id ORDER BY 1"
        )
    )
    return [str(name) for name in rows.scalars()]


@dataclass(frozen=True, slots=True)
class MemberRow:
    member_id: int
    network: str
    handle: str
    display_name: str
    status: str
    item_count: int
    last_seen_at: int | None


def page(
    connection: Connection,
    *,
    search: str = "",
    status: str | None = None,
    network: str | None = None,
    after: tuple[int, int] | None = None,
    limit: int = 200,
) -> list[MemberRow]:
    """Members, most recently seen first, paged by (last seen, id)."""
    where = ["1 = 1"]
    params: dict[str, object] = {"limit": limit}
    if search.strip():
        where.append("(handle LIKE :like ESCAPE '\\' OR display_name LIKE :like ESCAPE '\\')")
        escaped = search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params["like"] = f"%{escaped}%"
    if status:
        where.append("status = :status")
        params["status"] = status
    if network:
        where.append("network = :network")
        params["network"] = network
    if after is not None:
        where.append(
            "(coalesce(last_seen_at, 0) < :seen "
            "OR (coalesce(last_seen_at, 0) = :seen AND id < :id))"
        )
        params.update(seen=after[0], id=after[1])
    rows = connection.execute(
        text(
            "SELECT id, network, handle, display_name, status, item_count, last_seen_at "
            f"FROM members WHERE {' AND '.join(where)} "
            "ORDER BY coalesce(last_seen_at, 0) DESC, id DESC LIMIT :limit"
        ),
        params,
    )
    return [
        MemberRow(r.id, r.network, r.handle, r.display_name, r.status, r.item_count, r.last_seen_at)
        for r in rows
    ]


def set_status(connection: Connection, member_id: int, status: str, author: Author) -> Event:
    if status not in STATUSES:
        raise WorkbenchError(
            translate("Members", "'{status}' is no status; statuses: {all}.").format(
                status=status, all=", ".join(STATUSES)
            )
        )
    payload = {"member": _ref(connection, "members", member_id), "status": status}
    return eventlog.record(connection, Kind.MEMBER_STATUS_SET, payload, author)


def tag(
    connection: Connection, member_id: int, name: str, author: Author, *, on: bool = True
) -> Event:
    """Put a tag on a member (or take it off with ``on=False``)."""
    kind = Kind.MEMBER_TAGGED if on else Kind.MEMBER_UNTAGGED
    payload = {"member": _ref(connection, "members", member_id), "tag": name.strip()}
    return eventlog.record(connection, kind, payload, author)


def rate(
    connection: Connection, member_id: int, dimension: str, value: int, author: Author
) -> Event:
    """Rate a member from 1 to 5 on a named dimension (feedback, expertise, communication…)."""
    payload = {
        "member": _ref(connection, "members", member_id),
        "dimension": dimension.strip(),
        "value": value,
    }
    return eventlog.record(connection, Kind.MEMBER_RATED, payload, author)
