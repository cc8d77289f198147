"""A ``.zst`` file cut short is said, not imported in part (connectors.zstd_frames): python-
zstandard's stream reader ends quietly at a frame that stops in the middle."""

import os

import orjson
import pytest
import zstandard

from tests.connectors.conftest import FIXTURES, table_snapshot
from workbench.connectors.inputs import open_input
from workbench.connectors.zstd_frames import FrameWalk, TruncatedError
from workbench.core.errors import WorkbenchError
from workbench.services import importer

COMMENTS = FIXTURES / "reddit-dumps" / "pushshift-importer_test_comments.ndjson"
SKIPPABLE = (0x184D2A53).to_bytes(4, "little") + (5).to_bytes(4, "little") + b"12345"


def _frame(data: bytes, **options: object) -> bytes:
    return zstandard.ZstdCompressor(**options).compress(data)  # type: ignore[arg-type]


def _cut_short(walk_bytes: bytes) -> bool:
    walk = FrameWalk()
    walk.feed(walk_bytes)
    try:
        walk.finish()
    except TruncatedError:
        return True
    return False


def _frames() -> tuple[bytes, set[int]]:
    """Frames of every kind the walk must follow, and the offsets where one ends: several
    blocks, raw and RLE ones among them (random text and a long run), a checksum, no content
    size, a skippable frame, and a one-segment frame."""
    text = os.urandom(40_000).hex().encode() + b"x" * 300_000 + COMMENTS.read_bytes()
    parts = [
        _frame(text, write_checksum=True),
        SKIPPABLE,
        _frame(text, write_content_size=False, level=19),
        _frame(b"tail"),
    ]
    ends, at = set(), 0
    for part in parts:
        at += len(part)
        ends.add(at)
    return b"".join(parts), ends


def test_every_cut_but_at_a_frame_end_is_said():
    data, ends = _frames()
    cuts = {*range(0, len(data) + 1, 97), *ends, *(end - 1 for end in ends), 1, 3, 4, 5}
    wrong = [cut for cut in sorted(cuts) if _cut_short(data[:cut]) == (cut in ends | {0})]
    assert wrong == []


def test_the_walk_reads_the_bytes_in_any_pieces():
    data, _ = _frames()
    walk = FrameWalk()
    for at in range(0, len(data), 7):
        walk.feed(data[at : at + 7])
    walk.finish()


def test_bytes_that_are_no_frame_are_said_with_their_offset():
    good = _frame(b"hello")
    walk = FrameWalk()
    with pytest.raises(TruncatedError, match=f"no zstd frame at byte {len(good)}"):
        walk.feed(good + b"GARBAGE!")


def test_a_long_window_dump_is_walked(tmp_path):
    """As the published dumps are written (zstd --long=31), through the input's own reader."""
    params = zstandard.ZstdCompressionParameters.from_level(
        3, window_log=31, write_content_size=False
    )
    path = tmp_path / "RC_2024-01.zst"
    with (
        path.open("wb") as file,
        zstandard.ZstdCompressor(compression_params=params).stream_writer(file) as writer,
    ):
        writer.write(COMMENTS.read_bytes() * 50)
    with open_input(path) as opened, opened.open(path.name) as stream:
        assert stream.read() == COMMENTS.read_bytes() * 50
    path.write_bytes(path.read_bytes()[:-3])
    with (
        pytest.raises(TruncatedError, match="cut short"),
        open_input(path) as opened,
        opened.open(path.name) as stream,
    ):
        stream.read()


def _dump(lines: int) -> bytes:
    """Pushshift comments whose bodies do not compress, so that the file is far larger than
    what detection reads."""
    first = orjson.loads(COMMENTS.read_bytes().splitlines()[0])
    records = (
        {**first, "id": f"c{number}", "body": os.urandom(1500).hex()} for number in range(lines)
    )
    return b"".join(orjson.dumps(record) + b"\n" for record in records)


def test_a_small_file_cut_short_is_said_when_it_is_planned(tmp_path):
    path = tmp_path / "RC_2024-01.zst"
    packed = _frame(COMMENTS.read_bytes())
    path.write_bytes(packed[: len(packed) // 2])
    for forced in (None, "reddit-pushshift"):
        with pytest.raises(WorkbenchError, match=r"^RC_2024-01\.zst cannot be read: .*cut short"):
            importer.plan([path], format=forced)


@pytest.mark.parametrize("child", [False, True], ids=["here", "in a child"])
def test_a_dump_cut_short_imports_nothing_and_says_so(tmp_path, store, monkeypatch, child):
    """Detection reads the head, which is whole; the import finds the end cut off."""
    from workbench.services import import_pipeline

    monkeypatch.setattr(import_pipeline, "MIN_BYTES", 0 if child else 2**40)
    path = tmp_path / "RC_2024-01.zst"
    packed = _frame(_dump(2000))
    path.write_bytes(packed[: len(packed) - 1000])
    before = table_snapshot(store)
    (planned,) = importer.plan([path])
    with pytest.raises(
        importer.ImportFailed, match=r"RC_2024-01\.zst cannot be read: .*cut short.*Nothing was"
    ):
        importer.run(store, [planned])
    assert table_snapshot(store) == before
