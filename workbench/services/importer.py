"""Importing exports: detect each input's format, then write all of it in one transaction.

``plan`` says what each path is (shown to the user before anything is written); ``run`` reads
the inputs through their connectors and writes members and items with the bulk ``Ingestor``.
Either everything lands or nothing does: a bad record (unless skipped), a broken file, an unsafe
archive or a cancel roll the whole import back.
"""

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import Connection

from workbench.connectors import registry
from workbench.connectors.base import BadRecord, Connector, FormatError, Location
from workbench.connectors.inputs import READ_ERRORS, Input, open_input
from workbench.core import clock, ingest, sources
from workbench.core.errors import WorkbenchError
from workbench.core.i18n import translate
from workbench.core.ingest import ImportSummary, Ingestor
from workbench.core.records import ImportOptions
from workbench.core.store import Store
from workbench.services import import_pipeline

PROGRESS_EVERY = 2_000
"""Records between two progress reports (and checks for cancel)."""


class ImportFailed(WorkbenchError):
    """The import stopped; nothing of it was written."""


class ImportCancelled(WorkbenchError):
    """The user cancelled; nothing of the import was written."""


@dataclass(frozen=True, slots=True)
class PlannedImport:
    path: Path
    connector: Connector
    source_name: str


@dataclass(frozen=True, slots=True)
class ImportProgress:
    path: Path
    fraction: float
    members: int
    items: int
    elapsed: float

    @property
    def remaining(self) -> float | None:
        """Seconds left, estimated from the bytes read so far."""
        if self.fraction <= 0.02:
            return None
        return self.elapsed * (1 - self.fraction) / self.fraction


@dataclass(slots=True)
class ImportResult:
    summary: ImportSummary
    files: list[PlannedImport] = field(default_factory=list)
    seconds: float = 0.0


def candidates(path: Path) -> list[Connector]:
    """The connectors that recognise ``path``, most likely first. Where none does and part of
    it could not be read (a .zst cut short), that is said instead."""
    with open_input(Path(path)) as opened:
        found = [connector for _, connector in registry.ranked(opened)]
        if not found and opened.unreadable:
            problem = next(iter(opened.unreadable.values()))
            raise WorkbenchError(
                translate("Import", "{path} cannot be read: {problem}.").format(
                    path=Path(path).name, problem=problem
                )
            )
        return found


def connector_named(name: str) -> Connector:
    found = registry.by_name(name)
    if found is None:
        names = ", ".join(c.name for c in registry.CONNECTORS)
        raise WorkbenchError(
            translate("Import", "Unknown format '{format}'; the formats are: {names}.").format(
                format=name, names=names
            )
        )
    return found


def default_source_name(path: Path, connector: Connector) -> str:
    return f"{connector.network}: {Path(path).name}"


def plan(
    paths: Sequence[Path], *, format: str | None = None, source: str | None = None
) -> list[PlannedImport]:
    """Which connector reads each path, detected from content unless ``format`` forces one.

    A forced format is trusted where detection recognises nothing (a first record beyond what
    detection reads, say), and refused only where the file plainly is another format."""
    forced = None if format is None else connector_named(format)
    planned = []
    for path in paths:
        found = candidates(Path(path))
        if forced is not None and found and forced not in found:
            raise WorkbenchError(
                translate(
                    "Import", "{path} does not look like {label} (it looks like: {seen})."
                ).format(path=path, label=forced.label, seen=found[0].label)
            )
        if forced is None and not found:
            raise WorkbenchError(
                translate(
                    "Import", "{path} is in no format the workbench knows; see 'workbench formats'."
                ).format(path=path)
            )
        connector = forced or found[0]
        planned.append(
            PlannedImport(Path(path), connector, source or default_source_name(path, connector))
        )
    return planned


BULK_MIN_BYTES = 8 * 1024**2
"""An input this large into a store that holds fewer items builds the secondary item indexes at
the end: 100,000 comments (48 MB) into a new store spent 2.5 s of CPU growing them, 0.5 s
building them (benchmarks/import_bench.py)."""
BYTES_PER_RECORD = 500
"""A rough size of one exported record, to tell a large import from a small one."""


def _is_bulk(connection: Connection, input_bytes: int) -> bool:
    """Whether an input is large next to the store: then rebuilding the indexes at the end
    is faster than growing them."""
    if input_bytes < BULK_MIN_BYTES:
        return False
    stored = connection.exec_driver_sql("SELECT coalesce(max(id), 0) FROM items").scalar_one()
    return input_bytes / BYTES_PER_RECORD > int(stored)


