"""The Mastodon connector against a local HTTP server (pytest-httpserver) replaying what a real
Mastodon answered Mastodon.py's test suite (tests/fixtures/mastodon_api, recorded), and variants
a test makes of it: what a sync makes of timelines and reports, what each push sends, OAuth, and
the faults (revoked tokens, refusals, rate limits, broken answers)."""

import asyncio
import base64
import hashlib
import json
import time
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.conftest import AUTHOR
from tests.live.support import items_of as _items
from tests.live.support import sync_once
from workbench.connectors.live.base import Settings
from workbench.connectors.live.http import Api, LiveError, Problem
from workbench.connectors.live.mastodon import MastodonApi
from workbench.core.live import accounts, pushes, settled
from workbench.core.queue import decisions
from workbench.core.records import ImportOptions
from workbench.services.live.secrets import Secrets

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "mastodon_api"
RECORDED: dict[str, dict[str, Any]] = json.loads((FIXTURES / "recordings.json").read_text())[
    "interactions"
]
TOKEN = "mastodon-access-token-for-tests"
SECRET = json.dumps({"client_id": "c", "client_secret": "s", "access_token": TOKEN})
TAG = json.loads(RECORDED["hashtag_timeline"]["body"])
LIST = json.loads(RECORDED["list_timeline"]["body"])
NOTIFICATIONS = json.loads(RECORDED["notifications"]["body"])
[REPORT] = json.loads(RECORDED["admin_reports"]["body"])
TARGET = REPORT["target_account"]["id"]


def _answer(name: str, **headers: str) -> Response:
    recorded = RECORDED[name]
    return Response(
        recorded["body"],
        status=recorded["status"],
        headers={**recorded["headers"], **headers},
    )


class FakeMastodon:
    """The routes a sync reads and a push sends to, answering as recorded."""

    def __init__(self, server: HTTPServer) -> None:
        self.server = server
        self.seen: list[tuple[str, str, dict[str, str]]] = []
        self.pages: dict[str, list[Response | float]] = {}
        self.headers: dict[str, str] = {}
        self.reply_key: str | None = None
        for path, name in (
            ("/api/v1/notifications", "notifications"),
            ("/api/v1/timelines/tag/hoot", "hashtag_timeline"),
            ("/api/v1/timelines/list/6", "list_timeline"),
            ("/api/v1/admin/reports", "admin_reports"),
            ("/api/v1/admin/reports/1", "report"),
        ):
            server.expect_request(path, method="GET").respond_with_handler(self._read(path, name))
        for step in ("resolve", "reopen", "assign_to_self", "unassign"):
            server.expect_request(
                f"/api/v1/admin/reports/1/{step}", method="POST"
            ).respond_with_handler(self._sent(step))
        server.expect_request(
            f"/api/v1/admin/accounts/{TARGET}/action", method="POST"
        ).respond_with_handler(self._sent("account_action"))
        server.expect_request("/api/v1/statuses", method="POST").respond_with_handler(
            self._sent("status_post")
        )

    def _read(self, path: str, name: str) -> Any:
        def answer(request: Request) -> Response:
            self.seen.append((request.method, request.path, dict(request.args)))
            if request.headers.get("Authorization") != f"Bearer {TOKEN}":
                return Response(
                    '{"error":"The access token was revoked"}', status=401,
                    content_type="application/json",
                )  # fmt: skip
            waiting = self.pages.get(path)
            if waiting:
                answer = waiting.pop(0)
                if isinstance(answer, float):  # a server that does not answer in time
                    time.sleep(answer)
                    return Response("[]", content_type="application/json")
                return answer
            if "min_id" in request.args or "max_id" in request.args:
                return Response("[]", content_type="application/json")  # Mastodon's end
            return _answer(name)

        return answer

    def _sent(self, name: str) -> Any:
        def answer(request: Request) -> Response:
            body = request.get_json(silent=True)
            self.seen.append((request.method, request.path, body or {}))
            self.headers = dict(request.headers)
            if request.path == "/api/v1/statuses":
                self.reply_key = request.headers.get("Idempotency-Key")
            waiting = self.pages.get(request.path)
            answer = waiting.pop(0) if waiting else None
            return answer if isinstance(answer, Response) else _answer(name)

        return answer


