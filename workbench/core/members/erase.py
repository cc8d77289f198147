"""Erasing a member on request: their personal data leaves the store, a placeholder stays.

What goes: the text of their items (title, body, HTML, raw data, link), their names, handle,
profile link, e-mail and its hash, the text of notes about them, their duplicate sketches, and
their network id wherever events name it. What stays: an anonymous placeholder member
("erased-…") with the same row, so that decisions, interventions and shared logs still hang
together, and one event that records the erasure without any personal data.

Events are otherwise never changed. Erasure is the one exception the law requires: the append-
only trigger is lifted inside the same transaction, the payloads that name the member are
rewritten to the placeholder, and the trigger is put back before the transaction commits.
Their authors' signatures (a team store's events) no longer hold then: the erasure's event
lists each signed event it rewrote whose signature held, with a digest of what it left, and
vouches for it (core.events.signatures: such an event checks as redacted, not as bad).
Freed pages are zeroed (secure_delete), the search index is rebuilt without the old words, and
the write-ahead log is folded into the file, so no copy of the text is left in the files.

A team store (PostgreSQL) promises less of its files: no column of any table holds the data
once the erasure commits, and the tables it rewrote are vacuumed, but VACUUM only frees the old
row versions for reuse. Their bytes stay in the heap files (and the word index keeps its keys)
until a VACUUM FULL of those tables rewrites them, and the server's write-ahead log, backups
and replicas keep them until they expire: the erasing manager is told so
(tests/postgres/test_erase_bytes.py reads the server's files to check it).

Others may have named the member: in their posts (a reply "Thanks Eve", a Slack "<@U0BMYT2FL>")
and in the team's own texts (intervention messages, notes on decisions). ``mentions`` counts
them, and the manager chooses whether the name goes there too (``redact_mentions``): those are
other people's words, so it is asked, not assumed.
"""

import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import Connection

from workbench.core.errors import WorkbenchError
from workbench.core.events import eventlog, signatures
from workbench.core.events.event import Event, Kind
from workbench.core.i18n import translate
from workbench.core.members.digest import erasure_digest
from workbench.core.queue import items
from workbench.core.settings import Author
from workbench.core.store.queries import queries

ERASED = "[erased]"
"""What stands where a note about an erased member said something, or where they were named."""

SHORTEST_NAME = 3
"""Shorter names ("Al") are words in too many other texts to be looked for."""


@dataclass(frozen=True, slots=True)
class Mentions:
    """Where others named the member: for the manager to decide before erasing."""

    names: tuple[str, ...]
    items: int
    """Other members' posts that name them."""
    team_texts: int
    """Intervention messages and other texts of the team's own that name them."""

    def __bool__(self) -> bool:
        return bool(self.items or self.team_texts)


def _names(connection: Connection, member_id: int, external_id: str) -> tuple[str, ...]:
    card = items.member_card(connection, member_id)
    found = [card.handle, card.display_name, external_id]
    return tuple(
        dict.fromkeys(
            n.strip() for n in found if len(n.strip()) >= SHORTEST_NAME and not n.isdigit()
        )
    )


def _pattern(names: Iterable[str]) -> re.Pattern[str]:
    """The names as whole words, in any case ("Eve" in "Thanks Eve!", not in "Every")."""
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def _redacted(value: Any, pattern: re.Pattern[str]) -> Any:
    """``value`` with the names replaced in every string, but in references to members and
    items, which name them by id (another member's id may contain the same word)."""
    if isinstance(value, str):
        return pattern.sub(ERASED, value)
    if isinstance(value, dict):
        if set(value) == {"network", "id"}:
            return value
        return {k: _redacted(v, pattern) for k, v in value.items()}
    if isinstance(value, list):
        return [_redacted(v, pattern) for v in value]
    return value


def _names_in(value: Any, pattern: re.Pattern[str]) -> bool:
    """Whether redacting would change ``value``."""
    return bool(_redacted(value, pattern) != value)


def _redacted_json(raw: str, pattern: re.Pattern[str]) -> str:
    try:
        return orjson.dumps(_redacted(orjson.loads(raw), pattern)).decode()
    except orjson.JSONDecodeError:
        return pattern.sub(ERASED, raw)


def _found(connection: Connection, member_id: int, names: tuple[str, ...]) -> tuple[
    re.Pattern[str], list[tuple[int, str, str, str | None, str]], list[tuple[str, str]],
    list[tuple[str, str, str]],
]:  # fmt: skip
    """The pattern, and the posts, interventions and events that really name the member."""
    pattern = _pattern(names)
    erase = queries(connection).erase
    needles = [n.lower() for n in names]
    posts = [
        row
        for row in erase.others_items_containing(member_id, needles)
        if any(pattern.search(part or "") for part in row[1:])
    ]
    messages = [row for row in erase.interventions_containing(needles) if pattern.search(row[1])]
    events = [
        row
        for row in erase.events_mentioning(needles)
        if row[1] != Kind.MEMBER_NOTE_ADDED and _names_in(orjson.loads(row[2]), pattern)
    ]
    return pattern, posts, messages, events


def mentions(connection: Connection, member_id: int) -> Mentions:
    """How often others named the member (by handle, display name or network id)."""
    row = queries(connection).erase.member_key(member_id)
    if row is None:
        return Mentions((), 0, 0)
    names = _names(connection, member_id, row.external_id)
    if not names:
        return Mentions((), 0, 0)
    _, posts, messages, events = _found(connection, member_id, names)
    team = {event_id for event_id, _kind, _payload in events} | {m[0] for m in messages}
    return Mentions(names, len(posts), len(team))


