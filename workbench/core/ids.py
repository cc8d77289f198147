"""Identifiers: UUIDv7 for events (sortable by time, unique across managers' machines)."""

import uuid

import uuid6


def new_event_id() -> str:
    """A new UUIDv7; ids made in one process increase strictly, even within a millisecond."""
    return str(uuid6.uuid7())


def uuid7_at(unix_ms: int, random_bits: int) -> str:
    """A UUIDv7 for a given time and 74 random bits: reproducible ids for generated data."""
    value = (unix_ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= ((random_bits >> 62) & 0xFFF) << 64
    value |= 0b10 << 62
    value |= random_bits & ((1 << 62) - 1)
    return str(uuid.UUID(int=value))
