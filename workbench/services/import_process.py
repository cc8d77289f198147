"""An import in a process of its own, started ahead of the click and reporting through a queue.

The window's process then never competes with the import for Python's interpreter lock, so the
event loop keeps answering however much work the import does; SQLite's WAL lets the window read
the store meanwhile. Everything passed here is picklable: paths, URLs, connectors, options.

Starting a process costs a second or more (Python, SQLAlchemy, the connectors), longer than a
small import takes, so the window starts one ahead (``serve``) while the manager looks at the
Import dialog. It waits with all of that loaded, holding neither the store nor its lock: it opens
the store only when its import arrives (a store restored meanwhile is the one it writes), and
ends without work when the window closes its end of the pipe or the window's process ends. One
process, one import: the next import gets a process of its own.
"""

import multiprocessing
import multiprocessing.connection
import os
from collections.abc import Sequence
from multiprocessing.connection import Connection as Pipe
from multiprocessing.synchronize import Event as EventType
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.core.store import postgres

if TYPE_CHECKING:  # loaded by the import's process (serve), not by the window that starts it
    from workbench.core.records import ImportOptions
    from workbench.core.store import Store
    from workbench.services import importer

CONTEXT = multiprocessing.get_context("spawn")
"""Spawned, not forked: a fork of a process with Qt's threads running is not safe."""

NICENESS = 10
"""How much lower than the window's the import's processes run (a reading child inherits it).
A large import keeps both cores busy, and the window then waits its turn for a core: most of
its longest stalls were such waits (benchmarks/ui_stall_bench.py; at 300,000 comments on a
busy two-core machine the 99th percentile of its gaps fell from 99-117 ms to 47-48 ms). The
import loses little: when the window is idle it has the cores anyway."""

Location = Path | str
"""A laptop store's file, or a team store's URL as it is shown (never with its password)."""


def serve(location: Location, jobs: Pipe, messages: Any, cancel: EventType) -> None:
    """The process started ahead: load what an import into ``location`` needs, wait for one
    import on ``jobs`` ((planned, options, skip_bad)) and run it, reporting as ``run`` does."""
    if hasattr(os, "nice"):  # POSIX; Windows has its own priority classes, not set here
        os.nice(NICENESS)
    _load_for(location)
    parent = multiprocessing.parent_process()
    watched: list[Any] = [jobs] if parent is None else [jobs, parent.sentinel]
    try:
        if jobs not in multiprocessing.connection.wait(watched):
            return  # the window's process ended
        planned, options, skip_bad = jobs.recv()
    except (EOFError, OSError):
        return  # the window closed the pipe: no import is coming
    finally:
        jobs.close()
    run(location, planned, options, skip_bad, messages, cancel)


def _load_for(location: Location) -> None:
    """Import what an import into ``location`` needs: the importer, its connectors, the store
    and SQLAlchemy, and a team store's driver and keyring."""
    import workbench.connectors.registry
    import workbench.services.importer

    if postgres.is_url(location):
        import workbench.core.store.postgres.engine
        import workbench.core.store.postgres.notify
        import workbench.services.team_store  # noqa: F401 (the keyring, for the password)


def run(
    location: Location,
    planned: Sequence["importer.PlannedImport"],
    options: "ImportOptions",
    skip_bad: bool,
    messages: Any,
    cancel: EventType,
) -> None:
    """The import: ("progress", ImportProgress)…, then ("done", ImportResult) or
    ("failed", message, cancelled)."""
    from workbench.core.errors import WorkbenchError
    from workbench.services import importer

    try:
        with _opened(location) as store:
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


def _opened(location: Location) -> "Store":
    """The store to import into. A team store takes the password the keyring keeps for its
    URL, as the window did: none travels here, so none can end up in a message or a log."""
    if postgres.is_url(location):
        from workbench.services import team_store

        team_store.use_keyring()
    from workbench.core.store import open_store

    return open_store(location, create=False, upgrade=False)
