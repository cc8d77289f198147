"""The Reddit connector against a local HTTP server (pytest-httpserver) replaying what Reddit
answered praw's integration tests (tests/fixtures/reddit_api, see its NOTICE): signing in with
OAuth, a sync of a subreddit's moderation listings page by page, every push, and the faults
(a revoked token, refusals, rate limits, a server error, a timeout, broken answers)."""

import asyncio
import base64
import json
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import keyring
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.conftest import AUTHOR
from tests.live.support import items_of as _items
from tests.live.support import sync_once
from tests.live.support import sync_one as _sync
from workbench.cli import main
from workbench.connectors.live import reddit
from workbench.connectors.live.base import Order, Settings
from workbench.connectors.live.http import LiveError, Policy, Problem
from workbench.core.live import accounts, pushes, settled
from workbench.core.queue import decisions
from workbench.core.records import ImportOptions
from workbench.services.live.secrets import Secrets
from workbench.services.live.sync import connector_for

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "reddit_api"
SUB = "werkstatt"
MOD = "modbot"
CLIENT_ID = "wb-test-client"
ACCESS = "access-token-for-tests"
REFRESH = "refresh-token-for-tests"
CODE = "code-for-tests"
REDIRECT = "http://127.0.0.1:65010/authorize_callback"
PLACEHOLDERS = {
    "<TEST_SUBREDDIT>": SUB,
    "<USERNAME>": MOD,
    "<ACCESS_TOKEN>": ACCESS,
    "<REFRESH_TOKEN>": REFRESH,
    "<AUTH_CODE>": CODE,
}
"""What praw's recordings hide, as these tests name it."""


def _cassette(name: str) -> list[dict[str, Any]]:
    text = (FIXTURES / f"{name}.json").read_text()
    for placeholder, value in PLACEHOLDERS.items():
        text = text.replace(placeholder, value)
    return list(json.loads(text)["interactions"])


def _body(name: str, number: int = 0) -> str:
    return str(_cassette(name)[number]["response"]["body"]["string"])


def _sent_form(name: str, number: int = 0) -> dict[str, list[str]]:
    return parse_qs(_cassette(name)[number]["request"]["body"])


def _recorded(name: str, number: int = 0) -> Response:
    """The recorded answer: its status, body, type and rate limit headers."""
    interaction = _cassette(name)[number]["response"]
    headers = {
        key: values[0]
        for key, values in interaction["headers"].items()
        if key.lower() in ("content-type", "x-ratelimit-remaining", "x-ratelimit-reset")
    }
    headers.setdefault("Content-Type", "application/json; charset=UTF-8")
    return Response(
        interaction["body"]["string"], status=interaction["status"]["code"], headers=headers
    )


LISTINGS = {name: json.loads(_body(name)) for name in reddit.LISTINGS}
NAMES = {
    name: [child["data"]["name"] for child in listing["data"]["children"]]
    for name, listing in LISTINGS.items()
}
ME = json.loads(_body("me"))["name"]


