"""A bundle is untrusted until every byte is checked: hostile and damaged bundles are refused
with a message naming the file (and line), and nothing is written."""

import base64
import hashlib
import io
import zipfile
from pathlib import Path

import orjson
import pytest
from jsonschema import Draft202012Validator

from tests.conftest import AUTHOR
from tests.core.team.support import Manager, derived_state, manager
from workbench.core import sources
from workbench.core.events import eventlog
from workbench.core.events.event import Kind
from workbench.core.ingest import Ingestor
from workbench.core.records import ItemRecord, MemberRecord
from workbench.core.store import Store, open_store
from workbench.core.team.bundles import format as fmt
from workbench.core.team.bundles.reader import BundleError, read_bundle
from workbench.core.team.keys import KeyPair

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def small(store: Store, tmp_path: Path) -> tuple[Manager, Path]:
    """A store with two members, two posts and three events, and its bundle."""
    with store.write() as connection:
        source = sources.ensure(connection, name="Forum", kind="test", network="forum")
        ingestor = Ingestor(connection, source, now=1_000)
        ingestor.add_all(
            [
                MemberRecord("forum", "a", handle="anna", display_name="Anna A."),
                MemberRecord("forum", "b", handle="ben"),
                ItemRecord("forum", "p1", "a", "post", 100, body="Hallo zusammen"),
                ItemRecord("forum", "p2", "b", "comment", 200, body="Kauft Pillen", report_count=1),
            ]
        )
        ingestor.finish()
        anna = {"network": "forum", "id": "a"}
        eventlog.record(
            connection,
            Kind.MEMBER_NOTE_ADDED,
            {"member": anna, "type": "note", "text": "nett"},
            AUTHOR,
            at=300,
        )
        eventlog.record(
            connection,
            Kind.QUEUE_DECIDED,
            {"item": {"network": "forum", "id": "p2"}, "decision": "spam"},
            AUTHOR,
            at=310,
        )
        eventlog.record(
            connection,
            Kind.MEMBER_STATUS_SET,
            {"member": {"network": "forum", "id": "b"}, "status": "banned"},
            AUTHOR,
            at=320,
        )
    alice = Manager(AUTHOR, KeyPair.generate(), store)
    path = tmp_path / "small.wblog"
    alice.export(path)
    return alice, path


