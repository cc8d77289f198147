"""Derived state: how each kind of event changes the tables that the queue and profiles read.

Each applier validates its payload (raising InvalidEventError with the field at fault) and
updates the projection tables in the caller's transaction. ``reset`` clears what events decide,
so that replaying the log in id order rebuilds exactly the same state.
"""

from collections.abc import Callable
from typing import Any

import orjson
from sqlalchemy import Connection, delete, insert, select, update

from workbench.core.errors import InvalidEventError
from workbench.core.events import Event, Kind
from workbench.core.refs import Ref
from workbench.core.store import upsert
from workbench.core.store.schema import (
    Incident,
    IncidentLink,
    IncidentNote,
    Intervention,
    InterventionTarget,
    Item,
    LinkRejection,
    Member,
    MemberTag,
    Mute,
    Note,
    Observation,
    Person,
    QueueDecision,
    QueueEntry,
    Rating,
    ReplyTemplate,
    Rule,
    Source,
    Tag,
    table,
)

INCIDENT_STATUSES = ("open", "watching", "closed")
MEMBER_STATUSES = ("active", "watch", "muted", "banned", "left", "memorialized")
DECISIONS = {
    "approve": "approved",
    "remove": "removed",
    "escalate": "escalated",
    "ignore": "ignored",
}
OUTCOMES = ("improved", "no_change", "worsened", "unclear")

_members = table(Member)
_items = table(Item)
_sources = table(Source)
_queue = table(QueueEntry)
_decisions = table(QueueDecision)
_notes = table(Note)
_tags = table(Tag)
_member_tags = table(MemberTag)
_ratings = table(Rating)
_rules = table(Rule)
_mutes = table(Mute)
_templates = table(ReplyTemplate)
_persons = table(Person)
_rejections = table(LinkRejection)
_interventions = table(Intervention)
_targets = table(InterventionTarget)
_observations = table(Observation)
_incidents = table(Incident)
_incident_links = table(IncidentLink)
_incident_notes = table(IncidentNote)


