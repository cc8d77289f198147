"""Rules that flag items for the queue: keywords, a regular expression, many links, shouting.

Rules are recorded as events (rule.saved, rule.deleted), so a team shares them through its
logs. Items are checked when they are imported, and all items again when a rule changes
(``rescan``). Content by memorialized members is never flagged by a rule.
"""

import re
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass

from sqlalchemy import Connection, text

from workbench.core.errors import WorkbenchError
from workbench.core.events import eventlog
from workbench.core.events.event import Event, Kind
from workbench.core.i18n import translate
from workbench.core.queue.listing import Reason, priority
from workbench.core.settings import Author
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
    rows = connection.execute(
        text("SELECT id, name, kind, pattern, threshold, enabled FROM rules ORDER BY name")
    )
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
    rows = connection.execute(
        text("SELECT id, title, body FROM items ORDER BY id DESC LIMIT :scan"), {"scan": scan}
    ).all()
    hits = [(row.id, excerpt(row.title or row.body, 160)) for row in rows if test(row.body)]
    return hits[:limit], len(rows)


def rescan(connection: Connection, now: int, *, batch: int = 5_000) -> int:
    """Check every item against the enabled rules again; returns how many items match.

    Entries that match gain the rule reason; entries that no longer match lose it, and leave the
    queue if nothing else keeps them there and nobody has decided on them yet.
    """
    rules = compiled(connection)
    matched: list[tuple[int, str]] = []
    last = 0
    while True:
        rows = connection.execute(
            text(
                "SELECT i.id, i.body FROM items i LEFT JOIN members m ON m.id = i.member_id "
                "WHERE i.id > :last AND coalesce(m.status, '') != 'memorialized' "
                "ORDER BY i.id LIMIT :batch"
            ),
            {"last": last, "batch": batch},
        ).all()
        if not rows:
            break
        last = rows[-1].id
        for row in rows:
            hits = [spec.name for spec, test in rules if test(row.body)]
            if hits:
                matched.append((row.id, ", ".join(hits)))
    bit = int(Reason.RULE)
    connection.execute(text(f"UPDATE queue SET reasons = reasons & ~{bit}"))
    connection.execute(text("DELETE FROM queue_reasons WHERE reason = 'rule'"))
    if matched:
        connection.execute(
            text(
                "INSERT INTO queue (item_id, network, reasons, priority, entered_at) "
                "SELECT id, network, :bit, 0, :now FROM items WHERE id = :id "
                "ON CONFLICT (item_id) DO UPDATE SET reasons = queue.reasons | excluded.reasons"
            ),
            [{"bit": bit, "now": now, "id": item_id} for item_id, _ in matched],
        )
        connection.execute(
            text(
                "INSERT INTO queue_reasons (item_id, reason, detail) VALUES (:id, 'rule', :detail)"
            ),
            [{"id": item_id, "detail": f"rule: {names}"} for item_id, names in matched],
        )
    connection.execute(
        text(
            "DELETE FROM queue WHERE reasons = 0 AND state = 'new' AND item_id NOT IN "
            "(SELECT item_id FROM queue_decisions)"
        )
    )
    _reprioritise(connection)
    return len(matched)


def _reprioritise(connection: Connection) -> None:
    rows = connection.execute(
        text(
            "SELECT q.item_id, q.reasons, q.priority, i.report_count, "
            "coalesce(m.status, '') = 'watch' AS watched FROM queue q "
            "JOIN items i ON i.id = q.item_id LEFT JOIN members m ON m.id = i.member_id"
        )
    ).all()
    changed = [
        {"id": row.item_id, "priority": new}
        for row in rows
        if (new := priority(Reason(row.reasons), row.report_count, on_watch=bool(row.watched)))
        != row.priority
    ]
    if changed:
        connection.execute(
            text("UPDATE queue SET priority = :priority WHERE item_id = :id"), changed
        )
