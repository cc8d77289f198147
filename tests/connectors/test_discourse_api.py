"""The Discourse connector against a local HTTP server (pytest-httpserver) answering what
Discourse's review queue and posts API answer (tests/fixtures/discourse_api, written by hand
from Discourse's controllers and serializers: no public recording of /review.json exists):
what a sync makes of the queue and the latest posts, what each push sends, and the faults."""

import json
import re
import time
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.conftest import AUTHOR
from tests.live.support import items_of as _items
from tests.live.support import sync_once
from workbench.core.live import accounts, pushes, settled
from workbench.core.queue import decisions
from workbench.core.queue.listing import Reason
from workbench.services.live.secrets import Secrets

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "discourse_api"
REVIEW: dict[str, Any] = json.loads((FIXTURES / "review_pending.json").read_text())
LATEST: dict[str, Any] = json.loads((FIXTURES / "latest_posts.json").read_text())
ERRORS: dict[str, Any] = json.loads((FIXTURES / "errors.json").read_text())
KEY = "d4c0ffee-api-key-for-tests-5f1e"
REVIEW_PAGE = 2
"""The replay pages the queue two at a time (Discourse pages by ten) to exercise paging."""
POSTS_PAGE = 2


def _json(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    text = body if isinstance(body, str) else json.dumps(body)
    kind = "text/html" if isinstance(body, str) else "application/json"
    return Response(text, status=status, headers=headers, content_type=kind)


class FakeDiscourse:
    """The routes a sync and its pushes use, answering from the fixtures; ``faults`` maps a
    path to answers given (in turn) before the fixture's."""

    def __init__(self, server: HTTPServer, prefix: str = "") -> None:
        self.server = server
        self.prefix = prefix
        self.review = json.loads(json.dumps(REVIEW))
        self.posts: list[dict[str, Any]] = list(LATEST["latest_posts"])
        self.faults: dict[str, list[Any]] = {}
        self.hostile: list[Any] = []
        """Posts the first page of /posts.json begins with."""
        self.asked: list[tuple[str, str, dict[str, str], Any]] = []
        server.expect_request(re.compile(f"^{re.escape(prefix)}/.*")).respond_with_handler(
            self._answer
        )

    def fault(self, path: str, *answers: Any) -> None:
        self.faults.setdefault(path, []).extend(answers)

    def _answer(self, request: Request) -> Response:
        path = request.path[len(self.prefix) :]
        body = request.get_json(silent=True) if request.data else None
        self.asked.append((request.method, path, dict(request.args), body))
        waiting = self.faults.get(path)
        if waiting:
            answer = waiting.pop(0)
            return answer if isinstance(answer, Response) else answer(request)
        if path == "/review.json":
            return _json(self.review_page(request))
        if path == "/posts.json" and request.method == "GET":
            return _json(self.posts_page(int(request.args.get("before", "0")) or None))
        if path == "/session/current.json":
            return _json(ERRORS["current_user"])
        found = re.fullmatch(r"/review/(\d+)\.json", path)
        if found:
            return _json(self._show(int(found.group(1))))
        if re.fullmatch(r"/review/\d+/perform/\w+\.json", path):
            return _json(ERRORS["perform_ok"])
        found = re.fullmatch(r"/posts/(\d+)\.json", path)
        if found:
            post = next(p for p in self.posts if p["id"] == int(found.group(1)))
            return _json(post)
        if path == "/post_actions.json":
            return _json({"id": body["id"], "actions_summary": []})
        if path == "/posts.json" and request.method == "POST":
            return _json({"id": 240, "post_number": 5, "topic_id": body["topic_id"]})
        return _json(ERRORS["not_found"], 404)

    def review_page(self, request: Request) -> dict[str, Any]:
        offset = int(request.args.get("offset", "0"))
        chosen = [
            r
            for r in self.review["reviewables"]
            if "topic_id" not in request.args or r.get("topic_id") == int(request.args["topic_id"])
        ]
        page = {**self.review, "reviewables": chosen[offset : offset + REVIEW_PAGE]}
        meta = {**self.review["meta"], "total_rows_reviewables": len(chosen)}
        if offset + REVIEW_PAGE < len(chosen):
            meta["load_more_reviewables"] = f"/review?offset={offset + REVIEW_PAGE}&status=pending"
        page["meta"] = meta
        return page

    def posts_page(self, before: int | None) -> dict[str, Any]:
        chosen = [p for p in self.posts if before is None or p["id"] <= before]
        return {"latest_posts": (self.hostile if before is None else []) + chosen[:POSTS_PAGE]}

    def _show(self, reviewable_id: int) -> dict[str, Any]:
        reviewable = next(r for r in self.review["reviewables"] if r["id"] == reviewable_id)
        return {**{k: v for k, v in self.review.items() if k != "reviewables"},
                "reviewable": reviewable}  # fmt: skip


pytestmark = pytest.mark.usefixtures("memory_keyring")  # secrets stay in memory


@pytest.fixture
def forum(httpserver: HTTPServer) -> FakeDiscourse:
    return FakeDiscourse(httpserver)


def _account(store, url: str, name: str = "Werkstatt", key: str = KEY):
    with store.write() as connection:
        account = accounts.add(connection, "discourse", name=name, url=url, user="mod")
    Secrets().save(account.secret_ref, key)
    return account


def _scope(httpserver: HTTPServer) -> str:
    return urlsplit(httpserver.url_for("/")).netloc


def _unix(moment: str) -> int:
    return int(datetime.fromisoformat(moment).timestamp())


def _cursor(store, name: str = "Werkstatt") -> dict[str, Any]:
    with store.read() as connection:
        return accounts.named(connection, name).cursor


def _synced(store, httpserver: HTTPServer, forum: FakeDiscourse) -> str:
    _account(store, httpserver.url_for("/"))
    [report], _ = sync_once(store)
    assert report.error is None, report
    forum.asked.clear()
    return _scope(httpserver)


def test_a_sync_reads_the_review_queue_to_its_end_and_the_latest_posts(store, httpserver, forum):
    _account(store, httpserver.url_for("/"))
    [report], _ = sync_once(store)
    assert report.error is None and report.problems == [], report
    scope = _scope(httpserver)
    items = _items(store)
    assert set(items) == {f"{scope}/post/{n}" for n in (228, 229, 230, 231, 232)} | {
        f"{scope}/queued-post/43"
    }  # the user waiting for approval is no item
    spam = items[f"{scope}/post/230"]
    assert (spam.platform_state, spam.report_count) == ("reported", 2)
    assert spam.reasons & Reason.REPORTED
    assert spam.body == "Billige Akkus nur hier: uhren.example 50% Rabatt"
    assert spam.body_html.startswith("<p>Billige Akkus")  # the window sanitizes it
    assert spam.thread_external_id == f"{scope}/topic/12"
    assert spam.created_at == _unix("2026-11-30T17:55:40Z")  # the post's, from /posts.json
    raw = json.loads(spam.raw)
    assert (raw["reviewable_id"], raw["version"], raw["score"]) == (41, 2, 9.5)
    assert [(f["type"], f["by"], f["score"]) for f in raw["flags"]] == [
        ("spam", "anna", 6.5),
        ("inappropriate", "carl", 3.0),
    ]
    assert "agree_and_hide" in raw["actions"] and "disagree" in raw["actions"]
    assert "Billige" not in spam.raw  # the columns hold the text
    queued = items[f"{scope}/queued-post/43"]
    assert (queued.platform_state, queued.kind) == ("held", "reply")
    assert queued.body == "Ich hätte noch einen 18-V-Akku abzugeben, fast neu."
    assert queued.reasons & Reason.HELD
    first = items[f"{scope}/post/229"]
    assert (first.kind, first.title, first.platform_state) == (
        "post",
        "Welcher Akku für die Tischkreissäge?",
        "published",
    )
    assert first.url == httpserver.url_for("/t/welcher-akku-fur-die-tischkreissage/12/1")
    with store.read() as connection:
        members = {
            row.external_id: (row.handle, row.display_name)
            for row in connection.exec_driver_sql("SELECT * FROM members").all()
        }
    assert members[f"{scope}/user/ben_uhren"] == ("ben_uhren", "Ben")
    assert members[f"{scope}/user/anna"] == ("anna", "Anna Becker")
    assert f"{scope}/user/erik" in members  # from the latest posts
    reviews = [args for method, path, args, _ in forum.asked if path == "/review.json"]
    assert [r["offset"] for r in reviews] == ["0", "2"]
    assert all(r["status"] == "pending" for r in reviews)
    befores = [args.get("before") for _, path, args, _ in forum.asked if path == "/posts.json"]
    assert befores == [None, "230", "228", "227"]
    assert _cursor(store) == {"posts_after": 232}

    # The next sync reads the queue again and only the posts that came since.
    forum.posts.insert(0, {**forum.posts[0], "id": 233, "post_number": 5, "cooked": "<p>Neu</p>"})
    forum.asked.clear()
    [report], _ = sync_once(store)
    assert (report.error, report.added) == (None, 1), report
    befores = [args.get("before") for _, path, args, _ in forum.asked if path == "/posts.json"]
    assert befores == [None]
    assert _cursor(store) == {"posts_after": 233}
    assert _items(store)[f"{scope}/post/230"].platform_state == "reported"

    # The key travels in the headers only.
    for request, _response in httpserver.log:
        assert request.headers["Api-Key"] == KEY
        assert request.headers["Api-Username"] == "mod"
        assert KEY not in request.url


def test_a_cut_off_sync_goes_on_from_its_cursor(store, httpserver, forum):
    _account(store, httpserver.url_for("/"))

    def second_page_too_slow(request: Request) -> Response:
        if request.args.get("offset") == "2":
            time.sleep(0.3)
        return _json(forum.review_page(request))

    # The second page of the queue does not come in time: the first is written, its offset kept.
    forum.fault("/review.json", second_page_too_slow, second_page_too_slow)
    [report], _ = sync_once(store, attempts=1, timeout=0.1)
    assert "did not answer in time" in (report.error or ""), report
    assert _cursor(store) == {"review_offset": 2}
    assert len(_items(store)) == 2  # the first page's two posts

    forum.asked.clear()
    [report], _ = sync_once(store)
    assert report.error is None, report
    offsets = [args["offset"] for _, path, args, _ in forum.asked if path == "/review.json"]
    assert offsets == ["2"]
    assert _cursor(store) == {"posts_after": 232}
    assert f"{_scope(httpserver)}/queued-post/43" in _items(store)

    # A walk through the latest posts cut off goes on below the last page written.
    for number in (235, 236, 237):
        forum.posts.insert(0, {**forum.posts[0], "id": number, "post_number": number - 228})
    forum.fault("/posts.json", _json(forum.posts_page(None)), _json(ERRORS["not_found"], 502))
    [report], _ = sync_once(store, attempts=1)
    assert "has a problem" in (report.error or ""), report
    assert _cursor(store) == {
        "posts_after": 232,
        "posts_before": 235,
        "posts_top": 237,
        "posts_read": 2,
    }
    forum.asked.clear()
    [report], _ = sync_once(store)
    assert report.error is None, report
    befores = [args.get("before") for _, path, args, _ in forum.asked if path == "/posts.json"]
    assert befores == ["235"]
    assert _cursor(store) == {"posts_after": 237}
    assert f"{_scope(httpserver)}/post/235" in _items(store)


def _row(store, external_id: str) -> int:
    return int(_items(store)[external_id].id)


def _failed(store) -> list[Any]:
    with store.read() as connection:
        return pushes.listing(connection, state="failed")


def _sent(forum: FakeDiscourse) -> list[tuple[str, str, dict[str, str], Any]]:
    return [asked for asked in forum.asked if asked[0] in ("PUT", "POST")]


def test_decisions_perform_the_actions_the_reviewables_offer_at_their_version(
    store, httpserver, forum
):
    scope = _synced(store, httpserver, forum)
    with store.write() as connection:
        decisions.decide(connection, [_row(store, f"{scope}/post/230")], "spam", AUTHOR)
        decisions.decide(connection, [_row(store, f"{scope}/post/231")], "spam", AUTHOR)
        decisions.decide(connection, [_row(store, f"{scope}/queued-post/43")], "approve", AUTHOR)
        decisions.decide(connection, [_row(store, f"{scope}/post/229")], "remove", AUTHOR)
        decisions.decide(connection, [_row(store, f"{scope}/post/232")], "approve", AUTHOR)
        pushes.reply(connection, _row(store, f"{scope}/post/229"), "Willkommen!", AUTHOR)
    bumped = json.loads(json.dumps(forum._show(42)))
    bumped["reviewable"]["version"] = 1  # the account's spam flag made a new version
    forum.fault("/review/42.json", _json(bumped))
    [report], _ = sync_once(store)
    assert report.pushed == 6 and report.push_failures == [], report
    assert _sent(forum) == [
        # 230 has a spam flag already: agreeing with it confirms the spam
        ("PUT", "/review/41/perform/agree_and_hide.json", {"version": "2"}, None),
        # 231 is hidden and nobody flagged it as spam: the account does, then agrees
        ("POST", "/post_actions.json", {},
         {"id": 231, "post_action_type_id": 8, "flag_topic": False}),
        ("PUT", "/review/42/perform/agree_and_keep_hidden.json", {"version": "1"}, None),
        ("PUT", "/review/43/perform/approve_post.json", {"version": "0"}, None),
        # 229 is in no review: the account flags it and takes action (hidden at once)
        ("POST", "/post_actions.json", {},
         {"id": 229, "post_action_type_id": 4, "flag_topic": False, "take_action": True}),
        # approving 232, which nobody flagged, asks nothing of the forum
        ("POST", "/posts.json", {},
         {"topic_id": 12, "raw": "Willkommen!", "reply_to_post_number": 1}),
    ]  # fmt: skip
    with store.read() as connection:
        [reply] = [p for p in pushes.listing(connection, state="done") if p.action == "reply"]
    assert reply.state == "done"


def test_approve_disagrees_and_ignore_does_nothing_to_the_post(store, httpserver, forum):
    scope = _synced(store, httpserver, forum)
    with store.write() as connection:
        decisions.decide(connection, [_row(store, f"{scope}/post/230")], "approve", AUTHOR)
    assert sync_once(store)[0][0].pushed == 1
    with store.write() as connection:
        decisions.decide(connection, [_row(store, f"{scope}/post/230")], "ignore", AUTHOR)
        decisions.decide(connection, [_row(store, f"{scope}/post/231")], "ignore", AUTHOR)
    [report], _ = sync_once(store)
    assert [path for _, path, _, _ in _sent(forum)] == [
        "/review/41/perform/disagree.json",
        "/review/41/perform/ignore_and_do_nothing.json",
    ]
    # The hidden post's reviewable offers only to delete it while ignoring the flag.
    [failed] = _failed(store)
    assert "offers no action for 'ignore'" in failed.message and "delete_and_ignore" in (
        failed.message
    )
    assert report.pushed == 1


def _one_push(store, httpserver, forum, action: str = "remove") -> str:
    scope = _synced(store, httpserver, forum)
    with store.write() as connection:
        decisions.decide(connection, [_row(store, f"{scope}/post/230")], action, AUTHOR)
    return scope


def test_a_stale_version_is_read_again_and_the_push_says_someone_acted_first(
    store, httpserver, forum
):
    _one_push(store, httpserver, forum)
    forum.fault("/review/41/perform/agree_and_hide.json", _json(ERRORS["conflict"], 409))
    done = json.loads(json.dumps(forum._show(41)))
    done["reviewable"].update(status=1, version=3)
    forum.fault("/review/41.json", _json(done))
    [report], _ = sync_once(store)
    assert report.error is None and report.pushed == 0, report
    [failed] = _failed(store)
    assert failed.message == (
        "Someone else acted on this first: There was an update conflict preventing you from "
        "doing that. (the reviewable is approved now)"
    )
    assert ("GET", "/review/41.json", {}, None) in forum.asked


@pytest.mark.parametrize(
    ("status", "body", "words"),
    [
        (403, ERRORS["invalid_access"], "You are not permitted to view the requested resource."),
        (404, ERRORS["not_found"], "The requested URL or resource could not be found."),
    ],
    ids=["forbidden-action", "reviewable-deleted-meanwhile"],
)
def test_a_refused_action_fails_with_the_forums_words(
    store, httpserver, forum, status, body, words
):
    _one_push(store, httpserver, forum)
    forum.fault("/review/41/perform/agree_and_hide.json", _json(body, status))
    [report], _ = sync_once(store)
    assert report.error is None and report.pushed == 0 and len(report.push_failures) == 1
    [failed] = _failed(store)
    assert failed.message == words


def test_a_queued_post_someone_else_approved_is_not_approved_again(store, httpserver, forum):
    scope = _synced(store, httpserver, forum)
    with store.write() as connection:
        decisions.decide(connection, [_row(store, f"{scope}/queued-post/43")], "remove", AUTHOR)
    done = json.loads(json.dumps(forum._show(43)))
    done["reviewable"]["status"] = 1
    forum.fault("/review/43.json", _json(done))
    sync_once(store)
    [failed] = _failed(store)
    assert failed.message == "Someone else acted on this first: the post is approved already."
    assert _sent(forum) == []


def test_a_revoked_key_stops_that_account_and_the_others_go_on(store, httpserver):
    revoked = FakeDiscourse(httpserver, prefix="/revoked")  # first: its routes match first
    FakeDiscourse(httpserver)
    revoked.fault("/review.json", _json(ERRORS["bad_key"], 401))
    _account(store, httpserver.url_for("/revoked"), name="Revoked", key="revoked-key")
    _account(store, httpserver.url_for("/"))
    reports, _ = sync_once(store)
    by_name = {report.account: report for report in reports}
    assert by_name["Werkstatt"].error is None
    error = by_name["Revoked"].error or ""
    assert "did not accept the account's secret" in error and "key is invalid" in error
    assert _cursor(store, "Revoked") == {}
    assert _cursor(store, "Werkstatt") == {"posts_after": 232}
    assert [path for _, path, _, _ in revoked.asked] == ["/review.json"]  # and no more


@pytest.mark.parametrize(
    ("answer", "waited"),
    [
        (_json(ERRORS["rate_limit"], 429, {"Retry-After": "9"}), [9.0]),  # the header first
        (_json(ERRORS["rate_limit"], 429), [7.0]),  # else extras.wait_seconds
        (_json(ERRORS["not_found"], 500), [0.5]),  # a 500, then success
        (lambda _request: time.sleep(0.25) or _json({}), [0.5]),  # a timeout, then success
    ],
    ids=["retry-after", "extras-wait-seconds", "server-error", "timeout"],
)
def test_a_passing_fault_is_waited_out_and_the_sync_goes_on(
    store, httpserver, forum, answer, waited
):
    _account(store, httpserver.url_for("/"))
    forum.fault("/review.json", answer)
    [report], policy = sync_once(store, timeout=0.2)
    assert report.error is None and report.problems == [], report
    assert policy.waited == waited
    assert len(_items(store)) == 6


def test_a_rate_limit_on_a_push_waits_and_the_push_goes_through(store, httpserver, forum):
    _one_push(store, httpserver, forum)
    forum.fault("/review/41/perform/agree_and_hide.json", _json(ERRORS["rate_limit"], 429))
    [report], policy = sync_once(store)
    assert report.pushed == 1 and policy.waited[0] == 7.0


def test_a_rate_limit_longer_than_the_sync_waits_stops_the_account_and_keeps_the_push(
    store, httpserver, forum
):
    _one_push(store, httpserver, forum)
    forum.fault(
        "/review/41/perform/agree_and_hide.json",
        _json({**ERRORS["rate_limit"], "extras": {"wait_seconds": 3600}}, 429),
    )
    [report], _ = sync_once(store)
    assert "asks to wait 3600 s" in (report.error or "") and report.pushes_left == 1


@pytest.mark.parametrize(
    ("path", "answer", "said"),
    [
        ("/review.json", _json("<html><body>502 Bad Gateway</body></html>"), "not JSON"),
        ("/review.json", _json('{"reviewables": [', 200), "not JSON"),
        ("/review.json", _json({"reviewables": {"41": {}}}), "review.json that is not one"),
        ("/review.json", _json("<html>Bad gateway</html>", 502), "HTTP 502"),
        ("/posts.json", _json("<!DOCTYPE html><html>Login</html>"), "not JSON for /posts.json"),
        ("/posts.json", _json({"latest_posts": "none"}), "posts.json that is not one"),
    ],
    ids=["html-page", "cut-json", "reviewables-not-a-list", "html-502", "login-page", "no-list"],
)
def test_a_broken_answer_is_named_and_nothing_after_it_is_lost(
    store, httpserver, forum, path, answer, said
):
    _account(store, httpserver.url_for("/"))
    forum.fault(path, *[answer] * 4)
    [report], _ = sync_once(store)
    assert said in (report.error or ""), report.error
    assert "review_offset" not in _cursor(store) and "posts_after" not in _cursor(store)


def test_hostile_records_are_left_out_by_name_and_the_rest_kept(store, httpserver, forum):
    forum.review["reviewables"][:0] = [
        "not a reviewable",
        {**forum.review["reviewables"][0], "id": "41; DROP"},
        {**forum.review["reviewables"][0], "id": 50, "post_id": 300, "cooked": "x" * 5_000_000},
        {**forum.review["reviewables"][0], "id": 51, "post_id": 301, "post_updated_at": 7},
    ]
    forum.review["meta"]["total_rows_reviewables"] += 4
    forum.hostile = [{"id": 240, "topic_id": "12", "created_at": "2026-11-01T00:00:00Z"}, [None]]
    _account(store, httpserver.url_for("/"))
    [report], _ = sync_once(store)
    assert report.error is None, report
    problems = "\n".join(report.problems)
    assert "'not a reviewable'" in problems and "'41; DROP'" in problems
    assert "reviewable 50" in problems and "million" in problems
    assert "reviewable 51" in problems and "ISO 8601" in problems
    assert "post 240: topic_id is not an id" in problems and "it has no id" in problems
    assert len(_items(store)) == 6  # the rest as before


def test_account_test_names_the_moderator(store, httpserver, forum):
    import asyncio

    import httpx

    from workbench.core.records import ImportOptions
    from workbench.services.live import sync

    account = _account(store, httpserver.url_for("/"))

    async def run() -> str:
        async with httpx.AsyncClient() as client:
            return await sync.connector_for(account, KEY, client, ImportOptions()).test()

    assert asyncio.run(run()) == f"Signed in to {account.url} as mod (admin)."
    forum.fault(
        "/session/current.json",
        _json({"current_user": {"username": "mod", "admin": False, "moderator": False}}),
    )
    with pytest.raises(Exception, match="mod is no moderator"):
        asyncio.run(run())


def test_an_older_forums_ignore_and_a_reply_to_a_queued_post(store, httpserver, forum):
    # Discourse before ignore_and_do_nothing listed a plain "ignore".
    forum.review["bundled_actions"] = [
        {**bundle, "action_ids": ["ignore"]} if bundle["id"] == "41-ignore" else bundle
        for bundle in forum.review["bundled_actions"]
    ]
    scope = _synced(store, httpserver, forum)
    with store.write() as connection:
        decisions.decide(connection, [_row(store, f"{scope}/post/230")], "ignore", AUTHOR)
        pushes.reply(connection, _row(store, f"{scope}/queued-post/43"), "Danke!", AUTHOR)
    [report], _ = sync_once(store)
    assert report.pushed == 1
    assert [path for _, path, _, _ in _sent(forum)] == ["/review/41/perform/ignore.json"]
    [failed] = _failed(store)
    assert failed.action == "reply"
    assert failed.message == "A post waiting for approval cannot be replied to yet."


def test_what_left_the_review_queue_on_the_forum_leaves_the_workbenchs(store, httpserver, forum):
    """Agreed with, approved or deleted on the forum, a reviewable leaves the pending queue;
    the next sync, which reads the queue whole, takes the forum's reasons from its entry."""
    _account(store, httpserver.url_for("/").rstrip("/"))
    [first], _ = sync_once(store)
    assert first.error is None and first.settled == 0
    with store.read() as connection:
        waiting = settled.open_on_platform(connection, 1)
    assert waiting
    gone = forum.review["reviewables"].pop(0)
    [second], _ = sync_once(store)
    assert second.error is None and second.settled >= 1, second
    with store.read() as connection:
        left = settled.open_on_platform(connection, 1)
    assert len(left) == len(waiting) - second.settled and gone is not None
