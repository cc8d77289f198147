"""Bundles between managers: a union of events by id, the same derived state whatever order
bundles arrive in, and nothing written twice."""

from pathlib import Path

import pytest

from tests.core.team.support import Manager, derived_state, manager
from workbench.core.events import eventlog
from workbench.core.events.event import Kind
from workbench.core.store import Store, open_store
from workbench.core.team.bundles.merge import UntrustedSigner
from workbench.core.team.bundles.reader import read_bundle


@pytest.fixture
def team(demo_store: Store, tmp_path: Path):
    """Alice works on the demo community; Bob, Carol and Dave start with empty stores."""
    stores = [open_store(tmp_path / f"{name}.db") for name in ("bob", "carol", "dave")]
    alice = manager("Alice", 1, demo_store)
    others = [
        manager(name, n, s)
        for n, (name, s) in enumerate(zip(("Bob", "Carol", "Dave"), stores, strict=True), start=2)
    ]
    everyone = [alice, *others]
    for one in everyone:
        one.trusts(*(other for other in everyone if other is not one))
    yield everyone
    for opened in stores:
        opened.close()


def _latest(one: Manager) -> int:
    with one.store.read() as connection:
        found = eventlog.latest(connection)
    assert found is not None
    return found[0]


def _some_refs(path: Path) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    bundle = read_bundle(path)
    member = bundle.members[0]
    items = [i for i in bundle.items if i["author"] is not None]
    return (
        {"network": member["network"], "id": member["id"]},
        {"network": items[0]["network"], "id": items[0]["id"]},
        {"network": items[1]["network"], "id": items[1]["id"]},
    )


def _count_events(one: Manager) -> int:
    with one.store.read() as connection:
        return sum(1 for _ in eventlog.iter_events(connection))


def test_bundles_in_any_order_leave_every_store_in_the_same_state(team, tmp_path):
    alice, bob, carol, dave = team
    a1 = tmp_path / "a1.wblog"
    alice.export(a1)
    assert bob.merge(a1).event is not None
    member, item, other_item = _some_refs(a1)
    start = _latest(alice)
    with bob.store.write() as connection:
        eventlog.record(
            connection,
            Kind.MEMBER_NOTE_ADDED,
            {"member": member, "type": "note", "text": "Bob saw this"},
            bob.author,
            at=start + 100,
        )
        eventlog.record(
            connection,
            Kind.QUEUE_DECIDED,
            {"item": item, "decision": "escalate"},
            bob.author,
            at=start + 110,
        )
        eventlog.record(
            connection,
            Kind.MEMBER_STATUS_SET,
            {"member": member, "status": "banned"},
            bob.author,
            at=start + 120,
        )
    b1 = tmp_path / "b1.wblog"
    bob.export(b1)
    with alice.store.write() as connection:
        eventlog.record(
            connection,
            Kind.QUEUE_DECIDED,
            {"item": other_item, "decision": "remove"},
            alice.author,
            at=start + 200,
        )
        eventlog.record(
            connection,
            Kind.MEMBER_STATUS_SET,
            {"member": member, "status": "watch"},
            alice.author,
            at=start + 210,
        )
    a2 = tmp_path / "a2.wblog"
    alice.export(a2)

    carol.merge(b1)
    carol.merge(a2)
    dave.merge(a2)
    late = dave.merge(b1)
    assert late.preview.recomputes  # Bob's events are older than Alice's newest
    bob.merge(a2)
    alice.merge(b1)

    assert derived_state(carol.store) == derived_state(dave.store) == derived_state(bob.store)
    assert derived_state(alice.store, queue=False) == derived_state(bob.store, queue=False)
    notes = [dict(note) for note in derived_state(dave.store)["notes"]]
    assert {"Bob saw this"} == {n["text"] for n in notes if n["author_name"] == "Bob"}
    statuses = derived_state(dave.store)["statuses"]
    assert (member["network"], member["id"], "watch") in statuses


def test_the_same_bundle_twice_changes_nothing(team, tmp_path):
    alice, bob, *_ = team
    a1 = tmp_path / "a1.wblog"
    alice.export(a1)
    first = bob.merge(a1)
    events, state = _count_events(bob), derived_state(bob.store)
    again = bob.merge(a1)
    assert first.event is not None and again.event is None
    assert again.preview.known_events == first.preview.bundle.manifest["counts"]["events"]
    assert not again.preview.changes_anything
    assert _count_events(bob) == events
    assert derived_state(bob.store) == state


def test_a_bundle_signed_by_an_unknown_key_is_refused_with_its_fingerprint(demo_store, tmp_path):
    with open_store(tmp_path / "stranger.db") as other:
        alice = manager("Alice", 1, demo_store)
        stranger = manager("Stranger", 9, other)
        path = tmp_path / "a.wblog"
        alice.export(path)
        with pytest.raises(UntrustedSigner) as refused:
            stranger.merge(path)
        assert refused.value.fingerprint == alice.key.public.fingerprint
        assert "Alice" in str(refused.value) and "workbench team trust" in str(refused.value)
        assert _count_events(stranger) == 0
        stranger.trusts(alice)
        assert stranger.merge(path).event is not None


def test_own_bundles_need_no_trust_and_local_kinds_stay_home(demo_store, tmp_path):
    alice = manager("Alice", 1, demo_store)
    with open_store(tmp_path / "laptop.db") as laptop:
        bob = manager("Bob", 2, laptop)
        alice.trusts(bob)  # a team.key_trusted event in Alice's store
        path = tmp_path / "a.wblog"
        alice.export(path)
        kinds = {record["kind"] for record in read_bundle(path).events}
        assert Kind.TEAM_KEY_TRUSTED not in kinds
        second_laptop = Manager(alice.author, alice.key, laptop)  # Alice's other store
        assert second_laptop.merge(path).preview.signer_name == "you"


def test_filters_choose_events_by_period_author_and_source(demo_store, tmp_path):
    alice = manager("Alice", 1, demo_store)
    from workbench.core.team.bundles.writer import Selection

    everything = read_bundle(alice.export(tmp_path / "all.wblog").path)
    authors = {record["author"]["name"] for record in everything.events}
    one = sorted(authors)[0]
    mine = read_bundle(alice.export(tmp_path / "one.wblog", Selection(author=one.upper())).path)
    assert mine.events and {r["author"]["name"] for r in mine.events} == {one}
    times = sorted(record["at"] for record in everything.events)
    from workbench.core.team.bundles.format import unix

    middle = unix(times[len(times) // 2])
    late = read_bundle(alice.export(tmp_path / "late.wblog", Selection(since=middle)).path)
    assert late.events and all(unix(r["at"]) >= middle for r in late.events)
    assert len(late.events) < len(everything.events)
    source = everything.sources[0]
    about = read_bundle(alice.export(tmp_path / "src.wblog", Selection(source=source["name"])).path)
    assert 0 < len(about.events) < len(everything.events)
    assert {i["source"] for i in about.items} <= {s["uid"] for s in about.sources}
