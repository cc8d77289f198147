"""Merging a teammate's bundle: a preview of what it adds, then a union of events by id.

Events are never changed by a merge, only added; an event this store holds already is skipped,
so the same bundle twice changes nothing. Derived state is the events applied in the order of
their time, then id: when a bundle brings events older than this store's newest, everything is
recomputed in that order, so that stores which received the same bundles in any order agree.
Members, items and sources the events name and this store lacks come from the bundle's
references (an item keeps only its excerpt); those it has are matched by network and id, and
kept as they are. Events keep the signatures their authors made in a team store; one whose
signature does not hold fails the merge (its key need not be trusted here: the bundle's trusted
signer vouches for carrying it).
"""

import uuid
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

import orjson
from sqlalchemy import Connection, insert, select, tuple_

from workbench.core import clock
from workbench.core.errors import EventRefusedError
from workbench.core.events import eventlog, signatures
from workbench.core.events.event import STAYS_HERE, Event, Kind
from workbench.core.i18n import translate
from workbench.core.interventions import conflicts
from workbench.core.interventions.conflicts import Conflict, Correction
from workbench.core.members import erase
from workbench.core.members.digest import erasure_digest
from workbench.core.settings import Author
from workbench.core.store.queries import queries
from workbench.core.store.schema import Event as EventRow
from workbench.core.store.schema import Item, Member, Source, table
from workbench.core.team import trust
from workbench.core.team.bundles import format as fmt
from workbench.core.team.bundles.pseudonyms import ERASED_PREFIX, Pseudonyms
from workbench.core.team.bundles.reader import Bundle, BundleError
from workbench.core.team.bundles.refs import Key, batches
from workbench.core.team.keys import grouped, words_of

_events = table(EventRow)
_members = table(Member)
_items = table(Item)
_sources = table(Source)
SHARED_KIND = "team-log"
"""The kind of a source this store knows only from a bundle: no file, no account behind it."""


class UntrustedSigner(BundleError):
    """The bundle is intact but signed by a key this manager has not trusted (yet)."""

    def __init__(self, message: str, fingerprint: str, name: str) -> None:
        super().__init__(message)
        self.fingerprint = fingerprint
        self.name = name


@dataclass(frozen=True, slots=True)
class ToErase:
    """A member of this store whom a teammate's bundle says was erased."""

    member_id: int
    label: str
    """Their handle or name here, for the manager to recognise before agreeing."""
    placeholder: str
    """The id the teammate's store gave the erased member; this store gives the same."""


@dataclass(frozen=True, slots=True)
class Preview:
    """What merging the bundle would change, before anything is written."""

    bundle: Bundle
    signer_name: str
    """The name this manager trusted the signer's key as ("you" for their own key)."""
    new_events: tuple[dict[str, Any], ...]
    known_events: int
    by_kind: dict[str, int]
    by_author: dict[str, int]
    members_added: int
    members_matched: int
    items_added: int
    items_matched: int
    sources_added: int
    sources_matched: int
    erasures: int
    """member.erased events among the new ones: the teammate erased a member's data."""
    to_erase: tuple["ToErase", ...]
    """Members of this store that the teammates erased: erased here too if the manager agrees."""
    withheld: int
    """Members the bundle still names that were erased here: kept out, as placeholders."""
    conflicts: tuple[Conflict, ...] = ()
    """Interventions that a teammate corrected while a manager here corrected them too."""
    recomputes: bool = False
    """The new events go back before this store's newest: all derived state is recomputed."""

    @property
    def changes_anything(self) -> bool:
        return bool(self.new_events or self.members_added or self.items_added)

    def to_json(self) -> dict[str, Any]:
        return {
            "bundle": self.bundle.id,
            "signer": {
                "name": self.bundle.signer.name,
                "fingerprint": self.bundle.signer.fingerprint,
                "trusted_as": self.signer_name,
            },
            "pseudonymized": self.bundle.pseudonymized,
            "events": {
                "new": len(self.new_events),
                "known": self.known_events,
                "by_kind": self.by_kind,
                "by_author": self.by_author,
            },
            "members": {"added": self.members_added, "matched": self.members_matched},
            "items": {"added": self.items_added, "matched": self.items_matched},
            "sources": {"added": self.sources_added, "matched": self.sources_matched},
            "erasures": self.erasures,
            "to_erase": [entry.label for entry in self.to_erase],
            "withheld": self.withheld,
            "conflicts": [c.intervention_id for c in self.conflicts],
            "recomputes": self.recomputes,
        }


