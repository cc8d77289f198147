"""An intervention two managers corrected apart is marked in the log, with both versions."""

from tests.conftest import AUTHOR
from workbench.core.events import eventlog
from workbench.core.events.event import Kind
from workbench.core.settings import Author
from workbench.ui.pages.interventions_page import InterventionsPage

BOB = Author(id="00000000-0000-4000-8000-000000000002", name="Bob")


def test_a_conflicting_correction_is_marked_with_both_versions(
    qtbot, demo_store, tasks_for, tmp_path
):
    with demo_store.write() as connection:
        intervention = connection.exec_driver_sql("SELECT id FROM interventions LIMIT 1").scalar()
        for author, text in ((AUTHOR, "Erste Fassung"), (BOB, "Zweite Fassung")):
            eventlog.record(
                connection,
                Kind.INTERVENTION_EDITED,
                {
                    "intervention": intervention,
                    "changes": {"message": text},
                    "based_on": intervention,
                },
                author,
            )
    page = InterventionsPage(demo_store, AUTHOR, tasks_for(demo_store))
    qtbot.addWidget(page)
    page.resize(1100, 500)
    row = next(n for n, e in enumerate(page.logged) if e.intervention_id == intervention)
    item = page.tree.topLevelItem(row)
    assert item.text(1).startswith("⚠")
    tip = item.toolTip(1)
    assert "Erste Fassung" in tip and "Zweite Fassung" in tip and "Bob" in tip
    others = [
        page.tree.topLevelItem(n).text(1) for n in range(page.tree.topLevelItemCount()) if n != row
    ]
    assert not any(text.startswith("⚠") for text in others)
    page.grab().save(str(tmp_path / "conflict.png"))
