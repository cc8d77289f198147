"""API accounts: sources that the workbench syncs with a platform instead of reading a file.

An account is a source whose ``secret_ref`` names its secret's entry in the operating system's
keyring (never the secret); its ``settings`` hold the server's address, the user, the rooms to
follow and the sync interval, and its ``cursor`` where the last sync stopped. Removing an
account forgets the secret's name and the cursor and keeps what was pulled (decisions and notes
refer to it): the source stays as an export's would, and adding the account again under the
same name continues it.
"""

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import orjson
from sqlalchemy import Connection, select, update

from workbench.core import sources
from workbench.core.errors import WorkbenchError
from workbench.core.i18n import translate
from workbench.core.store.schema import Item, Source, table

KINDS = {
    "wordpress": "wordpress-api",
    "matrix": "matrix-api",
    "mastodon": "mastodon-api",
    "discourse": "discourse-api",
    "reddit": "reddit-api",
}
"""Account kinds by the name the command line uses, and their sources' kind."""
NETWORKS = {kind: kind for kind in KINDS}
"""The network of each kind's items: the same as the exports' of that network, so that an
export imported before and the live account are one source of truth."""
REDDIT_REDIRECT = "http://127.0.0.1:65010/authorize_callback"
"""The redirect an installed Reddit app is registered with unless the manager says otherwise
(it must be the very address given on reddit.com/prefs/apps)."""
DEFAULT_INTERVAL = 300
"""Seconds between background syncs of an account, unless its settings say otherwise."""
SECRET_PREFIX = "source:"

_sources = table(Source)
_items = table(Item)


@dataclass(frozen=True, slots=True)
class Account:
    source_id: int
    name: str
    kind: str
    """``wordpress`` or ``matrix``."""
    network: str
    url: str
    """The site's or homeserver's address."""
    user: str
    secret_ref: str
    rooms: tuple[str, ...] = ()
    interval: int = DEFAULT_INTERVAL
    cursor: dict[str, Any] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
    """What a kind of account needs besides (hashtags, subreddits, an app's client id)."""

    def to_json(self) -> dict[str, Any]:
        """What ``account list --json`` shows: everything but the cursor's internals."""
        shown: dict[str, Any] = {
            "name": self.name,
            "kind": self.kind,
            "url": self.url,
            "user": self.user,
            "interval_seconds": self.interval,
            "synced": bool(self.cursor),
        }
        if self.rooms:
            shown["rooms"] = list(self.rooms)
        shown.update(self.extra)
        return shown


def kind_of(source_kind: str) -> str:
    """The account kind of a live source's kind ("wordpress-api" is "wordpress")."""
    return next(kind for kind, name in KINDS.items() if name == source_kind)


def _account(row: Any) -> Account:
    settings = orjson.loads(row.settings or "{}")
    return Account(
        source_id=row.id,
        name=row.name,
        kind=kind_of(row.kind),
        network=row.network,
        url=str(settings.get("url", "")),
        user=str(settings.get("user", "")),
        secret_ref=row.secret_ref,
        rooms=tuple(str(room) for room in settings.get("rooms", ())),
        interval=int(settings.get("interval", DEFAULT_INTERVAL)),
        cursor=orjson.loads(row.cursor) if row.cursor else {},
        extra=dict(settings.get("extra") or {}),
    )


def checked_url(url: str) -> str:
    """The address without a trailing slash; only http and https, with a host."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise WorkbenchError(
            translate(
                "Accounts", "'{url}' is no web address; give one like https://example.org."
            ).format(url=url)
        )
    if parts.username or parts.password:
        raise WorkbenchError(
            translate("Accounts", "Give the address without a user name or password in it.")
        )
    return url.strip().rstrip("/")


def _settings(
    url: str, user: str, rooms: tuple[str, ...], interval: int, extra: dict[str, Any]
) -> dict[str, Any]:
    """An account's settings as stored, checked."""
    if not user.strip():
        raise WorkbenchError(translate("Accounts", "An account needs a name and a user."))
    if interval < 60:
        raise WorkbenchError(translate("Accounts", "Sync at most once a minute."))
    settings: dict[str, Any] = {"url": checked_url(url), "user": user.strip(), "interval": interval}
    if rooms:
        settings["rooms"] = list(rooms)
    if extra:
        settings["extra"] = extra
    return settings


