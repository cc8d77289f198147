"""What a WordPress account does when the server misbehaves, against a real HTTP server on
127.0.0.1 that answers as each test says (pytest-httpserver; the answers are written by hand
after WordPress's REST API): each fault gives a clear message and loses nothing."""

import time
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.conftest import AUTHOR
from tests.live.support import sync_one as _sync
from workbench.core import sources
from workbench.core.ingest import Ingestor
from workbench.core.live import accounts, pushes
from workbench.core.queue import decisions
from workbench.core.queue.reading import reading
from workbench.core.records import ItemRecord
from workbench.services.live.secrets import Secrets

SECRET = "abcd efgh ijkl mnop qrst uvwx"


def _comment(number: int, status: str = "hold") -> dict[str, Any]:
    return {
        "id": number,
        "post": 1,
        "parent": 0,
        "author": 0,
        "author_name": "Gast",
        "author_email": "gast@example.test",
        "date_gmt": f"2026-11-30T10:00:{number:02d}",
        "content": {"rendered": f"<p>Kommentar {number}</p>", "raw": f"Kommentar {number}"},
        "status": {"hold": "hold", "spam": "spam", "approve": "approved"}[status],
        "type": "comment",
        "link": f"http://blog.example/p/#comment-{number}",
    }


class FakeWordPress:
    """The REST routes a sync reads, with held comments 1 and 2 and nothing else."""

    def __init__(self, server: HTTPServer) -> None:
        self.server = server
        self.replies: list[dict[str, Any]] = []
        """Replies the account made: what a look for an earlier try finds."""
        server.expect_request("/wp-json/").respond_with_json(
            {"namespaces": ["wp/v2"], "home": "http://blog.example"}
        )
        for what in ("posts", "comments"):
            server.expect_request(f"/wp-json/wp/v2/{what}", method="GET").respond_with_handler(
                self._list
            )

    def _list(self, request: Request) -> Response:
        if request.args.get("parent"):
            entries = [r for r in self.replies if str(r["parent"]) == request.args["parent"]]
        elif request.path.endswith("/posts") or request.args.get("status") != "hold":
            entries: list[dict[str, Any]] = []
        else:
            entries = [_comment(1), _comment(2)]
        return Response(
            httpx.Response(200, json=entries).content,
            headers={"X-WP-TotalPages": "1", "Content-Type": "application/json"},
        )


@pytest.fixture
def fake(httpserver: HTTPServer) -> FakeWordPress:
    return FakeWordPress(httpserver)


@pytest.fixture
def blog(store, memory_keyring, fake):
    httpserver = fake.server
    with store.write() as connection:
        account = accounts.add(
            connection, "wordpress", name="Blog", url=httpserver.url_for("/"), user="admin"
        )
    Secrets().save(account.secret_ref, SECRET)
    return account


def _held_item(store) -> int:
    with store.read() as connection:
        return connection.exec_driver_sql(
            "SELECT id FROM items WHERE external_id = 'blog.example/comment/1'"
        ).scalar_one()


def _decide(store, item_id: int, decision: str) -> None:
    with store.write() as connection:
        decisions.decide(connection, [item_id], decision, AUTHOR)


def test_a_refused_secret_says_so_and_writes_nothing(store, memory_keyring, httpserver):
    with store.write() as connection:
        account = accounts.add(
            connection, "wordpress", name="Blog", url=httpserver.url_for("/"), user="admin"
        )
    Secrets().save(account.secret_ref, SECRET)
    httpserver.expect_request("/wp-json/").respond_with_json(
        {
            "code": "incorrect_password",
            "message": "The provided password is an invalid application password.",
        },
        status=401,
    )
    report, _ = _sync(store)
    assert "did not accept the account's secret" in (report.error or "")
    assert "invalid application password" in (report.error or "")
    assert SECRET not in (report.error or "")
    with store.read() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM items").scalar_one() == 0
        assert accounts.named(connection, "Blog").cursor == {}


def test_a_refused_push_fails_with_the_platforms_words_and_the_pull_goes_on(
    store, blog, httpserver
):
    assert _sync(store)[0].error is None
    _decide(store, _held_item(store), "approve")
    httpserver.expect_request("/wp-json/wp/v2/comments/1", method="POST").respond_with_json(
        {"code": "rest_cannot_edit", "message": "Sorry, you are not allowed to edit this comment."},
        status=403,
    )
    report, _ = _sync(store)
    assert report.error is None and report.pushed == 0
    with store.read() as connection:
        [failed] = pushes.listing(connection, state="failed")
        shown = reading(connection, failed.item_id)
    assert failed.message == "Sorry, you are not allowed to edit this comment."  # its own words
    assert shown.push is not None and shown.push.state == "failed"  # beside the item too


def test_a_deleted_comment_fails_its_push_and_keeps_the_others(store, blog, httpserver):
    _sync(store)
    with store.read() as connection:
        second = connection.exec_driver_sql(
            "SELECT id FROM items WHERE external_id = 'blog.example/comment/2'"
        ).scalar_one()
    _decide(store, _held_item(store), "spam")
    _decide(store, second, "approve")
    httpserver.expect_request("/wp-json/wp/v2/comments/1", method="POST").respond_with_json(
        {"code": "rest_comment_invalid_id", "message": "Invalid comment ID."}, status=404
    )
    httpserver.expect_request("/wp-json/wp/v2/comments/2", method="POST").respond_with_json(
        {"id": 2, "status": "approved"}
    )
    report, _ = _sync(store)
    assert report.pushed == 1 and len(report.push_failures) == 1
    with store.read() as connection:
        states = {p.item_id: (p.state, p.message) for p in pushes.listing(connection)}
    assert states[second] == ("done", None)
    assert states[_held_item(store)][0] == "failed"
    assert "Invalid comment ID." in (states[_held_item(store)][1] or "")


