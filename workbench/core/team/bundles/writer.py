"""Writing a log bundle: the events a manager chose, what they name, a manifest, a signature.

The bundle is one zip, written beside its destination and renamed into place, so a reader never
finds half of one. Events that concern this laptop only (``STAYS_HERE``) never leave it.
"""

import base64
import hashlib
import io
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Connection, select

from workbench import __version__
from workbench.core import clock
from workbench.core.atomic import write_bytes_atomic
from workbench.core.errors import WorkbenchError
from workbench.core.events import signatures
from workbench.core.events.event import STAYS_HERE, Kind
from workbench.core.i18n import translate
from workbench.core.settings import Author
from workbench.core.store.schema import Event as EventRow
from workbench.core.store.schema import Source, table
from workbench.core.team.bundles import format as fmt
from workbench.core.team.bundles.pseudonyms import Pseudonyms
from workbench.core.team.bundles.refs import Found, Key, look_up, named_in
from workbench.core.team.keys import KeyPair

_events = table(EventRow)
_sources = table(Source)


@dataclass(frozen=True, slots=True)
class Selection:
    """Which events go into a bundle: a period (Unix seconds, ``until`` excluded), one
    author's, one source's."""

    since: int | None = None
    until: int | None = None
    author: str | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Written:
    path: Path
    bundle: str
    events: int
    members: int
    items: int
    sources: int
    fingerprint: str
    """Of the key that signed it."""


_Chosen = tuple[dict[str, Any], set[Key], set[str]]
"""An event's record, and the references and source uids its payload names."""


def _chosen_events(connection: Connection, selection: Selection) -> list[_Chosen]:
    query = (
        select(_events)
        .where(_events.c.kind.not_in(sorted(STAYS_HERE)))
        .order_by(_events.c.created_at, _events.c.id)
    )
    if selection.since is not None:
        query = query.where(_events.c.created_at >= selection.since)
    if selection.until is not None:
        query = query.where(_events.c.created_at < selection.until)
    chosen: list[_Chosen] = []
    now = clock.now()
    author = None if selection.author is None else selection.author.casefold()
    for row in connection.execute(query):
        if author is not None and row.author_name.casefold() != author:
            continue
        payload = orjson.loads(row.payload)
        if row.kind == Kind.MEMBER_NOTE_ADDED and _expired(payload, now):
            continue  # an expired note leaves bundles as it left the views
        refs, uids = named_in(payload)
        record = {
            "id": row.id,
            "kind": row.kind,
            "author": {"id": row.author_id, "name": row.author_name},
            "at": fmt.iso(row.created_at),
            "payload": payload,
        }
        if row.signature is not None:
            record["signature"] = signatures.as_record(row.signature)
        chosen.append((record, refs, uids))
    return chosen


def choices(connection: Connection) -> tuple[list[str], list[str]]:
    """The managers who recorded shareable events, and the sources, by name: what a bundle
    can be narrowed to."""
    managers = connection.execute(
        select(_events.c.author_name)
        .where(_events.c.kind.not_in(sorted(STAYS_HERE)))
        .distinct()
        .order_by(_events.c.author_name)
    ).scalars()
    names = connection.execute(select(_sources.c.name).order_by(_sources.c.name)).scalars()
    return list(managers), list(names)


def _expired(payload: dict[str, Any], now: int) -> bool:
    expires_at = payload.get("expires_at")
    return isinstance(expires_at, int) and expires_at <= now


def _source_id(connection: Connection, name: str) -> tuple[int, str]:
    row = connection.execute(
        select(_sources.c.id, _sources.c.uid).where(_sources.c.name == name)
    ).first()
    if row is None:
        raise WorkbenchError(
            translate("Bundles", "There is no source called '{name}' in this database.").format(
                name=name
            )
        )
    return row.id, row.uid


