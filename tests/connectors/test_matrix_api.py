"""The Matrix connector against a local HTTP server (pytest-httpserver) serving what a real
Synapse answered (tests/fixtures/matrix, recorded), and variants a test makes of it: what a sync
makes of a room, what each push sends, and the faults (refusals, rate limits, broken answers)."""

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.conftest import AUTHOR
from tests.live.support import items_of as _items
from tests.live.support import sync_one as _sync
from workbench.core.live import accounts, pushes
from workbench.core.queue import decisions
from workbench.core.queue.listing import Reason
from workbench.services.live.secrets import Secrets

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "matrix"
SYNC: dict[str, Any] = json.loads((FIXTURES / "sync.json").read_text())
REPORTS: dict[str, Any] = json.loads((FIXTURES / "event_reports.json").read_text())
[ROOM] = SYNC["rooms"]["join"]
TIMELINE: list[dict[str, Any]] = SYNC["rooms"]["join"][ROOM]["timeline"]["events"]
TOKEN = "syt_bW9k_secret-token-for-tests_0abc"
ADMIN = "@mod:localhost"
CLIENT = "/_matrix/client/v3"


def _event(body_starts: str) -> dict[str, Any]:
    return next(
        e for e in TIMELINE if str(e.get("content", {}).get("body", "")).startswith(body_starts)
    )


HELLO, SPAM, QUESTION = _event("Hallo"), _event("Billige"), _event("Was meint")
ANSWER, THREAD, EDIT = _event("> <@anna"), _event("Im Thread"), _event("* Was meint")
GONE = next(e for e in TIMELINE if "redacted_because" in e["unsigned"])


def _item_id(event: dict[str, Any]) -> str:
    return f"{ROOM}/{event['event_id']}"


class FakeSynapse:
    """The routes a sync reads, answering from the recorded fixtures."""

    def __init__(self, server: HTTPServer, *, admin: bool = True) -> None:
        self.server = server
        self.syncs: list[dict[str, str]] = []
        self.sync_answers: list[Any] = [SYNC]
        server.expect_request(f"{CLIENT}/joined_rooms").respond_with_json({"joined_rooms": [ROOM]})
        server.expect_request(f"{CLIENT}/directory/room/#werkstatt:localhost").respond_with_json(
            {"room_id": ROOM, "servers": ["localhost"]}
        )
        server.expect_request(f"{CLIENT}/sync").respond_with_handler(self._sync)
        if admin:
            server.expect_request("/_synapse/admin/v1/event_reports").respond_with_json(REPORTS)
        else:
            server.expect_request("/_synapse/admin/v1/event_reports").respond_with_json(
                {"errcode": "M_FORBIDDEN", "error": "You are not a server admin"}, status=403
            )
        server.expect_request(f"{CLIENT}/rooms/{ROOM}/event/{SPAM['event_id']}").respond_with_json(
            {**SPAM, "room_id": ROOM}
        )
        server.expect_request(
            f"{CLIENT}/rooms/{ROOM}/state/m.room.member/{SPAM['sender']}"
        ).respond_with_json({"displayname": "Ben", "membership": "join"})

    def _sync(self, request: Request) -> Response:
        self.syncs.append(dict(request.args))
        answer = self.sync_answers[min(len(self.syncs), len(self.sync_answers)) - 1]
        body = answer if isinstance(answer, str) else json.dumps(answer)
        return Response(body, content_type="application/json")


pytestmark = pytest.mark.usefixtures("memory_keyring")  # secrets stay in memory


@pytest.fixture
def homeserver(httpserver: HTTPServer) -> FakeSynapse:
    return FakeSynapse(httpserver)


def _account(store, httpserver: HTTPServer, *, user: str = ADMIN, rooms: tuple[str, ...] = ()):
    with store.write() as connection:
        account = accounts.add(
            connection, "matrix", name="Werkstatt", url=httpserver.url_for("/"), user=user,
            rooms=rooms,
        )  # fmt: skip
    Secrets().save(account.secret_ref, TOKEN)
    return account


def _row_id(store, event: dict[str, Any]) -> int:
    return int(_items(store)[_item_id(event)].id)