def add(
    connection: Connection,
    kind: str,
    *,
    name: str,
    url: str,
    user: str,
    rooms: tuple[str, ...] = (),
    interval: int = DEFAULT_INTERVAL,
    extra: dict[str, Any] | None = None,
) -> Account:
    """Connect an account (or reconnect a removed one of the same name and kind). The caller
    puts the secret in the keyring under the returned ``secret_ref``."""
    if kind not in KINDS:
        raise WorkbenchError(
            translate("Accounts", "'{kind}' is no kind of account; use one of: {kinds}.").format(
                kind=kind, kinds=", ".join(KINDS)
            )
        )
    if not name.strip():
        raise WorkbenchError(translate("Accounts", "An account needs a name and a user."))
    settings = _settings(url, user, rooms, interval, extra or {})
    existing = find(connection, name)
    if existing is not None:
        raise WorkbenchError(
            translate("Accounts", "There is an account '{name}' already.").format(name=name)
        )
    source = sources.ensure(connection, name=name, kind=KINDS[kind], network=NETWORKS[kind])
    connection.execute(
        update(_sources)
        .where(_sources.c.id == source.id)
        .values(
            settings=orjson.dumps(settings).decode(),
            secret_ref=f"{SECRET_PREFIX}{source.uid}",
        )
    )
    account = find(connection, name)
    assert account is not None
    return account


def edit(
    connection: Connection,
    name: str,
    *,
    url: str,
    user: str,
    rooms: tuple[str, ...] = (),
    interval: int = DEFAULT_INTERVAL,
    extra: dict[str, Any] | None = None,
) -> Account:
    """Change an account's address, user, rooms or interval; its name and kind stay (what
    it pulled is filed under them), and so does the cursor unless the address changed."""
    account = named(connection, name)
    settings = _settings(url, user, rooms, interval, account.extra if extra is None else extra)
    values: dict[str, Any] = {"settings": orjson.dumps(settings).decode()}
    if settings["url"] != account.url or tuple(rooms) != account.rooms:
        values["cursor"] = None  # another site or other rooms: read them from the start
    connection.execute(update(_sources).where(_sources.c.id == account.source_id).values(**values))
    return named(connection, name)


def all_accounts(connection: Connection) -> list[Account]:
    rows = connection.execute(
        select(_sources)
        .where(_sources.c.secret_ref.is_not(None), _sources.c.kind.in_(KINDS.values()))
        .order_by(_sources.c.name)
    )
    return [_account(row) for row in rows]


def find(connection: Connection, name: str) -> Account | None:
    row = connection.execute(
        select(_sources).where(
            _sources.c.name == name,
            _sources.c.secret_ref.is_not(None),
            _sources.c.kind.in_(KINDS.values()),
        )
    ).first()
    return None if row is None else _account(row)


def named(connection: Connection, name: str) -> Account:
    """The account called ``name``, or an error listing the accounts there are."""
    account = find(connection, name)
    if account is None:
        there = ", ".join(a.name for a in all_accounts(connection)) or translate(
            "Accounts", "none yet"
        )
        raise WorkbenchError(
            translate("Accounts", "There is no account '{name}' (accounts: {there}).").format(
                name=name, there=there
            )
        )
    return account


def remove(connection: Connection, name: str) -> Account:
    """Disconnect the account; what it pulled stays. The caller deletes the secret."""
    account = named(connection, name)
    connection.execute(
        update(_sources)
        .where(_sources.c.id == account.source_id)
        .values(secret_ref=None, cursor=None)
    )
    return account


def of_item(connection: Connection, item_id: int) -> Account | None:
    """The connected account an item came from, if it came from one."""
    row = connection.execute(
        select(_sources)
        .join(_items, _items.c.source_id == _sources.c.id)
        .where(
            _items.c.id == item_id,
            _sources.c.secret_ref.is_not(None),
            _sources.c.kind.in_(KINDS.values()),
        )
    ).first()
    return None if row is None else _account(row)


def save_cursor(connection: Connection, source_id: int, cursor: dict[str, Any]) -> None:
    """Where the next sync goes on from: saved with the records it follows, in one
    transaction, so a sync cut off part way starts again after what it wrote."""
    connection.execute(
        update(_sources)
        .where(_sources.c.id == source_id)
        .values(cursor=orjson.dumps(cursor, option=orjson.OPT_SORT_KEYS).decode())
    )
