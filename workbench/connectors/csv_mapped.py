"""Any CSV file, read through a column mapping the manager gives (``--map FIELD=COLUMN``).

A forum's or a tool's CSV export has no fixed layout, so nothing is guessed: the manager says
which column holds which workbench field, or gives a constant with a leading "=" (for example
``network==forum``). Detection scores low on purpose, so that every specific format that also
comes as CSV (Reddit's export, for one) wins.

The file must be UTF-8 (with or without a byte-order mark); bytes that are not UTF-8 make a bad
record that names the line, rather than text silently decoded the wrong way. The separator (",",
";" as German Excel writes it, or a tab) is sniffed from the first 64 KiB.

The CSV reading helpers here (``csv_records``, ``checked_row``, ``header_of``) are shared with
the other CSV connectors.
"""

import csv
import io
import ipaddress
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from itertools import islice
from typing import IO, Any

from workbench.connectors.base import Connector, FormatError, Location, RecordProblem, Yielded
from workbench.connectors.common import bounded, count, shown, unix_time, without_columns
from workbench.connectors.csv_reader import RecordError, records
from workbench.connectors.inputs import HEAD_BYTES, Input
from workbench.core.records import ImportOptions, ItemRecord, MemberRecord

FIELD_SIZE_LIMIT = 16 * 1024**2
"""The longest field read (the csv module's default is 128 KiB; a long post can exceed it)."""
csv.field_size_limit(max(csv.field_size_limit(), FIELD_SIZE_LIMIT))

DEFAULT_NETWORK = "csv"
SUFFIXES = (".csv", ".tsv")
SEPARATORS = ";,\t"
FIELDS = (
    "item_id",
    "body",
    "author",
    "author_name",
    "created_at",
    "title",
    "parent_id",
    "thread_id",
    "url",
    "state",
    "reports",
    "network",
    "email",
)
REQUIRED = ("item_id", "body", "author", "created_at")
OPTIONAL = tuple(field for field in FIELDS if field not in REQUIRED)
STATES = ("published", "held", "spam", "trash", "reported", "deleted")
_NUMBER = re.compile(r"-?\d+(\.\d+)?")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_EMAIL_COLUMN = re.compile(r"e-?mail", re.IGNORECASE)
_IP_COLUMN = re.compile(r"(^|[^a-z])ip([^a-z]|$)", re.IGNORECASE)


def _undecodable(value: str) -> int | None:
    """The first byte that was not UTF-8 (decoded with surrogateescape), or None."""
    for char in value:
        if "\udc80" <= char <= "\udcff":
            return ord(char) - 0xDC00
    return None


def _not_utf8(byte: int) -> str:
    return f"is not UTF-8 text (byte 0x{byte:02x}); save the file as UTF-8"


def csv_records(
    stream: IO[bytes], member: str, delimiter: str = ","
) -> tuple[list[str], Iterator[tuple[int, dict[str | None, Any]]]]:
    """The header and the rows of a CSV stream, each row with the line it starts on.

    Bytes that are not UTF-8 are kept as surrogate escapes, so that :func:`checked_row` can
    name the one bad row instead of the whole file failing. A CSV the csv module cannot go on
    reading (a field beyond the size limit) raises :class:`FormatError`. Long records are read
    a field at a time (csv_reader), at a third of what the csv module takes.
    """
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="surrogateescape", newline="")
    found = records(text, delimiter)

    def broken(exc: RecordError) -> FormatError:
        problem = f"the CSV is broken ({exc})"
        if "field limit" in str(exc):
            problem = (
                f"a field is longer than {FIELD_SIZE_LIMIT // 1024**2} MB, the most the "
                "workbench reads; no row after it can be read"
            )
        return FormatError(Location(member, line=exc.line), problem)

    try:
        header = next(found, (1, []))[1]
    except RecordError as exc:
        raise broken(exc) from None

    def rows() -> Iterator[tuple[int, dict[str | None, Any]]]:
        """As csv.DictReader makes them: fields beyond the header's in a list under None, the
        missing ones None; empty lines are no row."""
        width = len(header)
        while True:
            try:
                line, fields = next(found)
            except StopIteration:
                return
            except RecordError as exc:
                raise broken(exc) from None
            if not fields:
                continue
            row: dict[str | None, Any] = dict(zip(header, fields, strict=False))
            if len(fields) > width:
                row[None] = fields[width:]
            for name in header[len(fields) :]:
                row[name] = None
            yield line, row

    return header, rows()


