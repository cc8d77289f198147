"""Appliers for interventions, their corrections and the observations made afterwards."""

from typing import Any

import orjson
from sqlalchemy import Connection, delete, insert, select, update

from workbench.core.errors import InvalidEventError
from workbench.core.events.event import Event, Kind
from workbench.core.events.projections.fields import choice_of, labels_of, row_of, text_of, time_of
from workbench.core.refs import Ref
from workbench.core.store.schema import (
    Intervention,
    InterventionTarget,
    Item,
    Member,
    Observation,
    Source,
    table,
)

OUTCOMES = ("improved", "no_change", "worsened", "unclear")
EDITABLE = ("kind", "channel", "message", "rationale", "follow_up_at", "tags")

_members = table(Member)
_items = table(Item)
_sources = table(Source)
_interventions = table(Intervention)
_targets = table(InterventionTarget)
_observations = table(Observation)


def _intervention_logged(connection: Connection, event: Event) -> None:
    payload = event.payload
    targets = payload.get("targets")
    if not isinstance(targets, dict):
        raise InvalidEventError("Field 'targets' must list members, items or sources.")
    rows: list[dict[str, Any]] = []
    for index, ref in enumerate(targets.get("members", [])):
        member_id = row_of(
            connection, _members, Ref.from_json(ref, f"targets.members[{index}]"), "member"
        )
        rows.append({"member_id": member_id, "item_id": None, "source_id": None})
    for index, ref in enumerate(targets.get("items", [])):
        item_id = row_of(connection, _items, Ref.from_json(ref, f"targets.items[{index}]"), "item")
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
            kind=text_of(payload, "kind", limit=60),
            channel=text_of(payload, "channel", limit=60),
            message=text_of(payload, "message", required=False),
            rationale=text_of(payload, "rationale", required=False),
            author_name=event.author_name,
            created_at=event.created_at,
            follow_up_at=time_of(payload, "follow_up_at"),
            tags=labels_of(payload, "tags"),
        )
    )
    connection.execute(insert(_targets), [{"intervention_id": event.id, **row} for row in rows])


def intervention_of(connection: Connection, value: object, field: str) -> str:
    """A logged intervention's id, or InvalidEventError naming the field."""
    found = connection.execute(
        select(_interventions.c.id).where(_interventions.c.id == value)
    ).scalar()
    if found is None:
        raise InvalidEventError(f"Unknown intervention {value!r} in field '{field}'.")
    return str(found)


def _intervention_observed(connection: Connection, event: Event) -> None:
    payload = event.payload
    intervention_id = intervention_of(connection, payload.get("intervention"), "intervention")
    metrics = payload.get("metrics", {})
    if not isinstance(metrics, dict):
        raise InvalidEventError("Field 'metrics' must be an object.")
    next_follow_up = time_of(payload, "next_follow_up_at")
    connection.execute(
        insert(_observations).values(
            id=event.id,
            intervention_id=intervention_id,
            outcome=choice_of(payload, "outcome", OUTCOMES),
            text=text_of(payload, "text", required=False),
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


def _intervention_edited(connection: Connection, event: Event) -> None:
    """A newer event supersedes fields of the logged intervention; the old event stays."""
    payload = event.payload
    intervention_id = intervention_of(connection, payload.get("intervention"), "intervention")
    changes = payload.get("changes")
    if not isinstance(changes, dict) or not changes or set(changes) - set(EDITABLE):
        raise InvalidEventError(f"Field 'changes' may change {', '.join(EDITABLE)}.")
    values: dict[str, Any] = {}
    for field in ("kind", "channel"):
        if field in changes:
            values[field] = text_of(changes, field, limit=60)
    for field in ("message", "rationale"):
        if field in changes:
            values[field] = text_of(changes, field, required=False)
    if "follow_up_at" in changes:
        values["follow_up_at"] = time_of(changes, "follow_up_at")
    if "tags" in changes:
        values["tags"] = labels_of(changes, "tags")
    connection.execute(
        update(_interventions).where(_interventions.c.id == intervention_id).values(**values)
    )


APPLIERS = {
    Kind.INTERVENTION_LOGGED: _intervention_logged,
    Kind.INTERVENTION_OBSERVED: _intervention_observed,
    Kind.INTERVENTION_EDITED: _intervention_edited,
}


def reset(connection: Connection) -> None:
    for tbl in (_observations, _targets, _interventions):
        connection.execute(delete(tbl))
