"""Appliers for what a team sets up together: queue rules, reply templates, the enforcement
ladder and the team's own vocabulary."""

from sqlalchemy import Connection, delete

from workbench.core.errors import InvalidEventError
from workbench.core.events.event import Event, Kind
from workbench.core.events.projections.fields import choice_of, text_of
from workbench.core.store import upsert
from workbench.core.store.schema import ReplyTemplate, Rule, table

_rules = table(Rule)
_templates = table(ReplyTemplate)


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
        "id": text_of(rule, "id", limit=60),
        "name": text_of(rule, "name", limit=120),
        "kind": text_of(rule, "kind", limit=20),
        "pattern": text_of(rule, "pattern", required=False),
        "threshold": float(rule.get("threshold") or 0),
        "enabled": bool(rule.get("enabled", True)),
        "updated_at": event.created_at,
    }
    connection.execute(
        upsert(connection, _rules)
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
        "id": text_of(template, "id", limit=60),
        "name": text_of(template, "name", limit=120),
        "body": text_of(template, "body"),
        "updated_at": event.created_at,
    }
    connection.execute(
        upsert(connection, _templates)
        .values(**values)
        .on_conflict_do_update(index_elements=[_templates.c.id], set_=values)
    )


def _template_deleted(connection: Connection, event: Event) -> None:
    connection.execute(delete(_templates).where(_templates.c.id == event.payload.get("template")))


def _term_changed(connection: Connection, event: Event) -> None:
    """Vocabulary terms are read from their events (vocabulary.py); here they are checked."""
    payload = event.payload
    choice_of(payload, "vocabulary", ("intervention_kind", "note_type", "rating_dimension"))
    text_of(payload, "name", limit=40)
    days = payload.get("follow_up_days")
    if days is not None and (not isinstance(days, int) or isinstance(days, bool) or days < 1):
        raise InvalidEventError("Field 'follow_up_days' must be a whole number of days or null.")


APPLIERS = {
    Kind.TERM_ADDED: _term_changed,
    Kind.TERM_RETIRED: _term_changed,
    Kind.LADDER_SAVED: _ladder_saved,
    Kind.RULE_SAVED: _rule_saved,
    Kind.RULE_DELETED: _rule_deleted,
    Kind.TEMPLATE_SAVED: _template_saved,
    Kind.TEMPLATE_DELETED: _template_deleted,
}


def reset(connection: Connection) -> None:
    for tbl in (_rules, _templates):
        connection.execute(delete(tbl))