pytestmark = pytest.mark.usefixtures("memory_keyring")  # secrets stay in memory


@pytest.fixture
def instance(httpserver: HTTPServer) -> FakeMastodon:
    return FakeMastodon(httpserver)


def _account(store, httpserver: HTTPServer, *, name: str = "Hoot", secret: str = SECRET):
    with store.write() as connection:
        account = accounts.add(
            connection, "mastodon", name=name, url=httpserver.url_for("/"),
            user="admin@localhost", extra={"hashtags": ["#hoot"], "lists": ["6"]},
        )  # fmt: skip
    Secrets().save(account.secret_ref, secret)
    return account


def _report_item(httpserver: HTTPServer) -> str:
    return f"{httpserver.url_for('/').rstrip('/')}/admin/reports/1"


def _reads(instance: FakeMastodon, path: str) -> list[dict[str, str]]:
    return [args for method, at, args in instance.seen if at == path and method == "GET"]


def _cursor(store, name: str = "Hoot") -> dict[str, Any]:
    with store.read() as connection:
        return accounts.named(connection, name).cursor


def test_a_sync_reads_notifications_timelines_and_reports(store, httpserver, instance):
    _account(store, httpserver)
    [report], _ = sync_once(store)
    assert report.error is None and report.problems == [], report
    items = _items(store)
    statuses = {s["uri"] for s in (*TAG, *LIST, *(n["status"] for n in NOTIFICATIONS))}
    statuses |= {s["uri"] for s in REPORT["statuses"]}
    assert set(items) == statuses | {_report_item(httpserver)}
    reported = items[_report_item(httpserver)]
    assert (reported.kind, reported.platform_state) == ("report", "reported")
    assert reported.reasons is not None  # in the queue
    assert reported.title == "Report 1: other"
    assert reported.body == "api crimes\n\n> Toot, finally!"
    [status] = REPORT["statuses"]
    assert reported.thread_external_id == status["uri"]
    assert reported.author == REPORT["target_account"]["account"]["uri"]
    raw = json.loads(reported.raw)
    assert raw["category"] == "other" and raw["target_account_id"] == TARGET
    assert "@localhost" not in reported.raw  # the admin API's e-mail addresses are not kept
    hoot = items[TAG[0]["uri"]]
    assert hoot.kind == "status" and hoot.body_html == TAG[0]["content"]
    assert hoot.url == TAG[0]["url"] and hoot.platform_state == "published"
    cursor = _cursor(store)
    assert cursor["tag:hoot"] == TAG[0]["id"] and cursor["list:6"] == LIST[0]["id"]
    assert cursor["notifications"] == NOTIFICATIONS[0]["id"] and cursor["open_reports"] == ["1"]


def test_paging_goes_to_the_end_and_a_cursor_resumes(store, httpserver, instance):
    _account(store, httpserver)
    sync_once(store)
    older, newer = LIST[-1], LIST[0]
    # The next sync: one page newer than the cursor, its prev link, then Mastodon's empty end.
    newest = {**newer, "id": "117020598436551300", "uri": newer["uri"] + "0"}
    instance.pages["/api/v1/timelines/list/6"] = [
        Response(
            json.dumps([newest]),
            content_type="application/json",
            headers={
                "Link": '<http://x/api/v1/timelines/list/6?min_id=117020598436551300>; rel="prev"'
            },
        )
    ]
    [report], _ = sync_once(store)
    assert report.error is None and report.added == 1, report
    reads = _reads(instance, "/api/v1/timelines/list/6")
    assert [r.get("min_id") for r in reads] == [None, newer["id"], "117020598436551300"]
    assert _cursor(store)["list:6"] == "117020598436551300"
    assert older["uri"] in _items(store)


