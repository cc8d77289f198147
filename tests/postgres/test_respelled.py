"""SQLite's statements respelled for PostgreSQL (store.postgres.spelling): the notes filter reads
each server's clock alike, and a piece of SQLite's SQL that has gone is said at once."""

import pytest
from sqlalchemy import text

from tests.conftest import AUTHOR, STORE_DIALECTS
from workbench.core import clock, sources
from workbench.core.ingest import Ingestor
from workbench.core.members import profile, roster
from workbench.core.queue import items
from workbench.core.records import ItemRecord, MemberRecord
from workbench.core.store import Store
from workbench.core.store.postgres.spelling import respell

T = 1_800_000_000


@pytest.mark.parametrize("store", STORE_DIALECTS, indirect=True)
def test_an_expired_note_leaves_the_card_the_timeline_and_the_history(store: Store) -> None:
    with store.write() as connection:
        source = sources.ensure(connection, name="forum", kind="test", network="forum")
        ingestor = Ingestor(connection, source, now=T)
        ingestor.add_all(
            [
                MemberRecord("forum", "anna", handle="anna"),
                ItemRecord("forum", "p1", "anna", "comment", T, body="Hallo"),
            ]
        )
        ingestor.finish()
        member_id, item_id = connection.execute(
            text("SELECT member_id, id FROM items WHERE external_id = 'p1'")
        ).one()
        now = clock.now()
        for words, expires_at in (("gone", now - 5), ("kept", now + 3600), ("for good", None)):
            roster.add_note(
                connection,
                member_id,
                "other",
                words,
                AUTHOR,
                item_id=item_id,
                expires_at=expires_at,
            )
    with store.read() as connection:
        card = [
            words for _type, words, _author, _at in items.member_card(connection, member_id).notes
        ]
        timeline = [e.summary for e in profile.timeline(connection, member_id, limit=50)]
        history = [entry.text for entry in items.history(connection, item_id)]
    assert sorted(card) == ["for good", "kept"]
    assert sorted(s for s in timeline if s.startswith("other: ")) == [
        "other: for good",
        "other: kept",
    ]
    assert sorted(t for t in history if t) == ["for good", "kept"]


def test_a_piece_sqlite_no_longer_has_is_an_error() -> None:
    with pytest.raises(ValueError, match="'sum\\(x\\)' is not in it any more"):
        respell("SELECT count(*) FROM items", ("sum(x)", "count(*)"))


def test_json_look_ups_read_as_text_by_path() -> None:
    sql = respell("WHERE json_extract(e.payload, '$.member.id') = m.external_id")
    assert sql == "WHERE (e.payload::jsonb #>> '{member,id}') = m.external_id"
