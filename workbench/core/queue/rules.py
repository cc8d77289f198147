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
from workbench.core.queue.listing import Reason, priority
from workbench.core.settings import Author
from workbench.core.store.queries import queries
from workbench.core.text import excerpt, normalize

KINDS = ("keywords", "regex", "links", "caps")
REGEX_TEXT_LIMIT = 20_000
"""Regular expressions see at most this many characters of an item: a rule may come from a
shared log, and a pathological pattern must not stall an import on a huge text."""
CAPS_MIN_LETTERS = 20
_LINK = re.compile(r"https?://", re.IGNORECASE)


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


def matcher(spec: RuleSpec) -> Matcher:
    """The test ``spec`` applies to an item's text; raises RuleError for a rule that cannot work."""
    if not spec.name.strip():
        raise RuleError(translate("Rules", "A rule needs a name."))
    if spec.kind == "keywords":
        words = [normalize(word) for word in re.split(r"[,\n]", spec.pattern) if word.strip()]
        if not words:
            raise RuleError(translate("Rules", "List at least one word, separated by commas."))
        found = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")
        return lambda body: found.search(normalize(body)) is not None
    if spec.kind == "regex":
        try:
            compiled = re.compile(spec.pattern, re.IGNORECASE)
        except re.error as exc:
            raise RuleError(
                translate("Rules", "The regular expression cannot be read: {problem}.").format(
                    problem=exc
                )
            ) from None
        return lambda body: compiled.search(body[:REGEX_TEXT_LIMIT]) is not None
    if spec.kind == "links":
        least = max(int(spec.threshold), 1)
        return lambda body: len(_LINK.findall(body)) >= least
    if spec.kind == "caps":
        share = spec.threshold
        if not 0 < share <= 1:
            raise RuleError(translate("Rules", "The share of capitals is between 0 and 1."))

        def shouting(body: str) -> bool:
            letters = [ch for ch in body if ch.isalpha()]
            if len(letters) < CAPS_MIN_LETTERS:
                return False
            return sum(ch.isupper() for ch in letters) / len(letters) >= share

        return shouting
    raise RuleError(
        translate("Rules", "'{kind}' is no kind of rule; kinds: {kinds}.").format(
            kind=spec.kind, kinds=", ".join(KINDS)
        )
    )


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


def preview(
    connection: Connection, spec: RuleSpec, *, limit: int = 50, scan: int = 5_000
) -> tuple[list[tuple[int, str]], int]:
    """What ``spec`` would flag among the newest ``scan`` items: (item id, excerpt) pairs, and
    how many items were looked at."""
    test = matcher(spec)
    rows = queries(connection).queue.newest_items(scan)
    hits = [(row.id, excerpt(row.title or row.body, 160)) for row in rows if test(row.body)]
    return hits[:limit], len(rows)


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
