"""Incidents: a case file that follows one situation across networks.

A brigade moves from the forum to Discord to the Facebook page; a product crisis runs through
every channel at once. The incident gathers the members, items and interventions involved on one
timeline, with its own notes and a status (open, watching, closed). Every change is an event,
so a shared log carries the case file whole.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection

from workbench.core.errors import WorkbenchError
from workbench.core.events import eventlog
from workbench.core.events.event import Event, Kind
from workbench.core.events.projections import INCIDENT_STATUSES
from workbench.core.i18n import translate
from workbench.core.refs import refs_of
from workbench.core.settings import Author
from workbench.core.store.queries import queries
from workbench.core.text import excerpt

__all__ = ["INCIDENT_STATUSES"]


@dataclass(frozen=True, slots=True)
class IncidentRow:
    id: str
    title: str
    summary: str
    status: str
    opened_by: str
    created_at: int
    updated_at: int
    members: int
    items: int
    interventions: int
    networks: list[str]


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of an incident's timeline."""

    at: int
    kind: str
    """item, intervention, note or status"""
    network: str
    who: str
    summary: str


def open_incident(connection: Connection, title: str, author: Author, summary: str = "") -> Event:
    if not title.strip():
        raise WorkbenchError(translate("Incidents", "An incident needs a title."))
    payload = {"title": title.strip(), "summary": summary.strip()}
    return eventlog.record(connection, Kind.INCIDENT_OPENED, payload, author)


def link(
    connection: Connection,
    incident_id: str,
    author: Author,
    *,
    members: Sequence[int] = (),
    items: Sequence[int] = (),
    interventions: Sequence[str] = (),
) -> Event:
    """File members, items and interventions in the incident; those already filed stay once."""
    payload = {
        "incident": incident_id,
        "members": refs_of(connection, "members", members),
        "items": refs_of(connection, "items", items),
        "interventions": list(interventions),
    }
    return eventlog.record(connection, Kind.INCIDENT_LINKED, payload, author)


def note(connection: Connection, incident_id: str, note_text: str, author: Author) -> Event:
    if not note_text.strip():
        raise WorkbenchError(translate("Incidents", "The note is empty."))
    payload = {"incident": incident_id, "text": note_text.strip()}
    return eventlog.record(connection, Kind.INCIDENT_NOTED, payload, author)


def set_status(connection: Connection, incident_id: str, status: str, author: Author) -> Event:
    if status not in INCIDENT_STATUSES:
        raise WorkbenchError(
            translate("Incidents", "'{status}' is no incident status.").format(status=status)
        )
    payload = {"incident": incident_id, "status": status}
    return eventlog.record(connection, Kind.INCIDENT_STATUS_SET, payload, author)


def list_incidents(
    connection: Connection, status: str | None = None, *, incident_id: str | None = None
) -> list[IncidentRow]:
    """Incidents, open and watched ones first, the latest activity first."""
    rows = queries(connection).incidents.incidents(status, incident_id)
    return [
        IncidentRow(
            row.id,
            row.title,
            row.summary,
            row.status,
            row.opened_by,
            row.created_at,
            row.updated_at,
            row.members,
            row.items,
            row.interventions,
            networks,
        )
        for row, networks in rows
    ]


def get(connection: Connection, incident_id: str) -> IncidentRow:
    found = list_incidents(connection, incident_id=incident_id)
    if not found:
        raise WorkbenchError(
            translate("Incidents", "There is no incident {id}.").format(id=incident_id)
        )
    return found[0]


def find(connection: Connection, key: str) -> str:
    """An incident by its id or the start of its id or title (what a user types)."""
    rows = queries(connection).incidents.ids_like(key)
    if len(rows) != 1:
        raise WorkbenchError(
            translate("Incidents", "No single incident matches {key!r}.").format(key=key)
        )
    return rows[0]


def timeline(connection: Connection, incident_id: str) -> list[Entry]:
    """The incident's items, interventions, notes and status changes, oldest first."""
    rows = queries(connection).incidents.timeline(incident_id, Kind.INCIDENT_STATUS_SET.value)
    return [
        Entry(row.at, row.kind, row.network, row.who, excerpt(row.summary or "", 200))
        for row in rows
    ]


def members_of(connection: Connection, incident_id: str) -> list[tuple[int, str, str]]:
    """The members filed in the incident: id, network and handle."""
    rows = queries(connection).incidents.members(incident_id)
    return [(row.id, row.network, row.handle) for row in rows]
