"""A live Matrix account against a real Synapse: pull a room's messages and an event report,
redact, kick, ban and reply, and check the room through Synapse's own client API."""

import io
import json
from typing import Any

import pytest

from tests.conftest import AUTHOR
from tests.live.synapse_server import SynapseServer, User
from workbench.cli import main
from workbench.core.live import pushes
from workbench.core.queue import decisions
from workbench.core.queue.listing import Reason
from workbench.core.store import open_store

pytestmark = pytest.mark.live


def _cli(capsys, monkeypatch, *args: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _community(synapse: SynapseServer, tag: str) -> dict[str, Any]:
    """A room run by a server admin, with two members, four messages and a report."""
    admin = synapse.register(f"mod-{tag}", admin=True, displayname="Moderation")
    anna = synapse.register(f"anna-{tag}", displayname="Anna Becker")
    ben = synapse.register(f"ben-{tag}", displayname="Ben")
    room = synapse.make_room(admin, f"Werkstatt {tag}", f"werkstatt-{tag}")
    synapse.join(anna, room)
    synapse.join(ben, room)
    hello = synapse.say(
        anna,
        room,
        "Hallo zusammen, Grüße aus Köln",
        format="org.matrix.custom.html",
        formatted_body="<b>Hallo</b> zusammen, Grüße aus Köln",
    )
    spam = synapse.say(ben, room, "Billige Uhren bei uhren.example, nur heute!")
    question = synapse.say(anna, room, "Was meint ihr zum neuen Akku?")
    answer = synapse.say(
        ben,
        room,
        "Der hält ewig",
        **{"m.relates_to": {"m.in_reply_to": {"event_id": question}}},
    )
    synapse.report(anna, room, spam, "Werbung")
    return {
        "admin": admin,
        "anna": anna,
        "ben": ben,
        "room": room,
        "alias": f"#werkstatt-{tag}:localhost",
        "hello": hello,
        "spam": spam,
        "question": question,
        "answer": answer,
    }


def _items(db: str) -> dict[str, Any]:
    with open_store(db) as store, store.read() as connection:
        rows = connection.exec_driver_sql(
            "SELECT i.external_id, i.id, i.platform_state, i.report_count, i.body, i.body_html, "
            "i.parent_external_id, i.thread_external_id, i.raw, q.reasons "
            "FROM items i LEFT JOIN queue q ON q.item_id = i.id"
        ).all()
    return {row.external_id: row for row in rows}


def test_pull_report_redact_kick_ban_and_reply(
    synapse, memory_keyring, tmp_path, capsys, monkeypatch
):
    made = _community(synapse, "eins")
    admin: User = made["admin"]
    room = made["room"]
    db = str(tmp_path / "live.db")
    printed: list[str] = []

    def cli(*args: str, stdin: str = "") -> tuple[int, str]:
        code, out, err = _cli(capsys, monkeypatch, *args, stdin=stdin)
        printed.append(out + err)
        return code, out + err

    assert cli("whoami", "Kim Moderatorin")[0] == 0
    code, out = cli(
        "account", "add", "matrix", "--name", "Werkstatt", "--homeserver", synapse.url,
        "--user", admin.user_id, "--room", made["alias"], "--db", db,
        stdin=admin.token + "\n",
    )  # fmt: skip
    assert code == 0, out
    assert list(memory_keyring.entries.values()) == [admin.token]
    code, out = cli("account", "test", "Werkstatt", "--db", db)
    assert code == 0 and f"as {admin.user_id}" in out, out

    code, out = cli("sync", "--db", db, "--json")
    assert code == 0, out
    [report] = json.loads(out)
    assert report["ok"] and report["items_added"] == 4 and report["problems"] == [], report
    items = _items(db)
    key = {name: f"{room}/{made[name]}" for name in ("hello", "spam", "question", "answer")}
    spam = items[key["spam"]]
    assert (spam.platform_state, spam.report_count) == ("reported", 1)
    assert spam.reasons & Reason.REPORTED
    assert json.loads(spam.raw)["reports"][0]["reason"] == "Werbung"
    assert "Uhren" not in spam.raw  # the body lives in its column only
    assert items[key["hello"]].body_html == "<b>Hallo</b> zusammen, Grüße aus Köln"
    assert items[key["hello"]].platform_state == "published"
    assert items[key["answer"]].parent_external_id == key["question"]
    assert {items[k].thread_external_id for k in key.values()} == {room}
    with open_store(db) as store, store.read() as connection:
        members = dict(
            connection.exec_driver_sql(
                "SELECT external_id, display_name FROM members WHERE network = 'matrix'"
            ).all()
        )
    assert members[made["anna"].user_id] == "Anna Becker"
    assert members[made["ben"].user_id] == "Ben"

    code, out = cli("sync", "--db", db, "--json")
    assert json.loads(out)[0]["items_added"] == 0  # a second sync of the same room adds nothing

    with open_store(db) as store, store.write() as connection:
        decisions.decide(connection, [spam.id], "remove", AUTHOR)
        pushes.act_on_author(connection, items[key["question"]].id, "kick", "Bitte Pause", AUTHOR)
        pushes.act_on_author(connection, items[key["answer"]].id, "ban", "Spam-Konto", AUTHOR)
        pushes.reply(connection, items[key["hello"]].id, "Willkommen, Anna!", AUTHOR)
    code, out = cli("pushes", "--state", "pending", "--json", "--db", db)
    assert {p["action"] for p in json.loads(out)} == {"remove", "kick", "ban", "reply"}

    code, out = cli("sync", "--db", db, "--json")
    [report] = json.loads(out)
    assert code == 0 and report["pushed"] == 4 and report["push_failures"] == [], report
    assert report["items_added"] == 1  # the reply, read back from the room

    assert synapse.event(admin, room, made["spam"])["content"] == {}
    kicked = synapse.membership(admin, room, made["anna"].user_id)
    assert kicked["content"]["membership"] == "leave"
    assert kicked["content"]["reason"] == "Bitte Pause"
    assert kicked["sender"] == admin.user_id
    banned = synapse.membership(admin, room, made["ben"].user_id)
    assert banned["content"] == {"membership": "ban", "reason": "Spam-Konto"}
    [reply] = [
        event
        for event in synapse.messages(admin, room)
        if event["type"] == "m.room.message" and event["sender"] == admin.user_id
    ]
    assert reply["content"]["body"] == "Willkommen, Anna!"
    assert reply["content"]["m.relates_to"]["m.in_reply_to"]["event_id"] == made["hello"]
    code, out = cli("pushes", "--state", "done", "--json", "--db", db)
    assert len(json.loads(out)) == 4
    replied = _items(db)[f"{room}/{reply['event_id']}"]
    assert replied.parent_external_id == key["hello"]

    code, out = cli("sync", "--db", db, "--json")
    [report] = json.loads(out)
    assert report["ok"] and report["items_added"] == 0 and report["pushed"] == 0, report

    # Undoing the removal cannot bring the message back: the push fails and says why.
    with open_store(db) as store, store.write() as connection:
        assert decisions.undo_last(connection, AUTHOR) is not None
    cli("sync", "--db", db, "--json")
    code, out = cli("pushes", "--state", "failed", "--json", "--db", db)
    [failed] = json.loads(out)
    assert failed["action"] == "restore"
    assert "A removal cannot be taken back on Matrix" in failed["message"]

    # The token never reaches the store, its WAL, or anything printed.
    for path in tmp_path.glob("live.db*"):
        assert admin.token.encode() not in path.read_bytes()
    assert not any(admin.token in text for text in printed)


def test_an_account_that_is_no_server_admin_reads_messages_and_no_reports(
    synapse, memory_keyring, tmp_path, capsys, monkeypatch
):
    made = _community(synapse, "zwei")
    anna: User = made["anna"]
    room = made["room"]
    for number in range(100):  # more than one /sync timeline: the rest is read with /messages
        synapse.say(made["ben"], room, f"Nachricht {number}")
    db = str(tmp_path / "member.db")
    assert _cli(capsys, monkeypatch, "whoami", "Kim Moderatorin")[0] == 0
    code, out, err = _cli(
        capsys, monkeypatch,
        "account", "add", "matrix", "--name", "Anna", "--homeserver", synapse.url,
        "--user", anna.user_id, "--db", db,
        stdin=anna.token + "\n",
    )  # fmt: skip
    assert code == 0, err
    code, out, err = _cli(capsys, monkeypatch, "sync", "--db", db, "--json")
    assert code == 0, out + err
    [report] = json.loads(out)
    assert report["ok"] and report["items_added"] == 104, report
    spam = _items(db)[f"{room}/{made['spam']}"]
    assert (spam.platform_state, spam.report_count) == ("published", 0)
    assert not (spam.reasons or 0) & Reason.REPORTED

    # An edit since the last sync updates the message it edits.
    synapse.say(
        anna,
        room,
        "* Was meint ihr zum neuen Akku? (18 V)",
        **{
            "m.new_content": {"msgtype": "m.text", "body": "Was meint ihr zum 18-V-Akku?"},
            "m.relates_to": {"rel_type": "m.replace", "event_id": made["question"]},
        },
    )
    code, out, err = _cli(capsys, monkeypatch, "sync", "--db", db, "--json")
    [report] = json.loads(out)
    assert (report["items_added"], report["items_updated"]) == (0, 1), report
    assert _items(db)[f"{room}/{made['question']}"].body == "Was meint ihr zum 18-V-Akku?"


def test_a_token_of_someone_else_is_refused_by_the_test(
    synapse, memory_keyring, tmp_path, capsys, monkeypatch
):
    carla = synapse.register("carla")
    db = str(tmp_path / "other.db")
    _cli(
        capsys, monkeypatch,
        "account", "add", "matrix", "--name", "Falsch", "--homeserver", synapse.url,
        "--user", "@dora:localhost", "--db", db,
        stdin=carla.token + "\n",
    )  # fmt: skip
    code, out, err = _cli(capsys, monkeypatch, "account", "test", "Falsch", "--db", db)
    assert code != 0 and "@carla:localhost" in err and "@dora:localhost" in err, out + err
