"""Two managers correcting the same intervention at the same time: a conflict shown on the
intervention in both stores, with the same value winning, until a correction settles it."""

from pathlib import Path

import pytest

from tests.core.team.support import derived_state, manager
from workbench.core.interventions import conflicts, logbook
from workbench.core.store import Store, open_store


@pytest.fixture
def pair(demo_store: Store, tmp_path: Path):
    other = open_store(tmp_path / "bob.db")
    alice, bob = manager("Alice", 1, demo_store), manager("Bob", 2, other)
    alice.trusts(bob)
    bob.trusts(alice)
    first = tmp_path / "a1.wblog"
    alice.export(first)
    bob.merge(first)
    with demo_store.read() as connection:
        intervention = connection.exec_driver_sql("SELECT id FROM interventions LIMIT 1").scalar()
    yield alice, bob, intervention
    other.close()


def _message(store: Store, intervention: str) -> str:
    with store.read() as connection:
        return connection.exec_driver_sql(
            "SELECT message FROM interventions WHERE id = ?", (intervention,)
        ).scalar_one()


def _exchange(alice, bob, tmp_path: Path, name: str):
    a, b = tmp_path / f"a-{name}.wblog", tmp_path / f"b-{name}.wblog"
    alice.export(a)
    bob.export(b)
    return bob.merge(a), alice.merge(b)


def test_corrections_made_apart_are_a_conflict_in_both_stores_until_settled(pair, tmp_path):
    alice, bob, intervention = pair
    with alice.store.write() as connection:
        logbook.edit(connection, intervention, {"message": "Alices Fassung"}, alice.author)
    with bob.store.write() as connection:
        logbook.edit(connection, intervention, {"message": "Bobs Fassung"}, bob.author)
    at_bob, at_alice = _exchange(alice, bob, tmp_path, "1")
    assert [c.intervention_id for c in at_bob.preview.conflicts] == [intervention]
    assert [c.intervention_id for c in at_alice.preview.conflicts] == [intervention]
    for one in (alice, bob):
        with one.store.read() as connection:
            found = conflicts.open_conflicts(connection)
        assert list(found) == [intervention] and found[intervention].fields == ("message",)
        assert {c.author_name for c in found[intervention].corrections} == {"Alice", "Bob"}
    # Both show the same value: the later correction's, not each store's own.
    assert _message(alice.store, intervention) == _message(bob.store, intervention)
    assert derived_state(alice.store, queue=False) == derived_state(bob.store, queue=False)

    with bob.store.write() as connection:  # Bob saw both and settles it
        logbook.edit(connection, intervention, {"message": "Gemeinsame Fassung"}, bob.author)
    _exchange(alice, bob, tmp_path, "2")
    for one in (alice, bob):
        with one.store.read() as connection:
            assert conflicts.open_conflicts(connection) == {}
        assert _message(one.store, intervention) == "Gemeinsame Fassung"


def test_corrections_of_different_fields_do_not_conflict(pair, tmp_path):
    alice, bob, intervention = pair
    with alice.store.write() as connection:
        logbook.edit(connection, intervention, {"message": "Neu formuliert"}, alice.author)
    with bob.store.write() as connection:
        logbook.edit(connection, intervention, {"rationale": "Wiederholt"}, bob.author)
    at_bob, _ = _exchange(alice, bob, tmp_path, "1")
    assert at_bob.preview.conflicts == ()
    with bob.store.read() as connection:
        assert conflicts.open_conflicts(connection) == {}
    assert _message(bob.store, intervention) == "Neu formuliert"


def test_one_managers_corrections_one_after_another_never_conflict(pair):
    alice, _, intervention = pair
    with alice.store.write() as connection:
        logbook.edit(connection, intervention, {"message": "eins"}, alice.author)
        logbook.edit(connection, intervention, {"message": "zwei"}, alice.author)
        assert conflicts.open_conflicts(connection) == {}
