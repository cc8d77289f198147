"""Persons: the same human behind members on different networks, linked by the manager.

The workbench suggests links (the same e-mail hash, the same handle, the same full display
name, on different networks); the manager accepts or rejects each, and may unlink later. All
three are events, so a team shares what it learnt about who is who.
"""

import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, text

from workbench.core import eventlog
from workbench.core.events import Event, Kind
from workbench.core.settings import Author
from workbench.core.text import normalize


@dataclass(frozen=True, slots=True)
class Suggestion:
    member_a: int
    member_b: int
    reason: str
    """email, handle or name"""
    label_a: str
    label_b: str


_PAIRS = {
    "email": "a.email_hash IS NOT NULL AND a.email_hash = b.email_hash",
    "handle": "a.handle != '' AND lower(a.handle) = lower(b.handle)",
}


def suggestions(connection: Connection, *, limit: int = 200) -> list[Suggestion]:
    """Pairs of members on different networks that may be one person, not yet linked or
    rejected; strongest reason first."""
    found: dict[tuple[int, int], Suggestion] = {}
    for reason, condition in _PAIRS.items():
        rows = connection.execute(
            text(
                "SELECT a.id AS a, b.id AS b, a.network || ':' || a.handle AS la, "
                "b.network || ':' || b.handle AS lb FROM members a JOIN members b "
                f"ON a.id < b.id AND a.network != b.network AND {condition} "
                "WHERE (a.person_id IS NULL OR b.person_id IS NULL OR a.person_id != b.person_id) "
                "AND NOT EXISTS (SELECT 1 FROM link_rejections r "
                "WHERE r.member_a = a.id AND r.member_b = b.id) LIMIT :limit"
            ),
            {"limit": limit},
        )
        for row in rows:
            found.setdefault((row.a, row.b), Suggestion(row.a, row.b, reason, row.la, row.lb))
    names: dict[str, list[tuple[int, str, str, int | None]]] = {}
    for member_id, network, handle, display_name, person in connection.execute(
        text(
            "SELECT id, network, handle, display_name, person_id FROM members "
            "WHERE display_name LIKE '% %'"
        )
    ):
        names.setdefault(normalize(display_name), []).append((member_id, network, handle, person))
    rejected = {
        tuple(r) for r in connection.execute(text("SELECT member_a, member_b FROM link_rejections"))
    }
    for same in names.values():
        for i, (a, net_a, handle_a, person_a) in enumerate(same):
            for b, net_b, handle_b, person_b in same[i + 1 :]:
                pair = (min(a, b), max(a, b))
                linked = person_a is not None and person_a == person_b
                if net_a != net_b and not linked and pair not in rejected and pair not in found:
                    labels = {a: f"{net_a}:{handle_a}", b: f"{net_b}:{handle_b}"}
                    found[pair] = Suggestion(
                        pair[0], pair[1], "name", labels[pair[0]], labels[pair[1]]
                    )
    order = {"email": 0, "handle": 1, "name": 2}
    return sorted(found.values(), key=lambda s: (order[s.reason], s.member_a, s.member_b))[:limit]


def _ref(connection: Connection, member_id: int) -> dict[str, str]:
    row = connection.execute(
        text("SELECT network, external_id FROM members WHERE id = :id"), {"id": member_id}
    ).one()
    return {"network": row.network, "id": row.external_id}


def link(connection: Connection, member_ids: list[int], author: Author) -> Event:
    """These members are one person (joining the person one of them already belongs to)."""
    existing = connection.execute(
        text(
            "SELECT p.uid FROM members m JOIN persons p ON p.id = m.person_id "
            f"WHERE m.id IN ({','.join(str(int(m)) for m in member_ids)}) LIMIT 1"
        )
    ).scalar()
    payload = {
        "person": existing or str(uuid.uuid4()),
        "members": [_ref(connection, member_id) for member_id in member_ids],
    }
    return eventlog.record(connection, Kind.PERSON_LINKED, payload, author)


def unlink(connection: Connection, member_id: int, author: Author) -> Event:
    return eventlog.record(
        connection, Kind.PERSON_UNLINKED, {"member": _ref(connection, member_id)}, author
    )


def reject(connection: Connection, member_a: int, member_b: int, author: Author) -> Event:
    payload = {"members": [_ref(connection, member_a), _ref(connection, member_b)]}
    return eventlog.record(connection, Kind.PERSON_LINK_REJECTED, payload, author)


def identities(connection: Connection, member_id: int) -> list[str]:
    """network:handle of every member linked to the same person, this one included."""
    rows = connection.execute(
        text(
            "SELECT o.network || ':' || o.handle FROM members m JOIN members o "
            "ON o.person_id = m.person_id WHERE m.id = :id AND m.person_id IS NOT NULL "
            "ORDER BY o.network"
        ),
        {"id": member_id},
    ).scalars()
    return [str(r) for r in rows]
