"""An import's rows, made from connector records without the store.

Everything an import computes per record that does not need the database happens here: the
raw record without the addresses the manager did not keep, e-mail pseudonyms, the content hash,
the rules' hits, the platform's reasons and the queue priority. What it needs of the store is
read once when the import starts (:class:`Snapshot`), so rows can be made in another process
while the store writes the previous batch (services.import_pipeline) and cross to it as plain
tuples, which the store's bulk writer takes as they are.
"""

import json
from dataclasses import dataclass, field
from typing import Any

import orjson

from workbench.core import privacy, search_text
from workbench.core.long_values import cut_long_values
from workbench.core.queue import rule_matchers
from workbench.core.queue.reasons import PLATFORM_STATE_REASONS, Reason, priority
from workbench.core.queue.rule_matchers import RuleSpec
from workbench.core.records import ItemRecord, MemberRecord, Record
from workbench.core.scrub import scrub
from workbench.core.text import LONG_TEXT, content_hash

BATCH_SIZE = 5_000
"""Records of one kind in a batch: the store writes a batch with one statement per table."""

MemberKey = tuple[str, str]
"""(network, external id): how records name a member before the store gives it an id."""


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What rows depend on in the store, read when the import starts: imports record no events,
    so none of it changes while they run."""

    source_id: int
    now: int
    personal_key: bytes
    keep_emails: bool = False
    keep_ips: bool = False
    rules: tuple[RuleSpec, ...] = ()
    mutes: dict[tuple[str, str, str], int] = field(default_factory=dict)
    """(network, "thread" or "member", target) -> until."""
    memorialized: frozenset[MemberKey] = frozenset()
    watched: frozenset[MemberKey] = frozenset()
    fold: bool = False
    """Whether the store's search indexes take each item's text folded with its rows
    (search_text): folding it in the process that makes the rows spares the writer."""


@dataclass(slots=True)
class Batch:
    """Rows of one batch, in the orders of the bulk writer's columns, as plain tuples.

    ``items`` carry the author's external id where the store's row has the member id: the
    writer knows the ids (``authors`` lists the batch's distinct authors for it to look up). An
    item that comes twice in a batch is one row with the later record's values, made where it
    first came: the store then writes each item of a batch once, as the search index needs."""

    members: list[tuple[Any, ...]] = field(default_factory=list)
    items: list[tuple[Any, ...]] = field(default_factory=list)
    authors: list[MemberKey] = field(default_factory=list)
    queue: list[tuple[Any, ...]] = field(default_factory=list)
    """(reasons, priority, entered_at, network, external id)."""
    reasons: list[tuple[Any, ...]] = field(default_factory=list)
    """(reason, detail, network, external id)."""
    folded: list[tuple[bytes, bytes, bytes] | None] = field(default_factory=list)
    """Each item's search text folded (with ``Snapshot.fold``), None for a long one: the
    writer reads that back, one at a time (a long post is not held three times over)."""

    def as_tuple(self) -> tuple[list[Any], ...]:
        """The rows as one value of lists and tuples (for marshal, which is fast on them)."""
        return (self.members, self.items, self.authors, self.queue, self.reasons, self.folded)

    @classmethod
    def from_tuple(cls, value: tuple[list[Any], ...]) -> "Batch":
        return cls(*value)

    def folded_by_key(self) -> dict[MemberKey, tuple[bytes, bytes, bytes]] | None:
        """The items' folded search text by (network, external id); None unless every item
        has it."""
        if not self.folded or None in self.folded:
            return None
        return {
            (row[1], row[2]): text
            for row, text in zip(self.items, self.folded, strict=True)
            if text is not None
        }


def raw_json(raw: Any, *, long: bool = False) -> str:
    """Raw data as stored: text a connector passes is kept as it is (already JSON). A record
    with a long text goes through the standard library's encoder: orjson's buffer peaks at some
    twenty times a 4 MB string, the standard one at about two."""
    if isinstance(raw, str):
        return raw
    if long:
        return json.dumps(raw, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return orjson.dumps(raw, option=orjson.OPT_SORT_KEYS).decode()


def platform_reasons(record: ItemRecord) -> tuple[Reason, dict[str, str]]:
    """The reasons the platform itself gives to queue an item: its state, its reports."""
    reasons = Reason(0)
    details: dict[str, str] = {}
    if record.platform_state not in PLATFORM_STATE_REASONS and record.report_count <= 0:
        return reasons, details
    state_reason = PLATFORM_STATE_REASONS.get(record.platform_state)
    if state_reason is not None:
        reasons |= state_reason
        details[state_reason.names[0]] = f"{record.network}: {record.platform_state}"
    if record.report_count > 0:
        reasons |= Reason.REPORTED
        details["reported"] = f"{record.network}: {record.report_count} report(s)"
    return reasons, details


class RowMaker:
    """Records in, batches of rows out (:meth:`add` says when one is full, :meth:`take`)."""

    def __init__(self, snapshot: Snapshot) -> None:
        self._snapshot = snapshot
        self._rules = [(spec, rule_matchers.matcher(spec)) for spec in snapshot.rules]
        self._batch = Batch()
        self._item_at: dict[MemberKey, int] = {}
        self._authors: set[MemberKey] = set()

    @property
    def full(self) -> bool:
        return len(self._batch.items) >= BATCH_SIZE or len(self._batch.members) >= BATCH_SIZE

    def add(self, record: Record) -> bool:
        """Make the record's rows; True when the batch is full."""
        if isinstance(record, MemberRecord):
            self._batch.members.append(self._member(record))
        else:
            self._item(record)
        return self.full

    def take(self) -> Batch:
        """The batch made so far (perhaps empty); the next one starts."""
        batch, self._batch = self._batch, Batch()
        batch.authors = sorted(self._authors)
        self._item_at.clear()
        self._authors.clear()
        return batch

    def _raw(self, raw: Any, emails: tuple[str, ...] = (), *, long: bool = False) -> str:
        """The raw record as stored: without the addresses the manager did not choose to keep,
        nor megabytes in a value no column reads (long_values)."""
        text = cut_long_values(raw_json(raw, long=long))
        snapshot = self._snapshot
        if snapshot.keep_emails and snapshot.keep_ips:
            return text
        return scrub(
            text, emails=emails, keep_emails=snapshot.keep_emails, keep_ips=snapshot.keep_ips
        )

    def _member(self, m: MemberRecord) -> tuple[Any, ...]:
        digest = kept = None
        if m.email and "@" in m.email:
            digest = privacy.pseudonym(self._snapshot.personal_key, m.email)
            kept = m.email.strip() if self._snapshot.keep_emails else None
        # In the order of the writer's member_columns.
        return (
            m.network,
            m.external_id,
            m.handle,
            m.display_name,
            digest,
            kept,
            m.profile_url,
            self._raw(m.raw, (m.email,) if m.email else ()),
        )

    def _item(self, item: ItemRecord) -> None:
        snapshot, batch = self._snapshot, self._batch
        author = None if item.author_id is None else (item.network, item.author_id)
        if author is not None:
            self._authors.add(author)
        # In the order of the writer's item_columns, the author's external id for the member.
        row = (
            snapshot.source_id,
            item.network,
            item.external_id,
            item.author_id,
            item.kind,
            item.parent_external_id,
            item.thread_external_id,
            item.title,
            item.body,
            item.body_html,
            item.url,
            item.language,
            item.platform_state,
            item.report_count,
            None if item.kind == "service" else content_hash(item.body),
            item.created_at,
            snapshot.now,
            self._raw(item.raw, long=len(item.body) > LONG_TEXT),
        )
        folded = self._folded(item) if snapshot.fold else None
        key = (item.network, item.external_id)
        at = self._item_at.get(key)
        if at is None:
            self._item_at[key] = len(batch.items)
            batch.items.append(row)
            batch.folded.append(folded)
        else:
            batch.items[at] = row
            batch.folded[at] = folded
        if snapshot.mutes and self._muted(item):
            return
        reasons, details = platform_reasons(item)
        if self._rules and item.kind != "service" and author not in snapshot.memorialized:
            hits = [spec.name for spec, test in self._rules if test(item.body)]
            if hits:
                reasons |= Reason.RULE
                details["rule"] = f"rule: {', '.join(hits)}"
        if reasons:
            on_watch = author in snapshot.watched
            batch.queue.append(
                (
                    int(reasons),
                    priority(reasons, item.report_count, on_watch=on_watch),
                    snapshot.now,
                    item.network,
                    item.external_id,
                )
            )
            batch.reasons.extend(
                (name, detail, item.network, item.external_id) for name, detail in details.items()
            )

    @staticmethod
    def _folded(item: ItemRecord) -> tuple[bytes, bytes, bytes] | None:
        if len(item.title) + len(item.body) > LONG_TEXT:
            return None
        title, body = item.title.encode(), item.body.encode()
        return (
            search_text.words(title),
            search_text.words(body),
            search_text.folded(search_text.fragment_text(title, body)),
        )

    def _muted(self, item: ItemRecord) -> bool:
        """Whether the item's thread or author was muted past the item's time."""
        for kind, target in (("thread", item.thread_external_id), ("member", item.author_id)):
            until = self._snapshot.mutes.get((item.network, kind, target or ""))
            if until is not None and until > item.created_at:
                return True
        return False
