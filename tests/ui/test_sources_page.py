"""The Sources page: what each source brought, and the way from it to its items and members."""

from PySide6.QtCore import Qt

from workbench.core import sources
from workbench.ui.pages.members_page import MembersPage
from workbench.ui.pages.queue_page import QueuePage
from workbench.ui.pages.sources_page import SourcesPage


def test_summaries_count_what_each_source_holds(demo_store):
    with demo_store.read() as connection:
        found = {s.source.name: s for s in sources.summaries(connection)}
        blog = found["Werkstatt-Blog"]
        items, members, open_ = connection.exec_driver_sql(
            "SELECT count(*), count(DISTINCT i.member_id), "
            "(SELECT count(*) FROM queue q JOIN items j ON j.id = q.item_id "
            " WHERE j.source_id = :s AND q.state IN ('new', 'in_review', 'escalated')) "
            "FROM items i WHERE i.source_id = :s",
            {"s": blog.source.id},
        ).one()
    assert (blog.items, blog.members, blog.open_in_queue) == (items, members, open_)
    assert blog.items > 0 and blog.newest_item_at and blog.last_import_at


def test_the_page_shows_counts_and_leads_to_the_queue_and_the_members(window):
    page = window.page(SourcesPage)  # built now: it counts on a worker thread
    window.tasks.wait_idle()
    rows = {
        page.list.topLevelItem(r).text(0): page.list.topLevelItem(r)
        for r in range(page.list.topLevelItemCount())
    }
    blog = rows["Werkstatt-Blog"]
    assert blog.text(1) == "wordpress" and blog.text(2) == "Made-up demo data"
    assert int(blog.text(3).replace(",", "")) > 0
    page.list.setCurrentItem(blog)
    page.queue_button.click()
    queue = window.page(QueuePage)
    assert window.stack.currentWidget() is queue
    assert queue.source.currentData() == blog.data(0, Qt.ItemDataRole.UserRole)
    assert {queue.model.row_at(r).source_name for r in range(queue.model.rowCount())} == {
        "Werkstatt-Blog"
    }
    page.members_button.click()
    members = window.page(MembersPage)
    assert window.stack.currentWidget() is members
    assert members.network.currentData() == "wordpress"