def test_a_report_closed_elsewhere_is_read_again_as_resolved(store, httpserver, instance):
    _account(store, httpserver)
    sync_once(store)
    instance.pages["/api/v1/admin/reports"] = [Response("[]", content_type="application/json")]
    closed = {**REPORT, "action_taken": True}
    instance.pages["/api/v1/admin/reports/1"] = [
        Response(json.dumps(closed), content_type="application/json")
    ]
    [report], _ = sync_once(store)
    assert report.error is None, report
    item = _items(store)[_report_item(httpserver)]
    assert item.platform_state == "published"
    assert _reads(instance, "/api/v1/admin/reports/1") == [{}]
    assert _cursor(store)["open_reports"] == []
    assert report.settled == 1  # and it leaves the queue, which holds it no more
    with store.read() as connection:
        assert settled.open_on_platform(connection, 1) == {}


def test_a_revoked_token_stops_that_account_and_the_others_go_on(store, httpserver, instance):
    _account(store, httpserver)
    _account(store, httpserver, name="Revoked", secret=json.dumps({"access_token": "old"}))
    reports, _ = sync_once(store)
    by_name = {r.account: r for r in reports}
    assert by_name["Hoot"].error is None
    assert "did not accept" in str(by_name["Revoked"].error)
    assert "The access token was revoked" in str(by_name["Revoked"].error)


def _queue_pushes(store, httpserver) -> dict[str, str]:
    items = _items(store)
    report_row = int(items[_report_item(httpserver)].id)
    with store.write() as connection:
        decisions.assign(connection, [report_row], AUTHOR.name, AUTHOR)
        decisions.decide(connection, [report_row], "approve", AUTHOR)
        pushes.act_on_author(connection, report_row, "suspend", "Spam, again", AUTHOR)
        pushes.reply(connection, int(items[TAG[0]["uri"]].id), "Thanks!", AUTHOR)
        pushes.act_on_author(connection, int(items[TAG[0]["uri"]].id), "silence", "", AUTHOR)
        return {p.action: p.id for p in pushes.listing(connection)}


def test_pushes_resolve_assign_act_on_the_account_and_reply(store, httpserver, instance):
    _account(store, httpserver)
    sync_once(store)
    httpserver.expect_request("/api/v2/search").respond_with_json(
        {"accounts": [], "statuses": TAG, "hashtags": []}  # written by hand: the status found
    )
    ids = _queue_pushes(store, httpserver)
    [report], _ = sync_once(store)
    assert report.pushed == 5 and report.push_failures == [], report
    sent = [(m, p, b) for m, p, b in instance.seen if m == "POST"]
    assert sent[:3] == [
        ("POST", "/api/v1/admin/reports/1/assign_to_self", {}),
        ("POST", "/api/v1/admin/reports/1/resolve", {}),
        (
            "POST",
            f"/api/v1/admin/accounts/{TARGET}/action",
            {"type": "suspend", "report_id": "1", "text": "Spam, again",
             "send_email_notification": True},
        ),
    ]  # fmt: skip
    assert sent[3] == (
        "POST",
        "/api/v1/statuses",
        {"status": "@mastodonpy_test_2 Thanks!", "in_reply_to_id": TAG[0]["id"]},
    )
    assert sent[4] == (  # a status's author: no report to name
        "POST",
        f"/api/v1/admin/accounts/{TARGET}/action",
        {"type": "silence", "text": "", "send_email_notification": True},
    )
    assert instance.reply_key == ids["reply"]
    assert "Idempotency-Key" not in instance.headers  # the reply's alone

    with store.read() as connection:
        assert {p.action for p in pushes.listing(connection, state="done")} == set(ids)


