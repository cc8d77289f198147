import pytest

from tests.conftest import AUTHOR
from workbench.core import sources
from workbench.core.ingest import Ingestor
from workbench.core.interventions import effect, logbook
from workbench.core.interventions.logbook import Targets
from workbench.core.queue import decisions
from workbench.core.records import ItemRecord, MemberRecord

T = 1_800_000_000
DAY = 86_400


@pytest.fixture
def timeline(store):
    """Anna posts five times in the two weeks before a warning (two of them negative, one
    reported and removed) and twice after; Ben replies to her twice before and once after, and
    Cem asks after the warning why her old post was deleted."""
    records = [
        MemberRecord("forum", "anna", handle="anna"),
        MemberRecord("forum", "ben", handle="ben"),
        MemberRecord("forum", "cem", handle="cem"),
        ItemRecord(
            "forum",
            "a1",
            "anna",
            "post",
            T - 13 * DAY,
            body="Das ist doch Schrott",
            thread_external_id="a1",
        ),
        ItemRecord(
            "forum",
            "a2",
            "anna",
            "post",
            T - 10 * DAY,
            body="Nie wieder kaufe ich das",
            thread_external_id="a2",
            report_count=2,
        ),
        ItemRecord(
            "forum",
            "a3",
            "anna",
            "post",
            T - 8 * DAY,
            body="Frage zur Werkbank",
            thread_external_id="a3",
        ),
        ItemRecord(
            "forum",
            "a4",
            "anna",
            "post",
            T - 5 * DAY,
            body="Danke für die Hilfe",
            thread_external_id="a4",
        ),
        ItemRecord(
            "forum",
            "a5",
            "anna",
            "comment",
            T - 4 * DAY,
            body="Stimmt",
            parent_external_id="c1",
            thread_external_id="c1",
        ),
        ItemRecord(
            "forum", "c1", "cem", "post", T - 6 * DAY, body="Cems Frage", thread_external_id="c1"
        ),
        ItemRecord(
            "forum",
            "b1",
            "ben",
            "comment",
            T - 12 * DAY,
            body="Sehe ich anders",
            parent_external_id="a1",
            thread_external_id="a1",
        ),
        ItemRecord(
            "forum",
            "b2",
            "ben",
            "comment",
            T - 7 * DAY,
            body="Hier die Antwort",
            parent_external_id="a3",
            thread_external_id="a3",
        ),
        ItemRecord(
            "forum",
            "a6",
            "anna",
            "post",
            T + 2 * DAY,
            body="Neues Projekt",
            thread_external_id="a6",
        ),
        ItemRecord(
            "forum", "a7", "anna", "post", T + 9 * DAY, body="Fertig!", thread_external_id="a7"
        ),
        ItemRecord(
            "forum",
            "b3",
            "ben",
            "comment",
            T + 3 * DAY,
            body="Schön",
            parent_external_id="a6",
            thread_external_id="a6",
        ),
        ItemRecord(
            "forum",
            "x1",
            "cem",
            "comment",
            T + DAY,
            body="Warum wurde das gelöscht?",
            parent_external_id="a2",
            thread_external_id="a2",
        ),
        ItemRecord(
            "forum",
            "a8",
            "anna",
            "post",
            T + 20 * DAY,
            body="Außerhalb des Fensters",
            thread_external_id="a8",
        ),
    ]
    with store.write() as connection:
        source = sources.ensure(connection, name="Forum", kind="test", network="forum")
        ingestor = Ingestor(connection, source, now=T + 30 * DAY)
        ingestor.add_all(records)
        ingestor.finish()
        ids = dict(connection.exec_driver_sql("SELECT external_id, id FROM items").all())
        anna = connection.exec_driver_sql(
            "SELECT id FROM members WHERE external_id = 'anna'"
        ).scalar_one()
        decisions.decide(connection, [ids["a2"]], "remove", AUTHOR, at=T - 9 * DAY)
        private = logbook.log(
            connection, "warning", "private_message", Targets(members=[anna]), AUTHOR, at=T
        )
        public = logbook.log(
            connection, "content_removal", "public_reply", Targets(items=[ids["a2"]]), AUTHOR, at=T
        )
        community = logbook.log(
            connection, "public_statement", "post", Targets(sources=[source.id]), AUTHOR, at=T
        )
    return store, private.id, public.id, community.id


def test_effect_figures_on_a_hand_made_timeline(timeline):
    store, private, _, _ = timeline
    with store.read() as connection:
        measured = effect.measure(connection, private)
    assert measured.before == effect.Window(
        items=5, replies_received=2, partners=2, flagged=1, removals=1, negative_share=0.4
    )
    assert measured.after == effect.Window(
        items=2, replies_received=2, partners=2, flagged=0, removals=0, negative_share=0.0
    )
    assert measured.reactions == {}
    # Anna's items by day, from 14 days before to 14 after: the item 20 days after is outside.
    assert len(measured.daily) == 28
    assert {day - 14: n for day, n in enumerate(measured.daily) if n} == {
        -13: 1,
        -10: 1,
        -8: 1,
        -5: 1,
        -4: 1,
        2: 1,
        9: 1,
    }


def test_public_interventions_watch_reactions_in_the_same_threads(timeline):
    store, _, public, _ = timeline
    with store.read() as connection:
        measured = effect.measure(connection, public)
    assert measured.reactions == {"same_threads": 1, "about_moderation": 1}
    assert measured.before.items == 5  # the removed item's author is measured too


def test_community_wide_interventions_measure_the_community(timeline):
    store, _, _, community = timeline
    with store.read() as connection:
        measured = effect.measure(connection, community, days=7)
    assert measured.community_before is not None and measured.community_after is not None
    assert measured.community_before.active_members == 3
    # The statement was public: Cem's "Warum wurde das gelöscht?" the day after talks about
    # moderation, found through the search index (ö and case folded as in search).
    assert measured.reactions == {"community_about_moderation": 1}
    # Cem was first seen six days before; Anna and Ben had posted before the window.
    assert measured.community_before.first_posts == 1
    assert measured.community_after.first_posts == 0
    assert measured.community_after.items_per_day == pytest.approx(3 / 7, abs=0.01)
    assert set(measured.to_json()) >= {"before", "after", "community_before", "reactions", "daily"}
    # Every item of the community, each once, by day from 7 days before to 7 after.
    assert measured.daily == [1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0]


@pytest.mark.parametrize(
    ("body", "negative"),
    [
        ("Das ist ÄRGERLICH", True),
        ("What a waste of money", True),
        ("Alles gut, danke", False),
        ("Schrottplatz-Fund", True),
    ],
)
def test_the_lexicon(body, negative):
    assert effect.is_negative(body) is negative