class FakeReddit:
    """www.reddit.com's token endpoint and oauth.reddit.com's routes, on one local server.

    A listing is served from its recording in pages of ``page`` entries (Reddit's ``after``:
    the last fullname of a page, none after the last), so that a sync pages to the end. A
    fault queued for a path answers the next request to it instead (a callable is called)."""

    def __init__(self, server: HTTPServer, page: int = 40) -> None:
        self.page = page
        self.requests: list[tuple[str, str, dict[str, str], dict[str, str], dict[str, str]]] = []
        self.faults: dict[str, list[Response | Callable[[], Response]]] = {}
        self.refresh_tokens = {REFRESH}
        self.comments: list[dict[str, Any]] = []
        server.expect_request(re.compile("^/")).respond_with_handler(self.handle)

    def fault(self, path: str, *answers: Response | Callable[[], Response]) -> None:
        self.faults.setdefault(path, []).extend(answers)

    def paths(self, method: str = "") -> list[str]:
        return [path for m, path, *_ in self.requests if not method or m == method]

    def forms(self, path: str) -> list[dict[str, str]]:
        return [form for _m, p, _a, form, _h in self.requests if p == path]

    def handle(self, request: Request) -> Response:
        path = request.path.rstrip("/")
        self.requests.append(
            (request.method, path, dict(request.args), dict(request.form), dict(request.headers))
        )
        waiting = self.faults.get(path)
        if waiting:
            answer = waiting.pop(0)
            return answer if isinstance(answer, Response) else answer()
        if path == "/api/v1/access_token":
            return self.token(request)
        if request.headers.get("Authorization") != f"bearer {ACCESS}":
            return _recorded("unauthorized")
        if path == "/api/v1/me":
            return Response(_body("me"), content_type="application/json")
        if path == f"/r/{SUB}/about":
            return Response(_body("about"), content_type="application/json")
        listing = re.fullmatch(rf"/r/{SUB}/about/(\w+)", path)
        if listing and listing.group(1) in LISTINGS:
            return self.listing(listing.group(1), request.args.get("after"))
        for action in ("approve", "remove", "ignore_reports", "unignore_reports"):
            if path == f"/api/{action}":
                return _recorded(action if action != "remove" else "remove_spam")
        if path == "/api/v1/modactions/removal_reasons":
            return _recorded("removal_reason", 1)
        if path == "/api/comment":
            return _recorded("reply")
        if path == f"/user/{ME}/comments":
            children = [{"kind": "t1", "data": c} for c in self.comments]
            return Response(
                json.dumps({"kind": "Listing", "data": {"children": children, "after": None}}),
                content_type="application/json",
            )
        return _recorded("not_found")

    def token(self, request: Request) -> Response:
        basic = base64.b64encode(f"{CLIENT_ID}:".encode()).decode()
        if request.headers.get("Authorization") != f"Basic {basic}":
            return Response('{"message": "Unauthorized", "error": 401}', status=401)
        grant = request.form.get("grant_type")
        if grant == "authorization_code" and request.form.get("code") == CODE:
            return _recorded("authorize")
        if grant == "refresh_token" and request.form.get("refresh_token") in self.refresh_tokens:
            return _recorded("refresh_and_403")
        # What Reddit answers a code used twice or a refresh token revoked (written by hand).
        return Response('{"error": "invalid_grant"}', status=400, content_type="application/json")

    def listing(self, name: str, after: str | None) -> Response:
        recorded = LISTINGS[name]
        children = recorded["data"]["children"]
        start = NAMES[name].index(after) + 1 if after else 0
        chunk = children[start : start + self.page]
        more = start + self.page < len(children)
        data = {
            **recorded["data"],
            "children": chunk,
            "after": NAMES[name][start + self.page - 1] if more else None,
        }
        return Response(
            json.dumps({"kind": "Listing", "data": data}), content_type="application/json"
        )


pytestmark = pytest.mark.usefixtures("memory_keyring")  # secrets stay in memory


@pytest.fixture
def fake(httpserver: HTTPServer) -> FakeReddit:
    return FakeReddit(httpserver)


def _extra() -> dict[str, Any]:
    return {"client_id": CLIENT_ID, "subreddits": [SUB], "redirect_uri": REDIRECT}


def _account(store, httpserver: HTTPServer, *, name: str = "Werkstatt", refresh: str = REFRESH):
    with store.write() as connection:
        account = accounts.add(
            connection, "reddit", name=name, url=httpserver.url_for("/"), user=ME,
            extra=_extra(),
        )  # fmt: skip
    Secrets().save(account.secret_ref, json.dumps({"refresh_token": refresh}))
    return account


def _cursor(store, name: str = "Werkstatt") -> dict[str, Any]:
    with store.read() as connection:
        return accounts.named(connection, name).cursor


def _row_id(store, external_id: str) -> int:
    return int(_items(store)[external_id].id)


def _listing_paths(fake: FakeReddit) -> list[tuple[str, str | None]]:
    return [
        (path.rsplit("/", 1)[1], args.get("after"))
        for _m, path, args, _f, _h in fake.requests
        if path.startswith(f"/r/{SUB}/about/")
    ]


def _connector(store, **policy: Any):
    """A signed-in connector of the store's account, for pushes a test orders itself."""

    async def no_wait(_seconds: float) -> None:
        return None

    with store.read() as connection:
        account = accounts.named(connection, "Werkstatt")
    secret = Secrets().get(account.secret_ref)
    assert secret is not None
    return account, secret, Policy(sleep=no_wait, **policy)


async def _push(store, httpserver, order: Order, **policy: Any):
    account, secret, used = _connector(store, **policy)
    async with httpx.AsyncClient() as client:
        connector = connector_for(account, secret, client, ImportOptions(), used)
        await connector.sign_in()
        return await connector.push(order)


