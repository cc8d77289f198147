from tests.conftest import AUTHOR
from workbench.core import sources
from workbench.core.events import eventlog
from workbench.core.events.event import Kind
from workbench.core.ingest import Ingestor
from workbench.core.queue import items
from workbench.core.records import ItemRecord, MemberRecord


def test_item_view_shows_the_thread_and_the_author(store):
    records = [
        MemberRecord("forum", "a", handle="anna"),
        MemberRecord("forum", "b", handle="ben"),
        ItemRecord(
            "forum",
            "p",
            "a",
            "post",
            10,
            title="Start",
            body="Erster Beitrag",
            thread_external_id="p",
        ),
        ItemRecord(
            "forum",
            "c1",
            "b",
            "comment",
            20,
            body="Antwort eins",
            parent_external_id="p",
            thread_external_id="p",
        ),
        ItemRecord(
            "forum",
            "c2",
            "a",
            "comment",
            30,
            body="Antwort auf eins",
            parent_external_id="c1",
            thread_external_id="p",
            report_count=1,
        ),
        ItemRecord(
            "forum",
            "c3",
            "b",
            "comment",
            40,
            body="Noch eine",
            parent_external_id="c2",
            thread_external_id="p",
        ),
        ItemRecord(
            "forum",
            "c4",
            "b",
            "comment",
            50,
            body="Zweite Antwort",
            parent_external_id="c2",
            thread_external_id="p",
        ),
        ItemRecord(
            "forum",
            "x",
            "b",
            "comment",
            60,
            body="Elternlos",
            parent_external_id="gone",
            thread_external_id="gone",
        ),
    ]
    with store.write() as connection:
        source = sources.ensure(connection, name="Forum", kind="test", network="forum")
        ingestor = Ingestor(connection, source, now=100)
        ingestor.add_all(records)
        ingestor.finish()
        member = {"network": "forum", "id": "a"}
        eventlog.record(
            connection,
            Kind.MEMBER_NOTE_ADDED,
            {"member": member, "type": "warning", "text": "Ton!"},
            AUTHOR,
        )
        eventlog.record(connection, Kind.MEMBER_TAGGED, {"member": member, "tag": "helper"}, AUTHOR)
        ids = dict(connection.exec_driver_sql("SELECT external_id, id FROM items").all())
    with store.read() as connection:
        view = items.item_view(connection, ids["c2"])
        orphan = items.item_view(connection, ids["x"])
    assert [p.excerpt for p in view.parents] == ["Start", "Antwort eins"]
    assert [r.excerpt for r in view.replies] == ["Noch eine", "Zweite Antwort"]
    assert (
        view.author is not None and view.author.handle == "anna" and view.author.tags == ["helper"]
    )
    assert view.author.notes[0][:2] == ("warning", "Ton!") and view.author.item_count == 2
    assert orphan.parents == [] and orphan.replies == []
    with store.read() as connection:
        authors = items.authors_of(connection, [ids["c3"], ids["c2"], ids["c4"], ids["p"]])
        card_ids = [items.member_card(connection, a).handle for a in authors]
    assert card_ids == ["ben", "anna"]


def test_members_page_searches_filters_sorts_and_pages(demo_store):
    from tests.conftest import DEMO_NOW
    from workbench.core.members import roster

    with demo_store.read() as connection:
        everyone = roster.page(connection, limit=10_000)
        seen, offset = [], 0
        while rows := roster.page(connection, offset=offset, limit=50):
            seen.extend(rows)
            offset += len(rows)
        memorialized = roster.page(connection, status="memorialized")
        some = everyone[0].handle[:4]
        found = roster.page(connection, search=some)
        none = roster.page(connection, search="%_nobody_%")
        discord = roster.page(connection, network="discord")
        tagged = roster.page(connection, tag=roster.tag_names(connection)[0])
        rated = roster.page(connection, min_rating=5)
        recent = roster.page(connection, active_since=DEMO_NOW - 7 * 86_400)
        busiest = roster.page(connection, order="activity", limit=5)
        noted = roster.page(connection, order="notes", limit=1)
        notes = connection.exec_driver_sql(
            "SELECT count(*) FROM notes GROUP BY member_id ORDER BY 1 DESC LIMIT 1"
        ).scalar_one()
        top_notes = connection.exec_driver_sql(
            f"SELECT count(*) FROM notes WHERE member_id = {noted[0].member_id}"
        ).scalar_one()
    assert [m.member_id for m in seen] == [m.member_id for m in everyone]
    assert len(everyone) == demo_store.counts()["members"]
    last = [m.last_seen_at or 0 for m in everyone]
    assert last == sorted(last, reverse=True)
    assert len(memorialized) == 1 and memorialized[0].status == "memorialized"
    assert found and all(some in m.handle or some in m.display_name for m in found)
    assert none == [] and discord and {m.network for m in discord} == {"discord"}
    assert 0 < len(tagged) < len(everyone) and 0 < len(rated) < len(everyone)
    assert recent and all((m.last_seen_at or 0) >= DEMO_NOW - 7 * 86_400 for m in recent)
    assert [m.item_count for m in busiest] == sorted((m.item_count for m in busiest), reverse=True)
    assert top_notes == notes


def test_an_items_history_says_who_did_what_when_and_why(store):
    from workbench.core.members import roster
    from workbench.core.queue import decisions

    with store.write() as connection:
        source = sources.ensure(connection, name="Forum", kind="test", network="forum")
        ingestor = Ingestor(connection, source, now=100)
        ingestor.add(MemberRecord("forum", "a", handle="anna"))
        for external_id in ("p", "q"):
            ingestor.add(
                ItemRecord("forum", external_id, "a", "post", 10, body="Hm", report_count=1)
            )
        ingestor.finish()
        item, other = (
            connection.exec_driver_sql(f"SELECT id FROM items WHERE external_id = '{e}'").scalar()
            for e in ("p", "q")
        )
        member = connection.exec_driver_sql("SELECT id FROM members").scalar()
        decisions.decide(connection, [item], "remove", AUTHOR, at=200)
        decisions.undo_last(connection, AUTHOR, at=210)
        decisions.decide(connection, [item], "escalate", AUTHOR, note="Drohung", at=300)
        decisions.assign(connection, [item], "Mara", AUTHOR, at=400)
        roster.add_note(connection, member, "warning", "Kennt die Regeln", AUTHOR, item_id=item)
        decisions.mute(connection, item, "thread", 9_000, AUTHOR, at=500)
        decisions.decide(connection, [other], "approve", AUTHOR, at=600)  # another item's
    with store.read() as connection:
        entries = items.history(connection, item)
    assert [(e.kind, e.what, e.text, e.undone) for e in entries] == [
        ("decided", "removed", "", True),
        ("decided", "escalated", "Drohung", False),
        ("assigned", "Mara", "", False),
        ("noted", "warning", "Kennt die Regeln", False),
        ("muted", "thread", "", False),
    ]
    assert entries[1].author == AUTHOR.name and entries[1].at == 300
    assert entries[4].until == 9_000
