"""Appliers for the teammates' keys a manager trusts (the team_keys table)."""

from sqlalchemy import Connection, delete

from workbench.core.errors import InvalidEventError
from workbench.core.events.event import Event, Kind
from workbench.core.events.projections.fields import text_of
from workbench.core.store import upsert
from workbench.core.store.schema import TeamKey, table

_keys = table(TeamKey)


def _fingerprint(payload: dict[str, object]) -> str:
    value = payload.get("fingerprint")
    if not isinstance(value, str) or len(value) != 32 or value.strip("0123456789abcdef"):
        raise InvalidEventError("Field 'fingerprint' must be 32 lowercase hex digits.")
    return value


def _key_trusted(connection: Connection, event: Event) -> None:
    payload = event.payload
    values = {
        "fingerprint": _fingerprint(payload),
        "name": text_of(payload, "name", limit=80),
        "trusted_at": event.created_at,
        "trusted_by": event.author_id,
    }
    connection.execute(
        upsert(connection, _keys)
        .values(**values)
        .on_conflict_do_update(index_elements=[_keys.c.fingerprint], set_=values)
    )


def _key_untrusted(connection: Connection, event: Event) -> None:
    connection.execute(delete(_keys).where(_keys.c.fingerprint == _fingerprint(event.payload)))


def _log_imported(connection: Connection, event: Event) -> None:
    """The merge itself is the events it added; this one only records that it happened."""
    text_of(event.payload, "bundle", limit=80)


APPLIERS = {
    Kind.TEAM_KEY_TRUSTED: _key_trusted,
    Kind.TEAM_KEY_UNTRUSTED: _key_untrusted,
    Kind.TEAM_LOG_IMPORTED: _log_imported,
}


def reset(connection: Connection) -> None:
    connection.execute(delete(_keys))
