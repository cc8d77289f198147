import pytest

from tests.conftest import AUTHOR
from workbench.core import sources
from workbench.core.errors import WorkbenchError
from workbench.core.events import eventlog
from workbench.core.events.event import Kind
from workbench.core.ingest import Ingestor
from workbench.core.queue import decisions, listing
from workbench.core.queue.listing import QueueFilter, Reason
from workbench.core.queue.search import SearchError
from workbench.core.records import ItemRecord, MemberRecord
from workbench.core.settings import Author

OTHER = Author(id="00000000-0000-4000-8000-000000000002", name="Jonas")


def _import(store, records, network="forum", name="Forum", now=1_000):
    with store.write() as connection:
        source = sources.ensure(connection, name=name, kind="test", network=network)
        ingestor = Ingestor(connection, source, now=now)
        ingestor.add_all(records)
        ingestor.finish()


def _reported(n, network="forum", author="a", reports=1, body=None, at=None):
    return ItemRecord(
        network,
        f"{network}-{n}",
        author,
        "comment",
        at or 1_000 + n,
        body=body or f"Beitrag Nummer {n} über Akkus",
        report_count=reports,
    )


@pytest.fixture
def filled(store):
    _import(
        store,
        [
            MemberRecord("forum", "a", handle="anna"),
            MemberRecord("forum", "b", handle="ben"),
            *(_reported(n, author="a" if n % 2 else "b", reports=1 + n % 3) for n in range(60)),
        ],
    )
    _import(
        store,
        [
            *(
                ItemRecord(
                    "chat",
                    f"h{n}",
                    "c",
                    "message",
                    5_000 + n,
                    body=f"Gehaltene Nachricht {n}",
                    platform_state="held",
                )
                for n in range(15)
            )
        ],
        network="chat",
        name="Chat",
    )
    return store


def _ids(connection, wanted=None, limit=1000):
    return [row.item_id for row in listing.page(connection, wanted, limit=limit)]


def test_paging_by_key_visits_every_entry_once_in_priority_order(filled):
    with filled.read() as connection:
        everything = listing.page(connection, limit=1000)
        seen, after = [], None
        while True:
            rows = listing.page(connection, after=after, limit=7)
            if not rows:
                break
            seen.extend(rows)
            after = rows[-1].key
    assert [r.item_id for r in seen] == [r.item_id for r in everything]
    assert len(seen) == 75
    keys = [(-r.priority, r.item_id) for r in seen]
    assert keys == sorted(keys)


def test_entries_arriving_while_scrolling_are_neither_skipped_nor_repeated(filled):
    with filled.read() as connection:
        first = listing.page(connection, limit=20)
    _import(
        filled, [_reported(n, reports=9) for n in range(100, 110)]
    )  # more urgent: above the page
    _import(
        filled, [_reported(n, reports=1) for n in range(200, 210)]
    )  # least urgent: further down
    with filled.read() as connection:
        rest, after = [], first[-1].key
        while rows := listing.page(connection, after=after, limit=20):
            rest.extend(rows)
            after = rows[-1].key
        everything = _ids(connection)
    seen = [r.item_id for r in first] + [r.item_id for r in rest]
    assert len(seen) == len(set(seen))
    missed = set(everything) - set(seen)
    with filled.read() as connection:
        urgent = {
            r.item_id
            for r in listing.page(connection, limit=1000)
            if r.priority > first[-1].priority
        }
    assert missed <= urgent  # only entries that arrived above the part already read


@pytest.mark.parametrize(
    ("wanted", "expected"),
    [
        (QueueFilter(), 75),
        (QueueFilter(reason=Reason.HELD), 15),
        (QueueFilter(reason=Reason.REPORTED), 60),
        (QueueFilter(networks=("chat",)), 15),
        (QueueFilter(networks=("forum",), reason=Reason.HELD), 0),
        (QueueFilter(since=1_010, until=1_020), 10),
        (QueueFilter(states=("approved",)), 0),
        (QueueFilter(member_statuses=("watch",)), 30),
        (QueueFilter(tag="helper"), 30),
        (QueueFilter(search="akkus", reason=Reason.REPORTED, since=1_050), 10),
    ],
)
def test_filter_combinations(filled, wanted, expected):
    with filled.write() as connection:
        eventlog.record(
            connection,
            Kind.MEMBER_STATUS_SET,
            {"member": {"network": "forum", "id": "a"}, "status": "watch"},
            AUTHOR,
        )
        eventlog.record(
            connection,
            Kind.MEMBER_TAGGED,
            {"member": {"network": "forum", "id": "a"}, "tag": "helper"},
            AUTHOR,
        )
    with filled.read() as connection:
        assert listing.count(connection, wanted) == expected
        assert len(_ids(connection, wanted)) == expected


