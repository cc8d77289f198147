"""Members: listing them, and what a manager records about them: notes, status, tags and
ratings. Note types and rating dimensions are the built-in ones and those the team added
(vocabulary.py)."""

from dataclasses import dataclass

from sqlalchemy import Connection, text

from workbench.core.errors import WorkbenchError
from workbench.core.events import eventlog
from workbench.core.events.event import Event, Kind
from workbench.core.i18n import translate
from workbench.core.refs import ref_of
from workbench.core.settings import Author
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
) -> Event:
    """Record a typed note on a member, optionally about one of their items."""
    payload: dict[str, object] = {
        "member": ref_of(connection, "members", member_id),
        "type": vocabulary.require(connection, Vocabulary.NOTE_TYPE, note_type).name,
        "text": note,
    }
    if item_id is not None:
        payload["item"] = ref_of(connection, "items", item_id)
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


ORDERS = {
    "last_seen": "coalesce(m.last_seen_at, 0) DESC, m.id DESC",
    "activity": "m.item_count DESC, m.id DESC",
    "notes": "(SELECT count(*) FROM notes n WHERE n.member_id = m.id) DESC, m.id DESC",
    "interventions": "(SELECT count(*) FROM intervention_targets t WHERE t.member_id = m.id) DESC, "
    "m.id DESC",
}


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
    where = ["1 = 1"]
    params: dict[str, object] = {"limit": limit, "offset": offset}
    if search.strip():
        where.append("(m.handle LIKE :like ESCAPE '\\' OR m.display_name LIKE :like ESCAPE '\\')")
        escaped = search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params["like"] = f"%{escaped}%"
    if status:
        where.append("m.status = :status")
        params["status"] = status
    if network:
        where.append("m.network = :network")
        params["network"] = network
    if tag:
        where.append(
            "EXISTS (SELECT 1 FROM member_tags mt JOIN tags t ON t.id = mt.tag_id "
            "WHERE mt.member_id = m.id AND t.name = :tag)"
        )
        params["tag"] = tag
    if min_rating is not None:
        # The latest rating on any dimension reaches the minimum.
        where.append(
            "EXISTS (SELECT 1 FROM ratings r WHERE r.member_id = m.id AND r.value >= :rating "
            "AND r.rated_at = (SELECT max(r2.rated_at) FROM ratings r2 "
            "WHERE r2.member_id = m.id AND r2.dimension = r.dimension))"
        )
        params["rating"] = min_rating
    if active_since is not None:
        where.append("m.last_seen_at >= :since")
        params["since"] = active_since
    if order not in ORDERS:
        raise WorkbenchError(
            translate("Members", "'{order}' is no order; orders: {all}.").format(
                order=order, all=", ".join(ORDERS)
            )
        )
    rows = connection.execute(
        text(
            "SELECT m.id, m.network, m.handle, m.display_name, m.status, m.item_count, "
            f"m.last_seen_at FROM members m WHERE {' AND '.join(where)} "
            f"ORDER BY {ORDERS[order]} LIMIT :limit OFFSET :offset"
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
