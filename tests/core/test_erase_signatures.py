"""An erasure rewrites the signed events that name the erased member: they check as redacted,
vouched for by the erasure's own event, never as bad; one changed after the erasure, or bad
before it, is bad. On both stores: a laptop holds a team's signed events too (from bundles)."""

from collections.abc import Iterator
from dataclasses import replace

import orjson
import pytest

from tests.conftest import AUTHOR
from workbench.core import sources
from workbench.core.events import eventlog, signatures
from workbench.core.events.event import Event, Kind
from workbench.core.events.signatures import Verdict
from workbench.core.ids import new_event_id
from workbench.core.ingest import Ingestor
from workbench.core.members import erase
from workbench.core.queue import decisions
from workbench.core.records import ItemRecord, MemberRecord
from workbench.core.settings import Author
from workbench.core.store import Connection, Store
from workbench.core.team.keys import KeyPair

JONAS = Author(id="00000000-0000-4000-8000-00000000000b", name="Jonas")
EVE = {"network": "forum", "id": "eve_1984"}
ZOE = {"network": "forum", "id": "zoe_2001"}


@pytest.fixture
def keys() -> Iterator[dict[str, KeyPair]]:
    pairs = {AUTHOR.id: KeyPair.generate(), JONAS.id: KeyPair.generate()}
    signatures.take_keys_from(lambda author: pairs.get(author.id))
    yield pairs
    signatures.take_keys_from(None)


def _members(store: Store) -> dict[str, int]:
    with store.write() as connection:
        source = sources.ensure(connection, name="Forum", kind="test", network="forum")
        ingestor = Ingestor(connection, source, now=1_800_000_000)
        for member in (EVE, ZOE):
            ingestor.add(MemberRecord("forum", member["id"], handle=member["id"]))
            ingestor.add(
                ItemRecord("forum", f"post-{member['id']}", member["id"], "post", 1_799_999_000)
            )
        ingestor.finish()
        rows = connection.exec_driver_sql("SELECT external_id, id FROM members").all()
    return {external: member_id for external, member_id in rows}


def _signed(connection: Connection, key: KeyPair, author: Author, payload: dict) -> Event:
    """A teammate's signed event, as a bundle or the team store brought it (not applied: the
    signatures are the question, not the projections)."""
    event = Event(
        id=new_event_id(),
        kind=Kind.TERM_ADDED.value,
        author_id=author.id,
        author_name=author.name,
        created_at=1_800_000_100,
        payload_json=orjson.dumps(payload),
    )
    event = replace(event, signature=signatures.sign(event, key))
    eventlog.add_recorded(connection, [event])
    return event


def _verdicts(store: Store, trusted: frozenset[str]) -> dict[str, signatures.Checked]:
    with store.read() as connection:
        events = list(eventlog.iter_events(connection))
    erasures = signatures.Erasures([e for e in events if e.kind == Kind.MEMBER_ERASED], trusted)
    return {event.id: signatures.check(event, trusted, erasures) for event in events}


