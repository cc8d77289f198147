"""Mutated exports (issue 16): every fixture the importer takes whole, damaged in the ways real
files are damaged, imports whole, imports with its bad records skipped, or is refused with one
clear line naming the file, and a refusal leaves the store exactly as it was.

The mutations are derived with a seeded random.Random, so every run tries the same files.
``python -m tests.connectors.test_fuzzed_exports`` runs the scan alone and prints its figures:
outcomes per mutation and per format (``pytest -s`` prints the same table after the tests).
"""

import csv
import io
import json
import random
import re
import shutil
import sys
import tempfile
import time
import traceback
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import zstandard

from tests.connectors.conftest import FIXTURES, table_snapshot
from workbench.connectors.common import MAX_TEXT
from workbench.core.errors import WorkbenchError
from workbench.core.records import ImportOptions
from workbench.core.store import Store, open_store
from workbench.services import importer

CSV_MAPS = {
    "forum-export.csv": (
        ("item_id", "post_id"),
        ("thread_id", "thread"),
        ("parent_id", "reply_to"),
        ("author", "user_id"),
        ("author_name", "user_name"),
        ("created_at", "posted"),
        ("body", "text"),
        ("state", "status"),
        ("reports", "flags"),
    ),
    "forum-de-semikolon.csv": (
        ("item_id", "Beitrag"),
        ("author", "Autor"),
        ("author_name", "Name"),
        ("created_at", "Datum"),
        ("body", "Text"),
        ("state", "Status"),
    ),
}
"""The column mappings a manager gives for the two generic CSV fixtures."""
SLACK_FOLDER = FIXTURES / "slack" / "zulip" / "test_slack_importer"
DEEP = 3_000
"""Levels of nesting for the deep-nesting mutation: far beyond any export and any recursion
limit."""
_EXCEPTION_REPR = re.compile(r"\b[A-Z]\w*(?:Error|Exception|Warning)\(|<class '|Traceback")


@dataclass(frozen=True, slots=True)
class Subject:
    """An export the importer takes whole as it is: a file, a zip or a folder."""

    path: Path
    format: str
    options: ImportOptions

    @property
    def name(self) -> str:
        return str(self.path.relative_to(FIXTURES))


def subjects() -> list[Subject]:
    """Every fixture file (and the Slack folder) that the importer recognises on its own and
    imports whole: a file read only beside others, or one broken on purpose, is no subject."""
    found = []
    candidates = [p for p in sorted(FIXTURES.rglob("*")) if p.is_file()] + [SLACK_FOLDER]
    with tempfile.TemporaryDirectory() as scratch, open_store(Path(scratch) / "s.db") as store:
        for path in candidates:
            options = ImportOptions(column_map=CSV_MAPS.get(path.name, ()))
            try:
                planned = importer.plan([path])
                importer.run(store, planned, options=options)
            except WorkbenchError:
                continue
            found.append(Subject(path, planned[0].connector.name, options))
    return found


# Mutations of bytes. Each takes the bytes, the kind of text they are and the seeded random,
# and returns the damaged bytes, or None where the mutation means nothing for that kind.
Mutation = Callable[[bytes, str, random.Random], bytes | None]


def cut(data: bytes, kind: str, chance: random.Random) -> bytes:
    return data[: chance.randrange(1, len(data))]


def flipped_bytes(data: bytes, kind: str, chance: random.Random) -> bytes:
    damaged = bytearray(data)
    for _ in range(8):
        damaged[chance.randrange(len(damaged))] ^= chance.randrange(1, 256)
    return bytes(damaged)


def utf16(data: bytes, kind: str, chance: random.Random) -> bytes:
    return data.decode("utf-8-sig").encode("utf-16")


def latin1(data: bytes, kind: str, chance: random.Random) -> bytes | None:
    text = data.decode("utf-8-sig")
    return None if text.isascii() else text.encode("latin-1", errors="replace")


