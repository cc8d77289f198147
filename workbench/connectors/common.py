"""Helpers that many connectors need: times, text fields, HTML to text, JSON streams."""

import json
import re
from collections.abc import Iterator, Mapping
from contextlib import suppress
from datetime import UTC, datetime
from html import unescape
from html.parser import HTMLParser
from typing import IO, Any

import ijson
import orjson

from workbench.connectors.base import FormatError, Location, RecordProblem
from workbench.core.long_values import VALUE_CHARS, cut_text

MAX_SECONDS = 253_402_300_799
"""The last second of the year 9999. A later "time" is garbage (and beyond 64 bits SQLite cannot
store it), so it is a bad record rather than a traceback."""
MAX_COUNT = 2**63 - 1
"""The largest whole number SQLite stores; a count beyond it is garbage."""
SHOWN_CHARS = 40


def shown(value: Any) -> str:
    """A value for a message: its repr, cut short (a hostile field may be megabytes long, and
    a list or an object where a text belongs may hold a whole record)."""
    if isinstance(value, str | bytes) and len(value) > SHOWN_CHARS:
        value = value[:SHOWN_CHARS]
        return f"{value!r}… ({SHOWN_CHARS}+ characters)"
    if isinstance(value, list | tuple | dict):
        kind = "a list" if isinstance(value, list | tuple) else "an object"
        brief = repr(value)
        return brief if len(brief) <= SHOWN_CHARS else f"{brief[:SHOWN_CHARS]}… ({kind})"
    return repr(value)


def unix_time(value: Any, field: str, *, per_second: int = 1) -> int:
    """Unix seconds (or ``per_second`` parts of one) from an int, a float or a numeric string
    (Pushshift writes all three), no later than the year 9999."""
    number: float | int | None = None
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and len(value) <= SHOWN_CHARS:
        with suppress(ValueError):
            number = int(value) if value.strip().lstrip("-").isdigit() else float(value)
    if number is None:
        raise RecordProblem(field, f"expected Unix seconds, got {shown(value)}")
    if not abs(number) <= MAX_SECONDS * per_second:  # also refuses inf and nan
        raise RecordProblem(field, f"is not a time before the year 10000: {shown(value)}")
    return int(number)


def count(value: Any, field: str) -> int:
    """A whole number from 0 up to what the store can hold."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
        raise RecordProblem(field, f"expected a count from 0 to {MAX_COUNT}, got {shown(value)}")
    return value


def iso_time(value: Any, field: str) -> int:
    """Unix seconds from ISO 8601 text; a time without a zone is taken as UTC."""
    if not isinstance(value, str):
        raise RecordProblem(field, f"expected an ISO 8601 time, got {shown(value)}")
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise RecordProblem(field, f"not an ISO 8601 time: {shown(value)}") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp())


MAX_TEXT = 4 * 1024**2
"""The longest text a record may hold, in characters. The longest posts any network allows
are tens of thousands; a longer field is a broken or hostile export, and one of 20 MB would
cost the store seconds and hundreds of MB to index."""


def bounded(value: str, field: str) -> str:
    """The text if it is no longer than MAX_TEXT; else a RecordProblem naming the limit."""
    if len(value) > MAX_TEXT:
        raise RecordProblem(
            field,
            f"is {len(value):,} characters long; the workbench reads texts of up to "
            f"{MAX_TEXT // 1024**2} million ({MAX_TEXT:,})",
        )
    return value


def text(record: Mapping[str, Any], key: str, *, required: bool = False) -> str:
    """A text field, no longer than MAX_TEXT; missing or null gives "" unless ``required``."""
    value = record.get(key)
    if value is None:
        if required:
            raise RecordProblem(key, "is missing")
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise RecordProblem(key, f"expected text, got {type(value).__name__}")
    if required and not value:
        raise RecordProblem(key, "is empty")
    return bounded(value, key)


def without_columns(record: Mapping[str, Any], columns: Mapping[str, Any]) -> dict[str, Any]:
    """``record`` less the fields that the item's columns hold word for word (``columns``: the
    field's name to the column's value). The text is most of a record: kept in raw too, a long
    post was encoded, scrubbed and stored twice (ten times its size in memory at import). A
    field left out of raw is its column's value; one that differs (escaped, expanded) stays.
    A text of the record's own that no column reads keeps its start beyond
    long_values.VALUE_CHARS: 4 MB in such a field cost seven times that to encode (the store
    bounds nested ones, long_values)."""
    return {
        key: value if type(value) is not str or len(value) <= VALUE_CHARS else cut_text(value)
        for key, value in record.items()
        if not (value and key in columns and value == columns[key])
    }


def identifier(record: Mapping[str, Any], key: str) -> str:
    """A required id: text or a whole number."""
    value = record.get(key)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str) and value.strip():
        return value.strip()
    raise RecordProblem(key, "is missing" if value is None else f"is not an id: {shown(value)}")


_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "blockquote",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "pre",
}
_SKIP_TAGS = {"script", "style", "template", "head"}
_BLANK_LINES = re.compile(r"\n{3,}")


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br /> is one line break, not an opening and a closing tag.
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skipping = max(self._skipping - 1, 0)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """The readable text of untrusted HTML: tags dropped, entities decoded, blocks on lines."""
    if "<" not in html and "&" not in html:
        return html.strip()
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    joined = "".join(parser.parts)
    lines = (" ".join(line.split()) for line in joined.split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def fix_mojibake(value: str) -> str:
    """Undo UTF-8 bytes written as Latin-1 code points ("GrÃ¼ÃŸe" becomes "Grüße").

    Facebook's exports write every non-ASCII text this way. Text that is not such mojibake is
    returned unchanged.
    """
    if value.isascii():
        return value
    try:
        return value.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return value


_JSON_PROBLEMS = (
    ("premature EOF", "the file ends in the middle of a record"),
    ("unexpected end of data", "the file ends in the middle of a record"),
    ("Unterminated string", "the file ends in the middle of a record"),
    ("integer overflow", "a number is too large to read (more than 64 bits)"),
    ("trailing garbage", "something follows the end of the JSON"),
    ("unexpected content after document", "something follows the end of the JSON"),
    ("UTF8", "the text is not valid UTF-8"),
    ("UTF-8", "the text is not valid UTF-8"),
)
_ORJSON_PLACE = re.compile(r": line (\d+) column (\d+) \(char \d+\)$")
_ORJSON_NOT_UTF8 = "str is not valid UTF-8: surrogates not allowed"
"""What orjson says of any bytes that are not UTF-8 (not just encoded surrogates), always "at
line 1 column 1": neither the words nor the place say anything true of the file."""
DETAIL_CHARS = 60


