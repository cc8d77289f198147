"""The intervention log as CSV: one row per intervention and observation, with the figures,
filtered like bundles, and nothing a spreadsheet would run as a formula."""

import csv
import io

from tests.conftest import AUTHOR
from workbench.core.interventions import logbook
from workbench.core.interventions.log_csv import COLUMNS, Period, log_csv


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_every_intervention_and_observation_is_a_row_with_its_figures(demo_store):
    with demo_store.read() as connection:
        rows = _rows(log_csv(connection))
        counts = demo_store.counts()
    assert list(rows[0]) == list(COLUMNS)
    assert sum(r["record"] == "intervention" for r in rows) == counts["interventions"]
    assert sum(r["record"] == "observation" for r in rows) == counts["observations"]
    interventions = [r for r in rows if r["record"] == "intervention"]
    assert all(r["days"] == "14" and r["items_before"].isdigit() for r in interventions)
    assert any(int(r["items_before"]) > 0 for r in interventions)
    observed = [r for r in rows if r["record"] == "observation"]
    assert all(r["outcome"] for r in observed)


def test_filters_choose_by_period_manager_and_source(demo_store):
    with demo_store.read() as connection:
        everything = _rows(log_csv(connection))
        managers = {r["manager"] for r in everything if r["record"] == "intervention"}
        one = sorted(managers)[0]
        mine = _rows(log_csv(connection, Period(author=one)))
        source = connection.exec_driver_sql("SELECT name FROM sources LIMIT 1").scalar_one()
        about = _rows(log_csv(connection, Period(source=source)))
    assert mine and {r["manager"] for r in mine if r["record"] == "intervention"} == {one}
    assert 0 < len(about) < len(everything)


def test_a_cell_that_a_spreadsheet_would_run_is_written_as_text(demo_store):
    with demo_store.write() as connection:
        member = connection.exec_driver_sql("SELECT id FROM members LIMIT 1").scalar_one()
        logbook.log(
            connection,
            "warning",
            "private_message",
            logbook.Targets(members=[member]),
            AUTHOR,
            message='=HYPERLINK("http://evil.example","klick")',
            rationale="+1 wiederholt",
        )
    with demo_store.read() as connection:
        [row] = [r for r in _rows(log_csv(connection)) if r["manager"] == AUTHOR.name]
    assert row["message"] == '\'=HYPERLINK("http://evil.example","klick")'
    assert row["rationale"] == "'+1 wiederholt"