def _text(
    payload: dict[str, Any], field: str, *, required: bool = True, limit: int = 20_000
) -> str:
    value = payload.get(field, None if required else "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise InvalidEventError(f"Field '{field}' must be a non-empty text.")
    if len(value) > limit:
        raise InvalidEventError(f"Field '{field}' is longer than {limit} characters.")
    return value


def _choice(payload: dict[str, Any], field: str, choices: tuple[str, ...] | dict[str, str]) -> str:
    value = payload.get(field)
    if value not in choices:
        raise InvalidEventError(
            f"Field '{field}' must be one of {', '.join(choices)}; got {value!r}."
        )
    assert isinstance(value, str)
    return value


def _optional_time(payload: dict[str, Any], field: str) -> int | None:
    value = payload.get(field)
    if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
        raise InvalidEventError(f"Field '{field}' must be Unix seconds or null; got {value!r}.")
    return value


def _row_id(connection: Connection, tbl: Any, ref: Ref, what: str) -> int:
    found = connection.execute(
        select(tbl.c.id).where(tbl.c.network == ref.network, tbl.c.external_id == ref.id)
    ).scalar()
    if found is None:
        raise InvalidEventError(f"Unknown {what} {ref.network}:{ref.id}.")
    return int(found)


def _member_id(connection: Connection, payload: dict[str, Any], field: str = "member") -> int:
    return _row_id(connection, _members, Ref.from_json(payload.get(field), field), "member")


def _item_id(connection: Connection, payload: dict[str, Any], field: str = "item") -> int:
    return _row_id(connection, _items, Ref.from_json(payload.get(field), field), "item")


def _queue_decided(connection: Connection, event: Event) -> None:
    payload = event.payload
    item_id = _item_id(connection, payload)
    state = DECISIONS[_choice(payload, "decision", DECISIONS)]
    connection.execute(
        insert(_decisions).values(
            event_id=event.id,
            item_id=item_id,
            state=state,
            author_id=event.author_id,
            decided_at=event.created_at,
        )
    )
    _settle(connection, item_id, entered_at=event.created_at)


def _settle(connection: Connection, item_id: int, *, entered_at: int) -> None:
    """Set an item's queue state to its latest decision that is not undone, else "new"."""
    latest = connection.execute(
        select(_decisions.c.state, _decisions.c.decided_at)
        .where(_decisions.c.item_id == item_id, _decisions.c.undone.is_(False))
        .order_by(_decisions.c.event_id.desc())
        .limit(1)
    ).first()
    state, decided_at = ("new", None) if latest is None else (latest.state, latest.decided_at)
    network = connection.execute(select(_items.c.network).where(_items.c.id == item_id)).scalar()
    statement = upsert(_queue).values(
        item_id=item_id,
        network=network,
        state=state,
        entered_at=entered_at,
        decided_at=decided_at,
    )
    connection.execute(
        statement.on_conflict_do_update(
            index_elements=[_queue.c.item_id], set_={"state": state, "decided_at": decided_at}
        )
    )


def _queue_undone(connection: Connection, event: Event) -> None:
    undone = event.payload.get("event")
    found = connection.execute(
        select(_decisions.c.item_id, _decisions.c.undone).where(_decisions.c.event_id == undone)
    ).first()
    if found is None:
        raise InvalidEventError(f"Unknown decision {undone!r} in field 'event'.")
    if found.undone:
        raise InvalidEventError(f"The decision {undone!r} is undone already.")
    connection.execute(
        update(_decisions).where(_decisions.c.event_id == undone).values(undone=True)
    )
    _settle(connection, found.item_id, entered_at=event.created_at)


def _queue_assigned(connection: Connection, event: Event) -> None:
    payload = event.payload
    item_id = _item_id(connection, payload)
    assignee = payload.get("assignee")
    if assignee is not None and (not isinstance(assignee, str) or not assignee.strip()):
        raise InvalidEventError("Field 'assignee' must be a name or null.")
    changed = connection.execute(
        update(_queue).where(_queue.c.item_id == item_id).values(assignee=assignee)
    )
    if changed.rowcount == 0:
        raise InvalidEventError("Only an item in the queue can be assigned.")


def _member_status_set(connection: Connection, event: Event) -> None:
    payload = event.payload
    member_id = _member_id(connection, payload)
    status = _choice(payload, "status", MEMBER_STATUSES)
    connection.execute(update(_members).where(_members.c.id == member_id).values(status=status))


def _member_note_added(connection: Connection, event: Event) -> None:
    payload = event.payload
    item = payload.get("item")
    connection.execute(
        insert(_notes).values(
            id=event.id,
            member_id=_member_id(connection, payload),
            item_id=None if item is None else _item_id(connection, payload),
            type=_text(payload, "type", limit=60),
            text=_text(payload, "text"),
            author_name=event.author_name,
            created_at=event.created_at,
        )
    )


def _tag_id(connection: Connection, name: str) -> int:
    connection.execute(upsert(_tags).values(name=name).on_conflict_do_nothing())
    return int(connection.execute(select(_tags.c.id).where(_tags.c.name == name)).scalar_one())


def _member_tagged(connection: Connection, event: Event) -> None:
    payload = event.payload
    member_id = _member_id(connection, payload)
    tag_id = _tag_id(connection, _text(payload, "tag", limit=60).strip())
    connection.execute(
        upsert(_member_tags).values(member_id=member_id, tag_id=tag_id).on_conflict_do_nothing()
    )


def _member_untagged(connection: Connection, event: Event) -> None:
    payload = event.payload
    member_id = _member_id(connection, payload)
    tag_id = _tag_id(connection, _text(payload, "tag", limit=60).strip())
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
            member_id=_member_id(connection, payload),
            dimension=_text(payload, "dimension", limit=60),
            value=value,
            rater=str(rater),
            rated_at=_optional_time(payload, "rated_at") or event.created_at,
        )
    )


def _labels(payload: dict[str, Any], field: str) -> str:
    """A list of short labels, as stored: JSON, trimmed, each once."""
    value = payload.get(field, [])
    if not isinstance(value, list) or not all(
        isinstance(tag, str) and 0 < len(tag.strip()) <= 40 for tag in value
    ):
        raise InvalidEventError(f"Field '{field}' must be a list of labels of 1 to 40 characters.")
    return orjson.dumps(list(dict.fromkeys(tag.strip() for tag in value))).decode()


