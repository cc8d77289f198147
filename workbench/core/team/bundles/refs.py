"""The members, items and sources a set of events names, looked up in bulk.

Payloads name members and items as ``{"network", "id"}`` and sources by uid (an intervention's
``targets.sources``); which one a reference is, the store says: an id found among items is an
item, among members a member. A bundle carries these references so that a receiving store can
show and match what its events are about.
"""

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select, tuple_

from workbench.core.store.schema import Item, Member, Source, table
from workbench.core.team.bundles.format import EXCERPT, iso

_items = table(Item)
_members = table(Member)
_sources = table(Source)
_BATCH = 400

Key = tuple[str, str]
"""(network, the network's id)."""


def named_in(payload: Any) -> tuple[set[Key], set[str]]:
    """The references and the source uids a payload names, wherever they are nested."""
    refs: set[Key] = set()
    uids: set[str] = set()

    def walk(value: Any, key: str | None) -> None:
        if isinstance(value, dict):
            if (
                set(value) == {"network", "id"}
                and isinstance(value["network"], str)
                and isinstance(value["id"], str)
            ):
                refs.add((value["network"], value["id"]))
                return
            for name, inner in value.items():
                walk(inner, name)
        elif isinstance(value, list):
            if key == "sources":
                uids.update(v for v in value if isinstance(v, str))
            for inner in value:
                walk(inner, None)

    walk(payload, None)
    return refs, uids


def batches(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    """``values`` in pieces small enough for one IN list each."""
    for start in range(0, len(values), _BATCH):
        yield values[start : start + _BATCH]


@dataclass(slots=True)
class Found:
    """What the references name in this store, as bundle records, with the row ids that the
    source filter asks about."""

    members: dict[Key, dict[str, Any]]
    items: dict[Key, dict[str, Any]]
    sources: dict[str, dict[str, Any]]
    item_sources: dict[Key, int]
    member_sources: dict[Key, set[int]]
    source_ids: dict[str, int]


def _excerpt(title: str, body: str) -> str:
    text = " ".join(f"{title} {body}".split())
    return text if len(text) <= EXCERPT else text[: EXCERPT - 1] + "…"


def look_up(connection: Connection, refs: set[Key], uids: set[str]) -> Found:
    """The members, items and sources among ``refs`` and ``uids``; with the items' authors
    and sources too, so that every reference a record holds is in the bundle as well."""
    found = Found({}, {}, {}, {}, {}, {})
    author_ids: set[int] = set()
    source_ids: set[int] = set()
    for batch in batches(sorted(refs)):
        rows = connection.execute(
            select(
                _items.c.network,
                _items.c.external_id,
                _items.c.kind,
                _items.c.member_id,
                _items.c.source_id,
                _items.c.created_at,
                _items.c.title,
                _items.c.body,
                _items.c.url,
            ).where(tuple_(_items.c.network, _items.c.external_id).in_(batch))
        )
        for row in rows:
            key = (row.network, row.external_id)
            found.items[key] = {
                "network": row.network,
                "id": row.external_id,
                "kind": row.kind,
                "author": row.member_id,  # a row id until the authors are looked up
                "at": iso(row.created_at),
                "source": row.source_id,
                "excerpt": _excerpt(row.title, row.body),
                "url": row.url,
            }
            found.item_sources[key] = row.source_id
            source_ids.add(row.source_id)
            if row.member_id is not None:
                author_ids.add(row.member_id)
    member_rows: dict[int, Key] = {}
    member_columns = (
        _members.c.id,
        _members.c.network,
        _members.c.external_id,
        _members.c.handle,
        _members.c.display_name,
    )
    for batch in batches(sorted(refs)):
        for member in connection.execute(
            select(*member_columns).where(
                tuple_(_members.c.network, _members.c.external_id).in_(batch)
            )
        ):
            member_rows[member.id] = _add_member(found, member)
    for id_batch in batches(sorted(author_ids - set(member_rows))):
        for author in connection.execute(
            select(*member_columns).where(_members.c.id.in_(id_batch))
        ):
            member_rows[author.id] = _add_member(found, author)
    for record in found.items.values():
        author = record["author"]
        record["author"] = (
            None
            if author is None
            else dict(zip(("network", "id"), member_rows[author], strict=True))
        )
    _member_sources(connection, found, member_rows)
    _add_sources(connection, found, uids, source_ids)
    return found


def _add_member(found: Found, row: Any) -> Key:
    key = (row.network, row.external_id)
    found.members[key] = {
        "network": row.network,
        "id": row.external_id,
        "handle": row.handle,
        "display_name": row.display_name,
    }
    return key


def _member_sources(connection: Connection, found: Found, member_rows: dict[int, Key]) -> None:
    """The sources each member has items in (for ``--source``)."""
    for batch in batches(sorted(member_rows)):
        for row in connection.execute(
            select(_items.c.member_id, _items.c.source_id)
            .where(_items.c.member_id.in_(batch))
            .distinct()
        ):
            found.member_sources.setdefault(member_rows[row.member_id], set()).add(row.source_id)


def _add_sources(connection: Connection, found: Found, uids: set[str], ids: set[int]) -> None:
    columns = (_sources.c.id, _sources.c.uid, _sources.c.network, _sources.c.kind, _sources.c.name)
    rows = list(connection.execute(select(*columns).where(_sources.c.uid.in_(sorted(uids)))))
    rows += connection.execute(select(*columns).where(_sources.c.id.in_(sorted(ids))))
    uid_of: dict[int, str] = {}
    for row in rows:
        uid_of[row.id] = row.uid
        found.source_ids[row.uid] = row.id
        found.sources[row.uid] = {
            "uid": row.uid,
            "network": row.network,
            "kind": row.kind,
            "name": row.name,
        }
    for record in found.items.values():
        record["source"] = uid_of.get(record["source"])
