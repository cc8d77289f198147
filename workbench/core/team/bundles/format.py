"""The log bundle's format: its files, limits and the JSON Schema of each record type.

docs/log-bundle.md describes the format for people and other tools; ``docs/log-bundle.schema.json``
is ``SCHEMAS`` written out (a test keeps the two the same). Every record the workbench writes is
checked against these schemas by the tests, and every record it reads, by the reader.
"""

from datetime import UTC, datetime
from typing import Any

from workbench.core.clock import to_iso
from workbench.core.events.signatures import canonical

__all__ = ["canonical"]  # RFC 8785: the one canonical form of manifests, lines and signatures

FORMAT = "community-workbench-log"
VERSION = 2
"""The version this app writes. It reads every version up to this one and refuses newer ones.
Version 2 adds the events' own signatures (from a team store); a bundle without any is written
as version 1, which older apps read."""
UNSIGNED_VERSION = 1

SUFFIX = ".wblog"

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
EVENTS = "events.jsonl"
MEMBERS = "members.jsonl"
ITEMS = "items.jsonl"
SOURCES = "sources.jsonl"
RECORD_FILES = (EVENTS, MEMBERS, ITEMS, SOURCES)
"""The files the manifest lists with their SHA-256, each one JSON record a line."""
NAMES = (MANIFEST, SIGNATURE, *RECORD_FILES)
"""Everything a bundle may hold; any other name is refused (a zip slip among them)."""

MAX_MANIFEST = 1 << 20
MAX_FILE = 1 << 30
"""A record file's limit, uncompressed: a team's log of years is far below a gigabyte."""
MAX_LINE = 1 << 20
MAX_RATIO = 200
"""A member may not expand more than this many times its compressed size (a zip bomb would)."""
EXCERPT = 280
"""Characters of an item's text a bundle carries, enough to recognise the post."""


def iso(unix: int) -> str:
    return to_iso(unix)


def unix(text: str) -> int:
    """Seconds from an ISO time as bundles write it (``2026-06-26T09:30:00Z``)."""
    return int(datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).timestamp())


_TIME = {
    "type": "string",
    "pattern": r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$",
    "description": "UTC, to the second",
}
_TEXT = {"type": "string", "maxLength": 20_000}
_NAME = {"type": "string", "minLength": 1, "maxLength": 200}
_ID = {"type": "string", "minLength": 1, "maxLength": 200}
_REF = {
    "type": "object",
    "description": "A member or item: its network and the network's own id",
    "properties": {"network": _NAME, "id": _ID},
    "required": ["network", "id"],
    "additionalProperties": False,
}
_SHA256 = {"type": "string", "pattern": "^[0-9a-f]{64}$"}
_FINGERPRINT = {"type": "string", "pattern": "^[0-9a-f]{32}$"}
_COUNT = {"type": "integer", "minimum": 0}
_PUBLIC_KEY = {
    "type": "string",
    "pattern": "^[A-Za-z0-9+/]{43}=$",
    "description": "Ed25519, 32 bytes, base64",
}