def _order(action: str, item: str, **detail: Any) -> Order:
    return Order(
        id="push-1", action=action, item=item, kind="comment", thread=None, author=None,
        detail=detail,
    )  # fmt: skip


# Signing in


def test_oauth_gives_a_refresh_token_kept_as_the_secret(httpserver, fake):
    settings = Settings("Werkstatt", httpserver.url_for("/").rstrip("/"), "", (), _extra())

    async def run(answer: Callable[[str], str]) -> Any:
        async with httpx.AsyncClient() as client:
            started = await reddit.RedditApi.begin_authorization(client, settings)
            done = await reddit.RedditApi.finish_authorization(
                client, settings, started, answer(started.state)
            )
            return started, done

    started, done = asyncio.run(run(lambda state: f"{REDIRECT}?state={state}&code={CODE}"))
    address = urlsplit(started.url)
    assert address.path == "/api/v1/authorize"
    assert {key: value[0] for key, value in parse_qs(address.query).items()} == {
        "client_id": CLIENT_ID,
        "response_type": "code",
        "state": started.state,
        "redirect_uri": REDIRECT,
        "duration": "permanent",
        "scope": "identity read modposts submit",
    }
    assert json.loads(done.secret) == {"refresh_token": REFRESH}
    assert done.user == ME == "PyAPITestUser2"
    [exchange] = fake.forms("/api/v1/access_token")
    assert exchange == {"grant_type": "authorization_code", "code": CODE, "redirect_uri": REDIRECT}
    for _m, path, args, _f, headers in fake.requests:
        assert headers["User-Agent"].startswith("desktop:community-workbench:")
        assert CODE not in path and CODE not in str(args)
    assert fake.requests[-1][4]["Authorization"] == f"bearer {ACCESS}"

    # A bare code is taken as it is; an address of another sign-in (its state) is not.
    _, bare = asyncio.run(run(lambda _state: CODE))
    assert bare.user == ME
    with pytest.raises(LiveError, match="state differs") as other:
        asyncio.run(run(lambda _state: f"{REDIRECT}?state=someone-else&code={CODE}"))
    assert other.value.problem is Problem.AUTH
    with pytest.raises(LiveError, match="access_denied"):
        asyncio.run(run(lambda state: f"{REDIRECT}?state={state}&error=access_denied"))
    # A code Reddit does not take (used twice, expired) says so.
    with pytest.raises(LiveError, match="invalid_grant") as refused:
        asyncio.run(run(lambda state: f"{REDIRECT}?state={state}&code=stale"))
    assert refused.value.problem is Problem.AUTH


def test_reddit_itself_signs_in_at_www_and_answers_at_oauth():
    settings = Settings("r", "https://www.reddit.com", "", (), _extra())
    assert reddit.hosts(settings) == ("https://www.reddit.com", "https://oauth.reddit.com")
    local = Settings("r", "http://127.0.0.1:9", "", (), {"auth_url": "http://127.0.0.1:8/"})
    assert reddit.hosts(local) == ("http://127.0.0.1:8", "http://127.0.0.1:9")


# Pull


