"""A large import on two cores: one process reads the input and makes its rows, the other
writes them.

Reading, parsing and converting records and making their rows (ingest_rows) is Python work a
record at a time; writing is SQLite's, a batch at a time. In one process they take turns; here
a spawned child reads and makes rows while the importer's process writes the previous batch.
A batch crosses as one marshalled value of plain tuples: loading it costs a fraction of making
it (pickled records cost as much to load as to parse). The pipe holds one batch, so the child
is never more than a batch ahead, and a slow store slows the reading instead of filling memory.

Nothing about an import's promises changes: the child never opens the store, the importer's one
write transaction takes every row, and a cancel, a bad record or a failure in the child rolls
all of it back (the child is stopped).
"""

import ctypes
import ctypes.util
import gc
import marshal
import multiprocessing
import pickle
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.connection import Connection as Pipe
from pathlib import Path
from typing import Any

from workbench.connectors.base import BadRecord, Connector
from workbench.connectors.inputs import READ_ERRORS, open_input
from workbench.core.errors import WorkbenchError
from workbench.core.i18n import translate
from workbench.core.ingest_rows import Batch, RowMaker, Snapshot
from workbench.core.records import ImportOptions, MemberRecord

CONTEXT = multiprocessing.get_context("spawn")
"""Spawned, not forked: the importer may run in the window's process, with Qt's threads."""
MIN_BYTES = 8 * 1024**2
"""Inputs smaller than this are read in the importer's process: starting the child takes about
a third of a second, more than such an input takes to read."""
POLL_SECONDS = 0.25
"""How often the importer looks whether the child still lives while it waits for a batch."""


@contextmanager
def cycles_not_collected() -> Iterator[None]:
    """Python's cycle collector paused while an import runs, where it ran (in the window it is
    off already and collected on the UI thread). Batches are lists of tuples of texts and
    numbers, which hold no cycles, and each collection walked all of them: 7 % of the writer's
    time (py-spy, 100,000 comments)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _trimmer() -> Any:
    """glibc's malloc_trim, or None elsewhere."""
    name = ctypes.util.find_library("c")
    try:
        return getattr(ctypes.CDLL(name), "malloc_trim", None) if name else None
    except OSError:
        return None


_MALLOC_TRIM = _trimmer()


def give_back_memory() -> None:
    """Return the memory a written batch freed to the system. glibc's allocator keeps it for
    reuse otherwise, and the importer's process grew by some 20 MB of it at 300,000 comments
    (peak RSS 234 MB, 215 MB with this after each batch)."""
    if _MALLOC_TRIM is not None:
        _MALLOC_TRIM(0)


class Unreadable(WorkbenchError):
    """The input could not be read (a damaged archive, a failing disk, the reading child's
    end): what went wrong, said of the input, which the importer names."""


@dataclass(frozen=True, slots=True)
class Made:
    """What the child made since the last: a batch of rows, or a bad record."""

    batch: Batch | None
    bad: BadRecord | None
    members: int
    items: int
    fraction: float


def _send_rows(
    pipe: Pipe, path: Path, connector: Connector, options: ImportOptions, snapshot: Snapshot
) -> None:
    """The child: read the input, send ("rows", marshalled batch, members, items, fraction) and
    ("bad", record) as they come, then ("done",), or ("unreadable", text) or ("raise", error)."""
    gc.disable()  # the child makes tuples only (see cycles_not_collected)
    try:
        maker = RowMaker(snapshot)
        members = items = 0
        with open_input(path) as opened:
            total = max(opened.total_bytes, 1)
            for record in connector.read(opened, options):
                if isinstance(record, BadRecord):
                    pipe.send(("bad", record, opened.bytes_read / total))
                    continue
                if isinstance(record, MemberRecord):
                    members += 1
                else:
                    items += 1
                if maker.add(record):
                    rows = marshal.dumps(maker.take().as_tuple())
                    pipe.send(("rows", rows, members, items, opened.bytes_read / total))
                    members = items = 0
            rows = marshal.dumps(maker.take().as_tuple())
        pipe.send(("rows", rows, members, items, 1.0))
        pipe.send(("done",))
    except READ_ERRORS as exc:
        pipe.send(("unreadable", str(exc)))
    except Exception as exc:  # everything reaches the importer, which says it
        pipe.send(("raise", _portable(exc)))
    finally:
        pipe.close()


def _portable(exc: Exception) -> Exception:
    """``exc`` if it survives pickling as it is, else a WorkbenchError that says the same."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        said = str(exc) if isinstance(exc, WorkbenchError) else f"{type(exc).__name__}: {exc}"
        return WorkbenchError(said)
    return exc


def rows_of(
    path: Path, connector: Connector, options: ImportOptions, snapshot: Snapshot
) -> Generator[Made, None, None]:
    """The rows of ``path``, made in a child process while the caller writes each batch."""
    receiving, sending = CONTEXT.Pipe(duplex=False)
    child = CONTEXT.Process(
        target=_send_rows, args=(sending, path, connector, options, snapshot), daemon=False
    )
    child.start()
    sending.close()
    try:
        while True:
            message = _next(receiving, child)
            kind = message[0]
            if kind == "rows":
                _, rows, members, items, fraction = message
                yield Made(Batch.from_tuple(marshal.loads(rows)), None, members, items, fraction)
            elif kind == "bad":
                yield Made(None, message[1], 0, 0, message[2])
            elif kind == "done":
                return
            elif kind == "unreadable":
                raise Unreadable(message[1])
            else:
                raise message[1]
    finally:
        receiving.close()
        if child.is_alive():
            child.kill()
        child.join()


def _stopped(child: Any) -> Unreadable:
    """The child's end, as a reason the input cannot be read: the importer names the input and
    rolls the import back, as for any other input that cannot be read."""
    code = child.exitcode
    if code is not None and code < 0:  # killed by a signal: the kernel's out of memory killer
        said = translate("Import", "the process reading it was killed (signal {signal})")
        return Unreadable(said.format(signal=-code))
    said = translate("Import", "the process reading it stopped (exit code {code})")
    return Unreadable(said.format(code=code))


def _next(receiving: Pipe, child: Any) -> tuple[Any, ...]:
    """The child's next message; a child that ended without one is an error said as such."""
    while not receiving.poll(POLL_SECONDS):
        if not child.is_alive() and not receiving.poll(0):
            raise _stopped(child)
    try:
        message: tuple[Any, ...] = receiving.recv()
    except EOFError:
        child.join()
        raise _stopped(child) from None
    return message