def json_problem(error: Exception, *, whole: str = "file") -> str:
    """A JSON parser's error in one line a manager reads: what is wrong, in words, then the
    parser's own detail, shortened to one line (yajl writes three, with a pointer under the
    broken spot that only lines up in a monospaced font). ``whole`` is what was parsed."""
    message = error.args[0] if error.args else ""
    if isinstance(message, bytes):
        message = message.decode("utf-8", errors="replace")
    lines = [line.strip() for line in str(message).splitlines() if line.strip()]
    first = lines[0] if lines else ""
    words = next((said for key, said in _JSON_PROBLEMS if key in first), None)
    words = (words or "a value is not valid JSON").replace("the file", f"the {whole}")
    if first.startswith(_ORJSON_NOT_UTF8):
        return f"the JSON is broken: {words}"
    detail = first.rstrip(".")
    place = _ORJSON_PLACE.search(detail)
    where = ""
    if place is not None:
        line, column = place.groups()
        where = f" at column {column}" if whole == "line" else f" at line {line}, column {column}"
        detail = detail[: place.start()]
    if len(detail) > DETAIL_CHARS:
        detail = f"{detail[:DETAIL_CHARS]}…"
    detail += where
    if len(lines) > 2 and not lines[1].startswith("(right here)"):
        detail += f", near {shown(lines[1])}"
    return f"the JSON is broken: {words} ({detail})" if detail else f"the JSON is broken: {words}"


MAX_JSON_DEPTH = 64
"""No export nests deeper. ijson keeps a path for every open level, so a hostile file of nested
brackets would otherwise cost memory with the square of its depth."""
JSON_CHUNK = 64 * 1024
MAX_JSON_CHUNK = 16 * 1024**2
MAX_CHUNK_BRACKETS = 1024
"""What the parser is fed at a time. ijson builds every event of a chunk (with its path) before
the depth check sees one, so a chunk of many brackets is fed in 1 KiB pieces: a hostile file
of nested brackets would otherwise cost memory with the square of its depth. yajl scans a
string that spans chunks again from its start with each chunk, so chunks with few brackets
(text, a long string) grow to twice the last, up to 16 MiB: a 20 MB string then costs what
its bytes cost instead of 1 KiB chunks' minutes."""
SMALL_CHUNK = 1024
READ_PIECE = 1024**2
"""A large chunk is read a MiB at a time: a buffered stream's read(n) takes n bytes of memory
before it reads, so the last read of a file (16 MiB asked, a few bytes there) cost 16 MiB."""