def _intervention_logged(connection: Connection, event: Event) -> None:
    payload = event.payload
    targets = payload.get("targets")
    if not isinstance(targets, dict):
        raise InvalidEventError("Field 'targets' must list members, items or sources.")
    rows: list[dict[str, Any]] = []
    for index, ref in enumerate(targets.get("members", [])):
        member_id = _row_id(
            connection, _members, Ref.from_json(ref, f"targets.members[{index}]"), "member"
        )
        rows.append({"member_id": member_id, "item_id": None, "source_id": None})
    for index, ref in enumerate(targets.get("items", [])):
        item_id = _row_id(connection, _items, Ref.from_json(ref, f"targets.items[{index}]"), "item")
        rows.append({"member_id": None, "item_id": item_id, "source_id": None})
    for uid in targets.get("sources", []):
        source_id = connection.execute(select(_sources.c.id).where(_sources.c.uid == uid)).scalar()
        if source_id is None:
            raise InvalidEventError(f"Unknown source {uid!r} in field 'targets.sources'.")
        rows.append({"member_id": None, "item_id": None, "source_id": source_id})
    if not rows:
        raise InvalidEventError("An intervention needs at least one target.")
    connection.execute(
        insert(_interventions).values(
            id=event.id,
            kind=_text(payload, "kind", limit=60),
            channel=_text(payload, "channel", limit=60),
            message=_text(payload, "message", required=False),
            rationale=_text(payload, "rationale", required=False),
            author_name=event.author_name,
            created_at=event.created_at,
            follow_up_at=_optional_time(payload, "follow_up_at"),
            tags=_labels(payload, "tags"),
        )
    )
    connection.execute(insert(_targets), [{"intervention_id": event.id, **row} for row in rows])


def _intervention_id(connection: Connection, value: object, field: str) -> str:
    """A logged intervention's id, or InvalidEventError naming the field."""
    found = connection.execute(
        select(_interventions.c.id).where(_interventions.c.id == value)
    ).scalar()
    if found is None:
        raise InvalidEventError(f"Unknown intervention {value!r} in field '{field}'.")
    return str(found)


def _intervention_observed(connection: Connection, event: Event) -> None:
    payload = event.payload
    intervention_id = _intervention_id(connection, payload.get("intervention"), "intervention")
    metrics = payload.get("metrics", {})
    if not isinstance(metrics, dict):
        raise InvalidEventError("Field 'metrics' must be an object.")
    next_follow_up = _optional_time(payload, "next_follow_up_at")
    connection.execute(
        insert(_observations).values(
            id=event.id,
            intervention_id=intervention_id,
            outcome=_choice(payload, "outcome", OUTCOMES),
            text=_text(payload, "text", required=False),
            metrics=orjson.dumps(metrics).decode(),
            author_name=event.author_name,
            created_at=event.created_at,
            next_follow_up_at=next_follow_up,
        )
    )
    # An observation is the follow-up done; the next one is due when the observation says.
    connection.execute(
        update(_interventions)
        .where(_interventions.c.id == intervention_id)
        .values(follow_up_at=next_follow_up)
    )


def _queue_muted(connection: Connection, event: Event) -> None:
    payload = event.payload
    kind = _choice(payload, "kind", ("thread", "member"))
    target = Ref.from_json(payload.get("target"), "target")
    until = _optional_time(payload, "until")
    if until is None:
        raise InvalidEventError("Field 'until' must say until when, in Unix seconds.")
    connection.execute(
        insert(_mutes).values(
            event_id=event.id, network=target.network, kind=kind, target=target.id, until=until
        )
    )


EDITABLE = ("kind", "channel", "message", "rationale", "follow_up_at", "tags")


def _intervention_edited(connection: Connection, event: Event) -> None:
    """A newer event supersedes fields of the logged intervention; the old event stays."""
    payload = event.payload
    intervention_id = _intervention_id(connection, payload.get("intervention"), "intervention")
    changes = payload.get("changes")
    if not isinstance(changes, dict) or not changes or set(changes) - set(EDITABLE):
        raise InvalidEventError(f"Field 'changes' may change {', '.join(EDITABLE)}.")
    values: dict[str, Any] = {}
    for field in ("kind", "channel"):
        if field in changes:
            values[field] = _text(changes, field, limit=60)
    for field in ("message", "rationale"):
        if field in changes:
            values[field] = _text(changes, field, required=False)
    if "follow_up_at" in changes:
        values["follow_up_at"] = _optional_time(changes, "follow_up_at")
    if "tags" in changes:
        values["tags"] = _labels(changes, "tags")
    connection.execute(
        update(_interventions).where(_interventions.c.id == intervention_id).values(**values)
    )


def _incident_opened(connection: Connection, event: Event) -> None:
    connection.execute(
        insert(_incidents).values(
            id=event.id,
            title=_text(event.payload, "title", limit=200),
            summary=_text(event.payload, "summary", required=False),
            opened_by=event.author_name,
            created_at=event.created_at,
            updated_at=event.created_at,
        )
    )


