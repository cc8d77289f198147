"""On a team store the queue reads its pages off the UI thread: a slow server never freezes the
window, and an answer for a view the manager has left is dropped when it lands late."""

import itertools
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, QTimer
from sqlalchemy import event

from tests.conftest import AUTHOR
from workbench.core import sources
from workbench.core.ingest import Ingestor
from workbench.core.records import ItemRecord
from workbench.core.store import Store, open_store
from workbench.ui.pages.queue_page import QueuePage
from workbench.ui.tasks.runner import TaskRunner

pytestmark = pytest.mark.postgres

SLOW = {"akku": 1.2, "holz": 0.1}
"""Seconds a statement waits before it reaches the server, by the search it carries: a slow
network, on the reading thread only."""


@pytest.fixture
def team_store(postgres_url: str) -> Iterator[Store]:
    with open_store(postgres_url) as store:
        with store.write() as connection:
            source = sources.ensure(connection, name="Forum", kind="test", network="forum")
            ingestor = Ingestor(connection, source, now=1_800_000_000)
            for n in range(450):
                word = "akku" if n % 2 else "holz"
                ingestor.add(
                    ItemRecord(
                        "forum",
                        f"p{n}",
                        f"u{n % 9}",
                        "comment",
                        1_700_000_000 + n,
                        body=f"{word} Beitrag {n}",
                        platform_state="held",
                    )
                )
            ingestor.finish()

        def slow_network(_conn, _cursor, _statement, parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
            said = str(parameters)
            time.sleep(max((s for word, s in SLOW.items() if word in said), default=0.0))

        event.listen(store.engine, "before_cursor_execute", slow_network)
        yield store


@pytest.fixture
def page(qtbot, team_store):  # type: ignore[no-untyped-def]
    tasks = TaskRunner(team_store)
    widget = QueuePage(team_store, AUTHOR, tasks)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 200, timeout=10_000)
    yield widget
    tasks.stop()


def test_a_slow_page_leaves_the_window_responsive(qtbot, page):  # type: ignore[no-untyped-def]
    ticks: list[float] = []
    timer = QTimer(interval=20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    started = time.monotonic()
    page.search.setText("akku")
    page.apply_filters()
    assert time.monotonic() - started < 0.2  # the call returned before the answer
    assert page.model.loading and page.model.rowCount() == 200  # the old rows stay meanwhile
    qtbot.waitUntil(lambda: not page.model.loading, timeout=5000)
    timer.stop()
    waited = time.monotonic() - started
    rows = [page.model.row_at(n) for n in range(page.model.rowCount())]
    assert waited >= 1.2 and rows and all("akku" in row.body for row in rows)
    # The event loop ran all along: no gap between ticks near the 1.2 s the read took.
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) >= 30 and max(gaps) < 0.5
    assert page.current_row() == 0  # what follows the load ran when it landed

    # Scrolling on: the next page lands later, appended; the list does not wait for it.
    page.model.fetchMore(QModelIndex())
    assert page.model.rowCount() == 200 and not page.model.canFetchMore(QModelIndex())
    qtbot.waitUntil(lambda: page.model.rowCount() == 225, timeout=5000)


def test_an_answer_for_a_view_left_meanwhile_is_dropped(qtbot, page):  # type: ignore[no-untyped-def]
    shown: list[str] = []
    page.model.modelReset.connect(lambda: shown.append(page.model.row_at(0).body.split()[0]))
    page.search.setText("akku")
    page.apply_filters()  # slow: lands after the next one
    page.search.setText("holz")
    page.apply_filters()
    qtbot.waitUntil(lambda: not page.model.loading, timeout=5000)
    assert page.model.view.search == "holz"
    qtbot.wait(1500)  # the slow answer for "akku" has landed by now, and was dropped
    rows = [page.model.row_at(n) for n in range(page.model.rowCount())]
    assert page.model.view.search == "holz" and all("holz" in row.body for row in rows)
    assert set(shown) == {"holz"}  # the stale answer never reached the view


def test_a_search_the_store_cannot_read_is_said_and_the_rows_stay(qtbot, page):  # type: ignore[no-untyped-def]
    page.search.setText('"unclosed')
    page.apply_filters()
    qtbot.waitUntil(lambda: not page.hint.isHidden(), timeout=5000)
    assert "quotation mark" in page.hint.text()
    assert page.model.rowCount() == 200 and not page.model.loading
    page.search.setText("holz")
    page.apply_filters()
    qtbot.waitUntil(lambda: page.hint.isHidden() and page.model.view.search == "holz")
