"""Reddit comments and submissions as Pushshift-style dumps: one JSON object a line, plain or .zst.

Members are Reddit accounts by username (the name moderators see, and what Reddit's own exports
and API listings carry); items are named by Reddit's fullnames (t1_ for comments, t3_ for
submissions), so that parents and threads link up across files.
"""

import io
import json
from collections.abc import Iterator
from typing import Any, BinaryIO

import ijson
import orjson

from workbench.connectors.base import Connector, Location, RecordProblem, Yielded
from workbench.connectors.common import (
    MAX_JSON_DEPTH,
    identifier,
    json_problem,
    loads,
    text,
    unix_time,
    without_columns,
)
from workbench.connectors.common import count as counted
from workbench.connectors.inputs import HEAD_BYTES, Input
from workbench.core.records import ImportOptions, ItemRecord, MemberRecord

NETWORK = "reddit"
SUFFIXES = (".ndjson", ".jsonl", ".json", ".zst", ".txt")
DELETED_AUTHORS = {"[deleted]", "[removed]", ""}


def _state(record: dict[str, Any], body: str) -> str:
    if record.get("spam") is True:
        return "spam"
    if record.get("removed") is True or record.get("banned_by") or body == "[removed]":
        return "removed"
    if body == "[deleted]":
        return "deleted"
    return "published"


def _reports(record: dict[str, Any]) -> int:
    count = record.get("num_reports")
    if isinstance(count, int) and not isinstance(count, bool) and count > 0:
        return counted(count, "num_reports")
    listed = 0
    for key in ("user_reports", "mod_reports"):
        for report in record.get(key) or []:
            # API listings give [reason, count] for user reports, [reason, moderator] for mods.
            if isinstance(report, list) and len(report) > 1 and isinstance(report[1], int):
                listed += report[1]
            else:
                listed += 1
        listed = counted(listed, key)
    return listed


def _raw(record: dict[str, Any], columns: dict[str, str]) -> str:
    """The line's fields but the text its item's columns hold word for word (``columns``): the
    largest part of a line. Halving the stored row makes a big import a fifth faster
    (benchmarks/import_bench.py)."""
    return orjson.dumps(without_columns(record, columns)).decode()


def convert(record: Any, seen_authors: set[str]) -> list[MemberRecord | ItemRecord]:
    """The member (if new) and the item of one dump line; nothing of it if the line is bad."""
    if not isinstance(record, dict):
        raise RecordProblem(None, "a line must hold a JSON object")
    short_id = identifier(record, "id")
    is_comment = "body" in record or "link_id" in record
    created = unix_time(record.get("created_utc", record.get("created")), "created_utc")
    author = text(record, "author")
    author_id = None if author in DELETED_AUTHORS else author
    records: list[MemberRecord | ItemRecord] = []
    if author_id is not None and author_id not in seen_authors:
        records.append(
            MemberRecord(
                network=NETWORK,
                external_id=author_id,
                handle=author_id,
                display_name=author_id,
                profile_url=f"https://www.reddit.com/user/{author_id}",
                raw={"author_fullname": record.get("author_fullname")},
            )
        )
    permalink = text(record, "permalink")
    if is_comment:
        body = text(record, "body")
        thread = text(record, "link_id") or None
        item = ItemRecord(
            network=NETWORK,
            external_id=f"t1_{short_id}",
            author_id=author_id,
            kind="comment",
            created_at=created,
            body=body,
            parent_external_id=text(record, "parent_id") or None,
            thread_external_id=thread,
            url=f"https://www.reddit.com{permalink}" if permalink else None,
            platform_state=_state(record, body),
            report_count=_reports(record),
            raw=_raw(record, {"body": body}),
        )
    else:
        body = text(record, "selftext")
        title = text(record, "title")
        item = ItemRecord(
            network=NETWORK,
            external_id=f"t3_{short_id}",
            author_id=author_id,
            kind="submission",
            created_at=created,
            title=title,
            body=body,
            thread_external_id=f"t3_{short_id}",
            url=f"https://www.reddit.com{permalink}" if permalink else text(record, "url") or None,
            platform_state=_state(record, body),
            report_count=_reports(record),
            raw=_raw(record, {"selftext": body, "title": title}),
        )

    if author_id is not None:
        seen_authors.add(author_id)
    records.append(item)
    return records