def _cursor(store) -> dict[str, Any]:
    with store.read() as connection:
        return accounts.named(connection, "Werkstatt").cursor


def test_a_sync_reads_messages_replies_threads_edits_and_reports(store, httpserver, homeserver):
    _account(store, httpserver, rooms=("#werkstatt:localhost",))
    report, _ = _sync(store)
    assert report.error is None and report.problems == [], report
    items = _items(store)
    assert set(items) == {_item_id(e) for e in (HELLO, SPAM, QUESTION, ANSWER, THREAD, GONE)}
    hello = items[_item_id(HELLO)]
    assert hello.body == "Hallo zusammen, Grüße aus Köln"
    assert hello.body_html == HELLO["content"]["formatted_body"]  # the window sanitizes it
    assert (hello.kind, hello.thread_external_id, hello.parent_external_id) == (
        "message",
        ROOM,
        None,
    )
    answer = items[_item_id(ANSWER)]
    assert answer.body == "Der hält ewig"  # without the quote older clients put first
    assert answer.body_html == "Der hält <i>ewig</i>"
    assert answer.parent_external_id == _item_id(QUESTION)
    thread = items[_item_id(THREAD)]
    assert thread.thread_external_id == thread.parent_external_id == _item_id(QUESTION)
    assert items[_item_id(QUESTION)].body == "Was meint ihr zum 18-V-Akku?"  # edited
    gone = items[_item_id(GONE)]
    assert (gone.platform_state, gone.body) == ("deleted", "")
    spam = items[_item_id(SPAM)]
    assert (spam.platform_state, spam.report_count) == ("reported", 1)
    assert spam.reasons & Reason.REPORTED
    assert json.loads(spam.raw)["reports"][0]["reason"] == "Werbung"
    assert "Uhren" not in spam.raw and "Hallo" not in hello.raw
    with store.read() as connection:
        members = {
            row.external_id: (row.handle, row.display_name)
            for row in connection.exec_driver_sql("SELECT * FROM members").all()
        }
    assert members["@anna:localhost"] == ("anna", "Anna Becker")
    assert members["@ben:localhost"] == ("ben", "Ben")
    assert _cursor(store) == {"since": SYNC["next_batch"], "reports_after": 2}
    [first] = homeserver.syncs
    assert "since" not in first and first["timeout"] == "0"
    assert json.loads(first["filter"])["room"]["rooms"] == [ROOM]

    # The next sync goes on from next_batch, and the same report adds nothing.
    homeserver.sync_answers.append({"next_batch": "s19_later", "rooms": {"join": {}}})
    report, _ = _sync(store)
    assert (report.error, report.added, report.updated) == (None, 0, 0)
    assert homeserver.syncs[1]["since"] == SYNC["next_batch"]
    assert _cursor(store)["since"] == "s19_later"

    # The token travels in the Authorization header only.
    for request, _response in httpserver.log:
        assert request.headers["Authorization"] == f"Bearer {TOKEN}"
        assert TOKEN not in request.url


def test_a_gap_in_the_timeline_is_read_back_with_messages(store, httpserver, homeserver):
    _account(store, httpserver)
    _sync(store)
    earlier = {
        **HELLO,
        "event_id": "$older",
        "origin_server_ts": HELLO["origin_server_ts"] + 10,
        "content": {"msgtype": "m.text", "body": "Eine Nachricht aus der Lücke"},
    }
    newest = {**earlier, "event_id": "$newest", "content": {"msgtype": "m.text", "body": "Neu"}}
    homeserver.sync_answers.append(
        {
            "next_batch": "s30",
            "rooms": {
                "join": {
                    ROOM: {"timeline": {"events": [newest], "limited": True, "prev_batch": "p29"}}
                }
            },
        }
    )
    pages = iter(
        [
            {"chunk": [earlier], "start": "p29", "end": "p28", "state": []},
            {"chunk": [], "start": "p28"},
        ]
    )
    asked: list[dict[str, str]] = []

    def messages(request: Request) -> Response:
        asked.append(dict(request.args))
        return Response(json.dumps(next(pages)), content_type="application/json")

    httpserver.expect_request(f"{CLIENT}/rooms/{ROOM}/messages").respond_with_handler(messages)
    report, _ = _sync(store)
    assert report.error is None and report.added == 2
    assert [(a["dir"], a["from"], a["to"]) for a in asked] == [
        ("b", "p29", SYNC["next_batch"]),
        ("b", "p28", SYNC["next_batch"]),
    ]
    assert _items(store)[f"{ROOM}/$older"].body == "Eine Nachricht aus der Lücke"