def test_undoing_a_resolution_reopens_the_report_and_unclaiming_unassigns(
    store, httpserver, instance
):
    _account(store, httpserver)
    sync_once(store)
    row = int(_items(store)[_report_item(httpserver)].id)
    with store.write() as connection:
        decisions.decide(connection, [row], "ignore", AUTHOR)
    sync_once(store)
    with store.write() as connection:
        assert decisions.undo_last(connection, AUTHOR) is not None
        decisions.assign(connection, [row], None, AUTHOR)
    [report], _ = sync_once(store)
    assert report.push_failures == [], report
    posted = [p for m, p, _ in instance.seen if m == "POST"]
    assert posted == [
        "/api/v1/admin/reports/1/resolve",
        "/api/v1/admin/reports/1/reopen",
        "/api/v1/admin/reports/1/unassign",
    ]


def test_an_action_the_token_may_not_take_fails_with_mastodons_words(store, httpserver, instance):
    _account(store, httpserver)
    sync_once(store)
    row = int(_items(store)[_report_item(httpserver)].id)
    instance.pages[f"/api/v1/admin/accounts/{TARGET}/action"] = [_answer("action_forbidden")]
    with store.write() as connection:
        pushes.act_on_author(connection, row, "disable", "", AUTHOR)
    [report], _ = sync_once(store)
    assert report.error is None and len(report.push_failures) == 1, report
    with store.read() as connection:
        [failed] = pushes.listing(connection, state="failed")
    assert failed.message == "This action is not allowed"


def test_a_reply_to_a_status_deleted_meanwhile_fails_and_the_sync_goes_on(
    store, httpserver, instance
):
    _account(store, httpserver)
    sync_once(store)
    httpserver.expect_request("/api/v2/search").respond_with_json(
        {"accounts": [], "statuses": [], "hashtags": []}
    )
    with store.write() as connection:
        pushes.reply(connection, int(_items(store)[TAG[0]["uri"]].id), "Hi", AUTHOR)
    [report], _ = sync_once(store)
    assert report.error is None and len(report.push_failures) == 1, report
    with store.read() as connection:
        [failed] = pushes.listing(connection, state="failed")
    assert failed.message == TAG[0]["uri"]


def test_a_reopened_report_that_was_deleted_meanwhile_is_skipped(store, httpserver, instance):
    _account(store, httpserver)
    sync_once(store)
    instance.pages["/api/v1/admin/reports"] = [Response("[]", content_type="application/json")]
    instance.pages["/api/v1/admin/reports/1"] = [
        Response('{"error":"Record not found"}', status=404, content_type="application/json")
    ]
    [report], _ = sync_once(store)
    assert report.error is None and _cursor(store)["open_reports"] == []


@pytest.mark.parametrize("header", [{"Retry-After": "7"}, {}])
def test_a_429_waits_and_goes_on(store, httpserver, instance, header):
    _account(store, httpserver)
    instance.pages["/api/v1/notifications"] = [
        Response('{"error":"Too many requests"}', status=429, headers=header,
                 content_type="application/json"),
    ]  # fmt: skip
    [report], policy = sync_once(store)
    assert report.error is None, report
    assert policy.waited == ([7.0] if header else [0.5])


def test_a_500_then_success(store, httpserver, instance):
    _account(store, httpserver)
    instance.pages["/api/v1/timelines/tag/hoot"] = [
        Response("<h1>We're sorry, but something went wrong.</h1>", status=500)
    ]
    [report], policy = sync_once(store)
    assert report.error is None and policy.waited == [0.5], report
    assert TAG[0]["uri"] in _items(store)


def test_a_timeout_ends_the_sync_and_keeps_the_cursor(store, httpserver, instance):
    _account(store, httpserver)
    sync_once(store)
    before = _cursor(store)

    instance.pages["/api/v1/timelines/tag/hoot"] = [0.3, 0.3]
    [report], policy = sync_once(store, timeout=0.05, attempts=2)
    assert "did not answer in time" in str(report.error)
    assert _cursor(store) == before and len(policy.waited) == 1


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        ('[{"id": "1", "status": ', "application/json"),
        ("<!DOCTYPE html><html><body>Mastodon is down for maintenance</body></html>", "text/html"),
    ],
)
def test_an_answer_that_is_not_json_is_named(store, httpserver, instance, body, content_type):
    _account(store, httpserver)
    instance.pages["/api/v1/timelines/list/6"] = [Response(body, content_type=content_type)]
    [report], _ = sync_once(store)
    assert "not JSON for api/v1/timelines/list/6" in str(report.error)
    assert set(_cursor(store)) == {"notifications", "tag:hoot"}  # what came before is kept


