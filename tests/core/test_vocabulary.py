"""The team's own kinds of intervention, note types and rating dimensions."""

import pytest
from sqlalchemy import text

from tests.conftest import AUTHOR
from workbench.core import sources
from workbench.core.errors import WorkbenchError
from workbench.core.events import eventlog
from workbench.core.events.event import Kind
from workbench.core.ingest import Ingestor
from workbench.core.interventions import enforcement, logbook
from workbench.core.interventions.logbook import NeedsConfirmation, Targets
from workbench.core.members import profile, ratings_import, roster
from workbench.core.records import MemberRecord
from workbench.core.team import vocabulary
from workbench.core.team.vocabulary import Vocabulary

T = 1_800_000_000
DAY = 86_400


@pytest.fixture
def people(store):
    with store.write() as connection:
        source = sources.ensure(connection, name="Forum", kind="test", network="forum")
        ingestor = Ingestor(connection, source, now=T)
        ingestor.add_all(
            [MemberRecord("forum", "alive", handle="anna"), MemberRecord("forum", "gone")]
        )
        ingestor.finish()
        eventlog.record(
            connection,
            Kind.MEMBER_STATUS_SET,
            {"member": {"network": "forum", "id": "gone"}, "status": "memorialized"},
            AUTHOR,
        )
        return dict(connection.exec_driver_sql("SELECT external_id, id FROM members").all())


def test_built_in_terms_come_first_and_team_terms_follow_in_the_order_added(store):
    with store.write() as connection:
        vocabulary.add(connection, Vocabulary.NOTE_TYPE, "  Hilfsbereit   im Chat ", AUTHOR)
        vocabulary.add(connection, Vocabulary.NOTE_TYPE, "Troll", AUTHOR)
        names = vocabulary.names(connection, Vocabulary.NOTE_TYPE)
        kinds = vocabulary.names(connection, Vocabulary.INTERVENTION_KIND)
    assert names[:6] == ["good_contributor", "spam_watch", "warning", "abuse", "ban", "other"]
    assert names[6:] == ["Hilfsbereit im Chat", "Troll"]
    assert "Troll" not in kinds


def test_a_term_is_added_once_and_only_team_terms_retire(store):
    with store.write() as connection:
        vocabulary.add(connection, Vocabulary.RATING_DIMENSION, "Helpfulness", AUTHOR)
        with pytest.raises(WorkbenchError, match="already in the team's rating dimensions"):
            vocabulary.add(connection, Vocabulary.RATING_DIMENSION, "helpfulness", AUTHOR)
        with pytest.raises(WorkbenchError, match="already"):
            vocabulary.add(connection, Vocabulary.RATING_DIMENSION, "Expertise", AUTHOR)
        with pytest.raises(WorkbenchError, match="1 to 40 characters"):
            vocabulary.add(connection, Vocabulary.RATING_DIMENSION, "x" * 41, AUTHOR)
        with pytest.raises(WorkbenchError, match="built in and stays"):
            vocabulary.retire(connection, Vocabulary.RATING_DIMENSION, "expertise", AUTHOR)
        vocabulary.retire(connection, Vocabulary.RATING_DIMENSION, "HELPFULNESS", AUTHOR)
        assert "Helpfulness" not in vocabulary.names(connection, Vocabulary.RATING_DIMENSION)
        # Once retired, the name can be taken up again.
        vocabulary.add(connection, Vocabulary.RATING_DIMENSION, "Helpfulness", AUTHOR)
        assert vocabulary.names(connection, Vocabulary.RATING_DIMENSION)[-1] == "Helpfulness"


def test_a_team_kind_is_logged_with_its_follow_up_and_its_care_for_the_dead(store, people):
    with store.write() as connection:
        vocabulary.add(
            connection,
            Vocabulary.INTERVENTION_KIND,
            "Geburtstagsgruß",
            AUTHOR,
            follow_up_days=3,
            addresses_the_living=True,
        )
        assert vocabulary.follow_up(connection, "geburtstagsgruß", T) == T + 3 * DAY
        event = logbook.log(
            connection, "geburtstagsgruß", "public_reply", Targets([people["alive"]]), AUTHOR
        )
        assert event.payload["kind"] == "Geburtstagsgruß"
        with pytest.raises(NeedsConfirmation, match="died"):
            logbook.log(
                connection, "Geburtstagsgruß", "public_reply", Targets([people["gone"]]), AUTHOR
            )
        with pytest.raises(WorkbenchError, match="'Umarmung' is not in the team's kinds"):
            logbook.log(connection, "Umarmung", "post", Targets([people["alive"]]), AUTHOR)