def test_a_sync_reads_every_listing_page_by_page_to_its_end(store, httpserver, fake):
    _account(store, httpserver)
    report, _ = _sync(store)
    assert report.error is None and report.problems == [], report
    items = _items(store)
    assert set(items) == {name for names in NAMES.values() for name in names}
    # Each listing from its first page to its last, in the order they are read.
    expected: list[tuple[str, str | None]] = []
    for name in reddit.LISTINGS:
        pages = range(0, len(NAMES[name]), fake.page)
        expected += [(name, NAMES[name][start - 1] if start else None) for start in pages]
    assert _listing_paths(fake) == expected
    assert _cursor(store) == {}  # the next sync reads the queues from the top again

    # A reported comment: its reports counted, the moderator's reason kept, its HTML shown.
    first = items["t1_da2g5y6"]
    assert (first.kind, first.platform_state, first.report_count) == ("comment", "reported", 1)
    assert first.thread_external_id == first.parent_external_id == "t3_5cu71v"
    assert first.body == "bboe" and first.body_html == '<div class="md"><p>bboe</p>\n</div>'
    raw = json.loads(first.raw)
    assert raw["mod_reports"] == [["test", MOD]] and raw["listing"] == "modqueue"
    assert "body" not in raw and "body_html" not in raw
    # Spam, an unmoderated post, a filtered post waiting in the modqueue without reports.
    spam_only = next(n for n in NAMES["spam"] if n not in NAMES["modqueue"])
    assert items[spam_only].platform_state == "spam"
    new = next(
        n
        for n in NAMES["unmoderated"]
        if all(n not in NAMES[k] for k in NAMES if k != "unmoderated")
    )
    assert (items[new].platform_state, items[new].report_count) == ("published", 0)
    assert items[new].url.startswith(f"https://www.reddit.com/r/{SUB}/comments/")
    held = next(
        child["data"]["name"]
        for child in LISTINGS["modqueue"]["data"]["children"]
        if not child["data"]["num_reports"] and child["data"]["name"] not in NAMES["reports"]
    )
    assert items[held].platform_state == "held"
    reported = next(n for n in NAMES["reports"] if n in items)
    assert items[reported].platform_state == "reported" and items[reported].report_count >= 1
    with store.read() as connection:
        members = {row.external_id for row in connection.exec_driver_sql("SELECT * FROM members")}
    assert MOD in members and "weekly_steamvr_bot" in members

    # Only the token endpoint sees the refresh token, in a form; the API sees the bearer.
    assert fake.paths()[0] == "/api/v1/access_token"
    assert fake.forms("/api/v1/access_token") == [
        {"grant_type": "refresh_token", "refresh_token": REFRESH}
    ]
    for _m, path, args, _f, headers in fake.requests[1:]:
        assert headers["Authorization"] == f"bearer {ACCESS}"
        assert REFRESH not in path and REFRESH not in str(args) and REFRESH not in str(headers)
        assert args["raw_json"] == "1"

    # The same queues again add nothing.
    again, _ = _sync(store)
    assert (again.error, again.added, again.updated) == (None, 0, 0)


def test_a_sync_cut_off_goes_on_from_the_page_after_the_last_written(store, httpserver, fake):
    _account(store, httpserver)
    path = f"/r/{SUB}/about/modqueue"
    # The modqueue's second page fails through every retry (the server's recorded 500).
    fake.fault(path, lambda: fake.listing("modqueue", None), *[_recorded("server_error")] * 4)
    report, used = _sync(store)
    assert "Internal Server Error" in (report.error or "")
    assert used.waited == [0.5, 1.0, 2.0]  # backoff between the attempts
    second = NAMES["modqueue"][fake.page - 1]
    assert _cursor(store) == {"step": 1, "after": second}
    assert NAMES["modqueue"][0] in _items(store)

    del fake.requests[:]
    report, _ = _sync(store)
    assert report.error is None, report
    listings = _listing_paths(fake)
    assert listings[0] == ("modqueue", second)  # not the listings read before
    assert [name for name, _ in listings].count("reports") == 0
    assert _cursor(store) == {}


def test_a_server_error_then_success_loses_nothing(store, httpserver, fake):
    _account(store, httpserver)
    fake.fault(f"/r/{SUB}/about/spam", _recorded("server_error"))
    report, used = _sync(store)
    assert report.error is None and used.waited == [0.5]
    assert set(NAMES["spam"]) <= set(_items(store))


def test_a_rate_limit_waits_with_and_without_retry_after(store, httpserver, fake):
    _account(store, httpserver)
    limited = '{"message": "Too Many Requests", "error": 429}'
    fake.fault(
        f"/r/{SUB}/about/reports",
        Response(limited, status=429, headers={"Retry-After": "7"}),
        Response(limited, status=429),
    )
    report, used = _sync(store)
    assert report.error is None, report
    assert used.waited == [7.0, 1.0]  # as Reddit said, then the policy's own backoff


def test_no_requests_remaining_waits_for_the_reset(store, httpserver, fake):
    _account(store, httpserver)
    first = json.loads(_body("reports"))
    fake.fault(
        f"/r/{SUB}/about/reports",
        Response(
            json.dumps({"kind": "Listing", "data": {**first["data"], "after": None}}),
            content_type="application/json",
            headers={"X-Ratelimit-Remaining": "0.0", "X-Ratelimit-Reset": "42"},
        ),
    )
    report, used = _sync(store)
    assert report.error is None, report
    assert used.waited == [42.0]  # once, before the next request, not a 429 later
    # A reset beyond what a sync waits for ends the sync, saying how long.
    fake.fault(
        f"/r/{SUB}/about/reports",
        Response(
            json.dumps({"kind": "Listing", "data": {**first["data"], "after": None}}),
            content_type="application/json",
            headers={"X-Ratelimit-Remaining": "0.4", "X-Ratelimit-Reset": "580"},
        ),
    )
    report, used = _sync(store)
    assert "580 s" in (report.error or "") and used.waited == []


