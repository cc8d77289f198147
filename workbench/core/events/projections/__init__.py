"""Derived state: how each kind of event changes the tables that the queue and profiles read.

Each applier validates its payload (raising InvalidEventError with the field at fault) and
updates the projection tables in the caller's transaction. ``reset`` clears what events decide,
so that replaying the log in id order rebuilds exactly the same state. The appliers live by
subject: queue, members, interventions, incidents and the team's shared setup.
"""

from collections.abc import Callable

from sqlalchemy import Connection

from workbench.core.events.event import Event
from workbench.core.events.projections import (
    incidents,
    interventions,
    keys,
    members,
    pushes,
    queue,
    team,
    watchlists,
)
from workbench.core.events.projections.incidents import INCIDENT_STATUSES
from workbench.core.events.projections.interventions import EDITABLE, OUTCOMES
from workbench.core.events.projections.members import MEMBER_STATUSES
from workbench.core.events.projections.queue import DECISIONS

__all__ = [
    "APPLIERS",
    "DECISIONS",
    "EDITABLE",
    "INCIDENT_STATUSES",
    "MEMBER_STATUSES",
    "OUTCOMES",
    "apply",
    "reset",
]

_SUBJECTS = (incidents, interventions, members, queue, team, pushes, keys, watchlists)
"""In the order ``reset`` clears them: incidents refer to interventions, members and items.
An event may concern several subjects (a decision settles the queue, then queues its push),
and each applies it in this order."""

Applier = Callable[[Connection, Event], None]
APPLIERS: dict[str, tuple[Applier, ...]] = {}
for _subject in _SUBJECTS:
    for _kind, _applier in _subject.APPLIERS.items():
        APPLIERS[_kind] = (*APPLIERS.get(_kind, ()), _applier)


def apply(connection: Connection, event: Event) -> None:
    """Apply one event to the derived tables."""
    for applier in APPLIERS[event.kind]:
        applier(connection, event)


def reset(connection: Connection) -> None:
    """Forget everything that events decided; imported data (items, members, reasons) stays."""
    for subject in _SUBJECTS:
        subject.reset(connection)