@dataclass(frozen=True, slots=True)
class Merged:
    preview: Preview
    event: Event | None = field(default=None)
    """The team.log_imported event, if the merge changed anything."""


def _signer_name(connection: Connection, bundle: Bundle, own_fingerprint: str | None) -> str:
    fingerprint = bundle.signer.fingerprint
    if fingerprint == own_fingerprint:
        return translate("Bundles", "you")
    name = trust.name_of(connection, fingerprint)
    if name is None:
        raise UntrustedSigner(
            translate(
                "Bundles",
                "{path} is signed by {name}'s key {fingerprint} ({words}), which you have not "
                "trusted. Compare it with {name} (by phone, or a chat you trust), then trust "
                'it: workbench team trust {plain} --name "{name}"',
            ).format(
                path=bundle.path.name,
                name=bundle.signer.name,
                fingerprint=grouped(fingerprint),
                words=words_of(fingerprint),
                plain=fingerprint,
            ),
            fingerprint,
            bundle.signer.name,
        )
    return name


def _known_ids(connection: Connection, ids: list[str]) -> set[str]:
    known: set[str] = set()
    for batch in batches(ids):
        known.update(
            connection.execute(select(_events.c.id).where(_events.c.id.in_(batch))).scalars()
        )
    return known


def _known_keys(connection: Connection, tbl: Any, keys: list[Key]) -> dict[Key, int]:
    found: dict[Key, int] = {}
    for batch in batches(keys):
        for row in connection.execute(
            select(tbl.c.network, tbl.c.external_id, tbl.c.id).where(
                tuple_(tbl.c.network, tbl.c.external_id).in_(batch)
            )
        ):
            found[(row.network, row.external_id)] = row.id
    return found


def _check_kinds(bundle: Bundle) -> None:
    for number, record in enumerate(bundle.events, start=1):
        try:
            kind = Kind(record["kind"])
        except ValueError:
            kind = None
        if kind is None or kind in STAYS_HERE:
            raise BundleError(
                translate(
                    "Bundles",
                    "{path} cannot be merged: {file} line {line} is an event of kind '{kind}', "
                    "which a shared log does not carry.",
                ).format(path=bundle.path.name, file=fmt.EVENTS, line=number, kind=record["kind"])
            )


def _check_signatures(connection: Connection, bundle: Bundle, known: set[str]) -> None:
    """Refuse a bundle that carries a new event whose author's signature does not hold (as
    the bundle holds it: before this store puts its own members behind pseudonyms or erased
    placeholders, which the signature then no longer covers), and no erasure, the bundle's or
    this store's, vouches for it (signatures.Erasures)."""
    if bundle.pseudonymized:
        return  # its payloads are hashed: the writer leaves signatures out, the merge too
    erasures = signatures.Erasures(
        [
            *eventlog.iter_events(connection, kinds=(Kind.MEMBER_ERASED,)),
            *(_as_event(r, "bundle") for r in bundle.events if r["kind"] == Kind.MEMBER_ERASED),
        ],
        frozenset(),
    )
    for line, record in enumerate(bundle.events, start=1):
        if "signature" not in record or record["id"] in known:
            continue
        checked = signatures.check(_as_event(record, "bundle"), frozenset(), erasures)
        if checked.verdict == signatures.Verdict.BAD:
            raise BundleError(
                translate(
                    "Bundles",
                    "{path} cannot be merged: {file} line {line} carries a signature that does "
                    "not match the event: it was changed after {name} recorded it, or forged.",
                ).format(
                    path=bundle.path.name,
                    file=fmt.EVENTS,
                    line=line,
                    name=record["author"]["name"],
                )
            )


def _key(record: dict[str, Any]) -> Key:
    return (record["network"], record["id"])


