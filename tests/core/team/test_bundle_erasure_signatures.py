"""A team store's erasure travels: a bundle of a team store that erased a member carries the
rewritten events with their authors' signatures and the erasure that vouches for them; a laptop
merges it (no false "bad") and checks them as redacted. A pseudonymized bundle keeps no digests
of the rewritten events (ids could be tried against them)."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.core.team.support import manager
from workbench.core import sources
from workbench.core.events import eventlog, signatures
from workbench.core.events.event import Kind
from workbench.core.events.signatures import Verdict
from workbench.core.ingest import Ingestor
from workbench.core.members import erase, roster
from workbench.core.records import MemberRecord
from workbench.core.store import Store, open_store
from workbench.core.team.bundles.pseudonyms import Pseudonyms
from workbench.core.team.bundles.reader import read_bundle
from workbench.core.team.bundles.writer import Selection, write_bundle

pytestmark = pytest.mark.postgres


@pytest.fixture
def stores(tmp_path: Path, postgres_url: str) -> Iterator[tuple[Store, Store]]:
    with open_store(postgres_url) as team, open_store(tmp_path / "laptop.db") as laptop:
        yield team, laptop


def _verdicts(store: Store, trusted: frozenset[str]) -> dict[str, Verdict]:
    with store.read() as connection:
        events = list(eventlog.iter_events(connection))
    erasures = signatures.Erasures([e for e in events if e.kind == Kind.MEMBER_ERASED], trusted)
    return {e.id: signatures.check(e, trusted, erasures).verdict for e in events}


def test_a_bundle_from_a_team_store_that_erased_merges_and_checks_redacted(stores, tmp_path):
    team, laptop = stores
    alice, bob, carol = manager("Alice", 1, team), manager("Bob", 2, team), manager("C", 3, laptop)
    keys = {alice.author.id: alice.key, bob.author.id: bob.key}
    signatures.take_keys_from(lambda author: keys.get(author.id))
    try:
        with team.write() as connection:
            source = sources.ensure(connection, name="Forum", kind="test", network="forum")
            ingestor = Ingestor(connection, source, now=1_800_000_000)
            ingestor.add(MemberRecord("forum", "eve_1984", handle="eve_1984"))
            ingestor.finish()
            eve = connection.exec_driver_sql("SELECT id FROM members").scalar_one()
            tagged = roster.tag(connection, eve, "spammer", bob.author)
            noted = roster.add_note(connection, eve, "warning", "Eve again", bob.author)
        with team.write() as connection:
            erased = erase.erase_member(connection, eve, alice.author)
    finally:
        signatures.take_keys_from(None)
    trusted = frozenset({alice.key.public.fingerprint, bob.key.public.fingerprint})
    assert _verdicts(team, trusted)[tagged.id] == Verdict.REDACTED

    exported = tmp_path / "team.wblog"
    alice.export(exported)
    carol.trusts(alice, bob)
    carol.merge(exported)  # was refused: "line … carries a signature that does not match"
    arrived = _verdicts(laptop, trusted)
    assert (arrived[tagged.id], arrived[noted.id], arrived[erased.id]) == (
        Verdict.REDACTED,
        Verdict.REDACTED,
        Verdict.SIGNED,
    )

    hidden = tmp_path / "pseudonymized.wblog"
    with team.read() as connection:
        write_bundle(
            connection, hidden, alice.key, alice.author, Selection(), Pseudonyms(b"x" * 32)
        )
    (erasure,) = [r for r in read_bundle(hidden).events if r["kind"] == Kind.MEMBER_ERASED]
    assert signatures.REDACTED_FIELD not in erasure["payload"]