def _files(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _zip(path: Path, files: dict[str, bytes] | list[tuple[str, bytes]]) -> Path:
    members = files.items() if isinstance(files, dict) else files
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(name, data)
    path.write_bytes(buffer.getvalue())
    return path


def _resigned(path: Path, key: KeyPair, files: dict[str, bytes], **manifest_changes) -> Path:
    """The bundle with changed record files, its manifest's hashes and counts made to fit and
    signed again by ``key``: what a teammate's buggy or hostile app could send."""
    manifest = orjson.loads(files[fmt.MANIFEST])
    for name in fmt.RECORD_FILES:
        data = files[name]
        manifest["files"][name] = {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
        key_name = {
            "events.jsonl": "events",
            "members.jsonl": "members",
            "items.jsonl": "items",
            "sources.jsonl": "sources",
        }[name]
        manifest["counts"][key_name] = len([line for line in data.splitlines() if line.strip()])
    manifest.update(manifest_changes)
    manifest["exporter"]["public_key"] = key.public.b64
    manifest["exporter"]["fingerprint"] = key.public.fingerprint
    data = fmt.canonical(manifest)
    files = {**files, fmt.MANIFEST: data, fmt.SIGNATURE: base64.b64encode(key.sign(data))}
    return _zip(path, files)


def test_every_record_written_fits_its_schema_and_the_documented_schemas(
    small, demo_store, tmp_path
):
    _, path = small
    demo = Manager(AUTHOR, KeyPair.generate(), demo_store)
    for bundle_path in (path, demo.export(tmp_path / "demo.wblog").path):
        files = _files(bundle_path)
        Draft202012Validator(fmt.SCHEMAS["manifest"]).validate(orjson.loads(files[fmt.MANIFEST]))
        for name, record in fmt.RECORD_OF_FILE.items():
            validator = Draft202012Validator(fmt.SCHEMAS[record])
            lines = files[name].splitlines()
            for line in lines:
                validator.validate(orjson.loads(line))
                assert fmt.canonical(orjson.loads(line)) == line  # RFC 8785, as signed
    documented = orjson.loads((ROOT / "docs" / "log-bundle.schema.json").read_bytes())
    assert documented == fmt.schema_document(), (
        "docs/log-bundle.schema.json: run the line in docs/log-bundle.md"
    )
    Draft202012Validator.check_schema(fmt.schema_document())


def test_flipping_any_byte_of_any_member_file_makes_the_bundle_fail(small, tmp_path):
    _, path = small
    files = _files(path)
    damaged = tmp_path / "damaged.wblog"
    for name, data in files.items():
        for position in range(len(data)):
            flipped = bytearray(data)
            flipped[position] ^= 0x01
            _zip(damaged, {**files, name: bytes(flipped)})
            with pytest.raises(BundleError):
                read_bundle(damaged)
    read_bundle(_zip(damaged, files))  # the same files, unflipped, are read


def test_bytes_flipped_in_the_zip_itself_are_refused(small, tmp_path):
    _, path = small
    raw = path.read_bytes()
    damaged = tmp_path / "damaged.wblog"
    for position in range(0, len(raw), 7):
        flipped = bytearray(raw)
        flipped[position] ^= 0x40
        damaged.write_bytes(bytes(flipped))
        try:
            bundle = read_bundle(damaged)
        except BundleError:
            continue
        # A flip in a zip header field that nothing reads (a timestamp, "version made by")
        # leaves every member intact: what is read is still exactly what was signed.
        assert bundle.events == read_bundle(path).events


def test_a_truncated_bundle_is_refused_naming_the_file(small, tmp_path):
    _, path = small
    raw = path.read_bytes()
    for cut in (0, 10, len(raw) // 2, len(raw) - 1):
        truncated = tmp_path / "cut.wblog"
        truncated.write_bytes(raw[:cut])
        with pytest.raises(BundleError, match=r"cut.wblog"):
            read_bundle(truncated)


def test_a_newer_format_is_refused_naming_its_version(small, tmp_path):
    alice, path = small
    newer = _resigned(tmp_path / "newer.wblog", alice.key, _files(path), version=fmt.VERSION + 1)
    with pytest.raises(
        BundleError, match=rf"version {fmt.VERSION + 1}.*up to version {fmt.VERSION}"
    ):
        read_bundle(newer)


@pytest.mark.filterwarnings("ignore:Duplicate name")  # the hostile zip holds one name twice
def test_a_zip_slip_or_a_stray_file_is_refused(small, tmp_path):
    _, path = small
    files = _files(path)
    for stray in ("../../evil.sh", "/etc/passwd", "events.jsonl/../x", "notes.txt"):
        with pytest.raises(BundleError, match=r"which no log bundle has"):
            read_bundle(_zip(tmp_path / "slip.wblog", {**files, stray: b"x"}))
    twice = [*files.items(), (fmt.EVENTS, files[fmt.EVENTS])]
    with pytest.raises(BundleError, match=r"twice"):
        read_bundle(_zip(tmp_path / "twice.wblog", twice))
    unsigned = {name: data for name, data in files.items() if name != fmt.SIGNATURE}
    with pytest.raises(BundleError, match=r"no manifest.sig"):
        read_bundle(_zip(tmp_path / "unsigned.wblog", unsigned))


def test_oversized_members_and_bombs_are_refused_before_they_are_read(small, tmp_path, monkeypatch):
    alice, path = small
    files = _files(path)
    monkeypatch.setattr(fmt, "MAX_FILE", len(files[fmt.EVENTS]) - 1)
    with pytest.raises(BundleError, match=r"events.jsonl is .* bytes, more than"):
        read_bundle(path)
    monkeypatch.undo()
    bomb = {**files, fmt.ITEMS: b" " * (50 << 20)}
    with pytest.raises(BundleError, match=r"expands too far"):
        read_bundle(_resigned(tmp_path / "bomb.wblog", alice.key, bomb))


def test_a_line_that_is_not_json_or_not_a_record_is_named(small, tmp_path):
    alice, path = small
    files = _files(path)
    lines = files[fmt.EVENTS].splitlines()
    broken = {**files, fmt.EVENTS: b"\n".join([lines[0], b"{not json", *lines[1:]]) + b"\n"}
    with pytest.raises(BundleError, match=r"events.jsonl line 2 is not JSON"):
        read_bundle(_resigned(tmp_path / "broken.wblog", alice.key, broken))
    member = orjson.loads(files[fmt.MEMBERS].splitlines()[0])
    member["handle"] = 42
    wrong = {
        **files,
        fmt.MEMBERS: fmt.canonical(member) + b"\n" + files[fmt.MEMBERS].split(b"\n", 1)[1],
    }
    with pytest.raises(BundleError, match=r"members.jsonl line 1 is not a valid member .*handle"):
        read_bundle(_resigned(tmp_path / "wrong.wblog", alice.key, wrong))


def test_events_naming_unknown_members_or_kinds_fail_the_merge_and_write_nothing(small, tmp_path):
    alice, path = small
    files = _files(path)
    with open_store(tmp_path / "bob.db") as other:
        bob = manager("Bob", 2, other)
        bob.trusts(alice)
        before = derived_state(other)
        event = orjson.loads(files[fmt.EVENTS].splitlines()[0])
        event["payload"]["member"] = {"network": "forum", "id": "nobody"}
        event["id"] = "01900000-0000-7000-8000-000000000001"
        unknown = {**files, fmt.EVENTS: files[fmt.EVENTS] + fmt.canonical(event) + b"\n"}
        with pytest.raises(BundleError, match=r"events.jsonl line 4: Unknown member forum:nobody"):
            bob.merge(_resigned(tmp_path / "unknown.wblog", alice.key, unknown))
        for kind in ("team.key_trusted", "queue.exploded"):
            event["kind"] = kind
            odd = {**files, fmt.EVENTS: files[fmt.EVENTS] + fmt.canonical(event) + b"\n"}
            with pytest.raises(BundleError, match=f"line 4 is an event of kind '{kind}'"):
                bob.merge(_resigned(tmp_path / "odd.wblog", alice.key, odd))
        assert derived_state(other) == before
        with other.read() as connection:
            assert list(eventlog.iter_events(connection))[-1].kind == Kind.TEAM_KEY_TRUSTED
            assert connection.exec_driver_sql("SELECT count(*) FROM members").scalar() == 0


def test_a_manifest_naming_another_key_than_the_one_that_signed_is_refused(small, tmp_path):
    _, path = small
    files = _files(path)
    forger = KeyPair.generate()
    manifest = orjson.loads(files[fmt.MANIFEST])
    forged = fmt.canonical(manifest)  # Alice's name and key, a forger's signature
    signature = base64.b64encode(forger.sign(forged))
    with pytest.raises(BundleError, match=r"signature does not match"):
        read_bundle(_zip(tmp_path / "forged.wblog", {**files, fmt.SIGNATURE: signature}))
