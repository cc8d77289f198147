"""A team store's signed events travel in bundles with their signatures: a laptop that merges
them keeps them, its own bundles carry them on, and another team store gets them intact. A
bundle whose event signature does not hold is refused, naming the line."""

import base64
import hashlib
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest

from tests.core.team.support import Manager, manager
from workbench.core.events import eventlog, signatures
from workbench.core.events.event import Kind
from workbench.core.events.signatures import Verdict
from workbench.core.store import Store, open_store
from workbench.core.team.bundles import format as fmt
from workbench.core.team.bundles.pseudonyms import Pseudonyms
from workbench.core.team.bundles.reader import BundleError, read_bundle
from workbench.core.team.bundles.writer import Selection, write_bundle
from workbench.core.team.keys import KeyPair


@pytest.fixture
def stores(tmp_path: Path, postgres_url: str) -> Iterator[tuple[Store, Store]]:
    """A team store on PostgreSQL and a laptop store."""
    with open_store(postgres_url) as team, open_store(tmp_path / "laptop.db") as laptop:
        yield team, laptop


@pytest.fixture
def signing() -> Iterator[dict[str, KeyPair]]:
    """The managers' keys as the window hands them to the core, by author id."""
    pairs: dict[str, KeyPair] = {}
    signatures.take_keys_from(lambda author: pairs.get(author.id))
    yield pairs
    signatures.take_keys_from(None)


def _note(one: Manager, word: str) -> str:
    with one.store.write() as connection:
        payload = {"vocabulary": "note_type", "name": word}
        return eventlog.record(connection, Kind.TERM_ADDED, payload, one.author).id


def _signatures(store: Store) -> dict[str, str | None]:
    with store.read() as connection:
        return {
            e.id: e.signature for e in eventlog.iter_events(connection) if e.kind == "term.added"
        }


@pytest.mark.postgres
def test_signed_events_keep_their_signatures_from_team_store_to_laptop_and_back(
    stores, signing, tmp_path, postgres_server, postgres_template
):
    team, laptop = stores
    alice, bob = manager("Alice", 1, team), manager("Bob", 2, team)
    carol = manager("Carol", 3, laptop)
    signing.update({alice.author.id: alice.key, bob.author.id: bob.key})
    made = [_note(alice, "warning"), _note(bob, "timeout")]
    carol.trusts(alice)
    exported = tmp_path / "team.wblog"
    alice.export(exported)
    bundle = read_bundle(exported)
    assert bundle.manifest["version"] == 2
    assert all("signature" in record for record in bundle.events)
    carol.merge(exported)  # Carol trusts Alice, who exported; Bob's key she does not know
    kept = _signatures(laptop)
    assert [kept[i] for i in made] == list(_signatures(team).values())
    with laptop.read() as connection:
        checked = [
            signatures.check(e, frozenset({alice.key.public.fingerprint}))
            for e in eventlog.iter_events(connection)
            if e.id in made
        ]
    assert [c.verdict for c in checked] == [Verdict.SIGNED, Verdict.UNTRUSTED]

    own = _note(carol, "laptop note")  # a laptop signs nothing: the manifest vouches for it
    onward = tmp_path / "laptop.wblog"
    carol.export(onward)
    other_url = postgres_server.new_database(postgres_template)
    other = open_store(other_url)
    try:
        dave = manager("Dave", 4, other)
        dave.trusts(carol)
        dave.merge(onward)
        arrived = _signatures(other)
    finally:
        other.close()
        postgres_server.drop_database(other_url)
    assert {i: arrived[i] for i in made} == {i: kept[i] for i in made}
    assert arrived[own] is None


def test_a_bundle_without_signatures_stays_version_1(tmp_path):
    with open_store(tmp_path / "laptop.db") as laptop:
        carol = manager("Carol", 3, laptop)
        _note(carol, "warning")
        carol.export(tmp_path / "b.wblog")
    bundle = read_bundle(tmp_path / "b.wblog")
    assert bundle.manifest["version"] == fmt.UNSIGNED_VERSION
    assert all("signature" not in record for record in bundle.events)


def _resigned(path: Path, signer: KeyPair, change) -> Path:  # type: ignore[no-untyped-def]
    """The bundle with its events' lines changed by ``change``, signed again by ``signer``
    (a trusted exporter who carries a forged event)."""
    with zipfile.ZipFile(path) as archive:
        files = {name: archive.read(name) for name in fmt.NAMES}
    lines = [orjson.loads(line) for line in files[fmt.EVENTS].splitlines()]
    files[fmt.EVENTS] = b"".join(fmt.canonical(change(record)) + b"\n" for record in lines)
    manifest = orjson.loads(files[fmt.MANIFEST])
    manifest["files"][fmt.EVENTS] = {
        "sha256": hashlib.sha256(files[fmt.EVENTS]).hexdigest(),
        "bytes": len(files[fmt.EVENTS]),
    }
    files[fmt.MANIFEST] = fmt.canonical(manifest)
    files[fmt.SIGNATURE] = base64.b64encode(signer.sign(files[fmt.MANIFEST]))
    forged = path.with_name("forged.wblog")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in fmt.NAMES:
            archive.writestr(name, files[name])
    forged.write_bytes(buffer.getvalue())
    return forged


@pytest.mark.postgres
def test_an_event_whose_signature_does_not_hold_fails_the_merge_naming_its_line(
    stores, signing, tmp_path
):
    team, laptop = stores
    alice, carol = manager("Alice", 1, team), manager("Carol", 3, laptop)
    signing[alice.author.id] = alice.key
    _note(alice, "warning")
    _note(alice, "timeout")
    carol.trusts(alice)
    exported = tmp_path / "team.wblog"
    alice.export(exported)

    def renamed(record):  # type: ignore[no-untyped-def]
        if record["payload"].get("name") == "timeout":
            record["payload"]["name"] = "ban"
        return record

    forged = _resigned(exported, alice.key, renamed)
    with pytest.raises(BundleError, match=r"events.jsonl line 2 carries a signature"):
        carol.merge(forged)
    assert _signatures(laptop) == {}


@pytest.mark.postgres
def test_a_pseudonymized_bundle_carries_no_signatures(stores, signing, tmp_path):
    team, _ = stores
    alice = manager("Alice", 1, team)
    signing[alice.author.id] = alice.key
    _note(alice, "warning")
    path = tmp_path / "p.wblog"
    with team.read() as connection:
        write_bundle(connection, path, alice.key, alice.author, Selection(), Pseudonyms(b"x" * 32))
    bundle = read_bundle(path)
    assert bundle.manifest["version"] == fmt.UNSIGNED_VERSION
    assert all("signature" not in record for record in bundle.events)