def test_events_an_erasure_rewrote_are_redacted_and_vouched_for_never_bad(store, keys):
    members = _members(store)
    trusted = frozenset(key.public.fingerprint for key in keys.values())
    with store.write() as connection:
        about_eve = _signed(connection, keys[JONAS.id], JONAS, {"name": "x", "about": EVE})
        about_both = _signed(connection, keys[JONAS.id], JONAS, {"about": [EVE, ZOE]})
        elsewhere = _signed(connection, keys[JONAS.id], JONAS, {"name": "y", "about": ZOE})
        # Bad before the erasure: it carries another event's signature.
        forged = replace(
            about_eve, id=new_event_id(), payload_json=orjson.dumps({"name": "z", "about": EVE})
        )
        eventlog.add_recorded(connection, [forged])
    with store.write() as connection:
        erased = erase.erase_member(connection, members[EVE["id"]], AUTHOR)

    checked = _verdicts(store, trusted)
    assert checked[about_eve.id].verdict == Verdict.REDACTED
    assert checked[about_eve.id].erasure == erased.id
    assert checked[about_both.id].verdict == Verdict.REDACTED
    assert checked[elsewhere.id].verdict == Verdict.SIGNED  # not rewritten
    assert checked[forged.id].verdict == Verdict.BAD  # bad before: the erasure vouches not
    assert set(erased.payload[signatures.REDACTED_FIELD]) == {about_eve.id, about_both.id}
    if store.dialect == "postgresql":  # the erasing manager signed the erasure
        assert checked[erased.id].verdict == Verdict.SIGNED
        assert checked[about_eve.id].fingerprint == keys[AUTHOR.id].public.fingerprint
    else:  # a laptop signs nothing of its own: the erasure is its manager's
        assert checked[erased.id].verdict == Verdict.UNSIGNED
        assert checked[about_eve.id].fingerprint is None
    with store.read() as connection:
        now = eventlog.get(connection, about_eve.id)
    assert now is not None and EVE["id"] not in now.payload_json.decode()
    assert signatures.check(now, trusted).verdict == Verdict.BAD  # without the erasures

    # Zoe's erasure rewrites an event Eve's erasure rewrote already: it vouches for it now.
    with store.write() as connection:
        second = erase.erase_member(connection, members[ZOE["id"]], JONAS)
    checked = _verdicts(store, trusted)
    assert checked[about_both.id].verdict == Verdict.REDACTED
    assert checked[about_both.id].erasure == second.id
    assert checked[about_eve.id].erasure == erased.id
    assert checked[elsewhere.id].verdict == Verdict.REDACTED

    # Changed after the erasure: the digest the erasure keeps no longer matches.
    with store.read() as connection:
        redacted = eventlog.get(connection, about_eve.id)
        erasures = signatures.Erasures(
            list(eventlog.iter_events(connection, kinds=(Kind.MEMBER_ERASED,))), trusted
        )
    assert redacted is not None
    changed = replace(redacted, payload_json=orjson.dumps({**redacted.payload, "name": "ban"}))
    assert signatures.check(redacted, trusted, erasures).verdict == Verdict.REDACTED
    assert signatures.check(changed, trusted, erasures).verdict == Verdict.BAD


def test_an_erasure_whose_own_signature_fails_vouches_for_nothing(store, keys):
    members = _members(store)
    trusted = frozenset(key.public.fingerprint for key in keys.values())
    with store.write() as connection:
        about_eve = _signed(connection, keys[JONAS.id], JONAS, {"name": "x", "about": EVE})
        erased = erase.erase_member(connection, members[EVE["id"]], AUTHOR)
    with store.read() as connection:
        rewritten = eventlog.get(connection, about_eve.id)
    assert rewritten is not None
    signed_erasure = replace(erased, signature=signatures.sign(erased, keys[AUTHOR.id]))
    tampered = replace(  # someone added an event of theirs to the erasure's list
        signed_erasure,
        payload_json=orjson.dumps(
            {**erased.payload, signatures.REDACTED_FIELD: {"someone-else": "0" * 32}}
        ),
    )
    good = signatures.Erasures([signed_erasure], trusted)
    bad = signatures.Erasures([tampered], trusted)
    assert signatures.check(rewritten, trusted, good).verdict == Verdict.REDACTED
    assert signatures.check(rewritten, trusted, bad).verdict == Verdict.BAD


def test_an_erasure_that_rewrote_no_signed_event_lists_none(store):
    members = _members(store)
    with store.write() as connection:
        item = connection.exec_driver_sql(
            "SELECT id FROM items WHERE external_id = 'post-eve_1984'"
        ).scalar_one()
        decisions.decide(connection, [item], "remove", AUTHOR)  # unsigned: no keys handed
        erased = erase.erase_member(connection, members[EVE["id"]], AUTHOR)
    assert signatures.REDACTED_FIELD not in erased.payload