def _inserted(data: bytes, chance: random.Random, pieces: list[bytes]) -> bytes:
    at = sorted(chance.randrange(len(data)) for _ in pieces)
    parts, last = [], 0
    for place, piece in zip(at, pieces, strict=True):
        parts += [data[last:place], piece]
        last = place
    return b"".join([*parts, data[last:]])


def nul_bytes(data: bytes, kind: str, chance: random.Random) -> bytes:
    return _inserted(data, chance, [b"\x00"] * 4)


def invalid_utf8(data: bytes, kind: str, chance: random.Random) -> bytes:
    return _inserted(data, chance, [b"\xc3\x28", b"\xff", b"\xed\xa0\x80", b"\xe2\x82"])


def garbage_tail(data: bytes, kind: str, chance: random.Random) -> bytes:
    return data + b"\x00}]>\xff<garbage/>" + bytes(chance.randrange(256) for _ in range(64))


# Mutations of structure: a value of the document replaced, per kind of text.
DUPLICATE_KEYS = "duplicate keys"
TEXT_FOR_NUMBER = "wrong type (text for a number)"
LIST_FOR_TEXT = "wrong type (list for a text)"
HUGE_NUMBER = "huge number (2**70)"
HUGE_FIELD = "huge field (4 MiB + 1 characters)"
HUGE_KEY = "huge key (4 MiB + 1 characters)"
DEEP_NESTING = "deep nesting"
HUGE_TEXT = "x" * (MAX_TEXT + 1)
HUGE_NAME = "k" * (MAX_TEXT + 1)
REPLACEMENTS: dict[str, Any] = {
    TEXT_FOR_NUMBER: "zwölf",
    LIST_FOR_TEXT: ["a", "list"],
    HUGE_NUMBER: 2**70,
    HUGE_FIELD: HUGE_TEXT,
}
"""What the mutations that replace a value put in its place (in CSV and XML as text)."""


def _slots(value: Any, parent: Any = None, key: Any = None) -> Iterator[tuple[Any, Any, Any]]:
    """Every (container, key, value) of a JSON document, the document itself first."""
    yield parent, key, value
    if isinstance(value, dict | list):
        children = value.items() if isinstance(value, dict) else enumerate(value)
        for child_key, child in list(children):
            yield from _slots(child, value, child_key)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


_FITS: dict[str, Callable[[Any, Any], bool]] = {
    TEXT_FOR_NUMBER: lambda parent, value: _is_number(value),
    LIST_FOR_TEXT: lambda parent, value: isinstance(value, str),
    HUGE_NUMBER: lambda parent, value: _is_number(value),
    HUGE_FIELD: lambda parent, value: isinstance(value, str),
    HUGE_KEY: lambda parent, value: isinstance(value, dict),
    DEEP_NESTING: lambda parent, value: True,
    DUPLICATE_KEYS: lambda parent, value: isinstance(parent, dict),
}
"""Which values of a JSON document each mutation may change."""
_MARK = "\x00mark\x00"
"""A placeholder written by json.dumps and then replaced with what it cannot write: a key
twice, nesting beyond its recursion limit."""


def _json_changed(text: str, change: str, chance: random.Random) -> str | None:
    """One value of a JSON text (after a prefix such as Twitter's "window.YTD… = ") changed
    as ``change`` says; None where it has no such value."""
    start = min((at for at in (text.find("["), text.find("{")) if at >= 0), default=-1)
    if start < 0:
        return None
    prefix, document = text[:start], json.loads(text[start:])
    fitting = [
        (parent, key, value)
        for parent, key, value in _slots(document)
        if parent is not None and _FITS[change](parent, value)
    ]
    if not fitting:
        return None
    parent, key, value = chance.choice(fitting)
    marked: str | None = None
    if change in REPLACEMENTS:
        parent[key] = REPLACEMENTS[change]
    elif change == HUGE_KEY:
        value[HUGE_NAME] = "value"
    elif change == DEEP_NESTING:
        parent[key], marked = _MARK, "[" * DEEP + "]" * DEEP
    else:  # the key again right after itself, with another value: parsers keep the last
        again = f"{value} (again)" if isinstance(value, str) else None
        if _is_number(value):
            again = value + 1
        items = list(parent.items())
        at = [name for name, _ in items].index(key) + 1
        parent.clear()
        parent.update([*items[:at], (_MARK, again), *items[at:]])
        marked = json.dumps(key, ensure_ascii=False)
    dumped = json.dumps(document, ensure_ascii=False, indent=1)
    return prefix + (dumped.replace(json.dumps(_MARK), marked) if marked else dumped)