def preview(
    connection: Connection,
    bundle: Bundle,
    *,
    own_fingerprint: str | None,
    pseudonyms: Pseudonyms | None = None,
) -> Preview:
    """What merging ``bundle`` would do; refuses an untrusted signer and unknown kinds. With
    the team's ``pseudonyms``, members behind a pseudonymized bundle's pseudonyms are found."""
    signer_name = _signer_name(connection, bundle, own_fingerprint)
    _check_kinds(bundle)
    known = _known_ids(connection, [record["id"] for record in bundle.events])
    _check_signatures(connection, bundle, known)
    bundle = _resolved(connection, bundle, pseudonyms)
    erased = erase.erased_here(connection)
    withheld = sum(erasure_digest(*_key(m)) in erased for m in bundle.members)
    bundle = _without_erased(bundle, erased)
    known = _known_ids(connection, [record["id"] for record in bundle.events])
    new = tuple(record for record in bundle.events if record["id"] not in known)
    members = _known_keys(connection, _members, [_key(m) for m in bundle.members])
    items = _known_keys(connection, _items, [_key(i) for i in bundle.items])
    uids = [source["uid"] for source in bundle.sources]
    sources = set(
        connection.execute(select(_sources.c.uid).where(_sources.c.uid.in_(uids))).scalars()
    )
    latest = eventlog.latest(connection)
    earliest_new = min(((fmt.unix(r["at"]), r["id"]) for r in new), default=None)
    return Preview(
        bundle=bundle,
        signer_name=signer_name,
        new_events=new,
        known_events=len(bundle.events) - len(new),
        by_kind=dict(Counter(record["kind"] for record in new).most_common()),
        by_author=dict(Counter(record["author"]["name"] for record in new).most_common()),
        members_added=len(bundle.members) - len(members),
        members_matched=len(members),
        items_added=len(bundle.items) - len(items),
        items_matched=len(items),
        sources_added=len(bundle.sources) - len(sources),
        sources_matched=len(sources),
        erasures=sum(record["kind"] == Kind.MEMBER_ERASED for record in new),
        to_erase=_to_erase(connection, new, erased, pseudonyms),
        conflicts=_conflicts(connection, new),
        withheld=withheld,
        recomputes=bool(latest and earliest_new and earliest_new < latest),
    )


def _conflicts(connection: Connection, new: tuple[dict[str, Any], ...]) -> tuple[Conflict, ...]:
    """The conflicts the new corrections would open: with corrections here, or each other."""
    incoming = [
        Correction.of(_as_event(record, "bundle"))
        for record in new
        if record["kind"] == Kind.INTERVENTION_EDITED
    ]
    arriving = [c for c in incoming if c is not None]
    if not arriving:
        return ()
    union = sorted(
        [*conflicts.corrections(connection), *arriving], key=lambda c: (c.created_at, c.event_id)
    )
    ids = {c.event_id for c in arriving}
    return tuple(
        conflict
        for conflict in conflicts.find(union).values()
        if any(c.event_id in ids for c in conflict.corrections)
    )


def _to_erase(
    connection: Connection,
    new: tuple[dict[str, Any], ...],
    erased: dict[str, str],
    pseudonyms: Pseudonyms | None,
) -> tuple[ToErase, ...]:
    found = []
    for record in new:
        if record["kind"] != Kind.MEMBER_ERASED:
            continue
        digest, member = record["payload"].get("erased"), record["payload"].get("member")
        if not isinstance(digest, str) or not isinstance(member, dict) or digest in erased:
            continue
        network, placeholder = member.get("network"), member.get("id")
        if not isinstance(network, str) or not isinstance(placeholder, str):
            continue
        keyed = digest.startswith(ERASED_PREFIX)
        if keyed and pseudonyms is None:
            continue  # a pseudonymized erasure: only a store with the team's secret can tell
        member_id = erase.member_with_digest(
            connection, network, digest, keyed=pseudonyms.erased if keyed and pseudonyms else None
        )
        if member_id is not None:
            row = connection.execute(
                select(_members.c.handle, _members.c.display_name).where(_members.c.id == member_id)
            ).one()
            label = f"{network}: {row.handle or row.display_name or placeholder}"
            found.append(ToErase(member_id, label, placeholder))
    return tuple(found)


