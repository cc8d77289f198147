"""`workbench team-store copy` keeps each event's signature column: a laptop's events that a
team store signed (merged from its bundles) arrive signed as they were, and one the laptop's
erasure rewrote still checks as redacted, vouched for by that erasure, which arrives too."""

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
from workbench.core.members import erase, roster
from workbench.core.records import MemberRecord
from workbench.core.settings import Author
from workbench.core.store import Store, open_store
from workbench.core.store.copy import copy_store
from workbench.core.team.keys import KeyPair

pytestmark = pytest.mark.postgres

JONAS = Author(id="00000000-0000-4000-8000-00000000000b", name="Jonas")


def _events(store: Store) -> dict[str, Event]:
    with store.read() as connection:
        return {event.id: event for event in eventlog.iter_events(connection)}


def _verdicts(events: dict[str, Event], trusted: frozenset[str]) -> dict[str, Verdict]:
    erasures = signatures.Erasures(
        [e for e in events.values() if e.kind == Kind.MEMBER_ERASED], trusted
    )
    return {i: signatures.check(e, trusted, erasures).verdict for i, e in events.items()}


def test_the_copy_keeps_every_signature_and_what_an_erasure_vouches_for(tmp_path, postgres_url):
    key = KeyPair.generate()
    with open_store(tmp_path / "laptop.db") as laptop:
        with laptop.write() as connection:
            source = sources.ensure(connection, name="Forum", kind="test", network="forum")
            ingestor = Ingestor(connection, source, now=1_800_000_000)
            for handle in ("eve_1984", "zoe_2001"):
                ingestor.add(MemberRecord("forum", handle, handle=handle))
            ingestor.finish()
            members = dict(connection.exec_driver_sql("SELECT handle, id FROM members").all())
            for handle in ("eve_1984", "zoe_2001"):  # Jonas's, signed in the team store
                made = roster.tag(connection, members[handle], "spammer", JONAS)
                payload = orjson.dumps(made.payload)
                signed = Event(
                    new_event_id(), made.kind, JONAS.id, JONAS.name, made.created_at, payload
                )
                eventlog.add_recorded(
                    connection, [replace(signed, signature=signatures.sign(signed, key))]
                )
            roster.tag(connection, members["zoe_2001"], "watch", AUTHOR)  # the laptop's own
            erase.erase_member(connection, members["eve_1984"], AUTHOR)
        before = _events(laptop)
        with open_store(postgres_url) as team:
            copy_store(laptop, team)
            after = _events(team)

    assert set(after) == set(before)
    assert {i: e.signature for i, e in after.items()} == {i: e.signature for i, e in before.items()}
    assert sum(e.signature is not None for e in after.values()) == 2
    trusted = frozenset({key.public.fingerprint})
    assert sorted(_verdicts(after, trusted).values()) == sorted(
        [Verdict.SIGNED, Verdict.REDACTED] + [Verdict.UNSIGNED] * (len(after) - 2)
    )
    assert _verdicts(after, trusted) == _verdicts(before, trusted)
