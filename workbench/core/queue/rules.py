"""Rules that flag items for the queue: keywords, a regular expression, many links, shouting.

Rules are recorded as events (rule.saved, rule.deleted), so a team shares them through its
logs. Items are checked when they are imported, and all items again when a rule changes
(``rescan``). Content by memorialized members is never flagged by a rule.
"""

import re
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass

from sqlalchemy import Connection

from workbench.core.errors import WorkbenchError
from workbench.core.events import eventlog
from workbench.core.events.event import Event, Kind
from workbench.core.i18n import translate
from workbench.core.queue import highlight
from workbench.core.queue.highlight import Excerpt, Span, in_context
from workbench.core.queue.listing import Reason, priority
from workbench.core.settings import Author
from workbench.core.store.queries import queries
from workbench.core.text import normalize

KINDS = ("keywords", "regex", "links", "caps")
REGEX_TEXT_LIMIT = 20_000
"""Regular expressions see at most this many characters of an item: a rule may come from a
shared log, and a pathological pattern must not stall an import on a huge text."""
CAPS_MIN_LETTERS = 20
_LINK = re.compile(r"https?://", re.IGNORECASE)
_LINK_TEXT = re.compile(r"https?://[^\s<>\"']*[^\s<>\"'.,;:!?)\]]", re.IGNORECASE)
"""A link as it is marked: without the punctuation that closes the sentence around it."""
_WORD = re.compile(r"\w+")


class RuleError(WorkbenchError):
    """A rule that cannot work as written, with what is wrong."""


@dataclass(frozen=True, slots=True)
class RuleSpec:
    id: str
    name: str
    kind: str
    pattern: str = ""
    threshold: float = 0.0
    enabled: bool = True

    @classmethod
    def new(cls, name: str, kind: str, pattern: str = "", threshold: float = 0.0) -> "RuleSpec":
        return cls(str(uuid.uuid4()), name.strip(), kind, pattern, threshold)


Matcher = Callable[[str], bool]


def _keywords(spec: RuleSpec) -> re.Pattern[str]:
    """The words of a keyword rule as one pattern over text folded by ``normalize``."""
    words = [normalize(word) for word in re.split(r"[,\n]", spec.pattern) if word.strip()]
    if not words:
        raise RuleError(translate("Rules", "List at least one word, separated by commas."))
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def _regex(spec: RuleSpec) -> re.Pattern[str]:
    try:
        return re.compile(spec.pattern, re.IGNORECASE)
    except re.error as exc:
        raise RuleError(
            translate("Rules", "The regular expression cannot be read: {problem}.").format(
                problem=exc
            )
        ) from None


def _share(spec: RuleSpec) -> float:
    if not 0 < spec.threshold <= 1:
        raise RuleError(translate("Rules", "The share of capitals is between 0 and 1."))
    return spec.threshold


def _checked(spec: RuleSpec) -> None:
    if not spec.name.strip():
        raise RuleError(translate("Rules", "A rule needs a name."))
    if spec.kind not in KINDS:
        raise RuleError(
            translate("Rules", "'{kind}' is no kind of rule; kinds: {kinds}.").format(
                kind=spec.kind, kinds=", ".join(KINDS)
            )
        )


def matcher(spec: RuleSpec) -> Matcher:
    """The test ``spec`` applies to an item's text; raises RuleError for a rule that cannot work."""
    _checked(spec)
    if spec.kind == "keywords":
        found = _keywords(spec)
        return lambda body: found.search(normalize(body)) is not None
    if spec.kind == "regex":
        compiled = _regex(spec)
        return lambda body: compiled.search(body[:REGEX_TEXT_LIMIT]) is not None
    if spec.kind == "links":
        least = max(int(spec.threshold), 1)
        return lambda body: len(_LINK.findall(body)) >= least
    share = _share(spec)

    def shouting(body: str) -> bool:
        letters = [ch for ch in body if ch.isalpha()]
        if len(letters) < CAPS_MIN_LETTERS:
            return False
        return sum(ch.isupper() for ch in letters) / len(letters) >= share

    return shouting


