import pytest

from workbench.core import sources
from workbench.core.ingest import Ingestor
from workbench.core.queue import listing
from workbench.core.queue.listing import Reason
from workbench.core.records import ItemRecord, MemberRecord


def _import(store, records, now=10_000_000):
    """Imports happen long after these items were written, unless a test says otherwise: then
    only what the platform flagged is queued, not first posts or bursts."""
    with store.write() as connection:
        source = sources.ensure(connection, name="Forum", kind="test", network="forum")
        ingestor = Ingestor(connection, source, now=now)
        ingestor.add_all(records)
        return ingestor.finish()


RECORDS = [
    MemberRecord("forum", "1", handle="jörg", display_name="Jörg Maß"),
    MemberRecord("forum", "2", handle="ann"),
    ItemRecord(
        "forum", "p1", "1", "post", 100, title="Grüße aus Köln", body="Schöne Grüße an alle!"
    ),
    ItemRecord(
        "forum", "c1", "2", "comment", 200, body="Danke, gleichfalls", parent_external_id="p1"
    ),
    ItemRecord(
        "forum", "c2", "2", "comment", 300, body="Kauft billige Akkus hier", platform_state="held"
    ),
    ItemRecord("forum", "c3", "1", "comment", 400, body="Das ist doch Unsinn", report_count=3),
]


def test_import_counts_and_queues_what_the_platform_flagged(store):
    summary = _import(store, RECORDS)
    assert (summary.members_added, summary.items_added, summary.queued) == (2, 4, 2)
    with store.read() as connection:
        rows = {row.external_id: row for row in listing.page(connection)}
    assert set(rows) == {"c2", "c3"}
    assert rows["c2"].reasons == Reason.HELD
    assert rows["c3"].reasons == Reason.REPORTED
    assert rows["c3"].priority > rows["c2"].priority


def test_importing_the_same_records_twice_adds_nothing(store):
    _import(store, RECORDS)
    before = store.counts()
    summary = _import(store, RECORDS)
    assert (summary.members_added, summary.items_added, summary.items_updated) == (0, 0, 0)
    assert summary.items_unchanged == 4
    assert store.counts() == before


def test_a_changed_record_updates_its_row(store):
    _import(store, RECORDS)
    changed = [*RECORDS[:3], ItemRecord("forum", "c1", "2", "comment", 200, body="Danke, edited")]
    summary = _import(store, changed)
    assert (summary.items_added, summary.items_updated) == (0, 1)
    with store.read() as connection:
        hits = connection.exec_driver_sql(
            "SELECT rowid FROM items_fts WHERE items_fts MATCH 'edited'"
        ).all()
        stale = connection.exec_driver_sql(
            "SELECT rowid FROM items_fts WHERE items_fts MATCH 'gleichfalls'"
        ).all()
    assert len(hits) == 1 and stale == []


@pytest.mark.parametrize("query", ["grusse", "GRÜSSE", "koln", "schone"])
def test_search_folds_case_and_accents(store, query):
    _import(store, RECORDS)
    with store.read() as connection:
        hits = connection.exec_driver_sql(
            "SELECT i.external_id FROM items_fts f JOIN items i ON i.id = f.rowid "
            "WHERE items_fts MATCH ?",
            (query,),
        ).all()
    assert ("p1",) in hits


def test_one_member_posting_the_same_text_twice_is_a_duplicate_pair(store):
    text = "Warum antwortet der Support nicht?!"
    _import(
        store,
        [
            ItemRecord("forum", "d1", "7", "comment", 10, body=text),
            ItemRecord(
                "forum", "d2", "7", "comment", 20, body="  warum antwortet der SUPPORT nicht  "
            ),
            ItemRecord("forum", "d3", "8", "comment", 30, body="Something else entirely"),
        ],
    )
    with store.read() as connection:
        rows = listing.page(connection, listing.QueueFilter(reason=Reason.DUPLICATE))
        details = {listing.reason_details(connection, row.item_id)[0][1] for row in rows}
    assert sorted(row.external_id for row in rows) == ["d1", "d2"]
    assert details == {"same text 2 times by one member"}


def test_authors_never_described_become_bare_members(store):
    summary = _import(store, [ItemRecord("forum", "x1", "ghost", "comment", 10, body="Hallo")])
    assert summary.members_added == 1
    with store.read() as connection:
        member = connection.exec_driver_sql(
            "SELECT handle, item_count, first_seen_at FROM members"
        ).one()
    assert tuple(member) == ("ghost", 1, 10)


def test_bulk_mode_rebuilds_the_indexes_and_the_search_index(store):
    with store.write() as connection:
        source = sources.ensure(connection, name="Forum", kind="test", network="forum")
        ingestor = Ingestor(connection, source, now=1_000, bulk=True)
        ingestor.add_all(RECORDS)
        ingestor.finish()
    with store.read() as connection:
        indexes = {row[1] for row in connection.exec_driver_sql("PRAGMA index_list('items')")}
        connection.exec_driver_sql("INSERT INTO items_fts(items_fts) VALUES ('integrity-check')")
        hits = connection.exec_driver_sql(
            "SELECT count(*) FROM items_fts WHERE items_fts MATCH 'danke'"
        )
        assert hits.scalar_one() == 1
    assert {"ix_items_member_time", "ix_items_thread", "ix_items_content_hash"} <= indexes


