"""Bulk writing of connector records into the store.

One ``Ingestor`` per input, inside the import's write transaction: records are buffered and
written in batches through the store's bulk writer (for SQLite, the driver's ``executemany``: no
ORM object and no SQLAlchemy work per row). New rows join the search index in one statement a
batch, five times faster than a trigger a row; triggers keep the index right when a row
changes. A large import into a small store (``bulk``) drops the secondary item indexes and
builds them again at the end, which is faster than growing them row by row. Writing is
idempotent: a record stored unchanged is left alone (the upsert's WHERE clause), a changed one
updates its row, and the summary tells added from updated by the row ids that are new.

Personal data: e-mail addresses become a keyed hash (HMAC-SHA256 with a key made for this
database), enough to recognise the same address again; the address itself is stored only when
the manager chose to keep addresses.
"""

import json
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import orjson
from sqlalchemy import Connection

from workbench.core import privacy
from workbench.core.queue import near_duplicates, rules
from workbench.core.queue.listing import PLATFORM_STATE_REASONS, SIMILAR, Reason, priority
from workbench.core.records import ImportOptions, ItemRecord, MemberRecord, Record
from workbench.core.scrub import scrub
from workbench.core.sources import SourceInfo
from workbench.core.store.queries import queries
from workbench.core.text import LONG_TEXT, content_hash

PERSONAL_KEY = "email_hash_key"
"""The meta entry that holds this database's key for pseudonyms."""
BATCH_SIZE = 5_000
RECENT_SECONDS = 14 * 86_400
"""First posts and bursts are flagged only among the last two weeks' items."""
BURST_ITEMS = 5
BURST_SECONDS = 10 * 60
"""A burst: five or more items by one member within ten minutes."""
DUPLICATE_ACCOUNTS_MIN_LENGTH = 40
"""Shorter texts ("Thanks, that helped!") are said by many people; only longer ones posted by
several accounts count as duplicates. The same member repeating any text still counts."""


def personal_key(connection: Connection) -> bytes:
    """This database's key for pseudonyms of personal data, made on first use."""
    meta = queries(connection).meta
    found = meta.value(PERSONAL_KEY)
    if found is None:
        found = secrets.token_hex(32)
        meta.add(PERSONAL_KEY, found)
    return bytes.fromhex(found)


@dataclass(slots=True)
class ImportSummary:
    members_added: int = 0
    members_updated: int = 0
    items_added: int = 0
    items_updated: int = 0
    items_unchanged: int = 0
    queued: int = 0
    skipped: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "members_added": self.members_added,
            "members_updated": self.members_updated,
            "items_added": self.items_added,
            "items_updated": self.items_updated,
            "items_unchanged": self.items_unchanged,
            "queued": self.queued,
            "skipped": len(self.skipped),
            "skipped_where": self.skipped[:100],
        }


