"""Exporting the event log as it is: one JSON object a line, written atomically."""

from pathlib import Path

import orjson

from workbench.core.atomic import write_bytes_atomic
from workbench.core.events import eventlog
from workbench.core.store import Store

FORMAT = "community-workbench-log/1"


def export_log(store: Store, path: Path) -> int:
    """Write every event to ``path`` (JSON Lines, a header line first); return how many."""
    lines = [orjson.dumps({"format": FORMAT})]
    with store.read() as connection:
        lines.extend(orjson.dumps(event.to_json()) for event in eventlog.iter_events(connection))
    write_bytes_atomic(path, b"\n".join(lines) + b"\n")
    return len(lines) - 1
