import io

import orjson
import pytest
import zstandard

from tests.connectors.conftest import FIXTURES, bad_records, read_all, table_snapshot
from workbench.connectors.inputs import open_input
from workbench.connectors.pushshift import PushshiftConnector
from workbench.core.records import ImportOptions, ItemRecord, MemberRecord
from workbench.services import importer

COMMENTS = FIXTURES / "reddit-dumps" / "pushshift-importer_test_comments.ndjson"
SUBMISSIONS = FIXTURES / "reddit-dumps" / "pushshift-importer_test_submissions.ndjson"
connector = PushshiftConnector()


def test_detects_real_dumps_and_not_other_json(tmp_path):
    for path in (COMMENTS, SUBMISSIONS):
        with open_input(path) as source:
            assert connector.detect(source) >= 80
    other = tmp_path / "other.json"
    other.write_text('{"messages": []}')
    with open_input(other) as source:
        assert connector.detect(source) == 0


def test_reads_real_comments_and_submissions():
    records = read_all(connector, COMMENTS) + read_all(connector, SUBMISSIONS)
    items = [r for r in records if isinstance(r, ItemRecord)]
    assert not bad_records(records)
    assert len(items) == sum(
        1 for line in COMMENTS.read_bytes().splitlines() if line.strip()
    ) + sum(1 for line in SUBMISSIONS.read_bytes().splitlines() if line.strip())
    comment = next(i for i in items if i.external_id == "t1_kod0bkd")
    assert comment.author_id == "DubsAli"
    assert comment.parent_external_id == "t3_1afjd7n" and comment.thread_external_id == "t3_1afjd7n"
    assert comment.created_at == 1706745600
    # The original time stays in the raw data; the text only in the item's own columns.
    raw = orjson.loads(comment.raw)
    assert raw["created_utc"] == 1706745600.0 and raw["subreddit"] and "body" not in raw
    assert comment.body
    submissions = [i for i in items if i.kind == "submission"]
    assert submissions and all(i.external_id.startswith("t3_") for i in submissions)
    assert any(i.title for i in submissions)
    members = [r for r in read_all(connector, COMMENTS) if isinstance(r, MemberRecord)]
    assert len({m.external_id for m in members}) == len(members)
    assert all(i.author_id is None for i in items if orjson.loads(i.raw)["author"] == "[deleted]")


def test_created_utc_as_int_string_or_float(tmp_path):
    path = tmp_path / "mixed.ndjson"
    lines = [
        {
            "id": "a",
            "author": "x",
            "body": "one",
            "created_utc": 1136073600,
            "subreddit": "s",
            "link_id": "t3_z",
        },
        {
            "id": "b",
            "author": "x",
            "body": "two",
            "created_utc": "1136073601",
            "subreddit": "s",
            "link_id": "t3_z",
        },
        {
            "id": "c",
            "author": "x",
            "body": "three",
            "created_utc": 1136073602.0,
            "subreddit": "s",
            "link_id": "t3_z",
        },
    ]
    path.write_bytes(b"\n".join(orjson.dumps(line) for line in lines))
    items = [r for r in read_all(connector, path) if isinstance(r, ItemRecord)]
    assert [i.created_at for i in items] == [1136073600, 1136073601, 1136073602]


def test_zst_dump_is_read_like_the_plain_one(tmp_path):
    packed = tmp_path / "RC_2024-01.zst"
    packed.write_bytes(zstandard.ZstdCompressor().compress(COMMENTS.read_bytes()))
    assert read_all(connector, packed) == read_all(connector, COMMENTS)


def test_a_dump_written_with_long_31_is_detected_and_read(tmp_path):
    """As the published dumps are (zstd --long=31): a 2 GiB window, beyond zstd's default."""
    params = zstandard.ZstdCompressionParameters.from_level(
        3, window_log=31, write_content_size=False
    )
    packed = tmp_path / "RC_2024-01.zst"
    with (
        packed.open("wb") as file,
        zstandard.ZstdCompressor(compression_params=params).stream_writer(file) as writer,
    ):
        writer.write(COMMENTS.read_bytes())
    assert zstandard.get_frame_parameters(packed.read_bytes()).window_size == 2**31
    (planned,) = importer.plan([packed])
    assert planned.connector.name == "reddit-pushshift"
    assert read_all(connector, packed) == read_all(connector, COMMENTS)


