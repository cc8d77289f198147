import io
import resource

import pytest

from workbench.connectors.base import FormatError, RecordProblem
from workbench.connectors.common import (
    count,
    fix_mojibake,
    html_to_text,
    iso_time,
    json_document,
    json_items,
    unix_time,
)


def test_deeply_nested_json_is_refused_quickly_and_cheaply():
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    hostile = io.BytesIO(b'{"messages": ' + b"[" * 200_000)
    with pytest.raises(FormatError, match="nested more than 64 levels"):
        list(json_items(hostile, "messages.item", "hostile.json"))
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 50


def test_cut_off_json_names_the_record():
    with pytest.raises(
        FormatError,
        match=r"cut.json, record 3: the JSON is broken: the file ends in the middle of a record",
    ):
        list(
            json_items(
                io.BytesIO(b'{"messages": [{"a": 1}, {"a": 2}, {"a": '), "messages.item", "cut.json"
            )
        )


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>Hallo <b>Welt</b></p><p>Zweite&nbsp;Zeile</p>", "Hallo Welt\n\nZweite Zeile"),
        ("Eins<br/>Zwei<br>Drei", "Eins\nZwei\nDrei"),
        ("<script>alert(1)</script><style>p{}</style>sichtbar", "sichtbar"),
        ('<img src="https://tracker.example/p.gif">Text', "Text"),
        ("Kein HTML &amp; gut", "Kein HTML & gut"),
    ],
)
def test_html_to_text(html, text):
    assert html_to_text(html) == text


def test_mojibake_is_repaired_and_clean_text_left_alone():
    assert fix_mojibake("Gr\u00c3\u00bc\u00c3\u009fe") == "Grüße"
    assert fix_mojibake("Grüße") == "Grüße"
    assert fix_mojibake("plain") == "plain"


def test_times():
    assert unix_time("1136073601", "t") == unix_time(1136073601.9, "t") == 1136073601
    assert iso_time("2024-01-05T10:00:00+01:00", "t") == iso_time("2024-01-05T09:00:00Z", "t")
    assert iso_time("2024-01-05 09:00:00", "t") == 1704445200


@pytest.mark.parametrize(
    "value", [2**63, 2**70, 1e300, float("inf"), float("nan"), "1e400", "9" * 30, "9" * 100_000]
)
def test_times_beyond_the_year_9999_are_record_problems(value):
    with pytest.raises(RecordProblem, match=r"^(is not a time|expected Unix seconds)") as caught:
        unix_time(value, "created_utc")
    assert caught.value.field == "created_utc" and len(caught.value.message) < 120


def test_milliseconds_and_counts():
    assert unix_time(1_700_000_000_123, "ms", per_second=1000) == 1_700_000_000_123
    with pytest.raises(RecordProblem):
        unix_time(1_700_000_000_123, "s")
    assert count(3, "n") == 3
    for bad in (-1, 2**63, True, 1.5, "3"):
        with pytest.raises(RecordProblem):
            count(bad, "n")


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (b'{"messages": [{"a": 1}, {"a": ', "the JSON is broken: the file ends in the middle"),
        (b'{"messages": [{"a": tru}]}', "the JSON is broken: a value is not valid JSON"),
        (b'{"messages": [{"a": "x\\q"}]}', "the JSON is broken: a value is not valid JSON"),
        (b'{"messages": []} []', "the JSON is broken: something follows the end of the JSON"),
        (b'{"messages": [{"a": "' + b"x" * 100_000 + b"\\q", "a value is not valid JSON"),
        (b'{"messages": [{"a": "x\xff"}]}', "the JSON is broken: the text is not valid UTF-8"),
    ],
)
def test_broken_json_is_said_in_one_short_line(data, said):
    """yajl's own message spans three lines with a pointer under the broken spot."""
    with pytest.raises(FormatError) as streamed:
        list(json_items(io.BytesIO(data), "messages.item", "chat.json"))
    with pytest.raises(FormatError) as whole:
        json_document(io.BytesIO(data), "users.json")
    for error in (streamed.value, whole.value):
        message = str(error)
        assert said in message, message
        assert "\n" not in message and "right here" not in message and len(message) < 200


def test_a_long_parser_detail_keeps_its_whole_place():
    """The parser's words are cut short, never the line and column after them."""
    data = b"[\n" + b"1,\n" * 12_344 + b" " * 54_320 + b'{"a" 1}]'
    with pytest.raises(FormatError) as caught:
        json_document(io.BytesIO(data), "users.json")
    message = str(caught.value)
    assert message.endswith("at line 12346, column 54326)"), message
    assert "\n" not in message and len(message) < 200


@pytest.mark.parametrize("bad", [b"\xff", b"\xc3", b"\xed\xa0\x80"])
def test_bytes_that_are_not_utf8_are_said_so(bad):
    """orjson says "surrogates not allowed ... at line 1 column 1" of any such bytes, anywhere."""
    with pytest.raises(FormatError) as caught:
        json_document(io.BytesIO(b'[1,\n"ab' + bad + b'"]'), "users.json")
    assert str(caught.value) == "users.json: the JSON is broken: the text is not valid UTF-8"


def test_a_long_line_that_is_not_utf8_is_said_with_its_place():
    """The standard parser (long texts) names the first bad byte's place, as orjson would."""
    import json

    from workbench.connectors.common import LONG_JSON, json_problem, loads

    line = b'{"a":\n "' + b"x" * LONG_JSON + b'\xff"}'
    try:
        loads(line)
    except json.JSONDecodeError as error:
        said = json_problem(error)
    assert said.endswith(
        f"not valid UTF-8 (invalid start byte in UTF-8 at line 2, column {LONG_JSON + 3})"
    )
