"""Hostile and damaged exports: every message one readable line, huge fields cheap."""

import importlib.util
import io
import json
import random
import re
import time
import tracemalloc
from pathlib import Path

import pytest

from tests.connectors.conftest import FIXTURES
from workbench.connectors import (
    common,
    csv_mapped,
    reddit_csv,
    registry,
    slack,
    telegram,
    twitter,
    wordpress,
)
from workbench.connectors.base import BadRecord, FormatError, RecordProblem
from workbench.connectors.common import MAX_TEXT, json_items, loads
from workbench.connectors.inputs import open_input
from workbench.core.records import ImportOptions
from workbench.services import importer


def _detected(path: Path) -> bool:
    with open_input(path) as source:
        return bool(registry.ranked(source))


JSON_FIXTURES = sorted(
    path
    for path in FIXTURES.rglob("*")
    if path.suffix in (".json", ".js", ".ndjson")
    and path.stat().st_size < 1024**2
    and _detected(path)  # files read beside others (a Slack channel's users) are no format alone
)


@pytest.mark.parametrize("fixture", JSON_FIXTURES, ids=lambda path: path.name)
def test_damaged_json_is_said_in_one_line(tmp_path, fixture):
    """Cut off, or garbage put in at random places: the parser's three-line pointer never
    reaches the manager."""
    data = fixture.read_bytes()
    chance = random.Random(fixture.name)
    with open_input(fixture) as source:
        connector = registry.ranked(source)[0][1]
    for attempt in range(6):
        at = chance.randrange(len(data))
        damaged = data[:at] if attempt % 2 else data[:at] + b'}}x,"\\q' + data[at:]
        path = tmp_path / fixture.name
        path.write_bytes(damaged)
        messages = []
        try:
            with open_input(path) as source:
                messages = [
                    str(record)
                    for record in connector.read(source, ImportOptions())
                    if isinstance(record, BadRecord)
                ]
        except FormatError as error:
            messages.append(str(error))
        for message in messages:
            assert "\n" not in message and "right here" not in message, message


def _bench():
    """The hostile-import benchmark's builders: a format's fixture with one huge field."""
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "hostile_import_bench.py"
    spec = importlib.util.spec_from_file_location("hostile_import_bench", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BENCH = _bench()


@pytest.mark.parametrize("name", sorted(BENCH.FORMATS))
def test_megabytes_in_a_field_no_column_reads_are_kept_cut_short(tmp_path, name, store):
    """Raw records keep what the columns drop, but not megabytes of it: the field's start
    and its length (core.long_values), and the rest of the record as it was."""
    field = BENCH.field_of(1, "token")
    path = BENCH.FORMATS[name](tmp_path, field, False)
    importer.run(store, importer.plan([path], format=name), options=ImportOptions(
        column_map=BENCH.CSV_MAP
    ))  # fmt: skip
    with store.read() as connection:
        raws = [row[0] for row in connection.exec_driver_sql("SELECT raw FROM items")]
    (kept,) = [raw for raw in raws if "the rest was not kept" in raw]
    assert f'"{BENCH.EXTRA}":' in kept and field[:1_000] in kept
    assert f"{len(field):,} characters; the rest was not kept" in kept
    assert max(len(raw) for raw in raws) < 10_000


@pytest.mark.parametrize("name", sorted(BENCH.FORMATS))
def test_a_field_beyond_the_limit_is_a_bad_record_naming_it(tmp_path, name):
    """One hostile field costs what its bytes cost, and is refused with the limit named."""
    field = BENCH.field_of((MAX_TEXT + 1) / 1024**2, "token")
    path = BENCH.FORMATS[name](tmp_path, field)
    started = time.perf_counter()
    with open_input(path) as source:
        connector = registry.by_name(name)
        assert connector is not None
        options = ImportOptions(column_map=BENCH.CSV_MAP)
        bad = [str(r) for r in connector.read(source, options) if isinstance(r, BadRecord)]
    assert time.perf_counter() - started < 2
    assert len(bad) == 1 and "the workbench reads texts of up to 4 million" in bad[0], bad
    assert re.match(rf"{re.escape(path.name)}, (line|record) \d+, field '\w+", bad[0]), bad


def test_a_20_mb_json_string_is_parsed_in_one_pass():
    """yajl scans a string that spans parse chunks again from its start: 1 KiB chunks made
    a 4 MB string take 6 s, 20 MB minutes."""
    data = b'{"messages": [{"text": "' + b"Lorem" * (4 * 1024**2) + b'"}]}'
    started = time.perf_counter()
    ((_, message),) = json_items(io.BytesIO(data), "messages.item", "chat.json")
    assert time.perf_counter() - started < 2 and len(message["text"]) == 20 * 1024**2


def test_a_long_line_is_parsed_in_little_memory():
    """orjson's peak is 13 times the text; long lines go to the standard library's parser."""
    line = b'{"body": "' + b"Lorem" * 1024**2 + b'", "n": ' + str(2**70).encode() + b"}"
    tracemalloc.start()
    try:
        record = loads(line)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 4 * len(line) and record["n"] == float(2**70)  # as orjson reads it
    with pytest.raises(json.JSONDecodeError):
        loads(line.replace(b'"n": ', b'"n": NaN, "m": '))


def test_an_address_pattern_on_a_long_value_without_at_is_one_pass(tmp_path):
    """WordPress looks for addresses in every raw field: it took 10 s on 40 KB without '@'."""
    text = (FIXTURES / "wordpress-wxr" / "gemeinde-wxr-1.2.xml").read_text()
    meta = "<wp:meta_key>note</wp:meta_key><wp:meta_value>" + "x" * 200_000 + "</wp:meta_value>"
    at = text.index("<wp:postmeta>")
    path = tmp_path / "wxr.xml"
    path.write_text(text[:at] + f"<wp:postmeta>{meta}</wp:postmeta>" + text[at:])
    started = time.perf_counter()
    with open_input(path) as source:
        records = list(registry.by_name("wordpress-wxr").read(source, ImportOptions()))
    assert time.perf_counter() - started < 2
    assert not [r for r in records if isinstance(r, BadRecord)]


LONG = "no value " * 10_000
"""A hostile value below the text limit (which is said without the value) but far too long
to show."""
REFUSALS = {
    "iso_time": lambda: common.iso_time(LONG, "date"),
    "identifier": lambda: common.identifier({"id": [LONG]}, "id"),
    "unix_time": lambda: common.unix_time({"n": LONG}, "time"),
    "csv time": lambda: csv_mapped._time(LONG),
    "csv state": lambda: csv_mapped._state(LONG),
    "reddit id": lambda: reddit_csv._short_id(LONG, "t1_"),
    "reddit link": lambda: reddit_csv._thread({"link": LONG}),
    "reddit parent": lambda: reddit_csv._parent({"parent": LONG}, None),
    "slack ts": lambda: slack.convert({"ts": LONG}, "C1", "general", slack._Reading()),
    "telegram peer": lambda: telegram._peer({"from_id": [LONG]}, "from_id"),
    "twitter time": lambda: twitter._created(LONG),
    "wordpress number": lambda: wordpress._number({"comment_id": LONG}, "comment_id"),
}


@pytest.mark.parametrize("refuse", REFUSALS.values(), ids=REFUSALS.keys())
def test_a_hostile_value_is_shown_cut_short(refuse):
    """The fuzz scan put 4 MiB where a time or an id belongs: the message repeated all of it."""
    with pytest.raises(RecordProblem) as refused:
        refuse()
    assert len(refused.value.message) < 200 and "…" in refused.value.message, refused.value.message