def test_the_search_index_stays_consistent_through_updates(store):
    _import(store, RECORDS)
    _import(store, [ItemRecord("forum", "c1", "2", "comment", 200, body="Ganz anders jetzt")])
    with store.read() as connection:
        connection.exec_driver_sql("INSERT INTO items_fts(items_fts) VALUES ('integrity-check')")


def test_a_new_members_first_post_and_a_burst_are_queued_when_recent(store):
    now = 1_800_000_000
    records = [
        ItemRecord("forum", "old1", "veteran", "comment", 10, body="Lange her"),
        ItemRecord("forum", "old2", "veteran", "comment", now - 3600, body="Wieder da"),
        ItemRecord(
            "forum", "new1", "newbie", "comment", now - 7200, body="Hallo, ich bin neu hier"
        ),
        ItemRecord("forum", "new2", "newbie", "comment", now - 7000, body="Noch eine Frage"),
        *(
            ItemRecord("forum", f"b{n}", "flood", "comment", now - 5000 + n * 60, body=f"Kauf {n}")
            for n in range(6)
        ),
    ]
    _import(store, records, now=now)
    with store.read() as connection:
        firsts = {
            r.external_id
            for r in listing.page(connection, listing.QueueFilter(reason=Reason.FIRST_POST))
        }
        bursts = {
            r.external_id
            for r in listing.page(connection, listing.QueueFilter(reason=Reason.BURST))
        }
    assert firsts == {"new1", "b0"}  # the veteran's first post is ancient history
    assert bursts == {f"b{n}" for n in range(6)}


def test_automatic_reasons_leave_memorialized_members_out(store):
    from tests.conftest import AUTHOR
    from workbench.core.events import eventlog
    from workbench.core.events.event import Kind

    now = 1_800_000_000
    _import(store, [MemberRecord("forum", "late", handle="late")], now=now)
    with store.write() as connection:
        eventlog.record(
            connection,
            Kind.MEMBER_STATUS_SET,
            {"member": {"network": "forum", "id": "late"}, "status": "memorialized"},
            AUTHOR,
        )
    text = "Der gleiche lange Text, zweimal geschrieben von derselben Person."
    _import(
        store,
        [
            *(
                ItemRecord("forum", f"m{n}", "late", "comment", now - 100 + n, body=text)
                for n in range(6)
            )
        ],
        now=now,
    )
    with store.read() as connection:
        assert listing.count(connection) == 0
    _import(
        store,
        [
            ItemRecord(
                "forum", "held", "late", "comment", now, body="Gehalten", platform_state="held"
            )
        ],
        now=now,
    )
    with store.read() as connection:
        assert listing.count(connection) == 1  # what the platform itself holds still comes in


def test_nearly_the_same_text_from_two_accounts_is_a_near_duplicate(store):
    now = 1_800_000_000
    spam = (
        "Hallo zusammen, ich verkaufe billige Akkus für eure Werkbank und Ladegeräte aus "
        "Restbeständen, schreibt mir einfach eine Nachricht, dann schicke ich euch die Preise"
    )
    records = [
        ItemRecord("forum", "s1", "one", "comment", now - 500, body=spam),
        ItemRecord(
            "forum", "s2", "two", "comment", now - 400, body=spam.replace("billige", "günstige")
        ),
        ItemRecord(
            "forum",
            "o1",
            "three",
            "comment",
            now - 300,
            body="Hat jemand Erfahrung mit dem neuen Ladegerät? Meins blinkt nach dem Update rot.",
        ),
    ]
    _import(store, records, now=now)
    with store.read() as connection:
        rows = listing.page(connection, listing.QueueFilter(reason=Reason.DUPLICATE))
        details = {
            row.external_id: dict(listing.reason_details(connection, row.item_id))["duplicate"]
            for row in rows
        }
    assert set(details) == {"s1", "s2"}
    assert all(
        "nearly the same as #" in detail and "alike" in detail for detail in details.values()
    )
    again = _import(store, records, now=now)
    assert again.queued == 0


OWN_WORDS = (
    "Hat jemand Erfahrung mit dem neuen Ladegerät? Meins blinkt nach dem Update rot.",
    "Danke für die schnelle Hilfe gestern, die Säge läuft wieder wie am ersten Tag.",
    "Wann kommt eigentlich der nächste Werkstatt-Abend in Köln? Ich wäre gern dabei.",
)


def test_a_wave_of_near_copies_is_marked_whole_across_imports(store):
    """Each item looks only among the newest items of its bands, yet every copy of a wave
    arriving page by page (as a sync brings it) is found, and an unrelated post is not."""
    now = 1_800_000_000
    wave = (
        "Nur heute: Akkus und Ladegeräte zum halben Preis, schreibt mir eine Nachricht "
        "und ich schicke euch die Liste mit allen Angeboten, Nummer {n}"
    )
    for page in range(3):
        _import(
            store,
            [
                ItemRecord(
                    "forum",
                    f"w{page}-{n}",
                    f"bot{n % 7}",
                    "comment",
                    now - 900 + page * 100 + n,
                    body=wave.format(n=page * 100 + n),
                )
                for n in range(100)
            ]
            + [
                ItemRecord(
                    "forum",
                    f"o{page}",
                    "ann",
                    "comment",
                    now - 10 + page,
                    body=OWN_WORDS[page],
                )
            ],
            now=now,
        )
    with store.read() as connection:
        rows = listing.page(connection, listing.QueueFilter(reason=Reason.DUPLICATE), limit=1000)
    marked = {row.external_id for row in rows}
    assert {f"w{page}-{n}" for page in range(3) for n in range(100)} <= marked
    assert not marked & {"o0", "o1", "o2"}
