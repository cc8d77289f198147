"""Erasure and what others wrote about the member: counted, and taken out only on request;
mutes forget the member's id; a checkpoint that could not finish is said."""

import sqlite3

from sqlalchemy import text

from tests.conftest import AUTHOR
from workbench.core import sources
from workbench.core.ingest import Ingestor
from workbench.core.interventions import logbook
from workbench.core.members import erase
from workbench.core.queue import decisions
from workbench.core.records import ItemRecord, MemberRecord


def _community(store):
    with store.write() as connection:
        source = sources.ensure(connection, name="Slack", kind="test", network="slack")
        ingestor = Ingestor(connection, source, now=1_000)
        ingestor.add(MemberRecord("slack", "U0BMYT2FL", handle="evegee", display_name="Eve Guest"))
        ingestor.add(MemberRecord("slack", "U0OTHER99", handle="anna"))
        ingestor.add(ItemRecord("slack", "m1", "U0BMYT2FL", "message", 900, body="Hallo"))
        ingestor.add(
            ItemRecord(
                "slack",
                "m2",
                "U0OTHER99",
                "message",
                950,
                body="Thanks Eve Guest! <@U0BMYT2FL> every evening",
                raw={"text": "<@U0BMYT2FL>", "reactions": [{"users": ["U0BMYT2FL"]}]},
            )
        )
        ingestor.add(ItemRecord("slack", "m3", "U0OTHER99", "message", 960, body="Every eve"))
        ingestor.finish()
        ids = {
            handle: i for handle, i in connection.execute(text("SELECT handle, id FROM members"))
        }
        item = connection.execute(text("SELECT id FROM items WHERE external_id = 'm1'")).scalar()
        logbook.log(
            connection,
            "warning",
            "private_message",
            logbook.Targets(members=[ids["anna"]]),
            AUTHOR,
            message="Please leave evegee alone.",
        )
        decisions.mute(connection, item, "member", 10_000, AUTHOR)
    return ids


def test_mentions_are_counted_as_whole_names(store):
    ids = _community(store)
    with store.read() as connection:
        found = erase.mentions(connection, ids["evegee"])
    assert found.items == 1  # "Every eve" is not her
    assert found.team_texts == 1  # the warning to anna names her
    assert "evegee" in found.names and "U0BMYT2FL" in found.names


def test_mentions_stay_unless_the_manager_asks(store):
    ids = _community(store)
    with store.write() as connection:
        erase.erase_member(connection, ids["evegee"], AUTHOR)
    with store.read() as connection:
        body = connection.execute(text("SELECT body FROM items WHERE external_id = 'm2'")).scalar()
        mutes = connection.execute(text("SELECT target FROM mutes")).scalars().all()
    assert "Eve Guest" in body  # others' words are not changed without asking
    assert mutes and all(target.startswith("erased-") for target in mutes)


def test_on_request_the_name_leaves_others_posts_and_the_teams_texts(store):
    ids = _community(store)
    with store.write() as connection:
        erase.erase_member(connection, ids["evegee"], AUTHOR, redact_mentions=True)
    store.checkpoint()
    with store.read() as connection:
        body, raw = connection.execute(
            text("SELECT body, raw FROM items WHERE external_id = 'm2'")
        ).one()
        message = connection.execute(text("SELECT message FROM interventions")).scalar()
        other = connection.execute(text("SELECT body FROM items WHERE external_id = 'm3'")).scalar()
    assert body == "Thanks [erased]! <@[erased]> every evening"
    assert "U0BMYT2FL" not in raw and message == "Please leave [erased] alone."
    assert other == "Every eve"
    if store.dialect == "sqlite":  # a team store's bytes are the server's files
        data = store.path.read_bytes()
        for name in (b"U0BMYT2FL", b"evegee", b"Eve Guest"):
            assert name not in data


def test_a_checkpoint_another_reader_holds_back_is_said(store):
    _community(store)
    reader = sqlite3.connect(store.path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM items").fetchone()  # a read snapshot, as a window's
    try:
        with store.write() as connection:
            connection.execute(text("UPDATE items SET body = 'changed' WHERE external_id = 'm3'"))
        assert store.checkpoint() is False
    finally:
        reader.rollback()
        reader.close()
    assert store.checkpoint() is True


def test_the_cli_says_where_others_name_the_member_and_redacts_on_request(store, capsys):
    from workbench.cli import main

    _community(store)
    store.close()
    db = str(store.location)
    assert main(["whoami", "Mara"]) == 0
    assert main(["member", "erase", "slack:evegee", "--db", db]) == 1
    err = capsys.readouterr().err
    assert "1 post(s) and 1 of your team's texts" in err and "--redact-mentions" in err
    code = main(
        ["member", "erase", "slack:evegee", "--db", db, "--confirm", "evegee", "--redact-mentions"]
    )
    out = capsys.readouterr().out
    assert code == 0 and "Their name was replaced in 1 post(s) by others" in out