def test_bad_line_names_file_and_line(tmp_path, store, import_with):
    path = tmp_path / "broken.ndjson"
    good = COMMENTS.read_bytes().splitlines()[:3]
    path.write_bytes(
        b"\n".join(
            [*good, b'{"id": "zz", "body": "x", "subreddit": "s", "created_utc": "soon"}', good[0]]
        )
    )
    before = table_snapshot(store)
    with pytest.raises(importer.ImportFailed, match=r"broken.ndjson, line 4, field 'created_utc'"):
        import_with(connector, path)
    assert table_snapshot(store) == before
    summary = import_with(connector, path, skip_bad=True)
    assert summary.items_added == 3
    assert summary.skipped == [
        "broken.ndjson, line 4, field 'created_utc': expected Unix seconds, got 'soon'"
    ]


def test_truncated_last_line_is_a_bad_record(tmp_path):
    path = tmp_path / "cut.ndjson"
    data = COMMENTS.read_bytes()
    path.write_bytes(data[: len(data) - 200])
    problems = bad_records(read_all(connector, path))
    assert len(problems) == 1 and problems[0].location.line == len(
        data[: len(data) - 200].splitlines()
    )


def test_reimport_adds_nothing_and_a_changed_record_updates(tmp_path, import_with):
    first = import_with(connector, COMMENTS, SUBMISSIONS)
    assert first.items_added > 50
    again = import_with(connector, COMMENTS, SUBMISSIONS)
    assert (again.items_added, again.items_updated, again.members_added) == (0, 0, 0)
    edited = tmp_path / "edited.ndjson"
    lines = COMMENTS.read_bytes().splitlines()
    record = orjson.loads(lines[0])
    record["body"] = "Edited: still stunning."
    edited.write_bytes(orjson.dumps(record))
    assert import_with(connector, edited).items_updated == 1


def test_reported_items_enter_the_queue(tmp_path, store, import_with):
    path = tmp_path / "reported.ndjson"
    path.write_bytes(
        orjson.dumps(
            {
                "id": "r1",
                "author": "y",
                "body": "report me",
                "created_utc": 1,
                "subreddit": "s",
                "link_id": "t3_q",
                "parent_id": "t3_q",
                "num_reports": 2,
            }
        )
    )
    assert import_with(connector, path).queued == 1


def test_a_record_that_is_not_an_object(tmp_path):
    path = tmp_path / "list.ndjson"
    path.write_bytes(io.BytesIO(b"[1, 2]\n").getvalue())
    assert bad_records(read_all(connector, path))[0].message == "a line must hold a JSON object"


def test_numbers_beyond_64_bits_are_bad_records_naming_line_and_field(tmp_path, import_with):
    """orjson reads integers up to 2**64 as ints and larger ones as floats; SQLite stores
    neither beyond 2**63 (it was an OverflowError that --skip-bad could not skip)."""
    good = (
        '{"id":"a","author":"x","body":"b","created_utc":1136073600,"subreddit":"s",'
        '"link_id":"t3_z"'
    )
    lines = [
        good + "}",
        good.replace("1136073600", "123456789012345678901234567890").replace('"a"', '"b"') + "}",
        good.replace("1136073600", str(2**63)).replace('"a"', '"c"') + "}",
        good.replace('"a"', '"d"') + ',"score":123456789012345678901234567890}',
        good.replace('"a"', '"e"') + f',"num_reports":{2**63}}}',
        good.replace('"a"', '"f"') + f',"user_reports":[["spam",{2**62}],["spam",{2**62}]]}}',
        good.replace("1136073600", '"1e400"').replace('"a"', '"g"') + "}",
    ]
    path = tmp_path / "huge.ndjson"
    path.write_text("\n".join(lines) + "\n")
    summary = import_with(connector, path, skip_bad=True)
    late, counts = "is not a time before the year 10000", f"expected a count from 0 to {2**63 - 1}"
    assert summary.skipped == [
        f"huge.ndjson, line 2, field 'created_utc': {late}: 1.2345678901234568e+29",
        f"huge.ndjson, line 3, field 'created_utc': {late}: {2**63}",
        f"huge.ndjson, line 5, field 'num_reports': {counts}, got {2**63}",
        f"huge.ndjson, line 6, field 'user_reports': {counts}, got {2**63}",
        f"huge.ndjson, line 7, field 'created_utc': {late}: '1e400'",
    ]
    assert summary.items_added == 2


