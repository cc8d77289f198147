"""Managers sign the events they record in a team store; a laptop store signs none. The log
stays append-only with the signature column, and a changed event no longer checks."""

from collections.abc import Iterator
from dataclasses import replace

import orjson
import pytest
from sqlalchemy import text

from tests.conftest import AUTHOR
from workbench.core.events import eventlog, signatures
from workbench.core.events.event import Kind
from workbench.core.events.signatures import Verdict
from workbench.core.settings import Author
from workbench.core.store import Store, open_store
from workbench.core.team.keys import KeyPair

OTHER = Author(id="00000000-0000-4000-8000-000000000002", name="Other Manager")


@pytest.fixture
def keys() -> Iterator[dict[str, KeyPair]]:
    """Each manager's key, handed to the core as the window hands it the keyring's."""
    pairs = {AUTHOR.id: KeyPair.generate(), OTHER.id: KeyPair.generate()}
    signatures.take_keys_from(lambda author: pairs.get(author.id))
    yield pairs
    signatures.take_keys_from(None)


def _term(store: Store, author: Author, word: str) -> str:
    with store.write() as connection:
        payload = {"vocabulary": "note_type", "name": word}
        return eventlog.record(connection, Kind.TERM_ADDED, payload, author).id


def test_a_team_store_signs_each_managers_events_and_a_laptop_store_none(store, keys):
    mine, theirs = _term(store, AUTHOR, "warning"), _term(store, OTHER, "timeout")
    with store.read() as connection:
        recorded = [eventlog.get(connection, mine), eventlog.get(connection, theirs)]
    assert all(event is not None for event in recorded)
    if store.dialect == "sqlite":
        assert [e.signature for e in recorded if e] == [None, None]
        return
    trusted = frozenset({keys[AUTHOR.id].public.fingerprint})
    checked = [signatures.check(e, trusted) for e in recorded if e]
    assert [c.verdict for c in checked] == [Verdict.SIGNED, Verdict.UNTRUSTED]
    assert [c.fingerprint for c in checked] == [
        keys[AUTHOR.id].public.fingerprint,
        keys[OTHER.id].public.fingerprint,
    ]


@pytest.mark.postgres
def test_an_event_changed_after_it_was_signed_no_longer_checks(postgres_url, keys):
    with open_store(postgres_url) as store, store.read() as connection:
        event = eventlog.get(connection, _term(store, AUTHOR, "warning"))
    assert event is not None and event.signature is not None
    trusted = frozenset({keys[AUTHOR.id].public.fingerprint})
    changed = replace(event, payload_json=orjson.dumps({**event.payload, "name": "ban"}))
    reauthored = replace(event, author_name="Someone Else")
    elsewhere = replace(event, signature=signatures.sign(event, keys[OTHER.id]))
    assert signatures.check(changed, trusted).verdict == Verdict.BAD
    assert signatures.check(reauthored, trusted).verdict == Verdict.BAD
    assert signatures.check(elsewhere, trusted).verdict == Verdict.UNTRUSTED
    garbled = replace(event, signature="not.base64!")
    assert signatures.check(garbled, trusted) == signatures.Checked(Verdict.BAD, None)


def test_the_signature_column_is_as_append_only_as_the_rest(store, keys):
    event_id = _term(store, AUTHOR, "warning")
    forged = KeyPair.generate().public.b64 + ".AAAA"
    with pytest.raises(Exception, match="append-only"), store.write() as connection:
        connection.execute(
            text("UPDATE events SET signature = :forged WHERE id = :id"),
            {"forged": forged, "id": event_id},
        )
    with store.read() as connection:
        kept = eventlog.get(connection, event_id)
    assert kept is not None and kept.signature != forged


def test_no_key_source_records_unsigned_events(store):
    with store.read() as connection:
        event = eventlog.get(connection, _term(store, AUTHOR, "warning"))
    assert event is not None and event.signature is None
    assert signatures.check(event, frozenset()) == signatures.Checked(Verdict.UNSIGNED, None)