def checked_row(row: dict[str | None, Any], width: int) -> dict[str, str]:
    """The row if it has as many fields as the header and is UTF-8; else a RecordProblem."""
    extra = row.get(None)
    missing = sum(1 for key, value in row.items() if key is not None and value is None)
    if extra or missing:
        count = width + len(extra or []) - missing
        raise RecordProblem(None, f"has {count} fields, the header has {width}")
    for key, value in row.items():
        byte = _undecodable(value)
        if byte is not None:
            raise RecordProblem(key, _not_utf8(byte))
    return {key: value for key, value in row.items() if key is not None}


def sniff_delimiter(head: bytes) -> str:
    """The separator of a CSV sample: ";", "," or a tab (a comma when nothing tells)."""
    sample = head.decode("utf-8-sig", errors="replace")
    if len(head) >= HEAD_BYTES and "\n" in sample:
        sample = sample[: sample.rindex("\n")]
    try:
        return csv.Sniffer().sniff(sample, delimiters=SEPARATORS).delimiter
    except csv.Error:
        first = sample.split("\n", 1)[0]
        counts = {separator: first.count(separator) for separator in SEPARATORS}
        best = max(counts, key=lambda separator: counts[separator])
        return best if counts[best] else ","


def header_of(head: bytes, delimiter: str = ",") -> list[str]:
    """The column names on the first line of a sample; [] for binary or unparseable input."""
    if not head or b"\0" in head:
        return []
    first = head.split(b"\n", 1)[0].decode("utf-8-sig", errors="replace").rstrip("\r")
    try:
        return [name.strip() for name in next(csv.reader([first], delimiter=delimiter), [])]
    except csv.Error:
        return []


def preview(source: Input, member: str, rows: int = 20) -> tuple[list[str], list[list[str]]]:
    """The header and the first ``rows`` rows of a CSV member, for the mapping dialog.

    Undecodable bytes are shown as replacement characters here; the import itself reports them.
    """
    delimiter = sniff_delimiter(source.head(member))
    with source.open(member) as stream:
        text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="replace", newline="")
        reader = csv.reader(text, delimiter=delimiter)
        try:
            header = next(reader, [])
            body = list(islice(reader, rows))
        except csv.Error as exc:
            raise FormatError(
                Location(member, line=reader.line_num), f"the CSV is broken ({exc})"
            ) from None
    return header, body


SHOWN_COLUMNS = 30
"""The most columns a message lists: a header of thousands (or one hostile name of megabytes)
made a message of as many bytes."""


def _listed(header: list[str]) -> str:
    """The header's columns for a message: each name cut short, the first SHOWN_COLUMNS."""
    names = [shown(name) for name in header[:SHOWN_COLUMNS]]
    if len(header) > SHOWN_COLUMNS:
        names.append(f"… ({len(header):,} in all)")
    return ", ".join(names) or "none"