def _ndjson_changed(text: str, change: str, chance: random.Random) -> str | None:
    """One line's record changed."""
    lines = text.split("\n")
    number = chance.choice([n for n, line in enumerate(lines) if line.strip()])
    changed = _json_changed(lines[number], change, chance)
    if changed is None:
        return None
    lines[number] = changed.replace("\n", "")
    return "\n".join(lines)


def _csv_changed(text: str, change: str, chance: random.Random) -> str | None:
    """A cell of a row changed, or a column's name in the header (a key, for CSV)."""
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    header = rows[0]
    if change == DEEP_NESTING:
        return None
    if change == DUPLICATE_KEYS:
        first, second = chance.sample(range(len(header)), 2)
        header[second] = header[first]
    elif change == HUGE_KEY:
        header[chance.randrange(len(header))] = HUGE_NAME
    else:
        numeric = change in (TEXT_FOR_NUMBER, HUGE_NUMBER)
        cells = [
            (r, c)
            for r, row in enumerate(rows[1:], start=1)
            for c, cell in enumerate(row)
            if (cell.strip().isdigit() if numeric else cell and not cell.isdigit())
        ]
        r, c = chance.choice(cells)
        new = REPLACEMENTS[change]
        rows[r][c] = json.dumps(new) if isinstance(new, list) else str(new)
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\n").writerows(rows)
    return out.getvalue()


_XML_NUMBER = re.compile(r"(<(wp:\w+)>)(\d+)(</\2>)")
_XML_TEXT = re.compile(r"(<([\w:]+)>)(?:<!\[CDATA\[)?([^<>\]]+)(?:\]\]>)?(</\2>)")


def _xml_changed(text: str, change: str, chance: random.Random) -> str | None:
    """An element's text changed, an element put twice, or new elements in an item."""
    item = chance.choice([found.end() for found in re.finditer(r"<item>", text)])
    if change == DEEP_NESTING:
        return text[:item] + "<x>" * DEEP + "</x>" * DEEP + text[item:]
    if change == HUGE_KEY:
        return text[:item] + f"<{HUGE_NAME}>value</{HUGE_NAME}>" + text[item:]
    numeric = change in (TEXT_FOR_NUMBER, HUGE_NUMBER)
    match = chance.choice(list((_XML_NUMBER if numeric else _XML_TEXT).finditer(text)))
    opening, value, closing = match.group(1), match.group(3), match.group(4)
    if change == DUPLICATE_KEYS:
        element = f"{opening}{value} (again){closing}"
        return text[: match.end()] + element + text[match.end() :]
    new = REPLACEMENTS[change]
    inner = "".join(f"<item>{v}</item>" for v in new) if isinstance(new, list) else str(new)
    return text[: match.start()] + opening + inner + closing + text[match.end() :]


def _structural(change: str) -> Mutation:
    def mutate(data: bytes, kind: str, chance: random.Random) -> bytes | None:
        bom = data.startswith(b"\xef\xbb\xbf")
        text = data.decode("utf-8-sig")
        changing: dict[str, Callable[[str, str, random.Random], str | None]] = {
            "json": _json_changed,
            "ndjson": _ndjson_changed,
            "csv": _csv_changed,
        }
        changed = changing.get(kind, _xml_changed)(text, change, chance)
        if changed is None:
            return None
        return (b"\xef\xbb\xbf" if bom else b"") + changed.encode()

    return mutate


