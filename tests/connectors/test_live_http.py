"""How long a rate-limited answer asks to wait, wherever the platform says it."""

import httpx
import pytest

from workbench.connectors.live.http import platform_message, retry_after


@pytest.mark.parametrize(
    ("headers", "body", "expected"),
    [
        ({"Retry-After": "7"}, b"", 7.0),
        ({}, b'{"errcode": "M_LIMIT_EXCEEDED", "retry_after_ms": 2500}', 2.5),
        ({}, b'{"errors": ["slow down"], "extras": {"wait_seconds": 12}}', 12.0),
        ({}, b"<html>Too many</html>", 1.0),
        ({}, b'{"retry_after_ms": "soon"}', 1.0),
        ({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}, b"", 0.0),  # in the past
    ],
)
def test_retry_after(headers, body, expected):
    assert retry_after(httpx.Response(429, headers=headers, content=body), 1.0) == expected


def test_the_platforms_own_words():
    said = httpx.Response(403, json={"code": "rest_cannot_edit", "message": "Sorry,\n  no."})
    assert platform_message(said) == "Sorry, no."  # on one line
    matrix = httpx.Response(403, json={"errcode": "M_FORBIDDEN", "error": "Not allowed"})
    assert platform_message(matrix) == "Not allowed"
    discourse = httpx.Response(422, json={"errors": ["Title is too short"]})
    assert platform_message(discourse) == "Title is too short"
    assert platform_message(httpx.Response(502, content=b"<h1>x</h1>")) == "HTTP 502 Bad Gateway"