def _json(raw: Any, *, long: bool = False) -> str:
    """Raw data as stored: text a connector passes is kept as it is (already JSON). A record
    with a long text goes through the standard library's encoder: orjson's buffer peaks at some
    twenty times a 4 MB string, the standard one at about two."""
    if isinstance(raw, str):
        return raw
    if long:
        return json.dumps(raw, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return orjson.dumps(raw, option=orjson.OPT_SORT_KEYS).decode()


def _platform_reasons(record: ItemRecord) -> tuple[Reason, dict[str, str]]:
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


class Ingestor:
    """Writes the records of one source within the caller's write transaction."""

    def __init__(
        self,
        connection: Connection,
        source: SourceInfo,
        *,
        now: int,
        summary: ImportSummary | None = None,
        options: ImportOptions | None = None,
        bulk: bool = False,
    ) -> None:
        self.connection = connection
        self.source = source
        self.now = now
        self.summary = summary if summary is not None else ImportSummary()
        self.keep_emails = bool(options and options.keep_emails)
        self.keep_ips = bool(options and options.keep_ips)
        self.members_seen = 0
        self.items_seen = 0
        self._store = queries(connection).bulk_writer()
        self._members: list[MemberRecord] = []
        self._items: list[ItemRecord] = []
        self._member_ids: dict[tuple[str, str], int] = {}
        self._email_key: bytes | None = None
        self._max_member = self._store.max_member_id()
        self._max_item = self._store.max_item_id()
        self._member_changes = 0
        self._item_changes = 0
        self._touched_members: set[int] = set()
        self._rules = rules.compiled(connection)
        self._mutes = self._store.mutes_since(now - 365 * 86_400)
        self._memorialized = self._store.members_with_status("memorialized")
        self._watched = self._store.members_with_status("watch")
        self._indexed_up_to = self._max_item
        if bulk:
            self._store.drop_item_indexes()

    def add(self, record: Record) -> None:
        if isinstance(record, MemberRecord):
            self.members_seen += 1
            self._members.append(record)
            if len(self._members) >= BATCH_SIZE:
                self._flush_members()
        else:
            self.items_seen += 1
            self._items.append(record)
            if len(self._items) >= BATCH_SIZE:
                self._flush_items()

    def add_all(self, records: Iterable[Record]) -> None:
        for record in records:
            self.add(record)

    def finish(self) -> ImportSummary:
        """Write what is buffered, then count, update member statistics and duplicates."""
        self._flush_items()
        self._store.restore_item_indexes()
        members_added = self._store.members_after(self._max_member)
        items_added = self._store.items_after(self._max_item)
        items_updated = self._item_changes - items_added
        self.summary.members_added += members_added
        self.summary.members_updated += self._member_changes - min(
            members_added, self._member_changes
        )
        self.summary.items_added += items_added
        self.summary.items_updated += items_updated
        self.summary.items_unchanged += self.items_seen - items_added - items_updated
        self._store.update_member_stats(sorted(self._touched_members))
        self._mark_duplicates()
        self._mark_first_posts_and_bursts()
        self._mark_near_duplicates()
        return self.summary

    def _raw(self, raw: Any, emails: tuple[str, ...] = (), *, long: bool = False) -> str:
        """The raw record as stored: without the addresses the manager did not choose to keep."""
        text = _json(raw, long=long)
        if self.keep_emails and self.keep_ips:
            return text
        return scrub(text, emails=emails, keep_emails=self.keep_emails, keep_ips=self.keep_ips)

    def _email_columns(self, address: str | None) -> tuple[str | None, str | None]:
        if not address or "@" not in address:
            return None, None
        if self._email_key is None:
            self._email_key = personal_key(self.connection)
        return privacy.pseudonym(
            self._email_key, address
        ), address.strip() if self.keep_emails else None

    def _flush_members(self) -> None:
        # In the order of the writer's member_columns.
        rows = []
        for m in self._members:
            digest, kept = self._email_columns(m.email)
            rows.append(
                (
                    m.network,
                    m.external_id,
                    m.handle,
                    m.display_name,
                    digest,
                    kept,
                    m.profile_url,
                    self._raw(m.raw, (m.email,) if m.email else ()),
                )
            )
        self._members.clear()
        self._member_changes += self._store.upsert_members(rows)

    def _resolve_members(self, keys: set[tuple[str, str]]) -> None:
        """Fill the id cache for ``keys``, creating bare members for authors never described."""
        missing = [key for key in keys if key not in self._member_ids]
        if not missing:
            return
        self._member_changes += self._store.add_bare_members(missing)
        for network, external_id, member_id in self._store.member_ids(missing):
            self._member_ids[(network, external_id)] = member_id

    def _flush_items(self) -> None:
        self._flush_members()
        if not self._items:
            return
        ids = self._member_ids
        self._resolve_members(
            {(i.network, i.author_id) for i in self._items if i.author_id is not None}
        )
        rows: list[tuple[Any, ...]] = []
        queue_rows: list[tuple[Any, ...]] = []
        reason_rows: list[tuple[Any, ...]] = []
        touched = self._touched_members
        source_id, now = self.source.id, self.now
        for item in self._items:
            member_id = None
            if item.author_id is not None:
                member_id = ids[(item.network, item.author_id)]
                touched.add(member_id)
            # In the order of the writer's item_columns.
            rows.append(
                (
                    source_id,
                    item.network,
                    item.external_id,
                    member_id,
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
                    now,
                    self._raw(item.raw, long=len(item.body) > LONG_TEXT),
                )
            )
            if self._mutes and self._muted(item):
                continue
            reasons, details = _platform_reasons(item)
            if self._rules and item.kind != "service" and member_id not in self._memorialized:
                hits = [spec.name for spec, test in self._rules if test(item.body)]
                if hits:
                    reasons |= Reason.RULE
                    details["rule"] = f"rule: {', '.join(hits)}"
            if reasons:
                queue_rows.append(
                    (
                        int(reasons),
                        priority(reasons, item.report_count, on_watch=member_id in self._watched),
                        now,
                        item.network,
                        item.external_id,
                    )
                )
                reason_rows.extend(
                    (name, detail, item.network, item.external_id)
                    for name, detail in details.items()
                )
        self._items.clear()
        self._item_changes += self._store.upsert_items(rows)
        # The rows' texts go before the index reads the new items back (a long post once).
        del rows, item
        self._indexed_up_to = self._store.index_items_after(self._indexed_up_to)
        before = self._store.queue_size()
        self._store.queue_by_key(queue_rows)
        self.summary.queued += self._store.queue_size() - before
        self._store.reasons_by_key(reason_rows)

    def _mark_duplicates(self) -> None:
        """Queue items whose normalized text appears more than once: by one member, or (for
        longer texts) by several accounts. Reads only the content-hash index to find them, so
        it costs little however large the store is; marking is idempotent."""
        for digest in self._store.repeated_hashes():
            copies = self._store.copies(digest)
            authors = len({member_id for _, member_id, _ in copies})
            if authors > 1 and max(length for *_, length in copies) < DUPLICATE_ACCOUNTS_MIN_LENGTH:
                continue
            detail = (
                f"same text {len(copies)} times by one member"
                if authors <= 1
                else f"same text from {authors} accounts"
            )
            self._queue_duplicates([item_id for item_id, *_ in copies], detail)

    def _muted(self, item: ItemRecord) -> bool:
        """Whether the item's thread or author was muted past the item's time."""
        for kind, target in (("thread", item.thread_external_id), ("member", item.author_id)):
            until = self._mutes.get((item.network, kind, target or ""))
            if until is not None and until > item.created_at:
                return True
        return False

    def _queue_duplicates(self, ids: list[int], detail: str) -> None:
        self._queue_reason(Reason.DUPLICATE, {item_id: detail for item_id in ids})

    def _queue_reason(self, reason: Reason, details: dict[int, str]) -> None:
        """Add ``reason`` to these items' queue entries (made if new), leaving out items by
        memorialized members and items whose thread or author is muted: automatic reasons
        never queue their content."""
        ids = [
            item_id
            for item_id, member_id in self._store.unmuted(list(details))
            if member_id not in self._memorialized
        ]
        if not ids:
            return
        before = self._store.queue_size()
        self._store.add_reason(
            int(reason), reason.names[0], self.now, {item_id: details[item_id] for item_id in ids}
        )
        self.summary.queued += self._store.queue_size() - before
        self._store.set_priorities(
            [
                (priority(Reason(reasons), reports, on_watch=member in self._watched), item)
                for item, reasons, reports, member in self._store.priority_inputs(ids)
            ]
        )

    def _mark_near_duplicates(self) -> None:
        """Recent items nearly the same as another item (see near_duplicates)."""
        since = self.now - RECENT_SECONDS
        members = sorted(self._touched_members - self._memorialized)
        fresh: list[tuple[int, tuple[int, ...], str | None]] = []
        for item_id, body, digest in self._store.unsketched(members, since):
            sig = near_duplicates.signature(body)
            if sig is not None:
                fresh.append((item_id, sig, digest))
        self._store.add_sketches(
            [(item_id, near_duplicates.pack(sig)) for item_id, sig, _ in fresh],
            [(band, item_id) for item_id, sig, _ in fresh for band in near_duplicates.bands(sig)],
        )
        details: dict[int, str] = {}
        for item_id, sig, digest in fresh:
            for other, blob, other_digest in self._store.sharing_bands(
                near_duplicates.bands(sig), item_id, near_duplicates.CANDIDATES_PER_BAND
            ):
                if digest is not None and digest == other_digest:
                    continue  # the same text exactly: an exact duplicate, marked as such
                alike = near_duplicates.similarity(sig, near_duplicates.unpack(blob))
                if alike >= near_duplicates.THRESHOLD:
                    details[item_id] = SIMILAR.format(other=other, alike=alike)
                    details.setdefault(other, SIMILAR.format(other=item_id, alike=alike))
                    break  # one near copy is reason enough; the detail names it
        self._queue_reason(Reason.DUPLICATE, details)

    def _mark_first_posts_and_bursts(self) -> None:
        """A new member's first post, and many items by one member in a short time, among the
        recent items of the members this import touched (history is not flagged afresh)."""
        since = self.now - RECENT_SECONDS
        members = sorted(self._touched_members - self._memorialized)
        firsts = {
            item_id: "first post of a new member"
            for item_id in self._store.first_posts(members, since)
        }
        bursts = {
            item_id: f"{near} items within {BURST_SECONDS // 60} minutes"
            for item_id, near in self._store.bursts(members, since, BURST_SECONDS, BURST_ITEMS)
        }
        self._queue_reason(Reason.FIRST_POST, firsts)
        self._queue_reason(Reason.BURST, bursts)