def _where(path: Path, record: BadRecord) -> str:
    """The bad record's place, with the archive or folder name when it is inside one."""
    return str(record) if record.location.file == path.name else f"{path.name}: {record}"


def _in_input(path: Path, error: FormatError) -> FormatError:
    """A broken member's error with the archive or folder it is in named, as ``_where`` names
    a bad record's: one import may take several, and each may hold a users.json."""
    where = error.location
    if (where.file if isinstance(where, Location) else where) == path.name:
        return error
    return FormatError(f"{path.name}: {error.location}", error.message)


@dataclass(slots=True)
class _Run:
    """One import in progress: its settings, its summary, and the clock for progress."""

    skip_bad: bool
    options: ImportOptions
    progress: Callable[[ImportProgress], None] | None
    cancelled: Callable[[], bool] | None
    now: int
    summary: ImportSummary = field(default_factory=ImportSummary)
    started: float = field(default_factory=time.monotonic)

    def one(self, connection: Connection, entry: PlannedImport) -> None:
        try:
            self._read(connection, entry)
        except FormatError as exc:
            raise _in_input(entry.path, exc) from exc
        except (*READ_ERRORS, import_pipeline.Unreadable) as exc:
            raise ImportFailed(
                translate(
                    "Import", "{path} cannot be read: {problem}. Nothing was imported."
                ).format(path=entry.path.name, problem=exc)
            ) from exc

    def _read(self, connection: Connection, entry: PlannedImport) -> None:
        if not self.options.personal_key:
            self.options = replace(self.options, personal_key=ingest.personal_key(connection))
        connector = entry.connector
        source = sources.ensure(
            connection,
            name=entry.source_name,
            kind=connector.name,
            network=connector.source_network(self.options),
        )
        with open_input(entry.path) as opened:
            total = max(opened.total_bytes, 1)
            ingestor = Ingestor(
                connection,
                source,
                now=self.now,
                summary=self.summary,
                options=self.options,
                bulk=_is_bulk(connection, total),
            )
            if total < import_pipeline.MIN_BYTES:
                self._read_here(entry, opened, total, ingestor)
        if total >= import_pipeline.MIN_BYTES:
            self._read_beside(entry, ingestor)
        ingestor.finish()

    def _read_here(
        self, entry: PlannedImport, opened: Input, total: int, ingestor: Ingestor
    ) -> None:
        """Read and write in this process, a record at a time."""
        for count, record in enumerate(entry.connector.read(opened, self.options), start=1):
            if isinstance(record, BadRecord):
                self.bad(entry.path, record)
            else:
                ingestor.add(record)
            if count % PROGRESS_EVERY == 0:
                self.check_in(entry.path, opened.bytes_read / total, ingestor)

    def _read_beside(self, entry: PlannedImport, ingestor: Ingestor) -> None:
        """Write the batches a child process reads and makes (services.import_pipeline)."""
        made = import_pipeline.rows_of(
            entry.path, entry.connector, self.options, ingestor.snapshot()
        )
        try:
            for step in made:
                if step.bad is not None:
                    self.bad(entry.path, step.bad)
                if step.batch is not None:
                    ingestor.count(step.members, step.items)
                    ingestor.write(step.batch)
                    import_pipeline.give_back_memory()
                self.check_in(entry.path, step.fraction, ingestor)
        finally:
            made.close()

    def bad(self, path: Path, record: BadRecord) -> None:
        where = _where(path, record)
        if not self.skip_bad:
            raise ImportFailed(
                translate("Import", "{problem}. Nothing was imported.").format(problem=where)
            )
        self.summary.skipped.append(where)

    def check_in(self, path: Path, fraction: float, ingestor: Ingestor) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled(translate("Import", "Import cancelled; nothing was imported."))
        if self.progress is not None:
            elapsed = time.monotonic() - self.started
            self.progress(
                ImportProgress(
                    path, min(fraction, 1.0), ingestor.members_seen, ingestor.items_seen, elapsed
                )
            )


def run(
    store: Store,
    planned: Sequence[PlannedImport],
    *,
    skip_bad: bool = False,
    options: ImportOptions | None = None,
    progress: Callable[[ImportProgress], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    now: int | None = None,
) -> ImportResult:
    """Read and write every planned input in one write transaction: all of it lands, or none."""
    state = _Run(
        skip_bad=skip_bad,
        options=options or ImportOptions(),
        progress=progress,
        cancelled=cancelled,
        now=clock.now() if now is None else now,
    )
    with import_pipeline.cycles_not_collected(), store.write() as connection:
        for entry in planned:
            state.one(connection, entry)
    return ImportResult(state.summary, list(planned), time.monotonic() - state.started)
