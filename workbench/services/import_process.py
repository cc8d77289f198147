"""An import in a process of its own, reporting through a queue.

The window's process then never competes with the import for Python's interpreter lock, so the
event loop keeps answering however much work the import does; SQLite's WAL lets the window read
the store meanwhile. Everything passed here is picklable: paths, connectors, options.
"""

import multiprocessing
from collections.abc import Sequence
from multiprocessing.synchronize import Event as EventType
from pathlib import Path
from typing import Any

from workbench.core.errors import WorkbenchError
from workbench.core.records import ImportOptions
from workbench.core.store import open_store
from workbench.services import importer

CONTEXT = multiprocessing.get_context("spawn")
"""Spawned, not forked: a fork of a process with Qt's threads running is not safe."""


def run(
    db_path: Path,
    planned: Sequence[importer.PlannedImport],
    options: ImportOptions,
    skip_bad: bool,
    messages: Any,
    cancel: EventType,
) -> None:
    """The child's work: ("progress", ImportProgress)…, then ("done", ImportResult) or
    ("failed", message, cancelled)."""
    try:
        with open_store(db_path, upgrade=False) as store:
            result = importer.run(
                store,
                planned,
                skip_bad=skip_bad,
                options=options,
                progress=lambda progress: messages.put(("progress", progress)),
                cancelled=cancel.is_set,
            )
    except importer.ImportCancelled as exc:
        messages.put(("failed", str(exc), True))
    except WorkbenchError as exc:
        messages.put(("failed", str(exc), False))
    except Exception as exc:
        messages.put(("failed", f"{type(exc).__name__}: {exc}", False))
    else:
        messages.put(("done", result))