def test_429_waits_as_long_as_retry_after_says(store, blog, httpserver):
    _sync(store)
    _decide(store, _held_item(store), "approve")
    answers = iter(
        [
            Response("", status=429, headers={"Retry-After": "7"}),
            Response('{"id": 1, "status": "approved"}', content_type="application/json"),
        ]
    )
    httpserver.expect_request("/wp-json/wp/v2/comments/1", method="POST").respond_with_handler(
        lambda _request: next(answers)
    )
    report, policy = _sync(store)
    assert report.error is None and report.pushed == 1
    assert 7.0 in policy.waited


def test_a_5xx_is_tried_again_and_then_succeeds(store, blog, httpserver):
    _sync(store)
    _decide(store, _held_item(store), "remove")
    answers = iter(
        [
            Response("<h1>Bad gateway</h1>", status=502),
            Response('{"id": 1, "status": "trash"}', content_type="application/json"),
        ]
    )
    httpserver.expect_request("/wp-json/wp/v2/comments/1", method="POST").respond_with_handler(
        lambda _request: next(answers)
    )
    report, policy = _sync(store)
    assert report.error is None and report.pushed == 1 and policy.waited == [0.5]


def test_a_server_that_does_not_answer_keeps_the_push_pending(store, blog, httpserver):
    _sync(store)
    _decide(store, _held_item(store), "approve")

    def slow(_request: Request) -> Response:
        time.sleep(0.5)
        return Response("{}", content_type="application/json")

    httpserver.expect_request("/wp-json/wp/v2/comments/1", method="POST").respond_with_handler(slow)
    report, _ = _sync(store, timeout=0.1, attempts=2)
    assert "did not answer in time" in (report.error or "")
    assert report.pushes_left == 1
    with store.read() as connection:
        [waiting] = pushes.listing(connection)
    assert waiting.state == "pending" and waiting.attempts == 1  # tried once, goes again
    assert "did not answer in time" in (waiting.message or "")


def test_a_reply_whose_answer_was_lost_is_not_posted_twice(store, blog, fake, httpserver):
    """The first try posted the reply, but its answer never came; the next sync finds the
    reply on WordPress and posts nothing more."""
    _sync(store)
    with store.write() as connection:
        pushes.reply(connection, _held_item(store), "Danke!", AUTHOR)
    posted: list[str] = []

    def lost(request: Request) -> Response:
        posted.append(request.get_data(as_text=True))
        fake.replies.append({"id": 77, "parent": 1, "content": {"raw": "Danke!"}})
        time.sleep(0.5)  # WordPress made it; the answer comes too late
        return Response('{"id": 77}', content_type="application/json")

    httpserver.expect_request("/wp-json/wp/v2/users/me").respond_with_json({"id": 1})
    httpserver.expect_request("/wp-json/wp/v2/comments", method="POST").respond_with_handler(lost)
    report, _ = _sync(store, timeout=0.1, attempts=1)
    assert report.error and len(posted) == 1
    httpserver.expect_request(
        "/wp-json/wp/v2/comments",
        method="GET",
        query_string={"parent": "1", "author": "1", "context": "edit", "per_page": "100"},
    ).respond_with_json([{"id": 77, "content": {"raw": "Danke!"}}])
    report, _ = _sync(store)
    assert report.error is None and report.pushed == 1 and len(posted) == 1
    with store.read() as connection:
        [done] = pushes.listing(connection, state="done")
    assert done.attempts == 2


def test_a_malformed_answer_is_named_and_the_cursor_stays(store, memory_keyring, httpserver):
    with store.write() as connection:
        account = accounts.add(
            connection, "wordpress", name="Blog", url=httpserver.url_for("/"), user="admin"
        )
    Secrets().save(account.secret_ref, SECRET)
    httpserver.expect_request("/wp-json/").respond_with_json(
        {"namespaces": ["wp/v2"], "home": "http://blog.example"}
    )
    httpserver.expect_request("/wp-json/wp/v2/posts").respond_with_data(
        "<html>Fatal error</html>", content_type="text/html"
    )
    report, _ = _sync(store)
    assert "posts" in (report.error or "")
    with store.read() as connection:
        assert accounts.named(connection, "Blog").cursor == {}


def test_a_decision_on_an_export_item_queues_no_push(store):
    with store.write() as connection:
        source = sources.ensure(
            connection, name="Export", kind="wordpress-wxr", network="wordpress"
        )
        ingestor = Ingestor(connection, source, now=100)
        ingestor.add(
            ItemRecord(
                "wordpress", "x/comment/9", None, "comment", 50, body="Hi", platform_state="held"
            )
        )
        ingestor.finish()
        item = connection.exec_driver_sql("SELECT id FROM items").scalar_one()
        decisions.decide(connection, [item], "approve", AUTHOR)
        assert pushes.listing(connection) == []