def test_a_team_kind_marked_as_strike_counts_on_the_ladder(store, people):
    with store.write() as connection:
        vocabulary.add(connection, Vocabulary.INTERVENTION_KIND, "Gelbe Karte", AUTHOR, strike=True)
        vocabulary.add(connection, Vocabulary.INTERVENTION_KIND, "Lob", AUTHOR)
        for kind in ("Gelbe Karte", "Lob"):
            logbook.log(
                connection, kind, "private_message", Targets([people["alive"]]), AUTHOR, at=T
            )
        ladder = enforcement.check_ladder(connection, ["gelbe karte", "ban"], 30)
        assert ladder.steps == ("Gelbe Karte", "ban")
        enforcement.save_ladder(connection, ladder, AUTHOR)
        active = enforcement.strikes(connection, people["alive"], T + DAY, ladder)
        advice = enforcement.recommend(connection, people["alive"], T + DAY)
    assert [strike.kind for strike in active] == ["Gelbe Karte"]
    assert advice.next_kind == "ban"
    # Retired, the kind is no longer offered, but the strike it gave still counts.
    with store.write() as connection:
        vocabulary.retire(connection, Vocabulary.INTERVENTION_KIND, "Gelbe Karte", AUTHOR)
        still = enforcement.strikes(connection, people["alive"], T + DAY, ladder)
    assert [strike.kind for strike in still] == ["Gelbe Karte"]


def test_a_retired_kind_stays_on_what_was_logged_and_cannot_be_chosen_again(store, people):
    with store.write() as connection:
        vocabulary.add(connection, Vocabulary.INTERVENTION_KIND, "Blumen", AUTHOR)
        event = logbook.log(connection, "Blumen", "outside", Targets([people["alive"]]), AUTHOR)
        vocabulary.retire(connection, Vocabulary.INTERVENTION_KIND, "Blumen", AUTHOR)
        with pytest.raises(WorkbenchError, match="not in the team's kinds"):
            logbook.log(connection, "Blumen", "outside", Targets([people["alive"]]), AUTHOR)
        eventlog.rebuild(connection)
        kind = connection.execute(
            text("SELECT kind FROM interventions WHERE id = :id"), {"id": event.id}
        ).scalar()
    assert kind == "Blumen"


def test_notes_and_ratings_use_the_team_words(store, people):
    with store.write() as connection:
        with pytest.raises(WorkbenchError, match="'Troll' is not in the team's note types"):
            roster.add_note(connection, people["alive"], "Troll", "füttert nicht", AUTHOR)
        vocabulary.add(connection, Vocabulary.NOTE_TYPE, "Troll", AUTHOR)
        roster.add_note(connection, people["alive"], "troll", "füttert nicht", AUTHOR)
        with pytest.raises(WorkbenchError, match="not in the team's rating dimensions"):
            roster.rate(connection, people["alive"], "Humor", 4, AUTHOR)
        vocabulary.add(connection, Vocabulary.RATING_DIMENSION, "Humor", AUTHOR)
        roster.rate(connection, people["alive"], "humor", 4, AUTHOR)
        ratings = profile.ratings(connection, people["alive"])
        note_type = connection.exec_driver_sql("SELECT type FROM notes").scalar()
    assert note_type == "Troll"
    assert ratings["Humor"][0][0] == 4


def test_imported_ratings_name_the_line_of_an_unknown_dimension(store, people, tmp_path):
    ratings = tmp_path / "ratings.csv"
    ratings.write_text(
        "member,dimension,value,rater,time\n"
        "anna,Expertise,4,ben,2026-11-01T10:00\n"
        "anna,Humor,5,ben,2026-11-01T10:00\n",
        encoding="utf-8",
    )
    unknown = r"line 3, field 'dimension': 'Humor' is no"
    with store.write() as connection, pytest.raises(WorkbenchError, match=unknown):
        ratings_import.import_ratings(connection, ratings, AUTHOR)
    with store.write() as connection:
        vocabulary.add(connection, Vocabulary.RATING_DIMENSION, "Humor", AUTHOR)
        assert ratings_import.import_ratings(connection, ratings, AUTHOR) == 2
        assert set(profile.ratings(connection, people["alive"])) == {"expertise", "Humor"}


def test_terms_from_two_managers_that_differ_in_case_are_one(store):
    from workbench.core.settings import Author

    other = Author("other-manager", "Jonas")
    with store.write() as connection:
        # As a merged log brings them: each manager added the word on their own machine.
        eventlog.record(
            connection, Kind.TERM_ADDED, {"vocabulary": "note_type", "name": "Troll"}, AUTHOR
        )
        eventlog.record(
            connection, Kind.TERM_ADDED, {"vocabulary": "note_type", "name": "troll"}, other
        )
        assert vocabulary.names(connection, Vocabulary.NOTE_TYPE)[6:] == ["Troll"]
        vocabulary.retire(connection, Vocabulary.NOTE_TYPE, "TROLL", AUTHOR)
        assert "Troll" not in vocabulary.names(connection, Vocabulary.NOTE_TYPE)


def test_a_shared_log_with_an_unknown_vocabulary_is_refused(store):
    with store.write() as connection, pytest.raises(WorkbenchError, match="vocabulary"):
        eventlog.record(
            connection, Kind.TERM_ADDED, {"vocabulary": "moods", "name": "grumpy"}, AUTHOR
        )