def test_a_rate_limit_about_to_run_out_waits_for_its_reset(store, httpserver, instance):
    _account(store, httpserver)
    reset = time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(time.time() + 30))
    instance.pages["/api/v1/notifications"] = [
        _answer("notifications", **{"x-ratelimit-remaining": "0", "x-ratelimit-reset": reset})
    ]
    [report], policy = sync_once(store)
    assert report.error is None, report
    [waited] = policy.waited
    assert 25 < waited <= 30


def test_an_account_without_admin_scopes_reads_no_reports(store, httpserver, instance):
    _account(store, httpserver)
    instance.pages["/api/v1/admin/reports"] = [
        Response('{"error":"This action is outside the authorized scopes"}', status=403,
                 content_type="application/json")
    ]  # fmt: skip
    [report], _ = sync_once(store)
    assert report.error is None
    assert _report_item(httpserver) not in _items(store)


def test_oauth_registers_the_app_and_signs_in_with_pkce(httpserver: HTTPServer):
    apps: list[dict[str, Any]] = []

    def register(request: Request) -> Response:
        apps.append(request.get_json())
        if "admin:read" in request.get_json()["scopes"]:
            return Response('{"error":"Validation failed: Scopes are invalid"}', status=422,
                            content_type="application/json")  # fmt: skip
        return _answer("apps")

    tokens: list[dict[str, Any]] = []

    def token(request: Request) -> Response:
        tokens.append(request.get_json())
        return _answer("token")

    httpserver.expect_request("/api/v1/apps", method="POST").respond_with_handler(register)
    httpserver.expect_request("/oauth/token", method="POST").respond_with_handler(token)
    httpserver.expect_request("/api/v1/accounts/verify_credentials").respond_with_handler(
        lambda _request: _answer("verify_credentials")
    )
    settings = Settings("Hoot", httpserver.url_for("/"), "")

    async def run() -> Any:
        async with httpx.AsyncClient() as client:
            started = await MastodonApi.begin_authorization(client, settings)
            query = parse_qs(urlsplit(started.url).query)
            wrong = f"{started.redirect_uri}?code=abc&state=not-{started.state}"
            with pytest.raises(LiveError) as refused:
                await MastodonApi.finish_authorization(client, settings, started, wrong)
            assert refused.value.problem is Problem.REFUSED
            answer = f"http://127.0.0.1/cb?code=abc&state={started.state}"
            return (
                started,
                query,
                await MastodonApi.finish_authorization(client, settings, started, answer),
            )

    started, query, authorized = asyncio.run(run())
    assert [a["scopes"] for a in apps] == ["read write admin:read admin:write", "read write"]
    assert apps[0]["client_name"] == "Community Workbench"
    assert apps[0]["redirect_uris"] == "urn:ietf:wg:oauth:2.0:oob"
    challenge = base64.urlsafe_b64encode(hashlib.sha256(started.verifier.encode()).digest())
    assert query["code_challenge"] == [challenge.decode().rstrip("=")]
    assert query["code_challenge_method"] == ["S256"] and query["state"] == [started.state]
    assert query["scope"] == ["read write"]
    [sent] = tokens
    assert sent["code"] == "abc" and sent["code_verifier"] == started.verifier
    assert authorized.user == "mastodonpy_test_2@localhost"
    assert json.loads(authorized.secret) == {
        "client_id": "dSqEHsXYueL3gn3LbghhdtDXqqa9es7Ydchk8qWmIA0",
        "client_secret": "nUEMHt2lM0OT2tPILQfrX10Wn9NAsH86FdIHwJmqCyg",
        "access_token": json.loads(RECORDED["token"]["body"])["access_token"],
    }
    assert "client_secret" not in started.url