@pytest.mark.parametrize(
    ("query", "hits"),
    [
        ("grusse", 1),
        ("GRÜSSE", 1),
        ("Grüße", 1),
        ("köln", 1),
        ('"schöne grüße"', 1),
        ("grü*", 1),
        ("akkus", 60),
        ("akkus NOT nummer", 0),
        ("zzz", 0),
    ],
)
def test_search_folds_and_understands_phrases_and_prefixes(filled, query, hits):
    _import(
        filled,
        [
            ItemRecord(
                "forum", "g1", "a", "comment", 9_000, body="Schöne Grüße aus Köln!", report_count=1
            )
        ],
    )
    with filled.read() as connection:
        assert len(_ids(connection, QueueFilter(search=query))) == hits


@pytest.mark.parametrize("query", ['"open phrase', "akku AND", "OR", "(akku", "NOT"])
def test_broken_search_syntax_gives_a_hint_not_an_exception(filled, query):
    with filled.read() as connection, pytest.raises(SearchError) as raised:
        listing.page(connection, QueueFilter(search=query))
    assert "phrase" in str(raised.value)


def test_search_pages_newest_first(filled):
    with filled.read() as connection:
        first = listing.page(connection, QueueFilter(search="akkus"), limit=25)
        second = listing.page(
            connection, QueueFilter(search="akkus"), after=first[-1].key, limit=100
        )
    ids = [r.item_id for r in first + second]
    assert ids == sorted(ids, reverse=True) and len(ids) == 60


def test_saved_view_counts(filled):
    with filled.write() as connection:
        some = _ids(connection)[:3]
        decisions.assign(connection, some[:2], AUTHOR.name, AUTHOR)
        decisions.decide(connection, [some[2]], "approve", AUTHOR)
    with filled.read() as connection:
        counts = listing.view_counts(connection, AUTHOR.name)
    assert counts == {"new": 74, "held": 15, "reported": 59, "duplicates": 0, "rules": 0, "mine": 2}


def test_a_shift_splits_the_queue_by_author_into_parts_that_cover_it_once(filled):
    """Managers on a shift, each on their part: every open entry in exactly one part, all of
    one member's entries in the same part, and each part's count its own view's."""
    with filled.read() as connection:
        whole = listing.page(connection, QueueFilter(), limit=500)
        parts = [listing.page(connection, QueueFilter(part=(k, 2)), limit=500) for k in (1, 2)]
        counts = [listing.count(connection, QueueFilter(part=(k, 2))) for k in (1, 2)]
        views = listing.view_counts(connection, AUTHOR.name, (2, 2))
        authors = dict(
            connection.exec_driver_sql("SELECT id, coalesce(member_id, -id) FROM items").all()
        )
        with pytest.raises(WorkbenchError, match="1 <= K <= N <= 50; not 4 of 3"):
            listing.page(connection, QueueFilter(part=(4, 3)), limit=5)
    ids = [[row.item_id for row in part] for part in parts]
    assert sorted(item for part in ids for item in part) == sorted(r.item_id for r in whole)
    assert all(ids)
    owner = {authors[item]: k for k, part in enumerate(ids) for item in part}
    assert all(owner[authors[item]] == k for k, part in enumerate(ids) for item in part)
    assert counts == [len(part) for part in ids] and views["my_part"] == counts[1]
    assert "my_part" not in listing.saved_views(AUTHOR.name)


def test_decisions_and_undo_are_events_and_the_old_one_stays(filled):
    with filled.read() as connection:
        item = _ids(connection)[0]
    with filled.write() as connection:
        decisions.decide(connection, [item], "remove", AUTHOR, note="Beleidigung")
        decisions.decide(connection, [item], "escalate", OTHER, seen={item: "removed"})
        undone = decisions.undo_last(connection, AUTHOR)
    with filled.read() as connection:
        state = connection.exec_driver_sql(
            f"SELECT state FROM queue WHERE item_id = {item}"
        ).scalar_one()
        kinds = [e.kind for e in eventlog.iter_events(connection)]
    assert undone is not None and state == "escalated"  # Jonas's later decision still stands
    assert kinds == ["queue.decided", "queue.decided", "queue.undone"]
    with filled.write() as connection:
        assert decisions.undo_last(connection, AUTHOR) is None
        decisions.undo_last(connection, OTHER)
        state = connection.exec_driver_sql(
            f"SELECT state FROM queue WHERE item_id = {item}"
        ).scalar_one()
        assert state == "new"
        eventlog.rebuild(connection)
        assert (
            connection.exec_driver_sql(
                f"SELECT state FROM queue WHERE item_id = {item}"
            ).scalar_one()
            == "new"
        )


