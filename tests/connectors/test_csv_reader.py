"""The reader of long CSV records gives what csv.reader gives, for any text: the same fields,
the same errors, the same lines (issue 16, 5: csv.reader held a 4 MB field six times over)."""

import csv
import io
import random
import tracemalloc

import pytest

from workbench.connectors import csv_reader

ALPHABET = ("a", "b", ",", ";", "\t", '"', '"', "\r", "\n", "\r\n", " ", "\0", "ä")


def _texts(seed: int, count: int) -> list[tuple[str, str]]:
    """Short random texts of separators, quotes and line ends, each with a separator."""
    chance = random.Random(seed)
    return [
        (
            "".join(chance.choice(ALPHABET) for _ in range(chance.randrange(25))),
            chance.choice(",;\t"),
        )
        for _ in range(count)
    ]


def _lines(text: str) -> io.StringIO:
    return io.StringIO(text, newline="")


def _csv_module(text: str, delimiter: str) -> list[list[str]] | str:
    try:
        return list(csv.reader(_lines(text), delimiter=delimiter))
    except csv.Error as exc:
        return str(exc)


def _long_records(text: str, delimiter: str) -> list[list[str]] | str:
    lines = iter(_lines(text))
    found = []
    try:
        while (fields := csv_reader.long_record(lines, delimiter)) is not None:
            found.append(fields)
    except csv.Error as exc:
        return str(exc)
    return found


@pytest.mark.parametrize("limit", [131_072, 4])
def test_a_long_record_is_read_as_the_csv_module_reads_it(limit):
    """With a field size limit of 4 characters too, so that refusals are compared as well."""
    before = csv.field_size_limit(limit)
    try:
        for text, delimiter in _texts(seed=limit, count=20_000):
            assert _long_records(text, delimiter) == _csv_module(text, delimiter), (text, delimiter)
    finally:
        csv.field_size_limit(before)


@pytest.mark.parametrize("long_record", [0, 3, 10])
def test_records_switch_between_the_two_readers_and_keep_their_lines(monkeypatch, long_record):
    """Records longer than LONG_RECORD go to long_record and the rest to a new csv reader."""
    monkeypatch.setattr(csv_reader, "LONG_RECORD", long_record)
    for text, delimiter in _texts(seed=long_record, count=5_000):
        expected = _csv_module(text, delimiter)
        try:
            found = [fields for _, fields in csv_reader.records(_lines(text), delimiter)]
        except csv_reader.RecordError as exc:
            assert str(exc) == expected, (text, delimiter)
        else:
            assert found == expected, (text, delimiter)
    text = 'id,text\n1,"two\nlines"\n\n2,ok\n3,"broken\n'
    assert list(csv_reader.records(_lines(text), ",")) == [
        (1, ["id", "text"]),
        (2, ["1", "two\nlines"]),
        (4, []),
        (5, ["2", "ok"]),
        (6, ["3", "broken\n"]),
    ]


def test_a_long_field_is_read_at_twice_its_size():
    """The line it is on, and the field cut from it; the csv module took six times."""
    field = "Lorem ipsum dolor sit amet. " * (4 * csv_reader.LONG_RECORD // 28)
    text = _lines(f'id,text\n1,short\n2,"{field}"\n3,after\n')
    tracemalloc.start()
    try:
        found = [(line, len(fields[1])) for line, fields in csv_reader.records(text, ",")]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert found == [(1, 4), (2, 5), (3, len(field)), (4, 5)]
    assert peak < 2.2 * len(field)