def where(spec: RuleSpec) -> Callable[[str], list[Span]]:
    """Where ``spec`` matches in an item's text, as spans over it: the keywords as written
    there, what the expression matched, the links, the words in capitals. Raises RuleError as
    ``matcher`` does."""
    _checked(spec)
    if spec.kind == "keywords":
        found = _keywords(spec)
        return lambda body: highlight.pattern_spans(found, body, normalized=True)
    if spec.kind == "regex":
        compiled = _regex(spec)
        return lambda body: highlight.pattern_spans(compiled, body[:REGEX_TEXT_LIMIT])
    if spec.kind == "links":
        return lambda body: highlight.pattern_spans(_LINK_TEXT, body)
    _share(spec)
    return _capitals


def _capitals(body: str) -> list[Span]:
    """The words of two letters or more written in capitals."""
    return [
        Span(word.start(), word.end())
        for word in _WORD.finditer(body)
        if len(word.group()) > 1 and word.group().isupper()
    ]


def load(connection: Connection, *, enabled_only: bool = True) -> list[RuleSpec]:
    rows = queries(connection).queue.rules()
    specs = [RuleSpec(r.id, r.name, r.kind, r.pattern, r.threshold, bool(r.enabled)) for r in rows]
    return [spec for spec in specs if spec.enabled or not enabled_only]


def compiled(connection: Connection) -> list[tuple[RuleSpec, Matcher]]:
    """The enabled rules, ready to test texts."""
    return [(spec, matcher(spec)) for spec in load(connection)]


def save(connection: Connection, spec: RuleSpec, author: Author) -> Event:
    matcher(spec)  # refuse a rule that cannot work before it is recorded
    return eventlog.record(connection, Kind.RULE_SAVED, {"rule": asdict(spec)}, author)


def delete(connection: Connection, rule_id: str, author: Author) -> Event:
    return eventlog.record(connection, Kind.RULE_DELETED, {"rule": rule_id}, author)


@dataclass(frozen=True, slots=True)
class PreviewHit:
    """An item a rule would flag: its title and where in its text the rule matches."""

    item_id: int
    title: str
    excerpt: Excerpt


@dataclass(frozen=True, slots=True)
class Preview:
    """What a rule would flag among the newest items: how many of how many, the first hits."""

    flagged: int
    scanned: int
    hits: list[PreviewHit]


def preview(
    connection: Connection, spec: RuleSpec, *, limit: int = 50, scan: int = 5_000
) -> Preview:
    """What ``spec`` would flag among the newest ``scan`` items: how many, and the first
    ``limit`` with the matching text in context, to be highlighted."""
    test, spans = matcher(spec), where(spec)
    rows = queries(connection).queue.newest_items(scan)
    flagged = [row for row in rows if test(row.body)]
    hits = [
        PreviewHit(row.id, row.title, in_context(row.body, spans(row.body)))
        for row in flagged[:limit]
    ]
    return Preview(len(flagged), len(rows), hits)


def rescan(connection: Connection, now: int, *, batch: int = 5_000) -> int:
    """Check every item against the enabled rules again; returns how many items match.

    Entries that match gain the rule reason; entries that no longer match lose it, and leave the
    queue if nothing else keeps them there and nobody has decided on them yet.
    """
    rules = compiled(connection)
    queue = queries(connection).queue
    matched: list[tuple[int, str]] = []
    last = 0
    while True:
        rows = queue.rule_candidates(last, batch)
        if not rows:
            break
        last = rows[-1].id
        for row in rows:
            hits = [spec.name for spec, test in rules if test(row.body)]
            if hits:
                matched.append((row.id, ", ".join(hits)))
    queue.replace_rule_reasons(int(Reason.RULE), now, matched)
    _reprioritise(connection)
    return len(matched)


def _reprioritise(connection: Connection) -> None:
    queue = queries(connection).queue
    queue.set_priorities(
        [
            (row.item_id, new)
            for row in queue.priority_inputs()
            if (new := priority(Reason(row.reasons), row.report_count, on_watch=bool(row.watched)))
            != row.priority
        ]
    )