def _without_erased(bundle: Bundle, erased: dict[str, str]) -> Bundle:
    """The bundle as this store may take it: members erased here stay placeholders, in the
    events that name them, in the items they wrote, and in the member records."""
    renamed: dict[Key, dict[str, str]] = {}
    for member in bundle.members:
        placeholder = erased.get(erasure_digest(*_key(member)))
        if placeholder is not None:
            renamed[_key(member)] = {"network": member["network"], "id": placeholder}
    if not renamed:
        return bundle
    events = []
    for record in bundle.events:
        payload = record["payload"]
        for key, new in renamed.items():
            payload = erase.rewritten(
                record["kind"], payload, {"network": key[0], "id": key[1]}, new
            )
        events.append(record if payload == record["payload"] else _rewritten(record, payload))
    members = [
        {**m, "id": renamed[_key(m)]["id"], "handle": "", "display_name": ""}
        if _key(m) in renamed
        else m
        for m in bundle.members
    ]
    items = []
    for item in bundle.items:
        author = item["author"]
        if author is not None and _key(author) in renamed:
            item = {**item, "author": renamed[_key(author)], "excerpt": erase.ERASED, "url": None}
        items.append(item)
    return replace(bundle, events=events, members=members, items=items)


def _rewritten(record: dict[str, Any], payload: dict[str, Any]) -> dict[str, Any]:
    """The event with another payload, without the signature its author made over the old."""
    return {
        **{name: value for name, value in record.items() if name != "signature"},
        "payload": payload,
    }


def _resolved(connection: Connection, bundle: Bundle, pseudonyms: Pseudonyms | None) -> Bundle:
    """A pseudonymized bundle with this store's own members and posts put back behind the
    pseudonyms it can recognise (it holds the same team secret); the rest stay pseudonyms."""
    if not bundle.pseudonymized or pseudonyms is None:
        return bundle
    wanted = {m["id"] for m in bundle.members} | {i["id"] for i in bundle.items}
    networks = sorted({m["network"] for m in bundle.members} | {i["network"] for i in bundle.items})
    local: dict[str, str] = {}
    for tbl in (_members, _items):
        rows = connection.execute(
            select(tbl.c.network, tbl.c.external_id).where(tbl.c.network.in_(networks))
        )
        local |= pseudonyms.behind(((r.network, r.external_id) for r in rows), wanted)
    if not local:
        return bundle

    def real(value: Any) -> Any:
        if isinstance(value, dict):
            if set(value) == {"network", "id"} and value["id"] in local:
                return {"network": value["network"], "id": local[value["id"]]}
            return {name: real(inner) for name, inner in value.items()}
        if isinstance(value, list):
            return [real(inner) for inner in value]
        return value

    return replace(
        bundle,
        events=[_rewritten(e, real(e["payload"])) for e in bundle.events],
        members=[{**m, "id": local.get(m["id"], m["id"])} for m in bundle.members],
        items=[
            {**i, "id": local.get(i["id"], i["id"]), "author": real(i["author"])}
            for i in bundle.items
        ],
    )


def _source_name(connection: Connection, wanted: str) -> str:
    """``wanted``, or with a number after it if this store has another source by that name."""
    taken = set(connection.execute(select(_sources.c.name)).scalars())
    name, n = wanted, 1
    while name in taken:
        n += 1
        name = f"{wanted} ({n})"
    return name


def _add_references(connection: Connection, bundle: Bundle, now: int) -> None:
    """The sources, members and items the bundle names that this store lacks."""
    have = set(
        connection.execute(
            select(_sources.c.uid).where(_sources.c.uid.in_([s["uid"] for s in bundle.sources]))
        ).scalars()
    )
    for source in bundle.sources:
        if source["uid"] not in have:
            connection.execute(
                insert(_sources).values(
                    uid=source["uid"],
                    kind=SHARED_KIND,
                    network=source["network"],
                    name=_source_name(connection, source["name"]),
                    created_at=now,
                )
            )
    source_ids = {
        row.uid: row.id
        for row in connection.execute(
            select(_sources.c.uid, _sources.c.id).where(
                _sources.c.uid.in_([s["uid"] for s in bundle.sources])
            )
        )
    }
    member_ids = _known_keys(connection, _members, [_key(m) for m in bundle.members])
    new_members = [m for m in bundle.members if _key(m) not in member_ids]
    if new_members:
        connection.execute(
            insert(_members),
            [
                {
                    "network": m["network"],
                    "external_id": m["id"],
                    "handle": m["handle"],
                    "display_name": m["display_name"],
                }
                for m in new_members
            ],
        )
        member_ids = _known_keys(connection, _members, [_key(m) for m in bundle.members])
    item_ids = _known_keys(connection, _items, [_key(i) for i in bundle.items])
    new_items = [i for i in bundle.items if _key(i) not in item_ids]
    writer = queries(connection).bulk_writer()
    before = writer.max_item_id()
    rows = []
    for item in new_items:
        source_id = source_ids.get(item["source"]) if item["source"] else None
        if source_id is None:
            source_id = _fallback_source(connection, item["network"], now)
        author = item["author"]
        rows.append(
            {
                "source_id": source_id,
                "network": item["network"],
                "external_id": item["id"],
                "member_id": None if author is None else member_ids.get(_key(author)),
                "kind": item["kind"] or "post",
                "body": item["excerpt"],
                "url": item["url"],
                "created_at": fmt.unix(item["at"]),
                "imported_at": now,
            }
        )
    if rows:
        connection.execute(insert(_items), rows)
        writer.index_items_after(before)
        authors = sorted({row["member_id"] for row in rows if row["member_id"] is not None})
        writer.update_member_stats(authors)