BYTE_MUTATIONS: dict[str, Mutation] = {
    "cut at a random place": cut,
    "flipped bytes": flipped_bytes,
    "re-encoded as UTF-16": utf16,
    "re-encoded as Latin-1": latin1,
    "NUL bytes inserted": nul_bytes,
    "invalid UTF-8 inserted": invalid_utf8,
    "garbage tail": garbage_tail,
    **{
        change: _structural(change)
        for change in (
            DUPLICATE_KEYS,
            TEXT_FOR_NUMBER,
            LIST_FOR_TEXT,
            HUGE_NUMBER,
            HUGE_FIELD,
            HUGE_KEY,
            DEEP_NESTING,
        )
    },
}
ZIP_MEMBER_CUT = "zip with one member cut"
ZST_CUT = ".zst cut short"
MUTATIONS = [*BYTE_MUTATIONS, ZIP_MEMBER_CUT, ZST_CUT]


def _kind(name: str) -> str:
    suffix = Path(name).suffix.lower()
    return {".json": "json", ".js": "json", ".ndjson": "ndjson", ".csv": "csv"}.get(suffix, "xml")


def _member_cut(archive: bytes, member: str) -> bytes:
    """The archive with ``member``'s compressed bytes zeroed from half way: its directory is
    intact, its data ends early (what a copy that broke off, then was patched, leaves)."""
    with zipfile.ZipFile(io.BytesIO(archive)) as opened:
        info = opened.getinfo(member)
    local = archive[info.header_offset : info.header_offset + 30]  # its fixed part
    names = int.from_bytes(local[26:28], "little") + int.from_bytes(local[28:30], "little")
    start = info.header_offset + 30 + names
    half = start + info.compress_size // 2
    end = start + info.compress_size
    return archive[:half] + bytes(end - half) + archive[end:]


