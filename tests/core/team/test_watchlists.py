"""Watch lists shared through bundles: a retracted entry disappears in every store that merges
the bundle, in any order; overrides and subscriptions stay with their manager; expiry."""

from pathlib import Path

import orjson
import pytest

from tests.core.team.support import Manager, manager
from workbench.core import clock
from workbench.core.errors import WorkbenchError
from workbench.core.events import eventlog
from workbench.core.events.event import Kind
from workbench.core.store import Store, open_store
from workbench.core.team import watchlists
from workbench.core.team.bundles.merge import BundleError
from workbench.core.team.bundles.reader import read_bundle
from workbench.core.team.bundles.writer import Selection
from workbench.core.team.watchlists import Target

EVE = Target("matrix", "@eve:spam.example")
FRED = Target("discord", "4711")
SPAM = Target("domain", "spam.example")


class Clock:
    """The time the events get: a bundle's ``since`` is whole seconds."""

    def __init__(self) -> None:
        self.at = 1_780_000_000

    def now(self) -> int:
        return self.at


@pytest.fixture
def time(monkeypatch: pytest.MonkeyPatch) -> Clock:
    made = Clock()
    monkeypatch.setattr(clock, "now", made.now)
    return made


@pytest.fixture
def team(tmp_path: Path, time: Clock):
    """Alice keeps a ban list; Bob, Carol and Dave start with empty stores."""
    stores = [open_store(tmp_path / f"{name}.db") for name in ("alice", "bob", "carol", "dave")]
    everyone = [
        manager(name, n, s)
        for n, (name, s) in enumerate(
            zip(("Alice", "Bob", "Carol", "Dave"), stores, strict=True), start=1
        )
    ]
    for one in everyone:
        one.trusts(*(other for other in everyone if other is not one))
    yield everyone
    for opened in stores:
        opened.close()


def _list(one: Manager, name: str = "Spam accounts") -> watchlists.WatchList:
    with one.store.read() as connection:
        return watchlists.find(connection, one.author, name)


def _entries(one: Manager, name: str = "Spam accounts") -> dict[str, tuple[str, str]]:
    with one.store.read() as connection:
        found = watchlists.entries(connection, _list(one, name))
    return {str(e.target): (e.effective, e.reason) for e in found}


def _alices_list(alice: Manager) -> None:
    with alice.store.write() as connection:
        watchlists.create(connection, "Spam accounts", alice.author)
        made = watchlists.find(connection, alice.author, "Spam accounts")
        watchlists.set_entry(connection, made, EVE, "ban", alice.author, reason="Spam")
        watchlists.set_entry(connection, made, FRED, "watch", alice.author)
        watchlists.set_entry(connection, made, SPAM, "mute", alice.author, reason="Ads")


def test_a_retracted_entry_disappears_in_every_store_whatever_the_order(team, tmp_path, time):
    alice, *others = team
    _alices_list(alice)
    first = tmp_path / "a1.wblog"
    alice.export(first)
    time.at += 60
    with alice.store.write() as connection:
        watchlists.retract(connection, _list(alice), EVE, alice.author)
        watchlists.set_entry(connection, _list(alice), FRED, "ban", alice.author, reason="Again")
    second = tmp_path / "a2.wblog"
    alice.export(second, _since(alice, Kind.WATCHLIST_ENTRY_RETRACTED))
    expected = {"discord:4711": ("ban", "Again"), "spam.example": ("mute", "Ads")}
    assert _entries(alice) == expected
    bob, carol, dave = others
    for one, order in ((bob, (first, second)), (carol, (second, first))):
        for path in order:
            one.merge(path)
        assert _entries(one) == expected, order
    dave.merge(first)
    assert "matrix:@eve:spam.example" in _entries(dave)
    relay = tmp_path / "b.wblog"
    bob.export(relay)  # Bob passes Alice's events on: the retraction travels with them
    dave.merge(relay)
    assert _entries(dave) == expected


def _since(one: Manager, kind: Kind) -> Selection:
    """The events from the last one of ``kind`` on: a bundle of what came lately."""
    with one.store.read() as connection:
        events = list(eventlog.iter_events(connection, kinds=(kind,)))
    return Selection(since=events[-1].created_at)


def test_an_override_stays_here_and_survives_later_merges(team, tmp_path):
    alice, bob, *_ = team
    _alices_list(alice)
    first = tmp_path / "a1.wblog"
    alice.export(first)
    bob.merge(first)
    with bob.store.write() as connection:
        shared = watchlists.find(connection, bob.author, "Spam accounts")
        assert not shared.in_force
        watchlists.subscribe(connection, shared, bob.author)
        watchlists.override(connection, shared, EVE, "watch", bob.author, reason="Not a ban here")
    with alice.store.write() as connection:
        watchlists.set_entry(connection, _list(alice), EVE, "ban", alice.author, reason="Worse")
    second = tmp_path / "a2.wblog"
    alice.export(second)
    bob.merge(second)
    with bob.store.write() as connection:
        eventlog.rebuild(connection)  # as a merge of older events does
    assert _entries(bob)["matrix:@eve:spam.example"] == ("watch", "Worse")
    assert _list(bob).subscribed
    back = tmp_path / "b.wblog"
    bob.export(back)
    alice.merge(back)
    assert _entries(alice)["matrix:@eve:spam.example"] == ("ban", "Worse")
    assert not any(
        record["kind"].startswith("watchlist.")
        and record["kind"] != Kind.WATCHLIST_CREATED
        and record["kind"] != Kind.WATCHLIST_ENTRY_SET
        for record in read_bundle(back).events
    )