def _line_problem(line: bytes, error: json.JSONDecodeError) -> str:
    """What is wrong with a line that is no JSON, said of the line without its end: the
    parser counts a line end as a line of its own ("column 1" of a line cut short)."""
    try:
        loads(line.rstrip(b"\r\n"))
    except json.JSONDecodeError as exc:
        error = exc
    return json_problem(error, whole="line")


_TIME_KEYS = {"created_utc", "created"}
_TEXT_KEYS = {"body", "selftext"}


def _a_record_has(keys: set[str]) -> bool:
    """Whether ``keys`` are those of a Reddit record: its subreddit, a time and a text."""
    return "subreddit" in keys and bool(keys & _TIME_KEYS) and bool(keys & _TEXT_KEYS)


FIRST_RECORD_BYTES = 2 * 1024**2
"""The most detection reads of a first record to find its keys: a Reddit record's longest
parts are its text (40,000 characters at most) and a gallery's media_metadata (hundreds of
KB). Not more, since what it reads of a long string is held while it is read: the 4 MB
message of a Telegram export on one line cost 10 MB to tell it is no dump. A dump whose first
record has its keys further on is read with --format."""


def _keys(line: bytes) -> set[str]:
    """The keys of a line's JSON object; none where it is no object."""
    try:
        record = loads(line)
    except json.JSONDecodeError:
        return set()
    return set(record) if isinstance(record, dict) else set()


def _first_keys(stream: BinaryIO) -> set[str]:
    """The keys of a stream's first JSON value, where it is an object, read as far as needed:
    a first line beyond a head (a gallery post's media_metadata, or a whole JSON document of
    megabytes on one line) is never parsed or held whole, as loading it did (48 MB for an 8 MB
    Telegram export). ijson's basic events carry no paths, so depth costs nothing."""
    keys: set[str] = set()
    depth = 0
    try:
        for event, value in ijson.basic_parse(_Limited(stream, FIRST_RECORD_BYTES)):
            if event in ("start_map", "start_array"):
                depth += 1
                if depth > MAX_JSON_DEPTH or (depth == 1 and event == "start_array"):
                    break
            elif event in ("end_map", "end_array"):
                depth -= 1
                if depth == 0:
                    break
            elif event == "map_key" and depth == 1:
                keys.add(value)
                if _a_record_has(keys):
                    break
            elif depth == 0:
                break  # a first value that is no object
    except ijson.JSONError:
        pass  # the keys before the damage, or the limit, are what there is
    return keys


class _Limited(io.RawIOBase):
    """A stream that ends after ``limit`` bytes."""

    def __init__(self, stream: BinaryIO, limit: int) -> None:
        self._stream, self._left = stream, limit

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self._stream.read(min(len(buffer), self._left))
        self._left -= len(data)
        buffer[: len(data)] = data
        return len(data)


class PushshiftConnector(Connector):
    name = "reddit-pushshift"
    label = "Reddit dump (Pushshift NDJSON)"
    network = NETWORK
    detection = (
        "one JSON object a line (.ndjson, .jsonl, .zst) with 'subreddit', 'created_utc' and "
        "'body' or 'selftext'"
    )

    def _files(self, source: Input) -> list[str]:
        return [m for m in source.find(*SUFFIXES) if not m.lower().endswith(("users.json",))]

    def detect(self, source: Input) -> int:
        best = 0
        for member in self._files(source)[:20]:
            head = source.head(member)
            if b"\n" in head or len(head) < HEAD_BYTES:
                keys = _keys(head.split(b"\n", 1)[0])
            else:
                keys = source.read_ahead(member, _first_keys, set())
            if _a_record_has(keys):
                best = 90
        return best

    def read(self, source: Input, options: ImportOptions) -> Iterator[Yielded]:
        seen: set[str] = set()
        for member in self._files(source):
            with source.open(member) as stream:
                number = 0
                # readline, not a loop over the lines: a line a loop hands out stays held
                # until the next one (by the iterator), and a 4 MB comment's line with it,
                # while its record is made; none is stripped either (a copy, and JSON allows
                # the line end).
                while line := stream.readline():
                    number += 1
                    if line.isspace():
                        continue
                    try:
                        record = loads(line)
                    except json.JSONDecodeError as exc:
                        yield RecordProblem(None, _line_problem(line, exc)).at(
                            Location(member, line=number)
                        )
                        continue
                    del line
                    try:
                        yield from convert(record, seen)
                    except RecordProblem as problem:
                        yield problem.at(Location(member, line=number))