def test_bulk_decisions_skip_memorialized_members(filled):
    with filled.write() as connection:
        eventlog.record(
            connection,
            Kind.MEMBER_STATUS_SET,
            {"member": {"network": "forum", "id": "b"}, "status": "memorialized"},
            AUTHOR,
        )
        forum = [r for r in listing.page(connection, QueueFilter(networks=("forum",)), limit=10)]
        result = decisions.decide(connection, [r.item_id for r in forum], "remove", AUTHOR)
    by_b = [r.item_id for r in forum if r.author_handle == "ben"]
    assert by_b and sorted(result.skipped_memorialized) == sorted(by_b)
    assert len(result.events) == len(forum) - len(by_b)


def test_unknown_items_and_decisions_are_refused(filled):
    with filled.write() as connection, pytest.raises(Exception, match="no item 999999"):
        decisions.decide(connection, [999_999], "approve", AUTHOR)
    with filled.write() as connection, pytest.raises(Exception, match="no decision"):
        decisions.decide(connection, [1], "delete", AUTHOR)


def test_muting_a_thread_or_a_member_keeps_their_new_items_out_until_then(store):
    now = 1_800_000_000
    reported = [
        ItemRecord(
            "forum",
            "t1",
            "a",
            "post",
            now - 100,
            body="Start",
            thread_external_id="t1",
            report_count=1,
        ),
        ItemRecord(
            "forum",
            "r1",
            "b",
            "comment",
            now - 50,
            body="Antwort",
            thread_external_id="t1",
            report_count=1,
        ),
    ]
    _import(store, reported, now=now)
    with store.write() as connection:
        first = {r.external_id: r.item_id for r in listing.page(connection)}
        decisions.decide(connection, [first["t1"]], "approve", AUTHOR)
        decisions.mute(connection, first["t1"], "thread", now + 7 * 86_400, AUTHOR)
        decisions.mute(connection, first["r1"], "member", now + 86_400, AUTHOR)
    later = [
        ItemRecord(
            "forum",
            "r2",
            "c",
            "comment",
            now + 10,
            body="Nochmal gemeldet",
            thread_external_id="t1",
            report_count=3,
        ),
        ItemRecord(
            "forum",
            "x1",
            "b",
            "comment",
            now + 20,
            body="Woanders",
            thread_external_id="t2",
            report_count=1,
        ),
        ItemRecord(
            "forum",
            "x2",
            "b",
            "comment",
            now + 2 * 86_400,
            body="Nach der Pause",
            thread_external_id="t2",
            report_count=1,
        ),
        ItemRecord(
            "forum",
            "y1",
            "c",
            "comment",
            now + 30,
            body="Ganz anderes Thema",
            thread_external_id="t3",
            report_count=1,
        ),
    ]
    _import(store, later, now=now + 2 * 86_400)
    with store.read() as connection:
        queued = {r.external_id for r in listing.page(connection)}
        kinds = [e.kind for e in eventlog.iter_events(connection)]
    assert queued == {"r1", "x2", "y1"}  # r2: thread muted; x1: author muted; x2: mute over
    assert kinds.count("queue.muted") == 2


def test_templates_fill_known_placeholders_and_leave_the_rest():
    from workbench.core.team.templates import fill

    body = "Hallo {name}, danke für {network}! {unknown} bleibt, {{name}} auch fast."
    filled = fill(body, {"name": "Anna", "network": "Discord"})
    assert filled == "Hallo Anna, danke für Discord! {unknown} bleibt, {Anna} auch fast."


@pytest.mark.parametrize("order", [listing.Order.NEWEST, listing.Order.OLDEST])
def test_the_store_pages_by_the_posts_time_newest_or_oldest_first(filled, order):
    wanted = QueueFilter(order=order)
    with filled.read() as connection:
        everything = listing.page(connection, QueueFilter(), limit=1000)
        seen, after = [], None
        while rows := listing.page(connection, wanted, after=after, limit=7):
            seen.extend(rows)
            after = rows[-1].key
        held = listing.page(connection, QueueFilter(order=order, reason=Reason.HELD), limit=5)
    times = [(row.created_at, row.item_id) for row in seen]
    assert times == sorted(times, reverse=order == listing.Order.NEWEST)
    assert sorted(row.item_id for row in seen) == sorted(row.item_id for row in everything)
    assert held and all(Reason.HELD in row.reasons for row in held)