def _incident_id(connection: Connection, event: Event) -> str:
    """The incident an event is about; touched, so lists show the latest activity first."""
    incident_id = event.payload.get("incident")
    found = connection.execute(
        update(_incidents)
        .where(_incidents.c.id == incident_id)
        .values(updated_at=event.created_at)
        .returning(_incidents.c.id)
    ).scalar()
    if found is None:
        raise InvalidEventError(f"Unknown incident {incident_id!r} in field 'incident'.")
    return str(found)


def _incident_linked(connection: Connection, event: Event) -> None:
    payload = event.payload
    incident_id = _incident_id(connection, event)
    rows: list[dict[str, Any]] = []
    for field, tbl, what in (("members", _members, "member"), ("items", _items, "item")):
        for index, ref in enumerate(payload.get(field, [])):
            row_id = _row_id(connection, tbl, Ref.from_json(ref, f"{field}[{index}]"), what)
            rows.append({f"{what}_id": row_id})
    for intervention_id in payload.get("interventions", []):
        rows.append(
            {"intervention_id": _intervention_id(connection, intervention_id, "interventions")}
        )
    if not rows:
        raise InvalidEventError("Link at least one member, item or intervention.")
    filed = {
        (row.member_id, row.item_id, row.intervention_id)
        for row in connection.execute(
            select(_incident_links).where(_incident_links.c.incident_id == incident_id)
        )
    }
    fresh = []
    for row in rows:
        link = {"member_id": None, "item_id": None, "intervention_id": None} | row
        key = (link["member_id"], link["item_id"], link["intervention_id"])
        if key not in filed:
            filed.add(key)
            fresh.append({"incident_id": incident_id, **link})
    if fresh:
        connection.execute(insert(_incident_links), fresh)


def _incident_noted(connection: Connection, event: Event) -> None:
    connection.execute(
        insert(_incident_notes).values(
            id=event.id,
            incident_id=_incident_id(connection, event),
            text=_text(event.payload, "text"),
            author_name=event.author_name,
            created_at=event.created_at,
        )
    )


def _incident_status_set(connection: Connection, event: Event) -> None:
    status = _choice(event.payload, "status", INCIDENT_STATUSES)
    connection.execute(
        update(_incidents)
        .where(_incidents.c.id == _incident_id(connection, event))
        .values(status=status)
    )


def _ladder_saved(connection: Connection, event: Event) -> None:
    """The ladder is read from its latest event; here it is only checked."""
    steps = event.payload.get("steps")
    expiry = event.payload.get("expiry_days")
    if not isinstance(steps, list) or not steps or not all(isinstance(s, str) for s in steps):
        raise InvalidEventError("Field 'steps' must be a non-empty list of kinds.")
    if not isinstance(expiry, int) or isinstance(expiry, bool) or not 1 <= expiry <= 3650:
        raise InvalidEventError("Field 'expiry_days' must be a whole number from 1 to 3650.")


def _rule_saved(connection: Connection, event: Event) -> None:
    rule = event.payload.get("rule")
    if not isinstance(rule, dict):
        raise InvalidEventError("Field 'rule' must describe a rule.")
    values = {
        "id": _text(rule, "id", limit=60),
        "name": _text(rule, "name", limit=120),
        "kind": _text(rule, "kind", limit=20),
        "pattern": _text(rule, "pattern", required=False),
        "threshold": float(rule.get("threshold") or 0),
        "enabled": bool(rule.get("enabled", True)),
        "updated_at": event.created_at,
    }
    connection.execute(
        upsert(_rules)
        .values(**values)
        .on_conflict_do_update(index_elements=[_rules.c.id], set_=values)
    )


def _rule_deleted(connection: Connection, event: Event) -> None:
    connection.execute(delete(_rules).where(_rules.c.id == event.payload.get("rule")))


def _template_saved(connection: Connection, event: Event) -> None:
    template = event.payload.get("template")
    if not isinstance(template, dict):
        raise InvalidEventError("Field 'template' must describe a template.")
    values = {
        "id": _text(template, "id", limit=60),
        "name": _text(template, "name", limit=120),
        "body": _text(template, "body"),
        "updated_at": event.created_at,
    }
    connection.execute(
        upsert(_templates)
        .values(**values)
        .on_conflict_do_update(index_elements=[_templates.c.id], set_=values)
    )


