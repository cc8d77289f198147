"""HTTP as live connectors use it: retries, rate limits and errors a manager can read.

Timeouts, dropped connections and 5xx answers are retried with exponential backoff; a 429 waits
as long as the server's ``Retry-After`` says (up to ``MAX_WAIT``, beyond which the sync stops for
this account and says when to try again). Everything else that is not a success becomes a
:class:`LiveError` with the platform's own message where its answer carries one. Secrets travel
only in headers, never in a URL, so no error or log line can show one.
"""

import asyncio
import email.utils
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import httpx
import orjson

from workbench.core.errors import WorkbenchError
from workbench.core.i18n import translate

MAX_WAIT = 120.0
"""The longest a sync waits for a rate limit before it gives up on the account for now."""
MAX_BODY = 32 * 1024 * 1024
"""The largest answer read: an API page is kilobytes; more is a broken or hostile server."""


class Problem(StrEnum):
    AUTH = "auth"
    FORBIDDEN = "forbidden"
    GONE = "gone"
    RATE_LIMITED = "rate_limited"
    SERVER = "server"
    NETWORK = "network"
    MALFORMED = "malformed"
    REFUSED = "refused"


TRANSIENT = frozenset({Problem.RATE_LIMITED, Problem.SERVER, Problem.NETWORK})
"""Problems that say nothing about the request: try again later, lose nothing."""


class LiveError(WorkbenchError):
    """A request that did not succeed, with a message for the manager."""

    def __init__(
        self, problem: Problem, message: str, *, status: int | None = None, said: str = ""
    ) -> None:
        super().__init__(message)
        self.problem = problem
        self.status = status
        self.said = said
        """The platform's own words, where it gave any: what a failed push shows."""

    @property
    def transient(self) -> bool:
        return self.problem in TRANSIENT


@dataclass(slots=True)
class Policy:
    """How hard to try. ``sleep`` is asyncio's; tests pass one that only counts."""

    attempts: int = 4
    backoff: float = 0.5
    timeout: float = 20.0
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    waited: list[float] = field(default_factory=list)

    async def pause(self, seconds: float) -> None:
        self.waited.append(seconds)
        await self.sleep(seconds)


def retry_after(response: httpx.Response, default: float) -> float:
    """Seconds to wait, from a ``Retry-After`` header (a number or an HTTP date), else from the
    answer's JSON where platforms put it instead: Matrix's ``retry_after_ms``, Discourse's
    ``extras.wait_seconds``."""
    value = response.headers.get("Retry-After", "").strip()
    if not value:
        return _retry_in_body(response, default)
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return default
    return max(0.0, when.timestamp() - time.time())


def _retry_in_body(response: httpx.Response, default: float) -> float:
    try:
        body = orjson.loads(response.content[:65_536])
    except orjson.JSONDecodeError:
        return default
    if not isinstance(body, dict):
        return default
    extras = body.get("extras")
    for value, scale in (
        (body.get("retry_after_ms"), 0.001),
        (extras.get("wait_seconds") if isinstance(extras, dict) else None, 1.0),
    ):
        if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
            return float(value) * scale
    return default


def platform_message(response: httpx.Response) -> str:
    """What the platform said about a refusal: the ``message`` or ``error`` of a JSON answer
    (WordPress, Matrix, Mastodon, Discourse all use one of these), else the status line."""
    try:
        body = orjson.loads(response.content[:65_536])
    except orjson.JSONDecodeError:
        body = None
    if isinstance(body, dict):
        for key in ("message", "error", "errors"):
            value = body.get(key)
            if isinstance(value, list) and value:
                value = value[0]
            if isinstance(value, str) and value.strip():
                return " ".join(value.split())[:500]
    return f"HTTP {response.status_code} {response.reason_phrase}".strip()


class Api:
    """One account's HTTP client: a base address, headers with its credentials, a policy."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        base: str,
        *,
        headers: Mapping[str, str] | None = None,
        policy: Policy | None = None,
        name: str = "",
    ) -> None:
        self.client = client
        self.base = base.rstrip("/")
        self.headers = dict(headers or {})
        self.policy = policy or Policy()
        self.name = name or base

    def url(self, path: str) -> str:
        return (
            path if path.startswith(("http://", "https://")) else f"{self.base}/{path.lstrip('/')}"
        )

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
    ) -> httpx.Response:
        """The successful answer, after retrying what is worth retrying."""
        url, policy = self.url(path), self.policy
        for attempt in range(1, policy.attempts + 1):
            last = attempt == policy.attempts
            try:
                response = await self.client.request(
                    method,
                    url,
                    params=params,
                    json=json,
                    headers=self.headers,
                    timeout=policy.timeout,
                )
            except httpx.TimeoutException as exc:
                if last:
                    raise self._network(
                        translate("Live", "{server} did not answer in time.")
                    ) from exc
                await policy.pause(policy.backoff * 2 ** (attempt - 1))
                continue
            except httpx.TransportError as exc:
                if last:
                    raise self._network(translate("Live", "{server} cannot be reached.")) from exc
                await policy.pause(policy.backoff * 2 ** (attempt - 1))
                continue
            if len(response.content) > MAX_BODY:
                raise LiveError(
                    Problem.MALFORMED,
                    translate("Live", "{server} sent an answer of more than {mb} MB.").format(
                        server=self.name, mb=MAX_BODY // 1024 // 1024
                    ),
                )
            if response.status_code == 429:
                wait = retry_after(response, policy.backoff * 2 ** (attempt - 1))
                if last or wait > MAX_WAIT:
                    raise LiveError(
                        Problem.RATE_LIMITED,
                        translate(
                            "Live", "{server} asks to wait {seconds} s before the next request."
                        ).format(server=self.name, seconds=round(wait)),
                        status=429,
                    )
                await policy.pause(wait)
                continue
            if response.status_code >= 500:
                if last:
                    raise LiveError(
                        Problem.SERVER,
                        translate("Live", "{server} has a problem: {message}").format(
                            server=self.name, message=platform_message(response)
                        ),
                        status=response.status_code,
                    )
                await policy.pause(retry_after(response, policy.backoff * 2 ** (attempt - 1)))
                continue
            if response.status_code >= 400:
                raise self._refused(response)
            return response
        raise AssertionError("unreachable: the last attempt returns or raises")

    async def json(self, method: str, path: str, **kwargs: Any) -> Any:
        """The answer's JSON; an answer that is not JSON is a clear error naming the URL."""
        response = await self.request(method, path, **kwargs)
        try:
            return orjson.loads(response.content)
        except orjson.JSONDecodeError as exc:
            raise LiveError(
                Problem.MALFORMED,
                translate("Live", "{server} sent something that is not JSON for {path}.").format(
                    server=self.name, path=httpx.URL(self.url(path)).path
                ),
                status=response.status_code,
            ) from exc

    def _network(self, message: str) -> LiveError:
        return LiveError(Problem.NETWORK, message.format(server=self.name))

    def _refused(self, response: httpx.Response) -> LiveError:
        said = platform_message(response)
        status = response.status_code
        if status == 401:
            problem, text = (
                Problem.AUTH,
                translate("Live", "{server} did not accept the account's secret: {message}"),
            )
        elif status == 403:
            problem, text = Problem.FORBIDDEN, translate("Live", "{server} refused: {message}")
        elif status in (404, 410):
            problem, text = (
                Problem.GONE,
                translate("Live", "{server}: not there (any more): {message}"),
            )
        else:
            problem, text = Problem.REFUSED, translate("Live", "{server} refused: {message}")
        return LiveError(
            problem, text.format(server=self.name, message=said), status=status, said=said
        )