def test_an_account_that_is_no_server_admin_reads_no_reports_and_says_nothing(store, httpserver):
    FakeSynapse(httpserver, admin=False)
    _account(store, httpserver, user="@anna:localhost")
    report, _ = _sync(store)
    assert report.error is None and report.problems == []
    spam = _items(store)[_item_id(SPAM)]
    assert (spam.platform_state, spam.report_count) == ("published", 0)
    assert "reports_after" not in _cursor(store)


def test_hostile_events_are_left_out_by_name_and_the_rest_kept(store, httpserver, homeserver):
    hostile = copy.deepcopy(SYNC)
    timeline = hostile["rooms"]["join"][ROOM]["timeline"]["events"]
    timeline += [
        "not an event",
        {**HELLO, "event_id": "no-sigil"},
        {**HELLO, "event_id": "$far", "origin_server_ts": 10**20},
        {**HELLO, "event_id": "$huge", "content": {"msgtype": "m.text", "body": "x" * 5_000_000}},
        {**HELLO, "event_id": "$typed", "content": {"body": ["a", "list"], "format": 7}},
    ]
    homeserver.sync_answers = [hostile]
    _account(store, httpserver)
    report, _ = _sync(store)
    assert report.error is None
    problems = "\n".join(report.problems)
    assert "not an object" in problems and "no-sigil" in problems
    assert "$far" in problems and "year 10000" in problems
    assert "$huge" in problems and "million" in problems
    items = _items(store)
    assert _item_id(HELLO) in items and items[f"{ROOM}/$typed"].body == ""


@pytest.mark.parametrize(
    "answer",
    [
        "<html>Bad gateway</html>",
        {"rooms": {"join": {}}},
        {"next_batch": 17, "rooms": {"join": {}}},
        {"next_batch": "s1", "rooms": {"join": [ROOM]}},
    ],
    ids=["not-json", "no-next-batch", "next-batch-a-number", "join-a-list"],
)
def test_a_malformed_sync_answer_is_named_and_the_cursor_stays(
    store, httpserver, homeserver, answer
):
    homeserver.sync_answers = [answer]
    _account(store, httpserver)
    report, _ = _sync(store)
    assert "/sync" in (report.error or ""), report.error
    assert _cursor(store) == {}
    assert _items(store) == {}


def _pushed(store, httpserver, homeserver) -> None:
    _account(store, httpserver)
    assert _sync(store)[0].error is None


