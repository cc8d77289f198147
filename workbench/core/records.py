"""Normalized records: what connectors yield and the store writes in bulk.

A connector turns a network's export or API response into these; it never touches the database.
Members and items carry the network's own ids, so writing the same records twice changes nothing.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from workbench.core.privacy import pseudonym


@dataclass(frozen=True, slots=True)
class MemberRecord:
    network: str
    external_id: str
    handle: str = ""
    display_name: str = ""
    email: str | None = None
    """The address as the export gives it; the store keeps only a keyed hash unless the manager
    chose to keep addresses."""
    profile_url: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ItemRecord:
    network: str
    external_id: str
    author_id: str | None
    """The author's ``MemberRecord.external_id``; ``None`` for anonymous or deleted accounts."""
    kind: str
    created_at: int
    body: str = ""
    title: str = ""
    body_html: str | None = None
    parent_external_id: str | None = None
    thread_external_id: str | None = None
    url: str | None = None
    language: str | None = None
    platform_state: str = "published"
    """published, held, spam, trash, reported or deleted, as the platform says."""
    report_count: int = 0
    raw: Mapping[str, Any] | str = field(default_factory=dict)
    """The record as the network gave it, less personal data: a mapping, or its JSON text."""


Record = MemberRecord | ItemRecord


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """Personal data the manager chose to keep. By default e-mail addresses are kept only as a
    keyed hash, and IP addresses not at all."""

    keep_emails: bool = False
    keep_ips: bool = False
    column_map: tuple[tuple[str, str], ...] = ()
    """For CSV files with a mapping: (workbench field, CSV column) pairs, e.g. ("body", "text")."""
    personal_key: bytes = b""
    """The store's key for pseudonyms; the importer sets it before reading."""

    def pseudonym(self, value: str) -> str:
        """A keyed pseudonym for personal data that must become an id (a guest's e-mail)."""
        return pseudonym(self.personal_key, value)
