"""Persons: the same human behind members on different networks, linked by the manager.

The workbench suggests links (the same e-mail hash, the same handle, or very similar full
display names, on different networks); the manager accepts or rejects each, and may unlink
later. All three are events, so a team shares what it learnt about who is who.

Names count as very similar when they are the same after folding case, accents and
punctuation, spelling ä, ö, ü as ae, oe, ue, leaving out initials and ignoring the order:
"Anna Müller", "Müller, Anna" and "Anna M. Mueller" are one name.
"""

import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Row

from workbench.core.events import eventlog
from workbench.core.events.event import Event, Kind
from workbench.core.refs import ref_of, refs_of
from workbench.core.settings import Author
from workbench.core.store.queries import queries
from workbench.core.text import normalize


@dataclass(frozen=True, slots=True)
class Suggestion:
    member_a: int
    member_b: int
    reason: str
    """email, handle or name"""
    label_a: str
    label_b: str


_UMLAUT_SPELLINGS = (("ae", "a"), ("oe", "o"), ("ue", "u"))
COMMON = 20
"""A handle or name shared by more members than this ("admin", "John Smith") is no clue."""


def name_key(display_name: str) -> str:
    """What two spellings of one full name share; "" for a single word (too weak a clue)."""
    words = []
    for word in normalize(display_name).replace(".", " ").split():
        for spelled, folded in _UMLAUT_SPELLINGS:
            word = word.replace(spelled, folded)
        if len(word) > 1:
            words.append(word)
    return " ".join(sorted(words)) if len(words) > 1 else ""


_CLUES: dict[str, Callable[[Row[Any]], str | None]] = {
    "email": lambda row: row.email_hash,
    "handle": lambda row: row.handle.lower() or None,
    "name": lambda row: name_key(row.display_name) or None,
}
"""The reasons to suggest a link, strongest first, and what members must share for each."""


def _label(member: Row[Any]) -> str:
    """network:handle, and the display name where it says more: what the manager compares."""
    shown = f"{member.network}:{member.handle}"
    name = member.display_name.strip()
    return f"{shown} ({name})" if name and name != member.handle else shown


def suggestions(connection: Connection, *, limit: int = 200) -> list[Suggestion]:
    """Pairs of members on different networks that may be one person, not yet linked or
    rejected; strongest reason first. One pass over the members groups them by each clue, so
    it stays fast with a hundred thousand members (a self-join on handles took minutes)."""
    members = queries(connection).members.link_clues()
    rejected = queries(connection).members.rejected_links()
    found: dict[tuple[int, int], Suggestion] = {}
    for reason, clue in _CLUES.items():
        groups: dict[str, list[Row[Any]]] = defaultdict(list)
        for member in members:
            if key := clue(member):
                groups[key].append(member)
        for same in groups.values():
            if not 1 < len(same) <= COMMON:
                continue
            for i, a in enumerate(same):
                for b in same[i + 1 :]:  # members come in id order: a.id < b.id
                    pair = (a.id, b.id)
                    linked = a.person_id is not None and a.person_id == b.person_id
                    if a.network == b.network or linked or pair in rejected or pair in found:
                        continue
                    found[pair] = Suggestion(a.id, b.id, reason, _label(a), _label(b))
        if len(found) >= limit:
            break
    order = list(_CLUES)
    return sorted(found.values(), key=lambda s: (order.index(s.reason), s.member_a, s.member_b))[
        :limit
    ]


def link(connection: Connection, member_ids: list[int], author: Author) -> Event:
    """These members are one person (joining the person one of them already belongs to)."""
    existing = queries(connection).members.person_of_any(member_ids)
    payload = {
        "person": existing or str(uuid.uuid4()),
        "members": refs_of(connection, "members", member_ids),
    }
    return eventlog.record(connection, Kind.PERSON_LINKED, payload, author)


def unlink(connection: Connection, member_id: int, author: Author) -> Event:
    return eventlog.record(
        connection,
        Kind.PERSON_UNLINKED,
        {"member": ref_of(connection, "members", member_id)},
        author,
    )


def reject(connection: Connection, member_a: int, member_b: int, author: Author) -> Event:
    payload = {
        "members": [
            ref_of(connection, "members", member_a),
            ref_of(connection, "members", member_b),
        ]
    }
    return eventlog.record(connection, Kind.PERSON_LINK_REJECTED, payload, author)


def identities(connection: Connection, member_id: int) -> list[str]:
    """network:handle of every member linked to the same person, this one included."""
    return queries(connection).members.identities(member_id)
