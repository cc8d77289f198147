"""Time as the store keeps it: integer Unix seconds in UTC."""

import time
from datetime import UTC, datetime


def now() -> int:
    return int(time.time())


def to_datetime(unix: int) -> datetime:
    return datetime.fromtimestamp(unix, tz=UTC)


def to_iso(unix: int) -> str:
    """ISO 8601 in UTC with a 'Z', as events are exported."""
    return to_datetime(unix).strftime("%Y-%m-%dT%H:%M:%SZ")