def _fallback_source(connection: Connection, network: str, now: int) -> int:
    """The source for an item whose bundle named none: one shared source per network."""
    name = translate("Bundles", "Shared log ({network})").format(network=network)
    found = connection.execute(select(_sources.c.id).where(_sources.c.name == name)).scalar()
    if found is not None:
        return int(found)
    connection.execute(
        insert(_sources).values(
            uid=str(uuid.uuid4()), kind=SHARED_KIND, network=network, name=name, created_at=now
        )
    )
    return int(
        connection.execute(select(_sources.c.id).where(_sources.c.name == name)).scalar_one()
    )


def _as_event(record: dict[str, Any], origin: str) -> Event:
    return Event(
        id=record["id"],
        kind=record["kind"],
        author_id=record["author"]["id"],
        author_name=record["author"]["name"],
        created_at=fmt.unix(record["at"]),
        payload_json=orjson.dumps(record["payload"]),
        origin=origin,
        signature=signatures.from_record(record["signature"]) if "signature" in record else None,
    )


def merge(
    connection: Connection,
    bundle: Bundle,
    author: Author,
    *,
    own_fingerprint: str | None,
    erase_too: bool = False,
    pseudonyms: Pseudonyms | None = None,
) -> Merged:
    """Merge ``bundle`` in the caller's write transaction. A bundle that adds nothing writes
    nothing; an event the projections refuse fails the whole merge, naming it. With
    ``erase_too`` (the manager agreed), members the teammates erased are erased here too;
    members erased here never come back from a bundle that still names them."""
    seen = preview(connection, bundle, own_fingerprint=own_fingerprint, pseudonyms=pseudonyms)
    if not seen.changes_anything:
        return Merged(seen)
    if erase_too:
        for entry in seen.to_erase:
            erase.erase_member(connection, entry.member_id, author, placeholder=entry.placeholder)
    new_ids = {record["id"] for record in seen.new_events}
    bundle = _without_erased(
        _resolved(connection, bundle, pseudonyms), erase.erased_here(connection)
    )
    now = clock.now()
    _add_references(connection, bundle, now)
    origin = f"bundle:{bundle.id}"
    events = sorted(
        (_as_event(record, origin) for record in bundle.events if record["id"] in new_ids),
        key=lambda event: (event.created_at, event.id),
    )
    eventlog.add_recorded(connection, events)
    lines = {record["id"]: n for n, record in enumerate(bundle.events, start=1)}
    try:
        if seen.recomputes:
            eventlog.rebuild(connection)
        else:
            for event in events:
                eventlog.apply(connection, event)
    except EventRefusedError as exc:
        raise BundleError(
            translate("Bundles", "{path} cannot be merged: {file} line {line}: {problem}").format(
                path=bundle.path.name,
                file=fmt.EVENTS,
                line=lines.get(exc.event_id, "?"),
                problem=exc,
            )
        ) from exc
    event = eventlog.record(
        connection,
        Kind.TEAM_LOG_IMPORTED,
        {
            "bundle": bundle.id,
            "signer": bundle.signer.fingerprint,
            "events": len(events),
            "file": bundle.path.name,
        },
        author,
    )
    return Merged(seen, event)
