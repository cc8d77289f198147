"""Appliers for what managers know of members: status, notes, tags, ratings, erasure and the
linking of identities into persons."""

from sqlalchemy import Connection, delete, insert, select, update

from workbench.core.errors import InvalidEventError
from workbench.core.events.event import Event, Kind
from workbench.core.events.projections.fields import (
    choice_of,
    item_of,
    member_of,
    row_of,
    text_of,
    time_of,
)
from workbench.core.refs import Ref
from workbench.core.store import upsert
from workbench.core.store.schema import (
    LinkRejection,
    Member,
    MemberTag,
    Note,
    Person,
    Rating,
    Tag,
    table,
)

MEMBER_STATUSES = ("active", "watch", "muted", "banned", "left", "memorialized")

_members = table(Member)
_notes = table(Note)
_tags = table(Tag)
_member_tags = table(MemberTag)
_ratings = table(Rating)
_persons = table(Person)
_rejections = table(LinkRejection)


def _member_status_set(connection: Connection, event: Event) -> None:
    payload = event.payload
    member_id = member_of(connection, payload)
    status = choice_of(payload, "status", MEMBER_STATUSES)
    connection.execute(update(_members).where(_members.c.id == member_id).values(status=status))


def _member_note_added(connection: Connection, event: Event) -> None:
    payload = event.payload
    item = payload.get("item")
    connection.execute(
        insert(_notes).values(
            id=event.id,
            member_id=member_of(connection, payload),
            item_id=None if item is None else item_of(connection, payload),
            type=text_of(payload, "type", limit=60),
            text=text_of(payload, "text"),
            author_name=event.author_name,
            created_at=event.created_at,
            expires_at=time_of(payload, "expires_at"),
        )
    )


def _tag_id(connection: Connection, name: str) -> int:
    connection.execute(upsert(connection, _tags).values(name=name).on_conflict_do_nothing())
    return int(connection.execute(select(_tags.c.id).where(_tags.c.name == name)).scalar_one())


def _member_tagged(connection: Connection, event: Event) -> None:
    payload = event.payload
    member_id = member_of(connection, payload)
    tag_id = _tag_id(connection, text_of(payload, "tag", limit=60).strip())
    connection.execute(
        upsert(connection, _member_tags)
        .values(member_id=member_id, tag_id=tag_id)
        .on_conflict_do_nothing()
    )


def _member_untagged(connection: Connection, event: Event) -> None:
    payload = event.payload
    member_id = member_of(connection, payload)
    tag_id = _tag_id(connection, text_of(payload, "tag", limit=60).strip())
    connection.execute(
        delete(_member_tags).where(
            _member_tags.c.member_id == member_id, _member_tags.c.tag_id == tag_id
        )
    )


def _member_rated(connection: Connection, event: Event) -> None:
    payload = event.payload
    value = payload.get("value")
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 5:
        raise InvalidEventError(f"Field 'value' must be a whole number from 1 to 5; got {value!r}.")
    rater = payload.get("rater") or event.author_name
    connection.execute(
        insert(_ratings).values(
            id=event.id,
            member_id=member_of(connection, payload),
            dimension=text_of(payload, "dimension", limit=60),
            value=value,
            rater=str(rater),
            rated_at=time_of(payload, "rated_at") or event.created_at,
        )
    )


def _member_erased(connection: Connection, event: Event) -> None:
    """The erasure itself happened in core.members.erase; the event only records that it did."""
    member_of(connection, event.payload)


def _person_linked(connection: Connection, event: Event) -> None:
    payload = event.payload
    uid = text_of(payload, "person", limit=60)
    refs = payload.get("members")
    if not isinstance(refs, list) or len(refs) < 2:
        raise InvalidEventError("Field 'members' must name two members or more.")
    member_ids = [
        row_of(connection, _members, Ref.from_json(ref, f"members[{n}]"), "member")
        for n, ref in enumerate(refs)
    ]
    connection.execute(
        upsert(connection, _persons)
        .values(uid=uid, display_name="", created_at=event.created_at)
        .on_conflict_do_nothing()
    )
    person = connection.execute(select(_persons.c.id).where(_persons.c.uid == uid)).scalar_one()
    connection.execute(
        update(_members).where(_members.c.id.in_(member_ids)).values(person_id=person)
    )


def _person_unlinked(connection: Connection, event: Event) -> None:
    member_id = member_of(connection, event.payload)
    connection.execute(update(_members).where(_members.c.id == member_id).values(person_id=None))


def _person_link_rejected(connection: Connection, event: Event) -> None:
    refs = event.payload.get("members")
    if not isinstance(refs, list) or len(refs) != 2:
        raise InvalidEventError("Field 'members' must name two members.")
    a, b = sorted(
        row_of(connection, _members, Ref.from_json(ref, f"members[{n}]"), "member")
        for n, ref in enumerate(refs)
    )
    connection.execute(
        upsert(connection, _rejections).values(member_a=a, member_b=b).on_conflict_do_nothing()
    )


APPLIERS = {
    Kind.MEMBER_STATUS_SET: _member_status_set,
    Kind.MEMBER_NOTE_ADDED: _member_note_added,
    Kind.MEMBER_TAGGED: _member_tagged,
    Kind.MEMBER_UNTAGGED: _member_untagged,
    Kind.MEMBER_RATED: _member_rated,
    Kind.MEMBER_ERASED: _member_erased,
    Kind.PERSON_LINKED: _person_linked,
    Kind.PERSON_UNLINKED: _person_unlinked,
    Kind.PERSON_LINK_REJECTED: _person_link_rejected,
}


def reset(connection: Connection) -> None:
    """Forget notes, tags, ratings, persons and statuses; the imported members stay."""
    for tbl in (_ratings, _member_tags, _notes, _rejections):
        connection.execute(delete(tbl))
    connection.execute(update(_members).values(person_id=None, status="active"))