def test_a_timeout_ends_the_sync_with_the_cursor_where_it_was(store, httpserver, fake):
    _account(store, httpserver)

    def slow() -> Response:
        time.sleep(0.3)
        return _recorded("spam")

    fake.fault(f"/r/{SUB}/about/spam", slow, slow)
    report, used = _sync(store, timeout=0.1, attempts=2)
    assert "did not answer in time" in (report.error or "") and used.waited == [0.5]
    assert _cursor(store) == {"step": 2}  # reports and modqueue written, spam to read again


@pytest.mark.parametrize(
    ("answer", "said"),
    [
        (lambda: Response("{not json", content_type="application/json"), "not JSON"),
        (
            lambda: Response('{"kind": "t3", "data": []}', content_type="application/json"),
            "not one",
        ),
        (lambda: _recorded("html_error"), "HTTP 400 Bad request"),
        (
            lambda: Response("<html><body>Reddit is down</body></html>", content_type="text/html"),
            "not JSON",
        ),
    ],
)
def test_broken_answers_are_named_and_the_cursor_stays(store, httpserver, fake, answer, said):
    _account(store, httpserver)
    fake.fault(f"/r/{SUB}/about/reports", answer())
    report, _ = _sync(store)
    assert said.lower() in (report.error or "").lower(), report
    assert _cursor(store) == {} and _items(store) == {}


def test_hostile_entries_are_left_out_by_name_and_the_rest_kept(store, httpserver, fake):
    _account(store, httpserver)
    good = LISTINGS["reports"]["data"]["children"][0]
    children = [
        good,
        {"kind": "t1", "data": {"name": "t1_x", "id": "x", "created_utc": 1}},  # no body
        {"kind": "t3", "data": {"name": "t3_y", "id": "y", "created_utc": "yesterday"}},
        {"kind": "t5", "data": {}},
        "nonsense",
    ]
    fake.fault(
        f"/r/{SUB}/about/reports",
        Response(
            json.dumps({"kind": "Listing", "data": {"children": children, "after": None}}),
            content_type="application/json",
        ),
    )
    report, _ = _sync(store)
    assert report.error is None
    assert len(report.problems) == 4, report.problems
    assert any("t1_x" in problem for problem in report.problems)
    assert good["data"]["name"] in _items(store)


def test_a_subreddit_name_that_is_none_is_refused_before_any_listing(store, httpserver, fake):
    with store.write() as connection:
        account = accounts.add(
            connection, "reddit", name="Werkstatt", url=httpserver.url_for("/"), user=ME,
            extra={**_extra(), "subreddits": [SUB, "../api/v1/me"]},
        )  # fmt: skip
    Secrets().save(account.secret_ref, json.dumps({"refresh_token": REFRESH}))
    report, _ = _sync(store)
    assert "'../api/v1/me' is no subreddit's name" in (report.error or "")
    assert _listing_paths(fake) == []


# Revoked and refused


def test_a_revoked_token_stops_its_account_and_the_others_go_on(store, httpserver, fake):
    _account(store, httpserver, name="Revoked", refresh="revoked-refresh-token")
    _account(store, httpserver, name="Werkstatt")
    reports, _ = sync_once(store)
    by_name = {report.account: report for report in reports}
    assert "no longer accepts this account's authorization" in (by_name["Revoked"].error or "")
    assert "invalid_grant" in (by_name["Revoked"].error or "")
    assert by_name["Werkstatt"].error is None and by_name["Werkstatt"].added > 0

    # An access token the API no longer takes (Reddit's recorded 401) stops the sync too.
    fake.fault(f"/r/{SUB}/about/reports", _recorded("unauthorized"))
    report, _ = sync_once(store, names=["Werkstatt"])
    assert "did not accept the account's secret: Unauthorized" in (report[0].error or "")


