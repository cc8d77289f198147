"""Members: listing them, and what a manager records about them: notes, status, tags and
ratings. Note types and rating dimensions are the built-in ones and those the team added
(vocabulary.py)."""

from dataclasses import dataclass

from sqlalchemy import Connection

from workbench.core.errors import WorkbenchError
from workbench.core.events import eventlog
from workbench.core.events.event import Event, Kind
from workbench.core.i18n import translate
from workbench.core.refs import ref_of
from workbench.core.settings import Author
from workbench.core.store.queries import queries
from workbench.core.team import vocabulary
from workbench.core.team.vocabulary import Vocabulary


def add_note(
    connection: Connection,
    member_id: int,
    note_type: str,
    note: str,
    author: Author,
    *,
    item_id: int | None = None,
    expires_at: int | None = None,
) -> Event:
    """Record a typed note on a member, optionally about one of their items; with
    ``expires_at``, the note leaves the views and shared logs after that time."""
    payload: dict[str, object] = {
        "member": ref_of(connection, "members", member_id),
        "type": vocabulary.require(connection, Vocabulary.NOTE_TYPE, note_type).name,
        "text": note,
    }
    if item_id is not None:
        payload["item"] = ref_of(connection, "items", item_id)
    if expires_at is not None:
        payload["expires_at"] = expires_at
    return eventlog.record(connection, Kind.MEMBER_NOTE_ADDED, payload, author)


STATUSES = ("active", "watch", "muted", "banned", "left", "memorialized")


def tag_names(connection: Connection) -> list[str]:
    """Every tag in use, for filters."""
    return queries(connection).members.tag_names()


@dataclass(frozen=True, slots=True)
class MemberRow:
    member_id: int
    network: str
    handle: str
    display_name: str
    status: str
    item_count: int
    last_seen_at: int | None


ORDERS = ("last_seen", "activity", "notes", "interventions")
"""The orders of the list: most recently seen, most items, most notes, most interventions."""


def page(
    connection: Connection,
    *,
    search: str = "",
    status: str | None = None,
    network: str | None = None,
    tag: str | None = None,
    min_rating: int | None = None,
    active_since: int | None = None,
    order: str = "last_seen",
    offset: int = 0,
    limit: int = 200,
) -> list[MemberRow]:
    """Members filtered and sorted (most recently seen first by default), a page at a time."""
    like = None
    if search.strip():
        escaped = search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        like = f"%{escaped}%"
    if order not in ORDERS:
        raise WorkbenchError(
            translate("Members", "'{order}' is no order; orders: {all}.").format(
                order=order, all=", ".join(ORDERS)
            )
        )
    rows = queries(connection).members.page(
        like=like,
        status=status,
        network=network,
        tag=tag,
        min_rating=min_rating,
        active_since=active_since,
        order=order,
        offset=offset,
        limit=limit,
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
    payload = {"member": ref_of(connection, "members", member_id), "status": status}
    return eventlog.record(connection, Kind.MEMBER_STATUS_SET, payload, author)


def tag(
    connection: Connection, member_id: int, name: str, author: Author, *, on: bool = True
) -> Event:
    """Put a tag on a member (or take it off with ``on=False``)."""
    kind = Kind.MEMBER_TAGGED if on else Kind.MEMBER_UNTAGGED
    payload = {"member": ref_of(connection, "members", member_id), "tag": name.strip()}
    return eventlog.record(connection, kind, payload, author)


def rate(
    connection: Connection, member_id: int, dimension: str, value: int, author: Author
) -> Event:
    """Rate a member from 1 to 5 on a named dimension (feedback, expertise, communication, or
    one the team added)."""
    payload = {
        "member": ref_of(connection, "members", member_id),
        "dimension": vocabulary.require(connection, Vocabulary.RATING_DIMENSION, dimension).name,
        "value": value,
    }
    return eventlog.record(connection, Kind.MEMBER_RATED, payload, author)
