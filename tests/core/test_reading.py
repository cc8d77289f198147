"""The item as the detail pane gets it: safe, marked, and cut when it is very long."""

from workbench.core import sources
from workbench.core.ingest import Ingestor
from workbench.core.queue.reading import SHOWN, marked_hits, reading
from workbench.core.records import ItemRecord, MemberRecord

HIT = "<span style='background-color:#ffe08a'>{}</span>"


def _item(store, **fields) -> int:
    with store.write() as connection:
        source = sources.ensure(connection, name="Blog", kind="test", network="blog")
        ingestor = Ingestor(connection, source, now=100)
        ingestor.add(MemberRecord("blog", "a", handle="anna"))
        ingestor.add(ItemRecord("blog", "p1", "a", "comment", 50, **fields))
        ingestor.finish()
        return connection.exec_driver_sql("SELECT id FROM items").scalar_one()


def test_hits_are_marked_between_tags_only():
    assert marked_hits("<p>Mein Akku &amp; die S&auml;ge</p>", "akku", HIT) == (
        "<p>Mein <span style='background-color:#ffe08a'>Akku</span> &amp; die Säge</p>"
    )
    assert marked_hits("<p>Tischkreissäge</p>", "sage", HIT).count("#ffe08a") == 1
    assert marked_hits("<b>x</b>", "", HIT) == "<b>x</b>"
    assert marked_hits('<a href="/akku">x</a>', "akku", HIT) == '<a href="/akku">x</a>'


def test_a_post_is_sanitized_and_its_hits_marked(store):
    item = _item(
        store,
        title="Akku kaputt",
        body="Mein Akku BUY",
        body_html="<p>Mein Akku <script>alert(1)</script><embed src=x> BUY</p>",
    )
    with store.read() as connection:
        shown = reading(connection, item, search="akku", mark=HIT)
    assert "script" not in shown.body and "BUY" in shown.body
    assert shown.body.count("#ffe08a") == 1 and shown.title.count("#ffe08a") == 1
    assert not shown.cut and shown.length == len(shown.view.body_html or "")


def test_a_long_post_is_cut_for_the_pane_and_whole_on_request(store):
    words = "Spam kauft hier ein " * (SHOWN // 10)
    item = _item(store, body=words + "ENDE")
    with store.read() as connection:
        first = reading(connection, item, search="ende")
        whole = reading(connection, item, search="ende", whole=True)
    assert first.cut and first.length == len(words) + 4
    assert "ENDE" not in first.body and len(first.body) < 2 * SHOWN
    assert not whole.cut and "<mark>ENDE</mark>" in whole.body


def test_without_context_the_queue_view_is_left_out(store):
    item = _item(store, body="Hallo", report_count=2)
    with store.read() as connection:
        alone = reading(connection, item, context=False)
        full = reading(connection, item)
    assert alone.reasons == [] and full.reasons
