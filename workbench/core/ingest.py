"""Bulk writing of connector records into the store.

One ``Ingestor`` per import, inside one write transaction: records are buffered and written in
batches with the driver's ``executemany`` (no ORM object per row, no per-row SQLAlchemy
overhead); the FTS index follows through triggers. The SQL is standard (ON CONFLICT, CASE) but
uses the sqlite3 driver's named parameters.
Writing is idempotent: a record already stored unchanged is left alone, a changed one updates
its row, and the summary says which was which.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import orjson
from sqlalchemy import Connection

from workbench.core import clock
from workbench.core.queue import PLATFORM_STATE_REASONS, Reason, priority
from workbench.core.records import ItemRecord, MemberRecord, Record
from workbench.core.sources import SourceInfo
from workbench.core.text import content_hash

BATCH_SIZE = 5_000


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
            "skipped_where": self.skipped,
        }


_MEMBER_INSERT = """
INSERT INTO members (network, external_id, handle, display_name, email_hash, profile_url, raw)
VALUES (:network, :external_id, :handle, :display_name, :email_hash, :profile_url, :raw)
ON CONFLICT DO NOTHING
"""
_MEMBER_UPDATE = """
UPDATE members SET handle = :handle, display_name = :display_name,
       email_hash = coalesce(:email_hash, email_hash),
       profile_url = coalesce(:profile_url, profile_url), raw = :raw
WHERE network = :network AND external_id = :external_id
  AND (handle IS NOT :handle OR display_name IS NOT :display_name OR raw IS NOT :raw
       OR (:email_hash IS NOT NULL AND email_hash IS NOT :email_hash)
       OR (:profile_url IS NOT NULL AND profile_url IS NOT :profile_url))
"""
_ITEM_COLUMNS = (
    "source_id, network, external_id, member_id, kind, parent_external_id, thread_external_id, "
    "title, body, body_html, url, language, platform_state, report_count, content_hash, "
    "created_at, imported_at, raw"
)
_ITEM_INSERT = f"""
INSERT INTO items ({_ITEM_COLUMNS})
VALUES (:source_id, :network, :external_id, :member_id, :kind, :parent_external_id,
        :thread_external_id, :title, :body, :body_html, :url, :language, :platform_state,
        :report_count, :content_hash, :created_at, :imported_at, :raw)
ON CONFLICT DO NOTHING
"""
_ITEM_UPDATE = """
UPDATE items SET member_id = :member_id, kind = :kind, parent_external_id = :parent_external_id,
       thread_external_id = :thread_external_id, title = :title, body = :body,
       body_html = :body_html, url = :url, language = :language, platform_state = :platform_state,
       report_count = :report_count, content_hash = :content_hash, created_at = :created_at,
       raw = :raw
WHERE network = :network AND external_id = :external_id
  AND (member_id IS NOT :member_id OR kind IS NOT :kind OR title IS NOT :title
       OR body IS NOT :body OR body_html IS NOT :body_html OR url IS NOT :url
       OR platform_state IS NOT :platform_state OR report_count IS NOT :report_count
       OR parent_external_id IS NOT :parent_external_id OR created_at IS NOT :created_at
       OR raw IS NOT :raw)
"""
_QUEUE_INSERT = """
INSERT INTO queue (item_id, reasons, priority, entered_at)
SELECT id, :reasons, :priority, :now FROM items
WHERE network = :network AND external_id = :external_id
ON CONFLICT DO NOTHING
"""
_QUEUE_MERGE = """
UPDATE queue SET reasons = reasons | :reasons,
       priority = CASE WHEN priority > :priority THEN priority ELSE :priority END
WHERE item_id = (SELECT id FROM items WHERE network = :network AND external_id = :external_id)
"""
_REASON_INSERT = """
INSERT INTO queue_reasons (item_id, reason, detail)
SELECT id, :reason, :detail FROM items WHERE network = :network AND external_id = :external_id
ON CONFLICT (item_id, reason) DO UPDATE SET detail = excluded.detail
"""
_MEMBER_STATS = """
UPDATE members SET
    item_count = (SELECT count(*) FROM items WHERE member_id = :id),
    first_seen_at = (SELECT min(created_at) FROM items WHERE member_id = :id),
    last_seen_at = (SELECT max(created_at) FROM items WHERE member_id = :id)
