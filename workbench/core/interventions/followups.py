"""Follow-ups: interventions the manager means to look at again, by when."""

from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import Connection, func, select

from workbench.core.events import eventlog
from workbench.core.events.event import Event, Kind
from workbench.core.settings import Author
from workbench.core.store.queries import queries
from workbench.core.store.schema import Intervention, table

_interventions = table(Intervention)


def due_count(connection: Connection, until: int) -> int:
    """Follow-ups due at or before ``until`` (Unix seconds), overdue ones included.

    The caller decides what "today" means: the UI passes the end of the local day.
    """
    query = (
        select(func.count())
        .select_from(_interventions)
        .where(_interventions.c.follow_up_at.is_not(None), _interventions.c.follow_up_at <= until)
    )
    return int(connection.execute(query).scalar_one())


@dataclass(frozen=True, slots=True)
class FollowUp:
    intervention_id: str
    kind: str
    channel: str
    message: str
    author_name: str
    created_at: int
    follow_up_at: int
    targets: list[str]
    """Who or what it was about: member handles, item excerpts, source names."""

    def when(self, start_of_today: int, end_of_today: int) -> str:
        """ "overdue", "today" or "upcoming", by the manager's own day."""
        if self.follow_up_at < start_of_today:
            return "overdue"
        return "today" if self.follow_up_at < end_of_today else "upcoming"


def _targets(connection: Connection, intervention_ids: list[str]) -> dict[str, list[str]]:
    """Who or what each intervention was about, in words (handles, excerpts, source names),
    for many interventions in one query."""
    found: dict[str, list[str]] = {intervention_id: [] for intervention_id in intervention_ids}
    rows = queries(connection).interventions.target_words(intervention_ids)
    for intervention_id, target in rows:
        found[intervention_id].append(str(target))
    return found


def falling_due(connection: Connection, after: int, until: int) -> list[FollowUp]:
    """Follow-ups that came due in (after, until]: what to announce since the last look."""
    return [f for f in open_follow_ups(connection, until) if f.follow_up_at > after]


def open_follow_ups(connection: Connection, until: int) -> list[FollowUp]:
    """Follow-ups due at or before ``until`` (overdue ones included), soonest first."""
    rows = connection.execute(
        select(_interventions)
        .where(_interventions.c.follow_up_at.is_not(None), _interventions.c.follow_up_at <= until)
        .order_by(_interventions.c.follow_up_at)
    ).all()
    targets = _targets(connection, [row.id for row in rows])
    return [
        FollowUp(
            row.id,
            row.kind,
            row.channel,
            row.message,
            row.author_name,
            row.created_at,
            row.follow_up_at,
            targets[row.id],
        )
        for row in rows
    ]


def observe(
    connection: Connection,
    intervention_id: str,
    outcome: str,
    note: str,
    author: Author,
    *,
    next_follow_up_at: int | None = None,
    metrics: dict[str, Any] | None = None,
) -> Event:
    """What the manager saw when looking again: an outcome, a note, perhaps the next look, and
    the measured effect at that moment (stored with it, so a shared log carries the figures)."""
    payload = {
        "intervention": intervention_id,
        "outcome": outcome,
        "text": note,
        "next_follow_up_at": next_follow_up_at,
        "metrics": metrics or {},
    }
    return eventlog.record(connection, Kind.INTERVENTION_OBSERVED, payload, author)


@dataclass(frozen=True, slots=True)
class LoggedIntervention:
    intervention_id: str
    kind: str
    channel: str
    author_name: str
    created_at: int
    follow_up_at: int | None
    targets: list[str]
    outcome: str | None
    """The latest observation's outcome, if any."""
    message: str
    rationale: str
    tags: list[str]


def intervention_log(connection: Connection, limit: int = 500) -> list[LoggedIntervention]:
    """The latest interventions, newest first, with their latest outcome."""
    rows = queries(connection).interventions.latest(limit)
    targets = _targets(connection, [row.id for row in rows])
    return [
        LoggedIntervention(
            row.id,
            row.kind,
            row.channel,
            row.author_name,
            row.created_at,
            row.follow_up_at,
            targets[row.id],
            row.outcome,
            row.message or "",
            row.rationale or "",
            orjson.loads(row.tags or "[]"),
        )
        for row in rows
    ]


def managers(connection: Connection) -> list[str]:
    """The names of the managers who logged interventions, to filter the log and report by."""
    query = select(_interventions.c.author_name).distinct().order_by(_interventions.c.author_name)
    return list(connection.execute(query).scalars())