def _about_source(found: Found, refs: set[Key], uids: set[str], source: tuple[int, str]) -> bool:
    source_id, uid = source
    if uid in uids:
        return True
    return any(
        found.item_sources.get(key) == source_id or source_id in found.member_sources.get(key, ())
        for key in refs
    )


def _look_up_all(connection: Connection, chosen: list[_Chosen]) -> Found:
    refs: set[Key] = set()
    uids: set[str] = set()
    for _, named, sources in chosen:
        refs |= named
        uids |= sources
    return look_up(connection, refs, uids)


def _unsigned(record: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in record.items() if name != "signature"}


def _lines(records: list[dict[str, Any]]) -> bytes:
    return b"".join(fmt.canonical(record) + b"\n" for record in records)


def write_bundle(
    connection: Connection,
    path: Path,
    key: KeyPair,
    exporter: Author,
    selection: Selection = Selection(),
    pseudonyms: Pseudonyms | None = None,
) -> Written:
    """Write the selected events to ``path`` as a signed bundle; return what it holds. With
    ``pseudonyms``, members, posts and free texts go as keyed hashes (see pseudonyms.py)."""
    source = None if selection.source is None else _source_id(connection, selection.source)
    chosen = _chosen_events(connection, selection)
    found = _look_up_all(connection, chosen)
    if source is not None:
        chosen = [c for c in chosen if _about_source(found, c[1], c[2], source)]
        found = _look_up_all(connection, chosen)
    events = [record for record, _, _ in chosen]
    members = [found.members[k] for k in sorted(found.members)]
    items = [found.items[k] for k in sorted(found.items)]
    if pseudonyms is not None:
        # Hashed payloads are not what their authors signed: the manifest's signature alone
        # vouches for them.
        events = [{**_unsigned(e), "payload": pseudonyms.payload(e["payload"])} for e in events]
        members = sorted(map(pseudonyms.member, members), key=lambda m: (m["network"], m["id"]))
        items = sorted(map(pseudonyms.item, items), key=lambda i: (i["network"], i["id"]))
    files = {
        fmt.EVENTS: _lines(events),
        fmt.MEMBERS: _lines(members),
        fmt.ITEMS: _lines(items),
        fmt.SOURCES: _lines([found.sources[k] for k in sorted(found.sources)]),
    }
    bundle_id = str(uuid.uuid4())
    manifest = {
        "format": fmt.FORMAT,
        "version": fmt.VERSION
        if any("signature" in event for event in events)
        else fmt.UNSIGNED_VERSION,
        "bundle": bundle_id,
        "created_at": fmt.iso(clock.now()),
        "app_version": __version__,
        "exporter": {
            "id": exporter.id,
            "name": exporter.name,
            "public_key": key.public.b64,
            "fingerprint": key.public.fingerprint,
        },
        "range": {
            "since": None if selection.since is None else fmt.iso(selection.since),
            "until": None if selection.until is None else fmt.iso(selection.until),
            "first": events[0]["at"] if events else None,
            "last": events[-1]["at"] if events else None,
        },
        "filters": {"author": selection.author, "source": selection.source},
        "pseudonymized": pseudonyms is not None,
        "counts": {
            "events": len(events),
            "members": len(found.members),
            "items": len(found.items),
            "sources": len(found.sources),
        },
        "files": {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
            for name, data in files.items()
        },
    }
    manifest_bytes = fmt.canonical(manifest)
    signature = base64.b64encode(key.sign(manifest_bytes))
    _write_zip(path, [(fmt.MANIFEST, manifest_bytes), (fmt.SIGNATURE, signature), *files.items()])
    return Written(
        path,
        bundle_id,
        len(events),
        len(found.members),
        len(found.items),
        len(found.sources),
        key.public.fingerprint,
    )


def _write_zip(path: Path, members: list[tuple[str, bytes]]) -> None:
    """The zip, with fixed member times: the same events give the same bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as bundle:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            bundle.writestr(info, data)
    write_bytes_atomic(path, buffer.getvalue())