def test_a_reply_names_its_parent_by_uri_and_a_parent_gone_is_left_out(store, httpserver, instance):
    _account(store, httpserver)
    parent, child, orphan = LIST[1], dict(LIST[0]), dict(LIST[2])
    child["in_reply_to_id"], orphan["in_reply_to_id"] = parent["id"], "999"
    instance.pages["/api/v1/timelines/list/6"] = [
        Response(json.dumps([child, orphan]), content_type="application/json")
    ]
    httpserver.expect_request(f"/api/v1/statuses/{parent['id']}").respond_with_json(parent)
    httpserver.expect_request("/api/v1/statuses/999").respond_with_json(
        {"error": "Record not found"}, status=404
    )
    [report], _ = sync_once(store)
    assert report.error is None, report
    items = _items(store)
    replied = items[child["uri"]]
    assert (replied.kind, replied.parent_external_id) == ("reply", parent["uri"])
    assert replied.thread_external_id == parent["uri"]
    gone = items[orphan["uri"]]
    assert (gone.kind, gone.parent_external_id, gone.thread_external_id) == (
        "reply",
        None,
        orphan["uri"],
    )


def test_entries_that_are_not_statuses_are_named_and_the_rest_kept(store, httpserver, instance):
    _account(store, httpserver)
    broken = [
        {**LIST[0], "account": "not an account"},
        {**LIST[1], "created_at": 17},
        {**LIST[2], "uri": None},
        LIST[3],
    ]
    instance.pages["/api/v1/timelines/list/6"] = [
        Response(json.dumps(broken), content_type="application/json")
    ]
    [report], _ = sync_once(store)
    assert report.error is None and len(report.problems) == 3, report
    assert all(problem.startswith("list:6 ") for problem in report.problems)
    items = _items(store)
    assert LIST[3]["uri"] in items and LIST[0]["uri"] not in items


def test_a_reply_to_a_report_answers_its_status(store, httpserver, instance):
    _account(store, httpserver)
    sync_once(store)
    [status] = REPORT["statuses"]
    searched: list[str] = []

    def search(request: Request) -> Response:
        searched.append(request.args["q"])
        return Response(json.dumps({"statuses": [status]}), content_type="application/json")

    httpserver.expect_request("/api/v2/search").respond_with_handler(search)
    with store.write() as connection:
        pushes.reply(connection, int(_items(store)[_report_item(httpserver)].id), "Seen", AUTHOR)
    [report], _ = sync_once(store)
    assert report.pushed == 1, report
    assert searched == [status["uri"]]
    [posted] = [body for method, _path, body in instance.seen if method == "POST"]
    assert posted == {"status": "@mastodonpy_test_2 Seen", "in_reply_to_id": status["id"]}


@pytest.mark.parametrize(("permissions", "says"), [(None, True), ("8388607", False), ("16", False)])
def test_the_account_test_says_who_and_whether_it_may_handle_reports(httpserver, permissions, says):
    me = json.loads(RECORDED["verify_credentials"]["body"])  # a user's role: invite_users only
    if permissions:
        me["role"] = {**me["role"], "name": "Moderator", "permissions": permissions}
    httpserver.expect_request("/api/v1/accounts/verify_credentials").respond_with_json(me)
    settings = Settings("Hoot", httpserver.url_for("/"), "mastodonpy_test_2@localhost")

    async def run() -> str:
        async with httpx.AsyncClient() as client:
            api = Api(client, settings.url, headers=MastodonApi.headers(settings, SECRET))
            return await MastodonApi(api, settings, ImportOptions()).test()

    said = asyncio.run(run())
    assert said.startswith(f"Signed in to {settings.url} as mastodonpy_test_2 (")
    assert ("may not handle reports" in said) is says
