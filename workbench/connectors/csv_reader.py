"""The records of a CSV text, each with the line it starts on: short ones read by the csv module,
long ones here, a field at a time.

The csv module gathers a field in a buffer of four bytes a character before it makes the field's
str, and a reader keeps that buffer while it lives: a 4 MB post cost 24 MB to read. A record
whose lines grow beyond ``LONG_RECORD`` characters is read again from its first line by
:func:`long_record`, which follows the csv module's rules for the excel dialect with the file's
separator (a quote doubled inside quotes, no escape character, not strict) with str.find over
each line: the same fields for any text (tested against csv.reader), at two copies of the text.
"""

import csv
import re
from collections.abc import Iterator
from typing import IO

LONG_RECORD = 64 * 1024
"""Characters of a record beyond which it is read here rather than by the csv module: a record
of a million characters cost it seven times that; records this long are rare."""


class RecordError(csv.Error):
    """What the csv module (or :func:`long_record`) found wrong, with the line of the record."""

    def __init__(self, line: int, problem: csv.Error) -> None:
        super().__init__(str(problem))
        self.line = line


class _LongRecord(Exception):
    """Stops the csv reader in a record longer than ``LONG_RECORD``."""


class _Lines:
    """The lines of a CSV text as a csv reader takes them, counted, with the lines of the record
    being read kept, so that one grown too long can be read again from its start."""

    def __init__(self, text: IO[str]) -> None:
        self._text = text
        self.count = 0
        self._record: list[str] = []
        self._length = 0

    def __iter__(self) -> "_Lines":
        return self

    def __next__(self) -> str:
        line = self._text.readline()
        if not line:
            raise StopIteration
        self.count += 1
        self._record.append(line)
        self._length += len(line)
        if self._length > LONG_RECORD:
            raise _LongRecord
        return line

    def next_record(self) -> None:
        self._record, self._length = [], 0

    def again(self) -> Iterator[str]:
        """The record's lines read so far, then the text's next ones, each let go once given."""
        while self._record:
            yield self._record.pop(0)
        while line := self._text.readline():
            self.count += 1
            yield line


def records(text: IO[str], delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """Each record of ``text`` as csv.reader gives it ([] for an empty line), with its first
    line. What csv.reader refuses (a field beyond csv.field_size_limit(), for one) is a
    :class:`RecordError`."""
    lines = _Lines(text)
    reader = csv.reader(lines, delimiter=delimiter)
    while True:
        start = lines.count + 1
        lines.next_record()
        try:
            try:
                fields = next(reader)
            except _LongRecord:
                reader = csv.reader(lines, delimiter=delimiter)  # the old one is mid-record
                found = long_record(lines.again(), delimiter)
                if found is None:
                    return
                fields = found
        except StopIteration:
            return
        except csv.Error as exc:
            raise RecordError(start, exc) from None
        yield start, fields


_START_RECORD, _START_FIELD, _IN_FIELD, _IN_QUOTED, _QUOTE_IN_QUOTED, _EAT_NEWLINE = range(6)
_QUOTE = '"'
_NEWLINE = "\r\n"


def long_record(lines: Iterator[str], delimiter: str) -> list[str] | None:
    """The next record of ``lines`` as csv.reader(lines, delimiter=delimiter) reads it: its
    fields, [] for an empty line, None if no line is left."""
    stops = re.compile(f"[{re.escape(delimiter)}\r\n]")
    limit = csv.field_size_limit()
    fields: list[str] = []
    pieces: list[str] = []
    size = 0
    state = _START_RECORD

    def add(piece: str) -> None:
        nonlocal size
        size += len(piece)
        if size > limit:
            raise csv.Error(f"field larger than field limit ({limit})")
        pieces.append(piece)

    def save() -> None:
        nonlocal pieces, size
        fields.append("".join(pieces))
        pieces, size = [], 0

    for line in lines:
        at, end = 0, len(line)
        while at < end:
            if state == _IN_QUOTED:
                quote = line.find(_QUOTE, at)
                add(line[at:] if quote < 0 else line[at:quote])
                at, state = (end, state) if quote < 0 else (quote + 1, _QUOTE_IN_QUOTED)
                continue
            if state == _IN_FIELD:
                found = stops.search(line, at)
                if found is None:
                    add(line[at:])
                    at = end
                    continue
                add(line[at : found.start()])
                save()
                state = _START_FIELD if found.group() == delimiter else _EAT_NEWLINE
                at = found.end()
                continue
            char = line[at]
            if state == _START_RECORD:
                if char in _NEWLINE:
                    state, at = _EAT_NEWLINE, at + 1
                    continue
                state = _START_FIELD
            if state == _START_FIELD:
                if char in _NEWLINE:
                    save()
                    state = _EAT_NEWLINE
                elif char == _QUOTE:
                    state = _IN_QUOTED
                elif char == delimiter:
                    save()
                else:
                    state = _IN_FIELD  # the character is the field's first
                    continue
            elif state == _QUOTE_IN_QUOTED:
                if char == _QUOTE:
                    add(_QUOTE)
                    state = _IN_QUOTED
                elif char == delimiter:
                    save()
                    state = _START_FIELD
                elif char in _NEWLINE:
                    save()
                    state = _EAT_NEWLINE
                else:
                    add(char)
                    state = _IN_FIELD
            elif char not in _NEWLINE:  # _EAT_NEWLINE
                raise csv.Error(
                    "new-line character seen in unquoted field - do you need to open the file "
                    "with newline=''?"
                )
            at += 1
        # The end of a line ends the record, except inside quotes.
        if state in (_START_FIELD, _IN_FIELD, _QUOTE_IN_QUOTED):
            save()
        if state != _IN_QUOTED:
            return fields
    if state == _IN_QUOTED:  # the text ends inside quotes: the field ends there
        save()
        return fields
    return None
