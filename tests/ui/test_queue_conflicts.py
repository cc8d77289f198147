"""The queue when a colleague got there first (a window and the command line on one laptop, or
a team store): the decision is not recorded, the window says who decided and when and shows
the item as it is; an item a colleague holds says so in the detail pane and refuses a claim."""

import pytest

from tests.conftest import AUTHOR
from workbench.core.events import eventlog
from workbench.core.events.event import Kind
from workbench.core.queue import decisions
from workbench.core.settings import Author
from workbench.ui.pages.queue_page import QueuePage
from workbench.ui.tasks.runner import TaskRunner

ANNA = Author(id="00000000-0000-4000-8000-00000000000a", name="Anna")


@pytest.fixture
def page(qtbot, demo_store):
    widget = QueuePage(demo_store, AUTHOR, TaskRunner(demo_store))
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    said: list[str] = []
    widget.message.connect(said.append)
    widget.said = said  # type: ignore[attr-defined]
    yield widget
    widget.tasks.stop()


def _decisions_on(store, item_id):
    with store.read() as connection:
        network, external = connection.exec_driver_sql(
            f"SELECT network, external_id FROM items WHERE id = {item_id}"
        ).one()
        return [
            (event.author_name, event.payload["decision"])
            for event in eventlog.iter_events(connection, kinds=(Kind.QUEUE_DECIDED,))
            if event.payload["item"] == {"network": network, "id": external}
        ]


def _fresh_item(page, demo_store) -> int:
    """The first item of the view nobody decided yet."""
    for row in range(page.model.rowCount()):
        item = page.model.row_at(row).item_id
        if not _decisions_on(demo_store, item) and page.model.row_at(row).assignee is None:
            page.view.selectRow(row)
            return item
    raise AssertionError("the demo has no undecided item in view")


def test_a_decision_on_what_a_colleague_decided_meanwhile_is_refused_and_said(
    qtbot, page, demo_store
):
    item = _fresh_item(page, demo_store)
    with demo_store.write() as connection:  # Anna, on the command line, a moment before
        decisions.decide(connection, [item], "remove", ANNA)
    page.decide("approve")  # the window still shows the item as new
    page.tasks.wait_idle()
    assert _decisions_on(demo_store, item) == [("Anna", "remove")]
    assert f"Not recorded: Item #{item} was already removed by Anna at" in page.said[-1]
    assert page.model.row_of(item) is None  # reloaded: removed, out of the open view


def test_an_item_a_colleague_holds_says_so_and_refuses_a_claim(qtbot, page, demo_store):
    item = _fresh_item(page, demo_store)
    with demo_store.write() as connection:
        decisions.assign(connection, [item], "Anna", ANNA)
    page.model.reload()
    page.view.selectRow(page.model.row_of(item))
    qtbot.waitUntil(lambda: "Claimed by Anna since" in page.detail.toPlainText(), timeout=5000)
    page.grab().save("/tmp/queue_item_claimed_by_a_colleague.png")
    page.claim()
    page.tasks.wait_idle()
    assert f"Item #{item} is claimed by Anna (since " in page.said[-1]
    page.decide("remove")
    page.tasks.wait_idle()
    assert _decisions_on(demo_store, item) == []
    assert "claimed by Anna" in page.said[-1]
    with demo_store.write() as connection:
        decisions.assign(connection, [item], None, ANNA)  # she lets it go
    page.model.reload()
    page.view.selectRow(page.model.row_of(item))
    page.claim()
    page.tasks.wait_idle()
    assert "assigned to you now" in page.said[-1]
    page.release()
    page.tasks.wait_idle()
    assert "anyone may claim them now" in page.said[-1]