def test_test_says_who_moderates_what(store, httpserver, fake):
    account = _account(store, httpserver)
    secret = Secrets().get(account.secret_ref)
    assert secret is not None

    async def run() -> str:
        async with httpx.AsyncClient() as client:
            return await connector_for(account, secret, client, ImportOptions()).test()

    assert asyncio.run(run()) == f"Signed in to Reddit as u/{ME}, moderating r/{SUB}."
    about = json.loads(_body("about"))
    about["data"]["user_is_moderator"] = False
    fake.fault(f"/r/{SUB}/about", Response(json.dumps(about), content_type="application/json"))
    with pytest.raises(LiveError, match=f"does not moderate r/{SUB}") as refused:
        asyncio.run(run())
    assert refused.value.problem is Problem.FORBIDDEN


# Push


def test_decisions_undo_and_replies_become_reddits_requests(store, httpserver, fake):
    _account(store, httpserver)
    _sync(store)
    reported, spam = "t1_da2g5y6", NAMES["spam"][0]
    ignored, removed = NAMES["reports"][0], NAMES["reports"][1]
    with store.write() as connection:
        decisions.decide(connection, [_row_id(store, reported)], "approve", AUTHOR)
        decisions.decide(connection, [_row_id(store, spam)], "spam", AUTHOR)
        decisions.decide(connection, [_row_id(store, removed)], "remove", AUTHOR)
        decisions.decide(connection, [_row_id(store, ignored)], "ignore", AUTHOR)
        pushes.reply(connection, _row_id(store, reported), "Comment reply", AUTHOR)
    del fake.requests[:]
    report, _ = _sync(store)
    assert (report.error, report.pushed, report.push_failures) == (None, 5, []), report
    assert fake.paths("POST")[1:6] == [
        "/api/approve", "/api/remove", "/api/remove", "/api/ignore_reports", "/api/comment",
    ]  # fmt: skip
    # The forms Reddit was sent when praw's recordings were made, for the same items.
    assert fake.forms("/api/approve") == [{"api_type": "json", "id": reported}]
    assert {key: v[0] for key, v in _sent_form("approve").items()} == fake.forms("/api/approve")[0]
    assert fake.forms("/api/remove") == [
        {"api_type": "json", "id": spam, "spam": "True"},
        {"api_type": "json", "id": removed, "spam": "False"},
    ]
    assert set(_sent_form("remove_spam")) == set(fake.forms("/api/remove")[0])
    assert fake.forms("/api/ignore_reports") == [{"api_type": "json", "id": ignored}]
    assert fake.forms("/api/comment") == [
        {"api_type": "json", "thing_id": reported, "text": "Comment reply"}
    ]

    # Undone: an ignore heeds the reports again (the last action is undone first).
    with store.write() as connection:
        decisions.undo_last(connection, AUTHOR)
    _sync(store)
    assert fake.forms("/api/unignore_reports") == [{"api_type": "json", "id": ignored}]
    with store.write() as connection:
        decisions.undo_last(connection, AUTHOR)
    _sync(store)
    assert fake.forms("/api/approve")[-1] == {"api_type": "json", "id": removed}


def test_a_removal_with_a_note_gives_reddit_the_reason(store, httpserver, fake):
    _account(store, httpserver)
    asyncio.run(_push(store, httpserver, _order("remove", "t1_f98ugot", note="Test")))
    assert fake.paths("POST")[1:] == ["/api/remove", "/api/v1/modactions/removal_reasons"]
    [sent] = fake.forms("/api/v1/modactions/removal_reasons")
    recorded = _sent_form("removal_reason", 1)
    assert sent["api_type"] == "json"
    assert json.loads(sent["json"]) == json.loads(recorded["json"][0])


def test_the_undo_of_an_approval_removes_again_only_what_was_removed(store, httpserver, fake):
    _account(store, httpserver)
    asyncio.run(_push(store, httpserver, _order("restore", "t3_a", of="approve", state="spam")))
    asyncio.run(_push(store, httpserver, _order("restore", "t3_b", of="approve", state="reported")))
    assert fake.forms("/api/remove") == [{"api_type": "json", "id": "t3_a", "spam": "True"}]


def test_a_retried_reply_that_went_through_is_not_sent_again(store, httpserver, fake):
    _account(store, httpserver)
    sent = json.loads(_body("reply"))["json"]["data"]["things"][0]["data"]
    fake.comments.append(sent)
    order = Order(
        id="p", action="reply", item=sent["parent_id"], kind="comment", thread=None,
        author=None, detail={"text": sent["body"]}, attempts=1,
    )  # fmt: skip
    outcome = asyncio.run(_push(store, httpserver, order))
    assert outcome.remote == sent["name"] and fake.forms("/api/comment") == []


