"""A large import reads in a child process (services.import_pipeline): it must write exactly
what reading in the importer's own process writes, say the same about bad input, and leave
nothing behind when it fails or is cancelled."""

import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import AUTHOR
from tests.connectors.conftest import FIXTURES, table_snapshot
from workbench.connectors.base import Connector
from workbench.connectors.inputs import Input
from workbench.connectors.pushshift import PushshiftConnector
from workbench.core.errors import WorkbenchError
from workbench.core.members import roster
from workbench.core.queue import rules
from workbench.core.records import ImportOptions
from workbench.core.store import Store, open_store
from workbench.services import import_pipeline, importer

NOW = 1_800_000_000
EXAMPLES = sorted(
    path
    for path in FIXTURES.rglob("*")
    if path.is_file() and path.suffix in (".json", ".ndjson", ".csv", ".xml", ".txt", ".zip")
)


@pytest.fixture
def beside(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every input read in a child process, however small."""
    monkeypatch.setattr(import_pipeline, "MIN_BYTES", 0)


def _stores(tmp_path: Path) -> Iterator[Store]:
    for name in ("here.db", "beside.db"):
        with open_store(tmp_path / name) as store:
            yield store


def _written(store: Store) -> dict[str, Any]:
    """What an import leaves in the tables that it writes, but the time it ran."""
    with store.read() as connection:
        run = connection.exec_driver_sql
        item_columns = [
            row[1] for row in run("PRAGMA table_info(items)") if row[1] not in ("imported_at",)
        ]
        return {
            "items": run(f"SELECT {', '.join(item_columns)} FROM items ORDER BY id").all(),
            "members": run("SELECT * FROM members ORDER BY id").all(),
            "queue": run("SELECT item_id, reasons, priority FROM queue ORDER BY item_id").all(),
            "reasons": run("SELECT * FROM queue_reasons ORDER BY item_id, reason").all(),
            "words": run("SELECT rowid FROM items_fts WHERE items_fts MATCH 'the OR und'").all(),
            "fragments": run(
                "SELECT rowid FROM items_fts_trigram WHERE items_fts_trigram MATCH 'ein'"
            ).all(),
        }


def _import(
    store: Store, path: Path, *, skip_bad: bool = False, connector: Connector | None = None
) -> importer.ImportResult:
    planned = (
        [importer.PlannedImport(path, connector, f"test: {path.name}")]
        if connector
        else importer.plan([path])
    )
    # One key for pseudonyms in both stores (each store makes its own otherwise).
    options = ImportOptions(personal_key=b"k" * 32)
    return importer.run(store, planned, skip_bad=skip_bad, options=options, now=NOW)


def _plannable(path: Path) -> bool:
    try:
        importer.plan([path])
    except WorkbenchError:
        return False
    return True


def _outcome(store: Store, path: Path) -> object:
    try:
        return _import(store, path, skip_bad=True).summary
    except WorkbenchError as refused:  # a fixture of bad input: it must be refused alike
        return str(refused)


@pytest.mark.parametrize("path", [p for p in EXAMPLES if _plannable(p)], ids=lambda p: p.name)
def test_a_child_writes_what_the_importer_writes_itself(tmp_path, monkeypatch, path):
    here, beside = _stores(tmp_path)
    said_here = _outcome(here, path)
    monkeypatch.setattr(import_pipeline, "MIN_BYTES", 0)
    assert _outcome(beside, path) == said_here
    assert _written(beside) == _written(here)


def test_the_child_reads_the_stores_rules_mutes_and_statuses(tmp_path, monkeypatch):
    """The rows depend on what the store holds when the import starts (ingest_rows.Snapshot)."""
    comments = FIXTURES / "reddit-dumps" / "pushshift-importer_test_comments.ndjson"
    submissions = FIXTURES / "reddit-dumps" / "pushshift-importer_test_submissions.ndjson"
    stores = list(_stores(tmp_path))
    for store in stores:
        _import(store, submissions)
        with store.write() as connection:
            rules.save(connection, rules.RuleSpec("r1", "stunning", "keywords", "stunning"), AUTHOR)
            rules.save(connection, rules.RuleSpec("r2", "links", "links"), AUTHOR)
            first, second = connection.exec_driver_sql(
                "SELECT id FROM members ORDER BY id LIMIT 2"
            ).scalars()
            roster.set_status(connection, first, "memorialized", AUTHOR)
            roster.set_status(connection, second, "watch", AUTHOR)
    here, beside = stores
    said_here = _import(here, comments).summary
    monkeypatch.setattr(import_pipeline, "MIN_BYTES", 0)
    said_beside = _import(beside, comments).summary
    assert said_here.queued > 0
    assert said_beside == said_here
    assert _written(beside) == _written(here)


def test_a_bad_line_stops_the_import_with_the_same_words(tmp_path, store, beside):
    path = tmp_path / "comments.ndjson"
    good = (FIXTURES / "reddit-dumps" / "pushshift-importer_test_comments.ndjson").read_text()
    path.write_text(good + "{not json\n")
    before = table_snapshot(store)
    with pytest.raises(importer.ImportFailed, match=r"comments\.ndjson, line 27: .*Nothing was"):
        _import(store, path)
    assert table_snapshot(store) == before
    summary = _import(store, path, skip_bad=True).summary
    assert [where.split(":")[0] for where in summary.skipped] == ["comments.ndjson, line 27"]
    assert summary.items_added == 26


def test_a_damaged_archive_is_said_and_nothing_is_written(tmp_path, store, beside):
    import zstandard

    data = (FIXTURES / "reddit-dumps" / "pushshift-importer_test_comments.ndjson").read_bytes()
    path = tmp_path / "comments.ndjson.zst"
    damaged = bytearray(zstandard.ZstdCompressor(write_checksum=True).compress(data * 20))
    damaged[100:200] = bytes(byte ^ 0x55 for byte in damaged[100:200])
    path.write_bytes(bytes(damaged))
    before = table_snapshot(store)
    with pytest.raises(importer.ImportFailed, match=r"comments\.ndjson\.zst cannot be read: "):
        _import(store, path, connector=PushshiftConnector())
    assert table_snapshot(store) == before


def test_a_cancel_stops_the_child_and_writes_nothing(tmp_path, store, beside):
    path = FIXTURES / "reddit-dumps" / "pushshift-importer_test_comments.ndjson"
    before = table_snapshot(store)
    planned = importer.plan([path])
    with pytest.raises(importer.ImportCancelled):
        importer.run(store, planned, cancelled=lambda: True, now=NOW)
    assert table_snapshot(store) == before


class _Dying(PushshiftConnector):
    """Reads a few records, then its process ends as a crash would end it."""

    def read(self, source: Input, options: ImportOptions) -> Iterator[Any]:
        for number, record in enumerate(super().read(source, options)):
            if number == 5:
                os._exit(3)
            yield record


class _Killed(PushshiftConnector):
    """Reads a few records, then its process is killed as the out of memory killer kills it."""

    def read(self, source: Input, options: ImportOptions) -> Iterator[Any]:
        for number, record in enumerate(super().read(source, options)):
            if number == 5:
                os.kill(os.getpid(), signal.SIGKILL)
            yield record


class _Failing(PushshiftConnector):
    def read(self, source: Input, options: ImportOptions) -> Iterator[Any]:
        yield from list(super().read(source, options))[:3]
        raise ValueError("the connector broke")


def test_a_child_that_dies_is_said_and_nothing_is_written(store, beside):
    path = FIXTURES / "reddit-dumps" / "pushshift-importer_test_comments.ndjson"
    before = table_snapshot(store)
    with pytest.raises(importer.ImportFailed) as failed:
        _import(store, path, connector=_Dying())
    assert str(failed.value) == (
        "pushshift-importer_test_comments.ndjson cannot be read: the process reading it stopped "
        "(exit code 3). Nothing was imported."
    )
    assert table_snapshot(store) == before


def test_a_child_that_is_killed_is_said_with_its_signal(store, beside):
    path = FIXTURES / "reddit-dumps" / "pushshift-importer_test_comments.ndjson"
    before = table_snapshot(store)
    with pytest.raises(importer.ImportFailed) as failed:
        _import(store, path, connector=_Killed())
    assert str(failed.value) == (
        "pushshift-importer_test_comments.ndjson cannot be read: the process reading it was "
        f"killed (signal {signal.SIGKILL.value}). Nothing was imported."
    )
    assert table_snapshot(store) == before


def test_a_childs_error_reaches_the_importer(store, beside):
    path = FIXTURES / "reddit-dumps" / "pushshift-importer_test_comments.ndjson"
    before = table_snapshot(store)
    with pytest.raises(ValueError, match="the connector broke"):
        _import(store, path, connector=_Failing())
    assert table_snapshot(store) == before
