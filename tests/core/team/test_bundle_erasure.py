"""Erasure travels: a member erased by one manager is erased in the others' stores too (when
they agree), and a bundle that still names a member erased here never brings them back."""

from pathlib import Path

import pytest

from tests.core.team.support import derived_state, manager
from workbench.core.events import eventlog
from workbench.core.events.event import Kind
from workbench.core.members.erase import erase_member
from workbench.core.store import Store, open_store


@pytest.fixture
def pair(demo_store: Store, tmp_path: Path):
    """Alice on the demo and Bob, who merged her log: both know member X, with a note."""
    other = open_store(tmp_path / "bob.db")
    alice, bob = manager("Alice", 1, demo_store), manager("Bob", 2, other)
    alice.trusts(bob)
    bob.trusts(alice)
    with demo_store.read() as connection:
        row = connection.exec_driver_sql(
            "SELECT m.id, m.network, m.external_id, m.handle FROM members m "
            "JOIN notes n ON n.member_id = m.id WHERE length(m.handle) > 5 LIMIT 1"
        ).one()
    first = tmp_path / "a1.wblog"
    alice.export(first)
    bob.merge(first)
    yield alice, bob, row, first
    other.close()


def _member_id(store: Store, network: str, external_id: str) -> int | None:
    with store.read() as connection:
        return connection.exec_driver_sql(
            "SELECT id FROM members WHERE network = ? AND external_id = ?", (network, external_id)
        ).scalar()


def _file_holds(store: Store, text: str) -> bool:
    store.checkpoint()
    return text.encode() in store.path.read_bytes()


def test_a_teammates_erasure_is_shown_first_then_erases_here_too(pair, tmp_path):
    alice, bob, x, _ = pair
    assert _file_holds(bob.store, x.handle)
    with alice.store.write() as connection:
        erased = erase_member(connection, x.id, alice.author)
    placeholder = erased.payload["member"]["id"]
    second = tmp_path / "a2.wblog"
    alice.export(second)
    from workbench.core.team.bundles.merge import preview
    from workbench.core.team.bundles.reader import read_bundle

    with bob.store.read() as connection:
        seen = preview(connection, read_bundle(second), own_fingerprint=None)
    assert [entry.label for entry in seen.to_erase] == [f"{x.network}: {x.handle}"]
    assert seen.erasures == 1
    bob.merge(second, erase_too=True)
    assert _member_id(bob.store, x.network, x.external_id) is None
    assert _member_id(bob.store, x.network, placeholder) is not None  # the same placeholder
    assert not _file_holds(bob.store, x.handle)
    assert derived_state(bob.store, queue=False) == derived_state(alice.store, queue=False)


def test_a_manager_who_does_not_agree_keeps_the_member(pair, tmp_path):
    alice, bob, x, _ = pair
    with alice.store.write() as connection:
        erase_member(connection, x.id, alice.author)
    second = tmp_path / "a2.wblog"
    alice.export(second)
    merged = bob.merge(second)  # erase_too is False: nothing of the member is erased
    assert merged.event is not None and merged.preview.to_erase
    assert _member_id(bob.store, x.network, x.external_id) is not None


def test_a_bundle_that_still_names_a_member_erased_here_does_not_bring_them_back(pair, tmp_path):
    alice, bob, x, first = pair
    member_id = _member_id(bob.store, x.network, x.external_id)
    assert member_id is not None
    with bob.store.write() as connection:
        erase_member(connection, member_id, bob.author)
    again = bob.merge(first)
    assert again.event is None and again.preview.withheld == 1  # nothing new, X stays out
    ref = {"network": x.network, "id": x.external_id}
    with alice.store.write() as connection:
        eventlog.record(
            connection,
            Kind.MEMBER_NOTE_ADDED,
            {"member": ref, "type": "note", "text": f"{x.handle} schrieb wieder"},
            alice.author,
        )
    second = tmp_path / "a2.wblog"
    alice.export(second)
    merged = bob.merge(second)
    assert len(merged.preview.new_events) == 1 and merged.preview.withheld == 1
    assert _member_id(bob.store, x.network, x.external_id) is None
    assert not _file_holds(bob.store, x.handle)
    with bob.store.read() as connection:
        [note] = [
            e
            for e in eventlog.iter_events(connection, kinds=(Kind.MEMBER_NOTE_ADDED,))
            if e.author_name == "Alice"
        ]
    assert note.payload["text"] == "[erased]" and note.payload["member"]["id"].startswith("erased-")


def test_watch_list_entries_naming_an_erased_member_name_their_placeholder(pair):
    from workbench.core.team import watchlists
    from workbench.core.team.watchlists import Target

    alice, _, x, _ = pair
    with alice.store.write() as connection:
        watchlists.create(connection, "Beobachten", alice.author)
        mine = watchlists.find(connection, alice.author, "Beobachten")
        watchlists.set_entry(
            connection, mine, Target(x.network, x.external_id), "watch", alice.author
        )
        erased = erase_member(connection, x.id, alice.author)
        [entry] = watchlists.entries(connection, mine)
    assert entry.target == Target(x.network, erased.payload["member"]["id"])
    assert not _file_holds(alice.store, f'"{x.external_id}"')