def test_a_reply_is_named_by_reddit_or_fails_with_its_words(store, httpserver, fake):
    _account(store, httpserver)
    made = asyncio.run(
        _push(store, httpserver, _order("reply", "t1_d1616q2", text="Comment reply"))
    )
    assert made.remote == "t1_d1680wu"
    said = {"json": {"errors": [["RATELIMIT", "you are doing that too much", "ratelimit"]]}}
    fake.fault("/api/comment", Response(json.dumps(said), content_type="application/json"))
    with pytest.raises(LiveError, match="you are doing that too much") as refused:
        asyncio.run(_push(store, httpserver, _order("reply", "t1_abc", text="Hallo")))
    assert refused.value.problem is Problem.REFUSED


def test_refused_and_vanished_items_fail_their_push_and_the_sync_goes_on(store, httpserver, fake):
    _account(store, httpserver)
    _sync(store)
    forbidden, gone, removed_gone = NAMES["reports"][:3]
    with store.write() as connection:
        decisions.decide(connection, [_row_id(store, forbidden)], "approve", AUTHOR)
        decisions.decide(connection, [_row_id(store, gone)], "ignore", AUTHOR)
        decisions.decide(connection, [_row_id(store, removed_gone)], "remove", AUTHOR)
    fake.fault("/api/approve", _recorded("refresh_and_403", 1))
    fake.fault("/api/ignore_reports", _recorded("not_found"))
    fake.fault("/api/remove", _recorded("not_found"))
    report, _ = _sync(store)
    assert report.error is None and report.pushed == 1  # the removal: it is gone anyway
    assert len(report.push_failures) == 2
    with store.read() as connection:
        failed = {
            push.item_external_id: push.message
            for push in pushes.listing(connection, state="failed")
        }
    assert failed == {forbidden: "Forbidden", gone: "Not Found"}


# The command line


def test_account_add_reddit_signs_in_through_the_browser(
    tmp_path, capsys, monkeypatch, httpserver, fake
):
    base = httpserver.url_for("/").rstrip("/")
    monkeypatch.setattr(reddit, "SIGN_IN", base)
    monkeypatch.setattr(reddit, "API", base)
    monkeypatch.setattr("sys.stdin", _Answer())
    db = str(tmp_path / "cli.db")
    code = main(
        ["account", "add", "reddit", "--name", "Werkstatt", "--client-id", CLIENT_ID,
         "--subreddit", SUB, "--db", db]
    )  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0, out
    assert "/api/v1/authorize?client_id=wb-test-client" in out
    assert f"Account 'Werkstatt' added (reddit, https://www.reddit.com, as {ME})." in out
    secrets = [value for value in keyring.get_keyring().entries.values()]  # type: ignore[attr-defined]
    assert [json.loads(value) for value in secrets] == [{"refresh_token": REFRESH}]


class _Answer:
    """Standard input as a manager piping back the address the browser went to: the state is
    read from the address the command printed."""

    def isatty(self) -> bool:
        return False

    def readline(self) -> str:
        import sys

        printed = sys.stdout.getvalue() if hasattr(sys.stdout, "getvalue") else ""
        state = re.search(r"state=([\w-]+)", printed)
        return f"{REDIRECT}?state={state.group(1) if state else ''}&code={CODE}\n"


def test_what_left_reddits_queues_leaves_the_workbenchs(store, httpserver, fake):
    """Approved or removed on reddit.com, an item leaves the reports, mod queue and spam; the
    next full sync takes the platform's reasons from its queue entry."""
    _account(store, httpserver)
    assert _sync(store)[0].error is None
    reported = _items(store)["t1_da2g5y6"]
    assert reported.reasons & int(settled.PLATFORM_REASONS)
    empty = json.dumps({"kind": "Listing", "data": {"children": [], "after": None}})
    for name in ("reports", "modqueue", "spam"):
        fake.fault(f"/r/{SUB}/about/{name}", Response(empty, content_type="application/json"))
    report, _ = _sync(store)
    assert report.error is None and report.settled > 0
    after = _items(store)["t1_da2g5y6"]
    assert not (after.reasons or 0) & int(settled.PLATFORM_REASONS)