def erased_here(connection: Connection) -> dict[str, str]:
    """The digest of every member erased in this store, with the placeholder id they got."""
    found: dict[str, str] = {}
    for event in eventlog.iter_events(connection, kinds=(Kind.MEMBER_ERASED,)):
        payload = event.payload
        digest, member = payload.get("erased"), payload.get("member")
        if isinstance(digest, str) and isinstance(member, dict):
            found[digest] = str(member.get("id"))
    return found


def member_with_digest(
    connection: Connection,
    network: str,
    digest: str,
    *,
    keyed: Callable[[str], str] | None = None,
) -> int | None:
    """The member of ``network`` whose erasure digest is ``digest`` (or, in a pseudonymized
    bundle, ``keyed`` of it), if this store has one: a teammate erased them. The ids are
    hashed one by one, as erasures are rare."""
    for member_id, external_id in queries(connection).erase.members_of_network(network):
        own = erasure_digest(network, external_id)
        if (keyed(own) if keyed else own) == digest:
            return int(member_id)
    return None


def rewritten(kind: str, payload: Any, old: dict[str, str], new: dict[str, str]) -> Any:
    """An event's payload as erasing ``old`` leaves it: naming ``new`` instead, and a note
    about them without its text."""
    member_note = kind == Kind.MEMBER_NOTE_ADDED and payload.get("member") == old
    return _rewrite(payload, old, new, member_note)


def _rewrite(value: Any, old: dict[str, str], new: dict[str, str], member_note: bool) -> Any:
    """The payload with every reference to ``old`` replaced by ``new``."""
    if isinstance(value, dict):
        if value == old:
            return dict(new)
        rewritten = {k: _rewrite(v, old, new, member_note) for k, v in value.items()}
        if member_note and "text" in rewritten:
            rewritten["text"] = ERASED
        return rewritten
    if isinstance(value, list):
        return [_rewrite(v, old, new, member_note) for v in value]
    return value


class _Signed:
    """The signed events an erasure rewrites, as they were before: what its event vouches for."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._before: dict[str, Event] = {}
        earlier = eventlog.iter_events(connection, kinds=(Kind.MEMBER_ERASED,))
        self._erasures = signatures.Erasures(earlier, frozenset())

    def keep(self, event_ids: Iterable[str]) -> None:
        """Call before rewriting these events; the first call for an event keeps it."""
        for event_id in event_ids:
            if event_id not in self._before:
                event = eventlog.get(self._connection, event_id)
                if event is not None and event.signature is not None:
                    self._before[event_id] = event

    def vouched(self) -> dict[str, str]:
        """After rewriting: the digest of each event that changed and whose signature held
        (or an earlier erasure vouched for it); one that was bad before stays bad."""
        listed: dict[str, str] = {}
        for event_id, before in self._before.items():
            after = eventlog.get(self._connection, event_id)
            if after is None or after.payload == before.payload:
                continue
            if signatures.check(before, frozenset(), self._erasures).verdict != (
                signatures.Verdict.BAD
            ):
                listed[event_id] = signatures.digest(after)
        return listed


def erase_member(
    connection: Connection,
    member_id: int,
    author: Author,
    *,
    redact_mentions: bool = False,
    placeholder: str | None = None,
) -> Event:
    """Erase the member in the caller's write transaction (see the module docstring); with
    ``redact_mentions``, their names leave others' posts and the team's texts too. A
    teammate's erasure, merged from a bundle, gives its ``placeholder`` so both stores name
    the erased member alike."""
    store = queries(connection)
    row = store.erase.member_key(member_id)
    if row is None:
        raise WorkbenchError(
            translate("Members", "There is no member {id} in this database.").format(id=member_id)
        )
    placeholder = placeholder or f"erased-{uuid.uuid4().hex[:12]}"
    old = {"network": row.network, "id": row.external_id}
    new = {"network": row.network, "id": placeholder}
    signed = _Signed(connection)
    if redact_mentions and (names := _names(connection, member_id, row.external_id)):
        _redact(connection, member_id, names, signed)
    store.erase.erase_rows(member_id, placeholder, ERASED)
    store.erase.forget_mutes(row.network, row.external_id, placeholder)
    payloads: list[tuple[str, str]] = []
    for event_id, kind, payload in store.erase.events_containing(
        orjson.dumps(row.external_id).decode()
    ):
        value = rewritten(kind, orjson.loads(payload), old, new)
        payloads.append((event_id, orjson.dumps(value).decode()))
    signed.keep(event_id for event_id, _payload in payloads)
    store.erase.rewrite_events(payloads)
    # Merging the index into one segment drops the erased words for good.
    store.search.purge()
    erasure: dict[str, Any] = {
        "member": new,
        "erased": erasure_digest(row.network, row.external_id),
    }
    if vouched := signed.vouched():
        erasure[signatures.REDACTED_FIELD] = vouched
    return eventlog.record(connection, Kind.MEMBER_ERASED, erasure, author)


def _redact(
    connection: Connection, member_id: int, names: tuple[str, ...], signed: _Signed
) -> None:
    """The names out of others' posts, the interventions' messages and the events' texts."""
    pattern, posts, messages, events = _found(connection, member_id, names)
    signed.keep(event_id for event_id, _kind, _payload in events)
    erase = queries(connection).erase
    erase.rewrite_items(
        [
            (
                item_id,
                pattern.sub(ERASED, title),
                pattern.sub(ERASED, body),
                None if html is None else pattern.sub(ERASED, html),
                _redacted_json(raw, pattern),
            )
            for item_id, title, body, html, raw in posts
        ]
    )
    erase.rewrite_interventions([(i, pattern.sub(ERASED, message)) for i, message in messages])
    erase.rewrite_events(
        [(event_id, _redacted_json(payload, pattern)) for event_id, _k, payload in events]
    )
