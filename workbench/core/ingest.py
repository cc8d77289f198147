"""Bulk writing of connector records into the store (their rows are made by ingest_rows).

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

import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from workbench.core.ingest_rows import Batch, RowMaker, Snapshot
from workbench.core.queue import near_duplicates, rules
from workbench.core.queue.listing import SIMILAR, Reason, priority
from workbench.core.records import ImportOptions, MemberRecord, Record
from workbench.core.sources import SourceInfo
from workbench.core.store.queries import queries

PERSONAL_KEY = "email_hash_key"
"""The meta entry that holds this database's key for pseudonyms."""
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


class Ingestor:
    """Writes the records of one source within the caller's write transaction.

    Records go through a :class:`RowMaker` into batches (:meth:`add`), or come as batches a
    row maker made in another process (:meth:`write`, with :meth:`snapshot` given to it)."""

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
        self._options = options or ImportOptions()
        self.members_seen = 0
        self.items_seen = 0
        self._store = queries(connection).bulk_writer()
        self._member_ids: dict[tuple[str, str], int] = {}
        self._max_member = self._store.max_member_id()
        self._max_item = self._store.max_item_id()
        self._member_changes = 0
        self._item_changes = 0
        self._touched_members: set[int] = set()
        self._mutes = self._store.mutes_since(now - 365 * 86_400)
        self._memorialized = self._store.members_with_status("memorialized")
        self._watched = self._store.members_with_status("watch")
        self._indexed_up_to = self._max_item
        self._rows: RowMaker | None = None
        if bulk:
            self._store.drop_item_indexes()

    def snapshot(self) -> Snapshot:
        """What the rows of this import depend on in the store, for a row maker."""
        options = self._options
        return Snapshot(
            source_id=self.source.id,
            now=self.now,
            personal_key=options.personal_key or personal_key(self.connection),
            keep_emails=options.keep_emails,
            keep_ips=options.keep_ips,
            rules=tuple(rules.load(self.connection)),
            mutes=self._mutes,
            memorialized=frozenset(self._store.member_keys_with_status("memorialized")),
            watched=frozenset(self._store.member_keys_with_status("watch")),
            fold=self._store.takes_folded,
        )

    def add(self, record: Record) -> None:
        if isinstance(record, MemberRecord):
            self.members_seen += 1
        else:
            self.items_seen += 1
        if self._rows is None:
            self._rows = RowMaker(self.snapshot())
        if self._rows.add(record):
            self.write(self._rows.take())

    def add_all(self, records: Iterable[Record]) -> None:
        for record in records:
            self.add(record)

    def count(self, members: int, items: int) -> None:
        """Count records a row maker elsewhere read (:meth:`write` takes their rows)."""
        self.members_seen += members
        self.items_seen += items

    def finish(self) -> ImportSummary:
        """Write what is buffered, then count, update member statistics and duplicates."""
        if self._rows is not None:
            self.write(self._rows.take())
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

    def write(self, batch: Batch) -> None:
        """Write one batch: its members, then its items (authors never described become bare
        members), their search index entries and queue entries."""
        store = self._store
        if batch.members:
            self._member_changes += store.upsert_members(batch.members)
        if not batch.items:
            return
        self._resolve_members(batch.authors)
        ids = self._member_ids
        touched = self._touched_members
        touched.update(ids[key] for key in batch.authors)
        rows = [
            row if row[3] is None else (*row[:3], ids[(row[1], row[3])], *row[4:])
            for row in batch.items
        ]
        folded = batch.folded_by_key()
        batch.items.clear()
        batch.folded.clear()
        self._item_changes += store.upsert_items(rows)
        # The rows' texts go before the index reads the new items back (a long post once).
        del rows
        self._indexed_up_to = store.index_items_after(self._indexed_up_to, folded)
        before = store.queue_size()
        store.queue_by_key(batch.queue)
        self.summary.queued += store.queue_size() - before
        store.reasons_by_key(batch.reasons)

    def _resolve_members(self, keys: list[tuple[str, str]]) -> None:
        """Fill the id cache for ``keys``, creating bare members for authors never described."""
        missing = [key for key in keys if key not in self._member_ids]
        if not missing:
            return
        self._member_changes += self._store.add_bare_members(missing)
        for network, external_id, member_id in self._store.member_ids(missing):
            self._member_ids[(network, external_id)] = member_id

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
