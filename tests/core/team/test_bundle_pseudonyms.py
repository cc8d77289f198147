"""Pseudonymized bundles: nothing personal leaves the laptop, and a store with the team's
secret finds its own members behind the pseudonyms again."""

import zipfile
from pathlib import Path

import pytest

from tests.core.team.support import manager
from workbench.core.events import eventlog
from workbench.core.events.event import Kind
from workbench.core.store import Store, open_store
from workbench.core.team.bundles.merge import merge
from workbench.core.team.bundles.pseudonyms import Pseudonyms
from workbench.core.team.bundles.reader import read_bundle
from workbench.core.team.bundles.writer import Selection, write_bundle

SECRET = Pseudonyms(b"the team's secret, passed on by phone")


def _personal(store: Store) -> set[str]:
    """Every name, handle, id, post text and note of the store, as long as it is telling."""
    found: set[str] = set()
    with store.read() as connection:
        for handle, name, external_id in connection.exec_driver_sql(
            "SELECT handle, display_name, external_id FROM members"
        ):
            found |= {handle, name, external_id}
        for body, external_id in connection.exec_driver_sql("SELECT body, external_id FROM items"):
            found |= {body[:24], external_id}
        found |= {text[:24] for (text,) in connection.exec_driver_sql("SELECT text FROM notes")}
        found |= {
            m[:24] for (m,) in connection.exec_driver_sql("SELECT message FROM interventions")
        }
    return {text for text in found if len(text) >= 6}


def _write(store: Store, path: Path, pseudonyms: Pseudonyms | None) -> Path:
    alice = manager("Alice", 1, store)
    with store.read() as connection:
        write_bundle(connection, path, alice.key, alice.author, Selection(), pseudonyms)
    return path


def test_a_pseudonymized_bundle_holds_none_of_the_names_or_texts(demo_store, tmp_path):
    path = _write(demo_store, tmp_path / "p.wblog", SECRET)
    with zipfile.ZipFile(path) as archive:
        data = b"".join(archive.read(name) for name in archive.namelist())
    personal = _personal(demo_store)
    assert len(personal) > 500
    leaked = sorted(text for text in personal if text.encode() in data)
    assert leaked == []
    bundle = read_bundle(path)
    assert bundle.pseudonymized and bundle.members and bundle.events
    assert all(m["id"].startswith("p-") for m in bundle.members)
    # The same member has the same pseudonym in every bundle of the team.
    again = read_bundle(_write(demo_store, tmp_path / "q.wblog", SECRET))
    assert [m["id"] for m in again.members] == [m["id"] for m in bundle.members]


@pytest.fixture
def bob_with_the_community(demo_store, tmp_path):
    """Bob merged Alice's plain bundle once, so his store knows the community's members."""
    stores = []

    def make(name: str) -> Store:
        opened = open_store(tmp_path / f"{name}.db")
        stores.append(opened)
        plain = tmp_path / "plain.wblog"
        if not plain.exists():
            _write(demo_store, plain, None)
        with opened.write() as connection:
            merge(
                connection,
                read_bundle(plain),
                manager(name, 2, opened).author,
                own_fingerprint=read_bundle(plain).signer.fingerprint,
            )
        return opened

    yield make
    for opened in stores:
        opened.close()


def test_a_store_with_the_team_secret_finds_its_members_behind_the_pseudonyms(
    demo_store, tmp_path, bob_with_the_community
):
    with demo_store.read() as connection:
        network, external_id = connection.exec_driver_sql(
            "SELECT m.network, m.external_id FROM members m "
            "JOIN notes n ON n.member_id = m.id LIMIT 1"
        ).one()
    stores = {name: bob_with_the_community(name) for name in ("bob", "carol")}
    alice = manager("Alice", 1, demo_store)
    with demo_store.write() as connection:
        eventlog.record(
            connection,
            Kind.MEMBER_STATUS_SET,
            {"member": {"network": network, "id": external_id}, "status": "watch"},
            alice.author,
        )
    path = _write(demo_store, tmp_path / "p.wblog", SECRET)
    for name, pseudonyms in (("bob", SECRET), ("carol", None)):
        store = stores[name]
        bundle = read_bundle(path)
        with store.write() as connection:
            merged = merge(
                connection,
                bundle,
                manager(name, 3, store).author,
                own_fingerprint=bundle.signer.fingerprint,
                pseudonyms=pseudonyms,
            )
        assert len(merged.preview.new_events) == 1
        with store.read() as connection:
            status = connection.exec_driver_sql(
                "SELECT status FROM members WHERE network = ? AND external_id = ?",
                (network, external_id),
            ).scalar_one()
            pseudonymous = connection.exec_driver_sql(
                "SELECT count(*) FROM members WHERE external_id LIKE 'p-%'"
            ).scalar_one()
        if pseudonyms is not None:  # Bob: the status lands on the member he knows
            assert status == "watch" and pseudonymous == 0
        else:  # Carol: the pseudonyms stay pseudonyms, her members untouched
            assert status == "active" and pseudonymous > 0
