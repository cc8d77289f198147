"""The intervention log as CSV for spreadsheets: one row per intervention and per observation,
with the measured figures.

An intervention's row carries its effect measured now (equal windows before and after); an
observation's row the figures measured when it was recorded, as it keeps them. Cells come from
members and managers alike, so a cell that a spreadsheet would run as a formula (=, +, -, @ at
its start) is written with a leading apostrophe.
"""

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import Connection, and_, exists, or_, select

from workbench.core.clock import to_iso
from workbench.core.interventions import effect
from workbench.core.store.queries import queries
from workbench.core.store.schema import (
    Intervention,
    InterventionTarget,
    Item,
    Observation,
    Source,
    table,
)

_interventions = table(Intervention)
_observations = table(Observation)
_targets = table(InterventionTarget)
_items = table(Item)
_sources = table(Source)

COLUMNS = (
    "record",
    "intervention_id",
    "observation_id",
    "at",
    "manager",
    "kind",
    "channel",
    "targets",
    "message",
    "rationale",
    "tags",
    "follow_up_at",
    "outcome",
    "note",
    "days",
    "items_before",
    "items_after",
    "replies_before",
    "replies_after",
    "flagged_before",
    "flagged_after",
    "removals_before",
    "removals_after",
    "negative_share_before",
    "negative_share_after",
)
_FIGURES = ("items", "replies_received", "flagged", "removals", "negative_share")


@dataclass(frozen=True, slots=True)
class Period:
    """Which interventions: logged in [since, until), by one manager, about one source."""

    since: int | None = None
    until: int | None = None
    author: str | None = None
    source: str | None = None


def _safe(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _figures(metrics: dict[str, Any]) -> list[object]:
    before, after = metrics.get("before") or {}, metrics.get("after") or {}
    cells: list[object] = [metrics.get("days", "")]
    for name in _FIGURES:
        cells += [before.get(name, ""), after.get(name, "")]
    return cells


def _chosen(connection: Connection, period: Period) -> Sequence[Any]:
    query = select(_interventions).order_by(_interventions.c.created_at, _interventions.c.id)
    if period.since is not None:
        query = query.where(_interventions.c.created_at >= period.since)
    if period.until is not None:
        query = query.where(_interventions.c.created_at < period.until)
    if period.author is not None:
        query = query.where(_interventions.c.author_name == period.author)
    if period.source is not None:
        source = select(_sources.c.id).where(_sources.c.name == period.source).scalar_subquery()
        about = exists().where(
            _targets.c.intervention_id == _interventions.c.id,
            or_(
                _targets.c.source_id == source,
                exists().where(_items.c.id == _targets.c.item_id, _items.c.source_id == source),
                exists().where(
                    and_(_items.c.member_id == _targets.c.member_id, _items.c.source_id == source)
                ),
            ),
        )
        query = query.where(about)
    return connection.execute(query).all()


def log_csv(connection: Connection, period: Period = Period(), *, days: int = 14) -> str:
    """The CSV text: a header, then each intervention followed by its observations."""
    rows = _chosen(connection, period)
    ids = [row.id for row in rows]
    targets: dict[str, list[str]] = {i: [] for i in ids}
    for intervention_id, target in queries(connection).interventions.target_words(ids):
        targets[intervention_id].append(str(target))
    observations: dict[str, list[Any]] = {i: [] for i in ids}
    for observed in connection.execute(
        select(_observations)
        .where(_observations.c.intervention_id.in_(ids))
        .order_by(_observations.c.created_at, _observations.c.id)
    ):
        observations[observed.intervention_id].append(observed)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        measured = effect.measure(connection, row.id, days=days).to_json()
        tags = ", ".join(orjson.loads(row.tags or "[]"))
        common = [row.id]
        writer.writerow(
            _safe(cell)
            for cell in [
                "intervention",
                *common,
                "",
                to_iso(row.created_at),
                row.author_name,
                row.kind,
                row.channel,
                "; ".join(targets[row.id]),
                row.message,
                row.rationale,
                tags,
                "" if row.follow_up_at is None else to_iso(row.follow_up_at),
                "",
                "",
                *_figures(measured),
            ]
        )
        for observed in observations[row.id]:
            writer.writerow(
                _safe(cell)
                for cell in [
                    "observation",
                    *common,
                    observed.id,
                    to_iso(observed.created_at),
                    observed.author_name,
                    row.kind,
                    row.channel,
                    "; ".join(targets[row.id]),
                    "",
                    "",
                    "",
                    ""
                    if observed.next_follow_up_at is None
                    else to_iso(observed.next_follow_up_at),
                    observed.outcome,
                    observed.text,
                    *_figures(orjson.loads(observed.metrics or "{}")),
                ]
            )
    return out.getvalue()
