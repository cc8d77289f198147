"""Appliers for incidents: case files that group members, items and interventions."""

from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from workbench.core.errors import InvalidEventError
from workbench.core.events.event import Event, Kind
from workbench.core.events.projections.fields import choice_of, row_of, text_of
from workbench.core.events.projections.interventions import intervention_of
from workbench.core.refs import Ref
from workbench.core.store.schema import Incident, IncidentLink, IncidentNote, Item, Member, table

INCIDENT_STATUSES = ("open", "watching", "closed")

_members = table(Member)
_items = table(Item)
_incidents = table(Incident)
_incident_links = table(IncidentLink)
_incident_notes = table(IncidentNote)


def _incident_opened(connection: Connection, event: Event) -> None:
    connection.execute(
        insert(_incidents).values(
            id=event.id,
            title=text_of(event.payload, "title", limit=200),
            summary=text_of(event.payload, "summary", required=False),
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
            row_id = row_of(connection, tbl, Ref.from_json(ref, f"{field}[{index}]"), what)
            rows.append({f"{what}_id": row_id})
    for intervention_id in payload.get("interventions", []):
        rows.append(
            {"intervention_id": intervention_of(connection, intervention_id, "interventions")}
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
            text=text_of(event.payload, "text"),
            author_name=event.author_name,
            created_at=event.created_at,
        )
    )


def _incident_status_set(connection: Connection, event: Event) -> None:
    status = choice_of(event.payload, "status", INCIDENT_STATUSES)
    connection.execute(
        update(_incidents)
        .where(_incidents.c.id == _incident_id(connection, event))
        .values(status=status)
    )


APPLIERS = {
    Kind.INCIDENT_OPENED: _incident_opened,
    Kind.INCIDENT_LINKED: _incident_linked,
    Kind.INCIDENT_NOTED: _incident_noted,
    Kind.INCIDENT_STATUS_SET: _incident_status_set,
}


def reset(connection: Connection) -> None:
    for tbl in (_incident_notes, _incident_links, _incidents):
        connection.execute(delete(tbl))