class _Chunks:
    """A stream read in chunks that fit what the parser is about to see (see JSON_CHUNK)."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self._size = JSON_CHUNK
        self._pending = memoryview(b"")

    def read(self, size: int = -1) -> bytes:
        if size == 0:  # ijson asks for nothing first, to learn bytes from text
            return b""
        if not self._pending:
            chunk = self._read(self._size)
            if chunk.count(b"[") + chunk.count(b"{") <= MAX_CHUNK_BRACKETS:
                self._size = min(self._size * 2, MAX_JSON_CHUNK)
                return chunk
            self._size = JSON_CHUNK
            self._pending = memoryview(chunk)
        piece, self._pending = self._pending[:SMALL_CHUNK], self._pending[SMALL_CHUNK:]
        return bytes(piece)

    def _read(self, size: int) -> bytes:
        pieces = []
        while size > 0:
            piece = self._stream.read(min(size, READ_PIECE))
            if not piece:
                break
            pieces.append(piece)
            size -= len(piece)
        return b"".join(pieces)


def json_events(
    stream: IO[bytes], file: str, *, head: bool = False
) -> Iterator[tuple[str, str, Any]]:
    """ijson's (prefix, event, value) events, no deeper than MAX_JSON_DEPTH.

    Broken, cut-off or too deeply nested JSON raises :class:`FormatError` naming the file; with
    ``head`` (a file's first bytes, read for detection) the events just stop there instead.
    """
    depth = 0
    try:
        for prefix, event, value in ijson.parse(_Chunks(stream), use_float=True):
            if event == "start_map" or event == "start_array":
                depth += 1
                if depth > MAX_JSON_DEPTH:
                    raise FormatError(
                        file, f"is nested more than {MAX_JSON_DEPTH} levels deep; no export is"
                    )
            elif event == "end_map" or event == "end_array":
                depth -= 1
            yield prefix, event, value
    except ijson.JSONError as exc:
        if not head:
            raise FormatError(file, json_problem(exc)) from None


class ValueBuilder:
    """Whole JSON values rebuilt from ijson's events, one at a time, for readers that walk the
    events themselves (a header first, then the messages) in a single pass."""

    def __init__(self) -> None:
        self.depth = 0
        self._builder: ijson.ObjectBuilder | None = None
        self._until = 0

    @property
    def building(self) -> bool:
        return self._builder is not None

    def feed(self, event: str, value: Any) -> tuple[bool, Any]:
        """Follow every event: (True, the value) when the value being built is complete."""
        if event == "start_map" or event == "start_array":
            self.depth += 1
        elif event == "end_map" or event == "end_array":
            self.depth -= 1
        if self._builder is None:
            return False, None
        self._builder.event(event, value)
        if self.depth != self._until:
            return False, None
        built, self._builder = self._builder.value, None
        return True, built

    def start(self, event: str, value: Any) -> bool:
        """Begin a value at this event (already fed); False if it is a scalar, whole already."""
        if event != "start_map" and event != "start_array":
            return False
        self._builder, self._until = ijson.ObjectBuilder(), self.depth - 1
        self._builder.event(event, value)
        return True


def json_items(stream: IO[bytes], prefix: str, file: str) -> Iterator[tuple[int, Any]]:
    """Numbered values at ``prefix`` of a JSON document (e.g. "messages.item"), streamed.

    Broken, truncated or too deeply nested JSON raises :class:`FormatError` naming the file
    and the record.
    """
    number = 0
    try:
        for number, value in enumerate(ijson.items(json_events(stream, file), prefix), start=1):
            yield number, value
    except FormatError as exc:
        raise FormatError(Location(file, record=number + 1), exc.message) from None


LONG_JSON = 64 * 1024
"""From this size on a JSON text is parsed by the standard library: orjson's peak memory is 13
times the text (a 20 MB post would take 260 MB, a 1 MB one 14 MB), json's twice. Lines this
long are rare in a dump (a gallery's media_metadata): the slower parser costs nothing to see."""


def _int(digits: str) -> int | float:
    """An integer as orjson reads it: beyond 64 bits, a float."""
    number = int(digits) if len(digits) <= 4300 else float(digits)
    return number if isinstance(number, float) or -(2**63) <= number < 2**64 else float(number)


def _no_constant(name: str) -> Any:
    raise json.JSONDecodeError(f"{name} is not JSON", name, 0)


def _not_utf8(data: bytes, error: UnicodeDecodeError) -> json.JSONDecodeError:
    """The standard parser's refusal of bytes that are not UTF-8, with the place as orjson
    gives one (json_problem reads it): the line and column of the first bad byte."""
    line = data.count(b"\n", 0, error.start) + 1
    column = error.start - data.rfind(b"\n", 0, error.start)
    problem = json.JSONDecodeError(f"{error.reason} in UTF-8", "", 0)
    problem.args = (f"{error.reason} in UTF-8: line {line} column {column} (char {error.start})",)
    return problem


def loads(data: bytes) -> Any:
    """A JSON text as orjson reads it, with memory that stays near its size however long."""
    if len(data) < LONG_JSON:
        return orjson.loads(data)
    try:
        return json.loads(data, parse_int=_int, parse_constant=_no_constant)
    except UnicodeDecodeError as exc:
        raise _not_utf8(data, exc) from None
    except RecursionError:
        raise json.JSONDecodeError("nested too deeply", "", 0) from None


def json_document(stream: IO[bytes], file: str, limit: int = 64 * 1024**2) -> Any:
    """A small JSON document read whole (users.json, channels.json, account.js), up to ``limit``."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise FormatError(file, f"is larger than {limit // 1024**2} MB, too large to read whole")
    try:
        return loads(data)
    except json.JSONDecodeError as exc:
        raise FormatError(file, json_problem(exc)) from None


def unescape_text(value: str) -> str:
    """HTML entities in plain-text fields (Twitter writes &amp; and &lt;)."""
    return unescape(value) if "&" in value else value
