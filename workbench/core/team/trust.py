"""The teammates' keys this manager trusts: only bundles signed by one of them are merged.

Trusting and untrusting are events like every other action, so the store remembers who trusted
which key when; they never leave this store (``event.STAYS_HERE``): each manager decides whom
they trust.
"""

from dataclasses import dataclass

from sqlalchemy import Connection, select

from workbench.core.errors import WorkbenchError
from workbench.core.events import eventlog
from workbench.core.events.event import Event, Kind
from workbench.core.i18n import translate
from workbench.core.settings import Author
from workbench.core.store.schema import TeamKey, table
from workbench.core.team.keys import normalized_fingerprint

_keys = table(TeamKey)


@dataclass(frozen=True, slots=True)
class TrustedKey:
    fingerprint: str
    name: str
    trusted_at: int


def trusted(connection: Connection) -> list[TrustedKey]:
    """The trusted keys, by name."""
    rows = connection.execute(
        select(_keys.c.fingerprint, _keys.c.name, _keys.c.trusted_at).order_by(
            _keys.c.name, _keys.c.fingerprint
        )
    )
    return [TrustedKey(row.fingerprint, row.name, row.trusted_at) for row in rows]


def name_of(connection: Connection, fingerprint: str) -> str | None:
    """The name a trusted key was given, or ``None`` if it is not trusted."""
    return connection.execute(
        select(_keys.c.name).where(_keys.c.fingerprint == fingerprint)
    ).scalar()


def trust(connection: Connection, fingerprint: str, name: str, author: Author) -> Event:
    """Trust the key ``fingerprint`` (as typed) as ``name``'s; trusting it again renames it."""
    name = " ".join(name.split())
    if not name or len(name) > 80:
        raise WorkbenchError(
            translate("Team", "Give the key's owner a name of 1 to 80 characters.")
        )
    return eventlog.record(
        connection,
        Kind.TEAM_KEY_TRUSTED,
        {"fingerprint": normalized_fingerprint(fingerprint), "name": name},
        author,
    )


def untrust(connection: Connection, fingerprint: str, author: Author) -> Event:
    value = normalized_fingerprint(fingerprint)
    if name_of(connection, value) is None:
        raise WorkbenchError(
            translate("Team", "The key {fingerprint} is not trusted here.").format(
                fingerprint=fingerprint
            )
        )
    return eventlog.record(connection, Kind.TEAM_KEY_UNTRUSTED, {"fingerprint": value}, author)