SCHEMAS: dict[str, dict[str, Any]] = {
    "manifest": {
        "type": "object",
        "description": "manifest.json: what the bundle holds, signed in manifest.sig",
        "properties": {
            "format": {"const": FORMAT},
            "version": {"type": "integer", "minimum": 1},
            "bundle": {"type": "string", "pattern": "^[0-9a-f-]{36}$"},
            "created_at": _TIME,
            "app_version": {"type": "string", "maxLength": 40},
            "exporter": {
                "type": "object",
                "properties": {
                    "id": _ID,
                    "name": _NAME,
                    "public_key": _PUBLIC_KEY,
                    "fingerprint": _FINGERPRINT,
                },
                "required": ["id", "name", "public_key", "fingerprint"],
                "additionalProperties": False,
            },
            "range": {
                "type": "object",
                "description": "The period asked for (null: open) and the events' first and last",
                "properties": {
                    "since": {"oneOf": [_TIME, {"type": "null"}]},
                    "until": {"oneOf": [_TIME, {"type": "null"}]},
                    "first": {"oneOf": [_TIME, {"type": "null"}]},
                    "last": {"oneOf": [_TIME, {"type": "null"}]},
                },
                "required": ["since", "until", "first", "last"],
                "additionalProperties": False,
            },
            "filters": {
                "type": "object",
                "properties": {
                    "author": {"oneOf": [_NAME, {"type": "null"}]},
                    "source": {"oneOf": [_NAME, {"type": "null"}]},
                },
                "required": ["author", "source"],
                "additionalProperties": False,
            },
            "pseudonymized": {"type": "boolean"},
            "counts": {
                "type": "object",
                "properties": {name: _COUNT for name in ("events", "members", "items", "sources")},
                "required": ["events", "members", "items", "sources"],
                "additionalProperties": False,
            },
            "files": {
                "type": "object",
                "properties": {
                    name: {
                        "type": "object",
                        "properties": {"sha256": _SHA256, "bytes": _COUNT},
                        "required": ["sha256", "bytes"],
                        "additionalProperties": False,
                    }
                    for name in RECORD_FILES
                },
                "required": list(RECORD_FILES),
                "additionalProperties": False,
            },
        },
        "required": [
            "format",
            "version",
            "bundle",
            "created_at",
            "app_version",
            "exporter",
            "range",
            "filters",
            "pseudonymized",
            "counts",
            "files",
        ],
    },
    "event": {
        "type": "object",
        "description": "events.jsonl: one event, as recorded; payloads name members and items "
        "by reference and sources by uid",
        "properties": {
            "id": {
                "type": "string",
                "pattern": "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
            },
            "kind": {"type": "string", "pattern": "^[a-z_]+\\.[a-z_]+$"},
            "author": {
                "type": "object",
                "properties": {"id": _ID, "name": _NAME},
                "required": ["id", "name"],
                "additionalProperties": False,
            },
            "at": _TIME,
            "payload": {"type": "object"},
            "signature": {
                "type": "object",
                "description": "Version 2: the author's Ed25519 signature over the record's "
                "canonical JSON without this field, made as a team store recorded the event",
                "properties": {
                    "public_key": _PUBLIC_KEY,
                    "value": {
                        "type": "string",
                        "pattern": "^[A-Za-z0-9+/]{86}==$",
                        "description": "64 bytes, base64",
                    },
                },
                "required": ["public_key", "value"],
                "additionalProperties": False,
            },
        },
        "required": ["id", "kind", "author", "at", "payload"],
        "additionalProperties": False,
    },
    "member": {
        "type": "object",
        "description": "members.jsonl: a member an event names",
        "properties": {
            "network": _NAME,
            "id": _ID,
            "handle": {"type": "string", "maxLength": 400},
            "display_name": {"type": "string", "maxLength": 400},
        },
        "required": ["network", "id", "handle", "display_name"],
        "additionalProperties": False,
    },
    "item": {
        "type": "object",
        "description": "items.jsonl: an item an event names, with an excerpt to recognise it",
        "properties": {
            "network": _NAME,
            "id": _ID,
            "kind": {"type": "string", "maxLength": 40},
            "author": {"oneOf": [_REF, {"type": "null"}]},
            "at": _TIME,
            "source": {"oneOf": [_ID, {"type": "null"}]},
            "excerpt": {"type": "string", "maxLength": EXCERPT},
            "url": {"oneOf": [{"type": "string", "maxLength": 2000}, {"type": "null"}]},
        },
        "required": ["network", "id", "kind", "author", "at", "source", "excerpt", "url"],
        "additionalProperties": False,
    },
    "source": {
        "type": "object",
        "description": "sources.jsonl: a source that items or events name, by its uid",
        "properties": {
            "uid": _ID,
            "network": _NAME,
            "kind": {"type": "string", "maxLength": 60},
            "name": _NAME,
        },
        "required": ["uid", "network", "kind", "name"],
        "additionalProperties": False,
    },
}
"""One JSON Schema (draft 2020-12) per record type."""

RECORD_OF_FILE = {EVENTS: "event", MEMBERS: "member", ITEMS: "item", SOURCES: "source"}


def schema_document() -> dict[str, Any]:
    """All schemas as one document, as docs/log-bundle.schema.json holds them."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://community-workbench.example/{FORMAT}/{VERSION}",
        "title": f"{FORMAT} version {VERSION}",
        "$defs": SCHEMAS,
    }


if __name__ == "__main__":  # python -m workbench.core.team.bundles.format > docs/log-….json
    import sys

    import orjson

    sys.stdout.buffer.write(
        orjson.dumps(schema_document(), option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"
    )
