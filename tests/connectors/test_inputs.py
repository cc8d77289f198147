"""Untrusted archives: nothing leaves the archive, nothing unpacks without bound."""

import os
import zipfile

import pytest
import zstandard

from workbench.connectors import inputs
from workbench.connectors.inputs import UnsafeInputError, open_input
from workbench.connectors.pushshift import PushshiftConnector
from workbench.core.errors import WorkbenchError
from workbench.services import importer


def make_zip(path, entries, compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compression=compression) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize(
    "name", ["../evil.json", "a/../../evil.json", "/etc/passwd", "C:\\evil.json", "a\\..\\b"]
)
def test_a_zip_with_a_path_outside_the_archive_is_refused(tmp_path, name):
    archive = make_zip(tmp_path / "x.zip", {"ok.json": b"{}", name: b"{}"})
    with pytest.raises(UnsafeInputError, match="outside the archive"):
        open_input(archive)


def test_a_zip_with_a_link_is_refused(tmp_path):
    archive = tmp_path / "link.zip"
    with zipfile.ZipFile(archive, "w") as out:
        info = zipfile.ZipInfo("data/link")
        info.external_attr = 0o120777 << 16
        out.writestr(info, "/etc/passwd")
    with pytest.raises(UnsafeInputError, match="is a link"):
        open_input(archive)


def test_a_zip_bomb_is_refused_before_reading(tmp_path):
    archive = make_zip(tmp_path / "bomb.zip", {"big.json": b"0" * (50 * 1024**2)})
    with pytest.raises(UnsafeInputError, match="times its size"):
        open_input(archive)


LINE = b'{"id": "a", "author": "x", "body": "hello", "created_utc": 1, "subreddit": "s"}\n'


def _damaged(archive, member, at, byte=None):
    """``archive`` with the byte at ``at`` of ``member``'s stored data flipped (or set)."""
    data = bytearray(archive.read_bytes())
    with zipfile.ZipFile(archive) as opened:
        info = opened.getinfo(member)
    names = int.from_bytes(data[info.header_offset + 26 : info.header_offset + 30], "little")
    start = info.header_offset + 30 + (names & 0xFFFF) + (names >> 16)
    data[start + at] = data[start + at] ^ 0xFF if byte is None else byte
    archive.write_bytes(bytes(data))
    return archive


@pytest.mark.parametrize("beside", [False, True], ids=["here", "in a child"])
def test_a_damaged_member_stops_the_import_with_the_file_named(
    tmp_path, store, monkeypatch, beside
):
    """zipfile said it in its own words: "Bad CRC-32 for file 'RC.ndjson'"."""
    if beside:
        monkeypatch.setattr(importer.import_pipeline, "MIN_BYTES", 0)
    archive = make_zip(tmp_path / "dump.zip", {"RC.ndjson": LINE * 2000}, zipfile.ZIP_STORED)
    _damaged(archive, "RC.ndjson", 100_000)  # deep inside: only its checksum tells
    planned = importer.plan([archive])
    with pytest.raises(importer.ImportFailed) as failed:
        importer.run(store, planned)
    assert str(failed.value) == (
        "dump.zip cannot be read: RC.ndjson is damaged (its checksum does not match). "
        "Nothing was imported."
    )
    assert store.counts()["items"] == 0


def test_a_member_whose_compressed_data_is_broken_is_said_damaged(tmp_path, store):
    """zlib's error is no BadZipFile: it left the importer as "Error -3 while decompressing
    data: invalid block type"."""
    archive = make_zip(tmp_path / "dump.zip", {"RC.ndjson": LINE * 2000})
    _damaged(archive, "RC.ndjson", 0, byte=0xFF)  # the first block's type: one that is reserved
    said = "dump.zip cannot be read: RC.ndjson is damaged (its compressed data cannot be unpacked)"
    with pytest.raises(WorkbenchError) as detected:
        importer.plan([archive])
    assert str(detected.value) == f"{said}."
    forced = importer.PlannedImport(archive, PushshiftConnector(), "reddit: dump.zip")
    with pytest.raises(importer.ImportFailed) as failed:
        importer.run(store, [forced])
    assert str(failed.value) == f"{said}. Nothing was imported."
    assert store.counts()["items"] == 0


def test_a_member_whose_entry_differs_from_the_directory_is_said_damaged(tmp_path):
    archive = make_zip(tmp_path / "dump.zip", {"RC.ndjson": LINE * 20})
    data = bytearray(archive.read_bytes())
    data[30] = ord("X")  # the first member's name in its own header: XC.ndjson
    archive.write_bytes(bytes(data))
    with pytest.raises(WorkbenchError) as detected:
        importer.plan([archive])
    assert str(detected.value) == (
        "dump.zip cannot be read: RC.ndjson is damaged (its entry in the archive is broken)."
    )


def test_a_zst_bomb_is_stopped_while_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(inputs, "RATIO_GRACE_BYTES", 1024)
    path = tmp_path / "bomb.zst"
    path.write_bytes(zstandard.ZstdCompressor(level=19).compress(b"\0" * (20 * 1024**2)))
    with (
        pytest.raises(UnsafeInputError, match="far more than its size"),
        open_input(path).open(path.name) as s,
    ):
        while s.read(1024 * 1024):
            pass


def test_folders_are_walked_without_following_links(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.json").write_text("{}")
    folder = tmp_path / "export"
    (folder / "data").mkdir(parents=True)
    (folder / "data" / "tweets.js").write_text("window.YTD.tweets.part0 = []")
    os.symlink(outside, folder / "data" / "linked")
    os.symlink(outside / "secret.json", folder / "secret.json")
    assert open_input(folder).members() == ["data/tweets.js"]


def test_zip_members_are_read_in_place_and_counted(tmp_path):
    archive = make_zip(tmp_path / "ok.zip", {"b.json": b"[1]", "a/c.json": b"[2, 3]"})
    with open_input(archive) as opened:
        assert opened.members() == ["a/c.json", "b.json"]
        assert opened.head("b.json") == b"[1]"
        assert opened.bytes_read == 0
        with opened.open("a/c.json") as stream:
            assert stream.read() == b"[2, 3]"
        assert opened.bytes_read == opened.total_bytes - 3
    assert not (tmp_path / "a").exists()


def test_a_cut_off_zip_is_a_clear_error(tmp_path):
    path = tmp_path / "cut.zip"
    path.write_bytes(make_zip(tmp_path / "whole.zip", {"a.json": b"{}" * 100}).read_bytes()[:-30])
    with pytest.raises(UnsafeInputError, match=r"cut\.zip is not a readable zip archive"):
        open_input(path)