def test_pushes_send_a_redaction_kick_ban_and_replies(store, httpserver, homeserver):
    _pushed(store, httpserver, homeserver)
    sent: list[tuple[str, str, Any]] = []

    def answer(request: Request) -> Response:
        sent.append((request.method, request.path, request.get_json()))
        made = {"event_id": f"$made{len(sent)}"} if "/send/" in request.path else {}
        return Response(json.dumps(made), content_type="application/json")

    for action in ("redact", "send", "kick", "ban"):
        pattern = f"{CLIENT}/rooms/{ROOM}/{action}"
        httpserver.expect_request(re.compile(f"^{re.escape(pattern)}.*")).respond_with_handler(
            answer
        )
    with store.write() as connection:
        decisions.decide(connection, [_row_id(store, SPAM)], "spam", AUTHOR)
        decisions.decide(connection, [_row_id(store, HELLO)], "approve", AUTHOR)
        pushes.act_on_author(connection, _row_id(store, SPAM), "ban", "Werbekonto", AUTHOR)
        pushes.act_on_author(connection, _row_id(store, ANSWER), "kick", "", AUTHOR)
        pushes.reply(connection, _row_id(store, HELLO), "Willkommen!", AUTHOR)
        pushes.reply(connection, _row_id(store, THREAD), "Das kleine.", AUTHOR)
        ids = {p.action + str(p.item_id): p.id for p in pushes.listing(connection)}
    report, _ = _sync(store)
    assert report.pushed == 6 and report.push_failures == [], report
    spam_push = ids[f"spam{_row_id(store, SPAM)}"]
    assert sent[0] == (
        "PUT",
        f"{CLIENT}/rooms/{ROOM}/redact/{SPAM['event_id']}/{spam_push}",
        {"reason": "Spam"},
    )
    assert sent[1] == (
        "POST",
        f"{CLIENT}/rooms/{ROOM}/ban",
        {"user_id": "@ben:localhost", "reason": "Werbekonto"},
    )
    assert sent[2] == ("POST", f"{CLIENT}/rooms/{ROOM}/kick", {"user_id": "@ben:localhost"})
    method, path, body = sent[3]
    hello_reply = ids[f"reply{_row_id(store, HELLO)}"]
    assert (method, path) == ("PUT", f"{CLIENT}/rooms/{ROOM}/send/m.room.message/{hello_reply}")
    assert body == {
        "msgtype": "m.text",
        "body": "Willkommen!",
        "m.relates_to": {"m.in_reply_to": {"event_id": HELLO["event_id"]}},
    }
    assert sent[4][2]["m.relates_to"] == {
        "m.in_reply_to": {"event_id": THREAD["event_id"]},
        "rel_type": "m.thread",
        "event_id": QUESTION["event_id"],
        "is_falling_back": False,
    }
    assert len(sent) == 5  # approving sends nothing
    with store.read() as connection:
        done = {p.id: p for p in pushes.listing(connection, state="done")}
    assert len(done) == 6


def test_a_refused_redaction_fails_with_the_platforms_words(store, httpserver, homeserver):
    _pushed(store, httpserver, homeserver)
    with store.write() as connection:
        decisions.decide(connection, [_row_id(store, SPAM)], "remove", AUTHOR)
    httpserver.expect_request(re.compile(".*/redact/.*"), method="PUT").respond_with_json(
        {"errcode": "M_FORBIDDEN", "error": "You don't have permission to redact events"},
        status=403,
    )
    report, _ = _sync(store)
    assert report.error is None and report.pushed == 0 and len(report.push_failures) == 1
    with store.read() as connection:
        [failed] = pushes.listing(connection, state="failed")
    assert "You don't have permission to redact events" in (failed.message or "")


def test_a_rate_limit_waits_as_long_as_synapse_says(store, httpserver, homeserver):
    _pushed(store, httpserver, homeserver)
    with store.write() as connection:
        decisions.decide(connection, [_row_id(store, SPAM)], "remove", AUTHOR)
    answers = iter(
        [
            Response(
                json.dumps(
                    {"errcode": "M_LIMIT_EXCEEDED", "error": "Too Many Requests",
                     "retry_after_ms": 2300}
                ),
                status=429,
                headers={"Retry-After": "3"},  # Synapse rounds retry_after_ms up to seconds
                content_type="application/json",
            ),
            Response('{"event_id": "$redaction"}', content_type="application/json"),
        ]
    )  # fmt: skip
    httpserver.expect_request(re.compile(".*/redact/.*"), method="PUT").respond_with_handler(
        lambda _request: next(answers)
    )
    report, policy = _sync(store)
    assert report.error is None and report.pushed == 1
    assert policy.waited == [3.0]


def test_a_removal_cannot_be_undone_on_matrix(store, httpserver, homeserver):
    _pushed(store, httpserver, homeserver)
    httpserver.expect_request(re.compile(".*/redact/.*"), method="PUT").respond_with_json(
        {"event_id": "$redaction"}
    )
    with store.write() as connection:
        decisions.decide(connection, [_row_id(store, SPAM)], "remove", AUTHOR)
    assert _sync(store)[0].pushed == 1
    with store.write() as connection:
        assert decisions.undo_last(connection, AUTHOR) is not None
    report, _ = _sync(store)
    assert report.pushed == 0
    with store.read() as connection:
        [failed] = pushes.listing(connection, state="failed")
    assert failed.action == "restore"
    assert failed.message == "A removal cannot be taken back on Matrix."