def _template_deleted(connection: Connection, event: Event) -> None:
    connection.execute(delete(_templates).where(_templates.c.id == event.payload.get("template")))


def _member_erased(connection: Connection, event: Event) -> None:
    """The erasure itself happened in workbench.core.erase; the event only records that it did."""
    _member_id(connection, event.payload)


def _person_linked(connection: Connection, event: Event) -> None:
    payload = event.payload
    uid = _text(payload, "person", limit=60)
    refs = payload.get("members")
    if not isinstance(refs, list) or len(refs) < 2:
        raise InvalidEventError("Field 'members' must name two members or more.")
    member_ids = [
        _row_id(connection, _members, Ref.from_json(ref, f"members[{n}]"), "member")
        for n, ref in enumerate(refs)
    ]
    connection.execute(
        upsert(_persons)
        .values(uid=uid, display_name="", created_at=event.created_at)
        .on_conflict_do_nothing()
    )
    person = connection.execute(select(_persons.c.id).where(_persons.c.uid == uid)).scalar_one()
    connection.execute(
        update(_members).where(_members.c.id.in_(member_ids)).values(person_id=person)
    )


def _person_unlinked(connection: Connection, event: Event) -> None:
    member_id = _member_id(connection, event.payload)
    connection.execute(update(_members).where(_members.c.id == member_id).values(person_id=None))


def _person_link_rejected(connection: Connection, event: Event) -> None:
    refs = event.payload.get("members")
    if not isinstance(refs, list) or len(refs) != 2:
        raise InvalidEventError("Field 'members' must name two members.")
    a, b = sorted(
        _row_id(connection, _members, Ref.from_json(ref, f"members[{n}]"), "member")
        for n, ref in enumerate(refs)
    )
    connection.execute(upsert(_rejections).values(member_a=a, member_b=b).on_conflict_do_nothing())


APPLIERS: dict[str, Callable[[Connection, Event], None]] = {
    Kind.QUEUE_DECIDED: _queue_decided,
    Kind.QUEUE_UNDONE: _queue_undone,
    Kind.QUEUE_ASSIGNED: _queue_assigned,
    Kind.QUEUE_MUTED: _queue_muted,
    Kind.MEMBER_STATUS_SET: _member_status_set,
    Kind.MEMBER_NOTE_ADDED: _member_note_added,
    Kind.MEMBER_TAGGED: _member_tagged,
    Kind.MEMBER_UNTAGGED: _member_untagged,
    Kind.MEMBER_RATED: _member_rated,
    Kind.MEMBER_ERASED: _member_erased,
    Kind.PERSON_LINKED: _person_linked,
    Kind.PERSON_UNLINKED: _person_unlinked,
    Kind.PERSON_LINK_REJECTED: _person_link_rejected,
    Kind.INTERVENTION_LOGGED: _intervention_logged,
    Kind.INTERVENTION_OBSERVED: _intervention_observed,
    Kind.INTERVENTION_EDITED: _intervention_edited,
    Kind.LADDER_SAVED: _ladder_saved,
    Kind.INCIDENT_OPENED: _incident_opened,
    Kind.INCIDENT_LINKED: _incident_linked,
    Kind.INCIDENT_NOTED: _incident_noted,
    Kind.INCIDENT_STATUS_SET: _incident_status_set,
    Kind.RULE_SAVED: _rule_saved,
    Kind.RULE_DELETED: _rule_deleted,
    Kind.TEMPLATE_SAVED: _template_saved,
    Kind.TEMPLATE_DELETED: _template_deleted,
}


def apply(connection: Connection, event: Event) -> None:
    """Apply one event to the derived tables."""
    APPLIERS[event.kind](connection, event)


def reset(connection: Connection) -> None:
    """Forget everything that events decided; imported data (items, members, reasons) stays."""
    for tbl in (
        _incident_notes,
        _incident_links,
        _incidents,
        _observations,
        _targets,
        _interventions,
        _ratings,
        _member_tags,
        _notes,
        _decisions,
        _rules,
        _mutes,
        _templates,
        _rejections,
    ):
        connection.execute(delete(tbl))
    connection.execute(update(_members).values(person_id=None))
    connection.execute(delete(_queue).where(_queue.c.reasons == 0))
    connection.execute(update(_queue).values(state="new", decided_at=None, assignee=None))
    connection.execute(update(_members).values(status="active"))