def test_only_the_owner_changes_a_list(team, tmp_path):
    alice, bob, *_ = team
    _alices_list(alice)
    first = tmp_path / "a1.wblog"
    alice.export(first)
    bob.merge(first)
    with bob.store.write() as connection, pytest.raises(WorkbenchError, match="Alice's"):
        watchlists.set_entry(connection, _list(bob), EVE, "trusted", bob.author)
    # An event forged in Bob's name onto Alice's list is refused when merged, naming it.
    with bob.store.write() as connection:
        eventlog.record(
            connection,
            Kind.WATCHLIST_CREATED,
            {"list": "bobs", "name": "Bob's"},
            bob.author,
        )
    with pytest.raises(Exception, match="Alice's"), bob.store.write() as connection:
        eventlog.record(
            connection,
            Kind.WATCHLIST_ENTRY_SET,
            {"list": _list(bob).uid, **EVE.to_payload(), "recommendation": "trusted"},
            bob.author,
        )


def test_expired_entries_leave_the_views(team, time):
    alice, *_ = team
    _alices_list(alice)
    now = time.at
    with alice.store.write() as connection:
        watchlists.set_entry(
            connection, _list(alice), FRED, "mute", alice.author, expires_at=now + 3600
        )
    assert "discord:4711" in _entries(alice)
    time.at = now + 3601
    assert "discord:4711" not in _entries(alice)
    assert _list(alice).entries == 2
    with alice.store.read() as connection, pytest.raises(WorkbenchError, match="future"):
        watchlists.set_entry(connection, _list(alice), FRED, "mute", alice.author, expires_at=now)


def test_a_profile_names_the_lists_in_force(demo_store: Store, tmp_path):
    alice = manager("Alice", 1, demo_store)
    with demo_store.read() as connection:
        network, external_id, handle = connection.exec_driver_sql(
            "SELECT network, external_id, handle FROM members WHERE handle != '' LIMIT 1"
        ).one()
    member = Target(network, external_id)
    with demo_store.write() as connection:
        watchlists.create(connection, "Helpers", alice.author)
        helpers = watchlists.find(connection, alice.author, "helpers")
        watchlists.set_entry(connection, helpers, member, "trusted", alice.author, reason="Kind")
        [named] = watchlists.naming(connection, network, external_id, alice.author)
    assert (named.list_name, named.label, named.effective) == ("Helpers", handle, "trusted")


def test_typed_targets_are_checked():
    assert watchlists.target("matrix:@eve:spam.example") == EVE
    assert watchlists.target(" Spam.Example. ") == SPAM
    assert watchlists.target("bücher.example").entity == "xn--bcher-kva.example"
    for bad in ("not a domain", "domain:x", ":x", "a..b"):
        with pytest.raises(WorkbenchError):
            watchlists.target(bad)


def test_a_list_known_from_a_partial_bundle_gets_its_name_with_the_older_one(team, tmp_path, time):
    alice, bob, *_ = team
    _alices_list(alice)
    full = tmp_path / "full.wblog"
    alice.export(full)
    time.at += 60
    with alice.store.write() as connection:
        watchlists.set_entry(connection, _list(alice), FRED, "ban", alice.author)
    partial = tmp_path / "partial.wblog"
    alice.export(partial, _since(alice, Kind.WATCHLIST_ENTRY_SET))
    bob.merge(partial)
    with bob.store.read() as connection:
        [unnamed] = watchlists.lists(connection, bob.author)
    assert (unnamed.name, unnamed.owner_name, unnamed.entries) == ("", "Alice", 1)
    bob.merge(full)
    assert _entries(bob) == _entries(alice)


def test_a_forged_entry_on_a_teammates_list_fails_the_merge_naming_its_line(team, tmp_path):
    alice, bob, carol, _ = team
    _alices_list(alice)
    first = tmp_path / "a1.wblog"
    alice.export(first)
    bob.merge(first)
    with bob.store.write() as connection:
        eventlog.add_recorded(  # as a tampered store would hold it
            connection,
            [
                eventlog.Event(
                    id="01900000-0000-7000-8000-000000000001",
                    kind=Kind.WATCHLIST_ENTRY_RETRACTED,
                    author_id=bob.author.id,
                    author_name=bob.author.name,
                    created_at=clock.now() + 1,
                    payload_json=orjson.dumps({"list": _list(bob).uid, **EVE.to_payload()}),
                )
            ],
        )
    forged = tmp_path / "b.wblog"
    bob.export(forged)
    with pytest.raises(BundleError, match=r"line \d+: The watch list 'Spam accounts' is Alice's"):
        carol.merge(forged)