def _mapping(
    pairs: tuple[tuple[str, str], ...], header: list[str], member: str
) -> dict[str, tuple[bool, str]]:
    """Field -> (is a constant, the constant or the header's column), checked against the header.

    A mapping that does not fit the file is a FormatError: no row of it could be read. So is a
    mapped column that the header has twice (a row would be read from its last copy, silently);
    a column the mapping does not use may appear twice (raw keeps its last copy).
    """
    columns = _listed(header)
    if not pairs:
        raise FormatError(
            member,
            "a CSV file needs a column mapping: give --map FIELD=COLUMN pairs for "
            f"{', '.join(REQUIRED)} (and optionally {', '.join(OPTIONAL)}); "
            f"the file's columns are: {columns}",
        )
    by_name = {name.strip(): name for name in header}
    copies = Counter(name.strip() for name in header)
    mapping: dict[str, tuple[bool, str]] = {}
    for field, target in pairs:
        if field not in FIELDS:
            raise FormatError(
                member,
                f"unknown field '{field}' in the mapping; the fields are: {', '.join(FIELDS)}",
            )
        if field in mapping:
            raise FormatError(member, f"the field '{field}' is mapped twice")
        if target.startswith("="):
            mapping[field] = (True, target[1:])
        elif copies[target.strip()] > 1:
            times = "twice" if copies[target.strip()] == 2 else f"{copies[target.strip()]} times"
            raise FormatError(
                Location(member, line=1),
                f"the column '{target.strip()}' appears {times} in the header, so which of them "
                f"holds {field} cannot be told; rename or remove the other",
            )
        elif target.strip() in by_name:
            mapping[field] = (False, by_name[target.strip()])
        else:
            raise FormatError(
                member,
                f"the mapping names the column '{target}', which is not in the file; "
                f"its columns are: {columns}",
            )
    missing = [field for field in REQUIRED if field not in mapping]
    if missing:
        raise FormatError(member, f"the mapping must give {', '.join(missing)}")
    return mapping


def _value(row: Mapping[str, str], mapping: dict[str, tuple[bool, str]], field: str) -> str:
    constant, target = mapping.get(field, (True, ""))
    return (target if constant else row.get(target) or "").strip()


def _columns(mapping: dict[str, tuple[bool, str]], **values: str) -> dict[str, str]:
    """The CSV columns that the item's fields (``values``, by workbench field) are read from,
    with the fields' values: what raw need not hold again."""
    columns = {}
    for field, value in values.items():
        constant, target = mapping.get(field, (True, ""))
        if not constant:
            columns[target] = value
    return columns


def _time(value: str) -> int:
    """Unix seconds, ISO 8601, or "YYYY-MM-DD HH:MM[:SS]"; a time without a zone is UTC."""
    if not value:
        raise RecordProblem("created_at", "is missing")
    if _NUMBER.fullmatch(value):
        return unix_time(value, "created_at")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise RecordProblem(
            "created_at",
            f"expected Unix seconds, ISO 8601 or YYYY-MM-DD HH:MM:SS, got {shown(value)}",
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp())


def _state(value: str) -> str:
    state = value.lower() or "published"
    if state not in STATES:
        raise RecordProblem("state", f"must be one of {', '.join(STATES)}, got {shown(value)}")
    return state


def _reports(value: str) -> int:
    if not value:
        return 0
    if not (value.isascii() and value.isdigit() and len(value) <= 19):
        raise RecordProblem("reports", f"expected a whole number of reports, got {shown(value)}")
    return count(int(value), "reports")


def _is_ip(value: str) -> bool:
    try:
        ipaddress.ip_address(value.strip())
    except ValueError:
        return False
    return True


_LONGEST_ADDRESS = 320
"""No e-mail address is longer (64 characters before the @, 255 after), and no IP address: a
longer value is not looked at as one (ipaddress splits a post at its full stops, and names the
whole post in its error)."""


def _personal(column: str, value: str, keep_ips: bool) -> bool:
    """An e-mail or IP address, told by its column's name or by the value itself."""
    if _EMAIL_COLUMN.search(column):
        return True
    if not keep_ips and _IP_COLUMN.search(column) is not None:
        return True
    if len(value) > _LONGEST_ADDRESS:
        return False
    return _EMAIL.fullmatch(value.strip()) is not None or (not keep_ips and _is_ip(value))