def test_a_broken_line_is_said_in_words_on_one_line(tmp_path):
    path = tmp_path / "broken.ndjson"
    path.write_bytes(b'{"id": "a", "body": tru}\n{"id": "b", "body": "cut\n')
    assert [str(bad) for bad in bad_records(read_all(connector, path))] == [
        "broken.ndjson, line 1: the JSON is broken: a value is not valid JSON "
        "(invalid literal, expected 'true' at column 21)",
        "broken.ndjson, line 2: the JSON is broken: the line ends in the middle of a record "
        "(unexpected end of data at column 25)",
    ]


def gallery_post(size: int) -> bytes:
    """A submission whose first line is longer than a head, as a gallery post's media_metadata
    makes it; the dumps sort their keys, so 'subreddit' and 'selftext' come after it."""
    media = {f"m{n:06}": {"s": {"u": "https://i.redd.it/" + "x" * 80}} for n in range(size // 110)}
    record = {
        "author": "x",
        "created_utc": 1136073600,
        "id": "g1",
        "media_metadata": media,
        "selftext": "",
        "subreddit": "s",
        "title": "A gallery",
    }
    return orjson.dumps(record, option=orjson.OPT_SORT_KEYS) + b"\n"


@pytest.mark.parametrize("name", ["gallery.ndjson", "gallery.ndjson.zst"])
def test_a_first_line_beyond_64_kib_is_detected(tmp_path, name):
    line = gallery_post(300_000)
    assert len(line) > 256 * 1024
    path = tmp_path / name
    path.write_bytes(zstandard.ZstdCompressor().compress(line) if name.endswith(".zst") else line)
    with open_input(path) as source:
        assert connector.detect(source) >= 80
    (planned,) = importer.plan([path])
    assert planned.connector.name == "reddit-pushshift"
    items = [r for r in read_all(connector, path) if isinstance(r, ItemRecord)]
    assert [i.external_id for i in items] == ["t3_g1"]


def test_a_forced_format_is_trusted_where_nothing_is_detected(tmp_path):
    path = tmp_path / "odd.txt"
    path.write_bytes(b'{"id": "a"}\n' + gallery_post(1000))
    assert importer.candidates(path) == []
    (planned,) = importer.plan([path], format="reddit-pushshift")
    assert planned.connector.name == "reddit-pushshift"


def test_a_line_cut_short_is_said_at_its_own_end(tmp_path):
    """The line end is not read as the place where the line broke off ("column 1")."""
    path = tmp_path / "cut.ndjson"
    first = COMMENTS.read_bytes().splitlines()[0]
    path.write_bytes(first[:40] + b"\r\n" + first + b"\n")
    (problem,) = bad_records(read_all(connector, path))
    assert "line 1" in str(problem) and "at column 41" in str(problem), str(problem)


def test_a_long_comment_s_line_is_let_go_before_its_record_is_made(tmp_path):
    """While a 4 MB comment's rows are made, its line is no longer held: only its text."""
    import tracemalloc

    first = orjson.loads(COMMENTS.read_bytes().splitlines()[0])
    path = tmp_path / "long.ndjson"
    path.write_bytes(orjson.dumps({**first, "body": "Lorem" * 800_000}) + b"\n")
    held = []
    with open_input(path) as source:
        tracemalloc.start()
        try:
            for record in connector.read(source, ImportOptions()):
                if isinstance(record, ItemRecord):
                    held.append(tracemalloc.get_traced_memory()[0])
        finally:
            tracemalloc.stop()
    assert held and held[0] < 1.5 * 4_000_000


def test_a_json_document_on_one_line_is_not_loaded_whole_to_tell_it_is_no_dump(tmp_path):
    """Detection reads the first record's keys as they stream: an 8 MB document written on one
    line (a Telegram export, say) was loaded whole, 48 MB, to find it is no Reddit dump."""
    import tracemalloc

    document = {
        "name": "Chat",
        "messages": [{"id": n, "text": "Lorem " * 700} for n in range(2000)],
    }
    path = tmp_path / "result.json"
    path.write_bytes(orjson.dumps(document))
    assert path.stat().st_size > 8 * 1024**2
    with open_input(path) as source:
        tracemalloc.start()
        try:
            assert connector.detect(source) == 0
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert peak < 4 * 1024**2  # the reader's buffer and a few chunks; the file is 8 MB
