"""Helpers for connector tests: read a file through a connector, or import it into a store."""

from collections.abc import Callable
from pathlib import Path

import pytest

from workbench.connectors.base import BadRecord, Connector, Yielded
from workbench.connectors.inputs import open_input
from workbench.core.ingest import ImportSummary
from workbench.core.records import ImportOptions
from workbench.core.store import Store
from workbench.services import importer

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def read_all(
    connector: Connector, path: Path, options: ImportOptions | None = None
) -> list[Yielded]:
    with open_input(path) as source:
        return list(connector.read(source, options or ImportOptions()))


def bad_records(records: list[Yielded]) -> list[BadRecord]:
    return [record for record in records if isinstance(record, BadRecord)]


@pytest.fixture
def import_with(store: Store) -> Callable[..., ImportSummary]:
    """Import ``path`` with ``connector`` into the test store; returns the summary."""

    def run(
        connector: Connector, *paths: Path, skip_bad: bool = False, **options: bool
    ) -> ImportSummary:
        planned = [
            importer.PlannedImport(Path(p), connector, f"test: {Path(p).name}") for p in paths
        ]
        return importer.run(
            store, planned, skip_bad=skip_bad, options=ImportOptions(**options), now=1_800_000_000
        ).summary

    return run


def table_snapshot(store: Store) -> dict[str, object]:
    """Row counts and the FTS index content, to prove a failed import changed nothing."""
    counts: dict[str, object] = dict(store.counts())
    with store.read() as connection:
        counts["fts"] = connection.exec_driver_sql(
            "SELECT count(*) FROM items_fts WHERE items_fts MATCH 'a OR e OR the OR und'"
        ).scalar_one()
    return counts