def _raw(row: dict[str, str], email_column: str | None, keep_ips: bool) -> dict[str, str]:
    """The row without e-mail addresses and (unless kept) IP addresses."""
    return {
        column: value
        for column, value in row.items()
        if column != email_column and not _personal(column, value, keep_ips)
    }


def convert(
    row: dict[str, str],
    mapping: dict[str, tuple[bool, str]],
    seen: set[tuple[str, str]],
    options: ImportOptions,
) -> list[MemberRecord | ItemRecord]:
    """The author (if new) and the item of one row; nothing of it if the row is bad."""
    network = _value(row, mapping, "network") or DEFAULT_NETWORK
    item_id = _value(row, mapping, "item_id")
    if not item_id:
        raise RecordProblem("item_id", "is empty")
    created = _time(_value(row, mapping, "created_at"))
    state = _state(_value(row, mapping, "state"))
    reports = _reports(_value(row, mapping, "reports"))
    author = _value(row, mapping, "author") or None
    parent = _value(row, mapping, "parent_id") or None
    thread = _value(row, mapping, "thread_id") or (None if parent else item_id)
    body = bounded(_value(row, mapping, "body"), "body").replace("\r\n", "\n")
    title = bounded(_value(row, mapping, "title"), "title")
    email_target = mapping.get("email")
    email_column = email_target[1] if email_target and not email_target[0] else None
    records: list[MemberRecord | ItemRecord] = []
    if author is not None and (network, author) not in seen:
        name = _value(row, mapping, "author_name") or author
        records.append(
            MemberRecord(
                network=network,
                external_id=author,
                handle=name,
                display_name=name,
                email=_value(row, mapping, "email") or None,
            )
        )
    records.append(
        ItemRecord(
            network=network,
            external_id=item_id,
            author_id=author,
            kind="reply" if parent else "post",
            created_at=created,
            body=body,
            title=title,
            parent_external_id=parent,
            thread_external_id=thread,
            url=_value(row, mapping, "url") or None,
            platform_state=state,
            report_count=reports,
            raw=without_columns(
                _raw(row, email_column, options.keep_ips), _columns(mapping, body=body, title=title)
            ),
        )
    )
    if author is not None:
        seen.add((network, author))
    return records


class MappedCsvConnector(Connector):
    name = "csv"
    label = "CSV file (with a column mapping)"
    network = DEFAULT_NETWORK
    detection = (
        "any .csv or .tsv file whose first line is a header of two or more columns (separated by "
        "',', ';' or tabs); scores low so that specific formats win"
    )

    def _files(self, source: Input) -> list[str]:
        return source.find(*SUFFIXES)

    def source_network(self, options: ImportOptions) -> str:
        """The network the mapping names as a constant ("network", "=forum"), if it does."""
        for field, column in options.column_map:
            if field == "network" and column.startswith("=") and column[1:].strip():
                return column[1:].strip()
        return self.network

    def detect(self, source: Input) -> int:
        for member in self._files(source)[:20]:
            head = source.head(member)
            columns = [name for name in header_of(head, sniff_delimiter(head)) if name]
            if len(columns) >= 2:
                return 10
        return 0

    def read(self, source: Input, options: ImportOptions) -> Iterator[Yielded]:
        seen: set[tuple[str, str]] = set()
        for member in self._files(source):
            delimiter = sniff_delimiter(source.head(member))
            with source.open(member) as stream:
                header, rows = csv_records(stream, member, delimiter)
                for name in header:
                    byte = _undecodable(name)
                    if byte is not None:
                        raise FormatError(Location(member, line=1), f"the header {_not_utf8(byte)}")
                mapping = _mapping(options.column_map, header, member)
                for line, row in rows:
                    try:
                        yield from convert(checked_row(row, len(header)), mapping, seen, options)
                    except RecordProblem as problem:
                        yield problem.at(Location(member, line=line))