def _zipped(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def mutated(subject: Subject, mutation: str, chance: random.Random, folder: Path) -> Path | None:
    """The mutated copy of ``subject`` in ``folder`` (a folder or a zip with one member damaged),
    or None where the mutation means nothing for it."""
    path = subject.path
    folder.mkdir(parents=True)
    if path.is_dir():
        if mutation not in BYTE_MUTATIONS:
            return None  # a folder is no archive: nothing to cut or compress
        copy = folder / path.name
        shutil.copytree(path, copy)
        victim = chance.choice(sorted(copy.rglob("*.json")))
        damaged = BYTE_MUTATIONS[mutation](victim.read_bytes(), "json", chance)
        if damaged is None:
            return None
        victim.write_bytes(damaged)
        return copy
    data = path.read_bytes()
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            members = {info.filename: archive.read(info) for info in archive.infolist()}
        victim_name = chance.choice(sorted(m for m in members if m.endswith(".json")))
        if mutation == ZST_CUT:
            return None  # the workbench reads a .zst file, not a .zip.zst
        if mutation == ZIP_MEMBER_CUT:
            damaged = _member_cut(_zipped(members), victim_name)
        else:
            member = BYTE_MUTATIONS[mutation](members[victim_name], "json", chance)
            if member is None:
                return None
            damaged = _zipped({**members, victim_name: member})
        (folder / path.name).write_bytes(damaged)
        return folder / path.name
    if mutation == ZIP_MEMBER_CUT:
        zipped = folder / f"{path.name}.zip"
        zipped.write_bytes(_member_cut(_zipped({path.name: data}), path.name))
        return zipped
    if mutation == ZST_CUT:
        compressed = zstandard.ZstdCompressor().compress(data)
        target = folder / f"{path.name}.zst"
        target.write_bytes(compressed[: chance.randrange(1, len(compressed))])
        return target
    damaged = BYTE_MUTATIONS[mutation](data, _kind(path.name), chance)
    if damaged is None:
        return None
    (folder / path.name).write_bytes(damaged)
    return folder / path.name


IMPORTED = "imported whole"
SKIPPED = "imported, bad records skipped"
REFUSED = "refused with a message"
FAILED = "FAILED"
RESULTS = (IMPORTED, SKIPPED, REFUSED, FAILED)


@dataclass(frozen=True, slots=True)
class Outcome:
    subject: str
    format: str
    mutation: str
    result: str
    """One of RESULTS."""
    message: str = ""
    """The refusal (or with SKIPPED, the strict import's refusal)."""
    skipped: int = 0
    """Bad records skipped, with SKIPPED."""
    recognised: bool = True
    """False where the importer's plan recognised no format in the file."""
    problem: str = ""
    """Why this outcome fails the scan (a traceback, an unclear message, a changed store)."""


MAX_MESSAGE = 1_000
"""The longest message that still reads as one line (a hostile value is shown cut short)."""


def unclear(message: str, name: str) -> str:
    """What is wrong with a message a manager is shown about input ``name``, or "" if nothing:
    it is one line of readable length, names the input (a zip or a folder too, not only its
    member: one import may take several) and shows no parser's pointer or Python exception."""
    if "\n" in message or "\r" in message:
        return "more than one line"
    if len(message) > MAX_MESSAGE:
        return f"{len(message):,} characters long"
    if name not in message:
        return f"does not name {name}"
    if "(right here)" in message or _EXCEPTION_REPR.search(message):
        return "shows the parser's pointer or a Python exception"
    return ""


def attempt(store: Store, subject: Subject, mutation: str, path: Path) -> Outcome:
    """Plan and run the import of one mutated file, strictly and, where that is refused,
    skipping bad records. Only WorkbenchError (ImportFailed, FormatError, …) may come out."""

    def outcome(result: str, message: str = "", **more: Any) -> Outcome:
        return Outcome(subject.name, subject.format, mutation, result, message, **more)

    def refusal(error: WorkbenchError, before: dict[str, object], **more: Any) -> Outcome:
        problem = unclear(str(error), path.name)
        if not problem and table_snapshot(store) != before:
            problem = "the store changed although the import was refused"
        return outcome(FAILED if problem else REFUSED, str(error), problem=problem, **more)

    before = table_snapshot(store)
    try:
        try:
            planned = importer.plan([path])
        except WorkbenchError as error:
            return refusal(error, before, recognised=False)
        try:
            importer.run(store, planned, options=subject.options)
            return outcome(IMPORTED)
        except WorkbenchError as error:
            strict = refusal(error, before)
            if strict.result == FAILED:
                return strict
        before = table_snapshot(store)
        try:
            skipping = importer.run(store, planned, skip_bad=True, options=subject.options)
        except WorkbenchError as error:
            return refusal(error, before)
        skipped = skipping.summary.skipped
        problems = [f"skipped: {unclear(m, path.name)}" for m in skipped if unclear(m, path.name)]
        if not skipped:
            problems.append("refused, then imported whole when skipping bad records")
        if problems:
            return outcome(FAILED, strict.message, problem=problems[0])
        return outcome(SKIPPED, strict.message, skipped=len(skipped))
    except Exception as error:  # the scan's point: nothing else may come out of an import
        where = traceback.extract_tb(error.__traceback__)[-1]
        return outcome(
            FAILED,
            f"{type(error).__name__}: {error}",
            problem=f"escaped the importer at {Path(where.filename).name}:{where.lineno}",
        )


def scan(subject: Subject, scratch: Path) -> list[Outcome]:
    """Every mutation of one subject, imported into one store of its own."""
    outcomes = []
    with open_store(scratch / "store.db") as store:
        for number, mutation in enumerate(MUTATIONS):
            chance = random.Random(f"{subject.name}: {mutation}")
            made = mutated(subject, mutation, chance, scratch / str(number))
            if made is not None:
                outcomes.append(attempt(store, subject, mutation, made))
    return outcomes


def table(outcomes: list[Outcome], by: Callable[[Outcome], str]) -> str:
    """Outcomes counted per ``by`` (a mutation, a format), one row each, with the totals."""
    counts: dict[str, Counter[str]] = {}
    for outcome in outcomes:
        counts.setdefault(by(outcome), Counter())[outcome.result] += 1
    rows = [*sorted(counts.items()), ("total", sum(counts.values(), Counter()))]
    width = max(len(row) for row, _ in rows)
    lines = [" " * width + "".join(f"  {result}" for result in RESULTS)]
    for row, counted in rows:
        lines.append(f"{row:{width}}" + "".join(f"  {counted[r]:>{len(r)}}" for r in RESULTS))
    return "\n".join(lines)


def report(outcomes: list[Outcome], seconds: float) -> str:
    """The scan's figures: what was tried, how each kind of damage and each format fared."""
    results = Counter(outcome.result for outcome in outcomes)
    unrecognised = sum(1 for o in outcomes if o.result == REFUSED and not o.recognised)
    skipped = sum(outcome.skipped for outcome in outcomes)
    subjects = len({outcome.subject for outcome in outcomes})
    summary = (
        f"{len(outcomes)} mutated files of {subjects} exports in {seconds:.1f} s: "
        f"{results[IMPORTED]} imported whole, {results[SKIPPED]} imported with {skipped} bad "
        f"records skipped (refused without skipping), {results[REFUSED]} refused with a "
        f"message ({unrecognised} of them in no format the importer recognised), "
        f"{results[FAILED]} failed"
    )
    failures = [
        f"FAILED {o.subject} ({o.mutation}): {o.problem}: {o.message[:300]}"
        for o in outcomes
        if o.result == FAILED
    ]
    per_mutation = table(outcomes, lambda outcome: outcome.mutation)
    per_format = table(outcomes, lambda outcome: outcome.format)
    return "\n\n".join([summary, per_mutation, per_format, *failures])


SUBJECTS = subjects()
OUTCOMES: list[Outcome] = []


@pytest.fixture(scope="module", autouse=True)
def _summary() -> Iterator[None]:
    """The scan's figures after its tests (shown with pytest -s)."""
    started = time.perf_counter()
    yield
    if OUTCOMES:
        print("\n" + report(OUTCOMES, time.perf_counter() - started))


def test_every_kind_of_export_is_scanned():
    """Ten formats at least, in files, a zip and a folder: a fixture that stops importing
    whole would drop out of the scan unnoticed."""
    formats = {subject.format for subject in SUBJECTS}
    assert len(formats) >= 10 and {"csv", "slack-export", "wordpress-wxr"} <= formats, formats
    assert any(s.path.is_dir() for s in SUBJECTS) and any(s.path.suffix == ".zip" for s in SUBJECTS)


@pytest.mark.parametrize("subject", SUBJECTS, ids=lambda subject: subject.name)
def test_a_mutated_export_imports_or_is_refused_in_one_clear_line(tmp_path, subject):
    outcomes = scan(subject, tmp_path)
    OUTCOMES.extend(outcomes)
    assert len(outcomes) >= 12
    failures = [
        f"{o.mutation}: {o.problem}: {o.message[:300]}" for o in outcomes if o.result == FAILED
    ]
    assert not failures, "\n".join(failures)


def main() -> int:
    """The scan alone, with its figures: python -m tests.connectors.test_fuzzed_exports."""
    started = time.perf_counter()
    outcomes = []
    for subject in SUBJECTS:
        with tempfile.TemporaryDirectory() as scratch:
            outcomes += scan(subject, Path(scratch))
    print(report(outcomes, time.perf_counter() - started))
    return 1 if any(outcome.result == FAILED for outcome in outcomes) else 0


if __name__ == "__main__":
    sys.exit(main())
