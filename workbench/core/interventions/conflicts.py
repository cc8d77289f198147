"""Two managers correcting the same intervention at the same time: shown, never decided quietly.

Each correction names the version it corrected (``based_on``: the latest correction its author
had seen, or the intervention itself). Two corrections of one version that change the same field
to different values were made without knowing of each other, in two stores whose bundles then
met: the log applies them in time order, so the later one's value is what the intervention
shows, but the manager is told, on the intervention, until someone corrects it again after
seeing both (a correction based on either settles it).
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from workbench.core.events import eventlog
from workbench.core.events.event import Event, Kind


@dataclass(frozen=True, slots=True)
class Correction:
    event_id: str
    intervention_id: str
    based_on: str | None
    author_name: str
    created_at: int
    changes: dict[str, Any]

    @classmethod
    def of(cls, event: Event) -> "Correction | None":
        payload = event.payload
        intervention, changes = payload.get("intervention"), payload.get("changes")
        based_on = payload.get("based_on")
        if not isinstance(intervention, str) or not isinstance(changes, dict):
            return None
        return cls(
            event.id,
            intervention,
            based_on if isinstance(based_on, str) else None,
            event.author_name,
            event.created_at,
            changes,
        )


@dataclass(frozen=True, slots=True)
class Conflict:
    """Corrections of one version that disagree; the last of them is what the log shows."""

    intervention_id: str
    fields: tuple[str, ...]
    corrections: tuple[Correction, ...]


def corrections(connection: Connection) -> list[Correction]:
    """Every correction in the order the log applies them."""
    found = (
        Correction.of(e)
        for e in eventlog.iter_events(connection, kinds=(Kind.INTERVENTION_EDITED,))
    )
    return [c for c in found if c is not None]


def find(all_corrections: Iterable[Correction]) -> dict[str, Conflict]:
    """The open conflicts among ``all_corrections`` (in the log's order), by intervention."""
    listed = list(all_corrections)
    settled = {c.based_on for c in listed if c.based_on is not None}
    siblings: dict[tuple[str, str], list[Correction]] = defaultdict(list)
    for correction in listed:
        if correction.based_on is not None:
            siblings[(correction.intervention_id, correction.based_on)].append(correction)
    conflicts: dict[str, Conflict] = {}
    for (intervention_id, _version), group in siblings.items():
        if len(group) < 2 or any(c.event_id in settled for c in group):
            continue
        fields = sorted(
            {
                field
                for i, first in enumerate(group)
                for second in group[i + 1 :]
                for field in first.changes.keys() & second.changes.keys()
                if first.changes[field] != second.changes[field]
            }
        )
        if fields:
            conflicts[intervention_id] = Conflict(intervention_id, tuple(fields), tuple(group))
    return conflicts


def open_conflicts(connection: Connection) -> dict[str, Conflict]:
    return find(corrections(connection))


def latest_version(connection: Connection, intervention_id: str) -> str:
    """What a correction made now is based on: the intervention's latest correction known
    here, or the intervention itself."""
    latest = intervention_id
    for correction in corrections(connection):
        if correction.intervention_id == intervention_id:
            latest = correction.event_id
    return latest
