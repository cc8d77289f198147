"""Rules that flag items for the queue: keywords, a regular expression, many links, shouting.

Rules are recorded as events (rule.saved, rule.deleted), so a team shares them through its
logs. Items are checked when they are imported, and all items again when a rule changes
(``rescan``). Content by memorialized members is never flagged by a rule.
"""

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass

from sqlalchemy import Connection

from workbench.core.events import eventlog
from workbench.core.events.event import Event, Kind
from workbench.core.queue import highlight
from workbench.core.queue.highlight import Excerpt, Span, in_context
from workbench.core.queue.listing import Reason, priority
from workbench.core.queue.rule_matchers import CAPS_MIN_LETTERS as CAPS_MIN_LETTERS
from workbench.core.queue.rule_matchers import KINDS as KINDS
from workbench.core.queue.rule_matchers import (
    LINK_TEXT,
    REGEX_TEXT_LIMIT,
    caps_share,
    checked,
    keyword_pattern,
    regex_pattern,
)
from workbench.core.queue.rule_matchers import Matcher as Matcher
from workbench.core.queue.rule_matchers import RuleError as RuleError
from workbench.core.queue.rule_matchers import RuleSpec as RuleSpec
from workbench.core.queue.rule_matchers import matcher as matcher
from workbench.core.settings import Author
from workbench.core.store.queries import queries


def where(spec: RuleSpec) -> Callable[[str], list[Span]]:
    """Where ``spec`` matches in an item's text, as spans over it: the keywords as written
    there, what the expression matched, the links, the words in capitals. Raises RuleError as
    ``matcher`` does."""
    checked(spec)
    if spec.kind == "keywords":
        found = keyword_pattern(spec)
        return lambda body: highlight.pattern_spans(found, body, normalized=True)
    if spec.kind == "regex":
        compiled = regex_pattern(spec)
        return lambda body: highlight.pattern_spans(compiled, body[:REGEX_TEXT_LIMIT])
    if spec.kind == "links":
        return lambda body: highlight.pattern_spans(LINK_TEXT, body)
    caps_share(spec)
    return _capitals


_WORD = re.compile(r"\w+")


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