WHERE id = :id
"""


def _json(raw: Any) -> str:
    return orjson.dumps(raw, option=orjson.OPT_SORT_KEYS).decode()


def _platform_reasons(record: ItemRecord) -> tuple[Reason, dict[str, str]]:
    reasons = Reason(0)
    details: dict[str, str] = {}
    state_reason = PLATFORM_STATE_REASONS.get(record.platform_state)
    if state_reason is not None:
        reasons |= state_reason
        details[state_reason.names[0]] = f"{record.network}: {record.platform_state}"
    if record.report_count > 0:
        reasons |= Reason.REPORTED
        details["reported"] = f"{record.network}: {record.report_count} report(s)"
    return reasons, details


class Ingestor:
    """Writes records of one source within the caller's write transaction."""

    def __init__(self, connection: Connection, source: SourceInfo, *, now: int | None = None):
        self.connection = connection
        self.source = source
        self.now = clock.now() if now is None else now
        self.summary = ImportSummary()
        self._members: list[MemberRecord] = []
        self._items: list[ItemRecord] = []
        self._member_ids: dict[tuple[str, str], int] = {}
        self._touched_members: set[int] = set()
        self._touched_hashes: set[str] = set()

    def add(self, record: Record) -> None:
        if isinstance(record, MemberRecord):
            self._members.append(record)
            if len(self._members) >= BATCH_SIZE:
                self._flush_members()
        else:
            self._items.append(record)
            if len(self._items) >= BATCH_SIZE:
                self._flush_items()

    def add_all(self, records: Iterable[Record]) -> None:
        for record in records:
            self.add(record)

    def finish(self) -> ImportSummary:
        """Write what is buffered, then update member statistics and duplicate reasons."""
        self._flush_items()
        self._update_member_stats()
        self._mark_duplicates()
        return self.summary

    def _many(self, sql: str, rows: list[dict[str, Any]]) -> int:
        if not rows:
            return 0
        return int(self.connection.exec_driver_sql(sql, rows).rowcount)

    def _flush_members(self) -> None:
        rows = [
            {
                "network": m.network,
                "external_id": m.external_id,
                "handle": m.handle,
                "display_name": m.display_name,
                "email_hash": m.email_hash,
                "profile_url": m.profile_url,
                "raw": _json(m.raw),
            }
            for m in self._members
        ]
        self._members.clear()
        added = self._many(_MEMBER_INSERT, rows)
        self.summary.members_added += added
        self.summary.members_updated += self._many(_MEMBER_UPDATE, rows)

    def _resolve_members(self, keys: set[tuple[str, str]]) -> None:
        """Fill the id cache for ``keys``, creating bare members for authors never described."""
        missing = [key for key in keys if key not in self._member_ids]
        if not missing:
            return
        created = self._many(
            "INSERT INTO members (network, external_id, handle) VALUES (?, ?, ?) "
            "ON CONFLICT DO NOTHING",
            [(network, external_id, external_id) for network, external_id in missing],  # type: ignore[misc]
        )
        self.summary.members_added += created
        for start in range(0, len(missing), 400):
            chunk = missing[start : start + 400]
            where = " OR ".join("(network = ? AND external_id = ?)" for _ in chunk)
            params = tuple(value for key in chunk for value in key)
            for row in self.connection.exec_driver_sql(
                f"SELECT network, external_id, id FROM members WHERE {where}", params
            ):
                self._member_ids[(row[0], row[1])] = row[2]

    def _flush_items(self) -> None:
        self._flush_members()
        if not self._items:
            return
        self._resolve_members(
            {(i.network, i.author_id) for i in self._items if i.author_id is not None}
        )
        rows: list[dict[str, Any]] = []
        queue_rows: list[dict[str, Any]] = []
        reason_rows: list[dict[str, Any]] = []
        for item in self._items:
            member_id = (
                None if item.author_id is None else self._member_ids[(item.network, item.author_id)]
            )
            if member_id is not None:
                self._touched_members.add(member_id)
            digest = content_hash(item.body)
            if digest is not None:
                self._touched_hashes.add(digest)
            rows.append(
                {
                    "source_id": self.source.id,
                    "network": item.network,
                    "external_id": item.external_id,
                    "member_id": member_id,
                    "kind": item.kind,
                    "parent_external_id": item.parent_external_id,
                    "thread_external_id": item.thread_external_id,
                    "title": item.title,
                    "body": item.body,
                    "body_html": item.body_html,
                    "url": item.url,
                    "language": item.language,
                    "platform_state": item.platform_state,
                    "report_count": item.report_count,
                    "content_hash": digest,
                    "created_at": item.created_at,
                    "imported_at": self.now,
                    "raw": _json(item.raw),
                }
            )
            reasons, details = _platform_reasons(item)
            if reasons:
                key = {"network": item.network, "external_id": item.external_id}
                queue_rows.append(
                    {
                        **key,
                        "reasons": int(reasons),
                        "priority": priority(reasons, item.report_count),
                        "now": self.now,
                    }
                )
                reason_rows.extend(
                    {**key, "reason": name, "detail": detail} for name, detail in details.items()
                )
        self._items.clear()
        added = self._many(_ITEM_INSERT, rows)
        updated = self._many(_ITEM_UPDATE, rows)
        self.summary.items_added += added
        self.summary.items_updated += updated
        self.summary.items_unchanged += len(rows) - added - updated
        self.summary.queued += self._many(_QUEUE_INSERT, queue_rows)
        self._many(_QUEUE_MERGE, [{k: v for k, v in r.items() if k != "now"} for r in queue_rows])
        self._many(_REASON_INSERT, reason_rows)

    def _update_member_stats(self) -> None:
        self._many(
            _MEMBER_STATS, [{"id": member_id} for member_id in sorted(self._touched_members)]
        )

    def _mark_duplicates(self) -> None:
        """Queue items whose normalized text appears more than once, naming who posted it."""
        hashes = sorted(self._touched_hashes)
        for start in range(0, len(hashes), 500):
            chunk = hashes[start : start + 500]
            marks = ",".join("?" * len(chunk))
            groups = self.connection.exec_driver_sql(
                f"SELECT content_hash, group_concat(id), count(DISTINCT member_id), count(*) "
                f"FROM items WHERE content_hash IN ({marks}) GROUP BY content_hash "
                f"HAVING count(*) > 1",
                tuple(chunk),
            ).all()
            for _digest, ids_text, authors, copies in groups:
                ids = [int(value) for value in ids_text.split(",")]
                detail = (
                    f"same text {copies} times by one member"
                    if authors <= 1
                    else f"same text from {authors} accounts"
                )
                self._queue_duplicates(ids, detail)

    def _queue_duplicates(self, ids: list[int], detail: str) -> None:
        rows = [{"id": item_id, "now": self.now, "detail": detail} for item_id in ids]
        self.summary.queued += self._many(
            "INSERT INTO queue (item_id, reasons, priority, entered_at) "
            f"VALUES (:id, {int(Reason.DUPLICATE)}, 0, :now) ON CONFLICT DO NOTHING",
            rows,
        )
        self._many(
            f"UPDATE queue SET reasons = reasons | {int(Reason.DUPLICATE)} WHERE item_id = :id",
            rows,
        )
        self._many(
            "INSERT INTO queue_reasons (item_id, reason, detail) "
            "VALUES (:id, 'duplicate', :detail) "
            "ON CONFLICT (item_id, reason) DO UPDATE SET detail = excluded.detail",
            rows,
        )
        for item_id, reasons, reports in self.connection.exec_driver_sql(
            "SELECT q.item_id, q.reasons, i.report_count FROM queue q "
            f"JOIN items i ON i.id = q.item_id WHERE q.item_id IN ({','.join('?' * len(ids))})",
            tuple(ids),
        ):
            self.connection.exec_driver_sql(
                "UPDATE queue SET priority = ? WHERE item_id = ?",
                (priority(Reason(reasons), reports), item_id),
            )
