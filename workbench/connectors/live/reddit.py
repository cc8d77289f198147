"""Reddit through its OAuth API, as an "installed app" (a client id, no client secret).

Signing in: the manager allows the app at ``/api/v1/authorize`` (``duration=permanent``), the
code comes back with the redirect, and its exchange gives a refresh token, the one secret kept
(JSON ``{"refresh_token": …}``). Each sync exchanges it for an access token of an hour and sends
that as the bearer. Reddit's own hosts: www.reddit.com signs in, oauth.reddit.com answers the
API; an account whose address is anything else (a test server) is both, unless
``extra["auth_url"]`` names where to sign in.

A sync reads each subreddit's unmoderated, spam, modqueue and reports listings, page by page
(``after``), to their end: these are queues, not feeds, so every sync reads them again from the
top, and the cursor says only where a sync cut off goes on. Items and members are named as the
Reddit export connectors name them (workbench.connectors.pushshift: fullnames t1_/t3_, authors
by name), so an export and a live account are one source of truth. A listing's item is
published (unmoderated), spam (the spam listing), reported (modqueue and reports, where reports
count) or held (in the modqueue without reports: filtered, waiting for a moderator); an item in
several listings is read from the first (``LISTINGS``).

Pushes are idempotent on Reddit (approving twice approves once); a reply, which is not, is
looked for among the account's latest comments before a retry sends it again. Reddit's answers
carry ``X-Ratelimit-Remaining`` and ``X-Ratelimit-Reset``: when nothing remains, the next
request waits for the reset.
"""

import base64
import re
import secrets
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import replace
from typing import Any, ClassVar, cast
from urllib.parse import parse_qs, quote, urlencode, urlsplit

import httpx
import orjson

from workbench import __version__
from workbench.connectors.base import RecordProblem
from workbench.connectors.common import bounded, shown, without_columns
from workbench.connectors.live.base import (
    Authorization,
    Authorized,
    LiveConnector,
    Order,
    Outcome,
    Page,
    Settings,
)
from workbench.connectors.live.http import MAX_WAIT, Api, LiveError, Problem
from workbench.connectors.pushshift import NETWORK, convert
from workbench.core.i18n import translate
from workbench.core.records import ImportOptions, ItemRecord, MemberRecord

USER_AGENT = f"desktop:community-workbench:{__version__} (Community Workbench)"
"""What Reddit's API rules ask every client to say of itself."""
SCOPES = "identity read modposts submit"
"""identity: who the account is (/api/v1/me); read: a subreddit's about and its moderation
listings; modposts: approve, remove, ignore_reports and removal reasons; submit: replies."""
REDDIT_HOSTS = frozenset({"reddit.com", "www.reddit.com", "old.reddit.com"})
SIGN_IN = "https://www.reddit.com"
API = "https://oauth.reddit.com"
LISTINGS = ("reports", "modqueue", "spam", "unmoderated")
"""In this order, and an item read once a sync: where it is in several, the first says what
it is (reported before held in the modqueue, a filtered item held for review rather than
spam, an unmoderated one published only where no queue holds it). An item read again in a
later listing would flip between states at every sync."""
PAGE = 100
MAX_PAGES = 10
"""Pages read per listing: Reddit gives no more than about 1000 entries of one anyway."""
MAX_FULLNAME = 32
SUBREDDIT = re.compile(r"[A-Za-z0-9][A-Za-z0-9_]{1,20}")
KINDS = frozenset({"t1", "t3"})
"""Comments and posts; a listing holds nothing else a moderator acts on."""
SECRET_HEADER = "X-Workbench-Secret"
"""Where ``headers`` hands the keyring's secret to the connector (never sent)."""


class _FormClient:
    """The HTTP client as ``Api`` calls it, sending a request's body as a form: Reddit reads
    forms, and ``Api`` only sends JSON (``json=`` here becomes ``data=``)."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def request(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        return await self._client.request(
            method, url, params=params, data=json, headers=headers, timeout=timeout
        )


def _forms(client: httpx.AsyncClient, base: str, headers: Mapping[str, str], api: Api) -> Api:
    return Api(
        cast(httpx.AsyncClient, _FormClient(client)),
        base,
        headers=headers,
        policy=api.policy,
        name=api.name,
    )


def hosts(settings: Settings) -> tuple[str, str]:
    """(where to sign in, where the API answers) for an account's address."""
    url = settings.url.rstrip("/")
    given = str(settings.extra.get("auth_url") or "")
    if (urlsplit(url).hostname or "").lower() in REDDIT_HOSTS:
        return (given or SIGN_IN).rstrip("/"), API
    return (given or url).rstrip("/"), url


def _client_id(settings: Settings) -> str:
    client_id = str(settings.extra.get("client_id") or "").strip()
    if not client_id:
        raise LiveError(Problem.AUTH, translate("Live", "The Reddit account has no app client id."))
    return client_id


def _basic(settings: Settings) -> dict[str, str]:
    """An installed app proves only its client id: HTTP basic with an empty password."""
    pair = base64.b64encode(f"{_client_id(settings)}:".encode()).decode()
    return {"User-Agent": USER_AGENT, "Authorization": f"Basic {pair}"}


def _refresh_token(secret: str) -> str:
    try:
        token = _dict(orjson.loads(secret)).get("refresh_token")
    except orjson.JSONDecodeError:
        token = None
    if not isinstance(token, str) or not token:
        raise LiveError(
            Problem.AUTH, translate("Live", "The Reddit account's secret holds no refresh token.")
        )
    return token


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _malformed(server: str, what: str) -> LiveError:
    return LiveError(
        Problem.MALFORMED,
        translate("Live", "{server} sent an answer to {what} that is not one.").format(
            server=server, what=what
        ),
    )


def _revoked(server: str, said: str) -> LiveError:
    return LiveError(
        Problem.AUTH,
        translate(
            "Live",
            "{server} no longer accepts this account's authorization ({message}): add the "
            "account again to allow the workbench anew.",
        ).format(server=server, message=said),
        said=said,
    )


async def _token(auth: Api, form: dict[str, str]) -> dict[str, Any]:
    """A token exchange; Reddit refuses with 400 or 401, or with an ``error`` in a 200."""
    try:
        answer = _dict(await auth.json("POST", "api/v1/access_token", json=form))
    except LiveError as error:
        if error.status in (400, 401, 403):
            raise _revoked(auth.name, error.said) from error
        raise
    if answer.get("error"):
        raise _revoked(auth.name, shown(answer.get("error")))
    if not isinstance(answer.get("access_token"), str) or not answer["access_token"]:
        raise _malformed(auth.name, "the token request")
    return answer


async def _me(api: Api, token: str) -> str:
    api.headers["Authorization"] = f"bearer {token}"
    name = _dict(await api.json("GET", "api/v1/me", params={"raw_json": 1})).get("name")
    if not isinstance(name, str) or not name:
        raise _malformed(api.name, "/api/v1/me")
    return name


def _code(answer: str, state: str) -> str:
    """The code from what the manager pasted: the code itself, or the redirect's address."""
    answer = answer.strip().removesuffix("#_")  # Reddit ends its redirect with "#_"
    if "?" not in answer and "=" not in answer:
        return answer
    query = parse_qs(urlsplit(answer).query or answer.lstrip("?"))
    if query.get("error"):
        raise LiveError(
            Problem.AUTH,
            translate("Live", "Reddit did not allow the workbench: {message}").format(
                message=query["error"][0]
            ),
            said=query["error"][0],
        )
    if query.get("state", [""])[0] != state:
        raise LiveError(
            Problem.AUTH,
            translate(
                "Live", "That address answers another sign-in (its state differs): start again."
            ),
        )
    code = query.get("code", [""])[0]
    if not code:
        raise LiveError(Problem.AUTH, translate("Live", "That address carries no code."))
    return code


def _fullname(value: str, what: str) -> str:
    if value[:3] not in ("t1_", "t3_") or not 3 < len(value) <= MAX_FULLNAME:
        raise LiveError(
            Problem.REFUSED,
            translate("Live", "{what} is no Reddit comment or post: {id}").format(
                what=what, id=shown(value)
            ),
        )
    return value


def _item(
    kind: str, data: dict[str, Any], listing: str, seen: set[str]
) -> list[MemberRecord | ItemRecord]:
    """The member (if new) and the item of one listing entry, as the dump connector makes them,
    with the state the listing gives and the HTML Reddit rendered."""
    if kind == "t1" and "body" not in data:
        raise RecordProblem("body", "a comment without its text")
    records = convert(data, seen)
    item = records[-1]
    if not isinstance(item, ItemRecord) or item.external_id[:2] != kind:
        raise RecordProblem("name", f"is not a {kind}: {shown(data.get('name'))}")
    html_key = "body_html" if kind == "t1" else "selftext_html"
    html = data.get(html_key)
    html = bounded(html, html_key) if isinstance(html, str) and html.strip() else None
    if listing == "spam":
        state = "spam"
    elif listing in ("modqueue", "reports"):
        state = "reported" if item.report_count else "held"
    else:
        state = "published"
    columns = {"body": item.body, "selftext": item.body, "title": item.title, html_key: html}
    raw = without_columns(data, columns)
    raw["listing"] = listing
    records[-1] = replace(
        item, platform_state=state, body_html=html, raw=orjson.dumps(raw).decode()
    )
    return records


class RedditApi(LiveConnector):
    kind: ClassVar[str] = "reddit"
    network: ClassVar[str] = NETWORK
    actions: ClassVar[frozenset[str]] = frozenset(
        {"approve", "remove", "spam", "ignore", "restore", "reply"}
    )
    oauth: ClassVar[bool] = True

    def __init__(self, api: Api, settings: Settings, options: ImportOptions) -> None:
        sign_in, base = hosts(settings)
        headers = dict(api.headers)
        self._secret = headers.pop(SECRET_HEADER, "")
        super().__init__(_forms(api.client, base, headers, api), settings, options)
        self._client = api.client
        self._sign_in = sign_in
        self._remaining: float | None = None
        self._reset = 0.0
        self._waiting: set[str] | None = None
        """What this sync's whole pull found in the reports, mod queue and spam: what Reddit
        still holds or reports (None until a pull read every listing from the first)."""

    @classmethod
    def headers(cls, settings: Settings, secret: str) -> dict[str, str]:
        # The connector is handed its secret only through these headers: __init__ takes the
        # refresh token out again before any request, and sign_in trades it for an access
        # token, so it goes to Reddit's token endpoint alone.
        return {"User-Agent": USER_AGENT, SECRET_HEADER: secret}

    # OAuth

    @classmethod
    async def begin_authorization(
        cls, client: httpx.AsyncClient, settings: Settings
    ) -> Authorization:
        sign_in, _ = hosts(settings)
        redirect = str(settings.extra.get("redirect_uri") or "")
        state = secrets.token_urlsafe(24)
        query = {
            "client_id": _client_id(settings),
            "response_type": "code",
            "state": state,
            "redirect_uri": redirect,
            "duration": "permanent",
            "scope": SCOPES,
        }
        return Authorization(
            url=f"{sign_in}/api/v1/authorize?{urlencode(query)}",
            redirect_uri=redirect,
            state=state,
            verifier="",  # Reddit has no PKCE: the state alone ties the answer to this request
        )

    @classmethod
    async def finish_authorization(
        cls, client: httpx.AsyncClient, settings: Settings, started: Authorization, answer: str
    ) -> Authorized:
        sign_in, base = hosts(settings)
        code = _code(answer, started.state)
        plain = Api(client, base, headers={"User-Agent": USER_AGENT}, name=settings.url)
        auth = _forms(client, sign_in, _basic(settings), plain)
        form = {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": started.redirect_uri,
        }
        answer_ = await _token(auth, form)
        refresh = answer_.get("refresh_token")
        if not isinstance(refresh, str) or not refresh:
            raise _malformed(auth.name, "the token request (no refresh token)")
        user = await _me(plain, answer_["access_token"])
        return Authorized(secret=orjson.dumps({"refresh_token": refresh}).decode(), user=user)

    async def sign_in(self) -> str | None:
        """An access token for this sync; the refresh token again if Reddit handed out
        another."""
        refresh = _refresh_token(self._secret)
        auth = _forms(self._client, self._sign_in, _basic(self.settings), self.api)
        answer = await _token(auth, {"grant_type": "refresh_token", "refresh_token": refresh})
        self.api.headers["Authorization"] = f"bearer {answer['access_token']}"
        rotated = answer.get("refresh_token")
        if isinstance(rotated, str) and rotated and rotated != refresh:
            self._secret = orjson.dumps({"refresh_token": rotated}).decode()
            return self._secret
        return None

    # Requests

    async def _call(
        self, method: str, path: str, *, params: dict[str, Any] | None = None,
        form: dict[str, str] | None = None,
    ) -> Any:  # fmt: skip
        """The answer's JSON, after waiting where Reddit said no requests remain."""
        if self._remaining is not None and self._remaining < 1:
            if self._reset > MAX_WAIT:
                raise LiveError(
                    Problem.RATE_LIMITED,
                    translate(
                        "Live", "{server} asks to wait {seconds} s before the next request."
                    ).format(server=self.api.name, seconds=round(self._reset)),
                    status=429,
                )
            await self.api.policy.pause(self._reset)
            self._remaining = None
        response = await self.api.request(
            method, path, params={**(params or {}), "raw_json": 1}, json=form
        )
        self._limits(response)
        if not response.content.strip() and method == "POST":
            return {}  # removal reasons answer with nothing
        try:
            return orjson.loads(response.content)
        except orjson.JSONDecodeError as exc:
            raise LiveError(
                Problem.MALFORMED,
                translate("Live", "{server} sent something that is not JSON for {path}.").format(
                    server=self.api.name, path=httpx.URL(self.api.url(path)).path
                ),
                status=response.status_code,
            ) from exc

    def _limits(self, response: httpx.Response) -> None:
        try:
            remaining = float(response.headers["X-Ratelimit-Remaining"])
            reset = float(response.headers.get("X-Ratelimit-Reset", "0"))
        except (KeyError, ValueError):
            return
        if remaining == remaining and reset == reset:  # not NaN
            self._remaining, self._reset = remaining, max(0.0, reset)

    # Test

    async def test(self) -> str:
        if "Authorization" not in self.api.headers:
            await self.sign_in()
        name = _dict(await self._call("GET", "api/v1/me")).get("name")
        if not isinstance(name, str) or not name:
            raise _malformed(self.api.name, "/api/v1/me")
        for subreddit in self._subreddits():
            about = _dict(_dict(await self._call("GET", f"r/{subreddit}/about")).get("data"))
            if about.get("user_is_moderator") is not True:
                raise LiveError(
                    Problem.FORBIDDEN,
                    translate("Live", "u/{user} does not moderate r/{subreddit}.").format(
                        user=name, subreddit=subreddit
                    ),
                )
        return translate(
            "Live", "Signed in to Reddit as u/{user}, moderating {subreddits}."
        ).format(user=name, subreddits=", ".join(f"r/{s}" for s in self._subreddits()))

    def _subreddits(self) -> list[str]:
        """The subreddits given, checked: each goes into the path of a request."""
        given = self.settings.extra.get("subreddits") or ()
        found = [
            str(name).strip().removeprefix("/").removeprefix("r/")
            for name in (given if isinstance(given, list | tuple) else ())
        ]
        for name in found:
            if not SUBREDDIT.fullmatch(name):
                raise LiveError(
                    Problem.REFUSED,
                    translate("Live", "{name} is no subreddit's name.").format(name=shown(name)),
                )
        return found

    # Pull

    async def pull(self, cursor: dict[str, Any]) -> AsyncIterator[Page]:
        subreddits = self._subreddits()
        steps = [(subreddit, listing) for subreddit in subreddits for listing in LISTINGS]
        start = cursor.get("step")
        start = start if isinstance(start, int) and 0 <= start < len(steps) else 0
        after = cursor.get("after") if cursor.get("step") == start else None
        authors: set[str] = set()
        items: set[str] = set()
        waiting: set[str] = set()
        for step in range(start, len(steps)):
            subreddit, listing = steps[step]
            for page in range(1, MAX_PAGES + 1):
                params: dict[str, Any] = {"limit": PAGE}
                if isinstance(after, str) and after:
                    params["after"] = after
                answer = _dict(
                    await self._call("GET", f"r/{subreddit}/about/{listing}", params=params)
                )
                data = _dict(answer.get("data"))
                children = data.get("children")
                if answer.get("kind") != "Listing" or not isinstance(children, list):
                    raise _malformed(self.api.name, f"r/{subreddit}/about/{listing}")
                records, problems = self._records(children, listing, authors, items)
                if listing != "unmoderated":
                    waiting.update(r.external_id for r in records if isinstance(r, ItemRecord))
                following = data.get("after")
                more = (
                    isinstance(following, str) and bool(following) and following != after
                    and page < MAX_PAGES
                )  # fmt: skip
                if more:
                    state: dict[str, Any] = {"step": step, "after": following}
                else:
                    state = {"step": step + 1} if step + 1 < len(steps) else {}
                yield Page(records, state, done=(step + (not more)) / len(steps), problems=problems)
                if not more:
                    break
                after = following
            after = None
        if start == 0:  # every listing read from its top: what is not in them left them
            self._waiting = waiting

    async def still_open(self, external_ids: Sequence[str]) -> set[str] | None:
        """What Reddit still has in its reports, mod queue or spam, as the pull read them."""
        if self._waiting is None:
            return None
        return {external for external in external_ids if external in self._waiting}

    def _records(
        self, children: list[Any], listing: str, authors: set[str], items: set[str]
    ) -> tuple[list[MemberRecord | ItemRecord], list[str]]:
        records: list[MemberRecord | ItemRecord] = []
        problems: list[str] = []
        for child in children:
            entry = _dict(child)
            kind, data = entry.get("kind"), _dict(entry.get("data"))
            if kind not in KINDS:
                if kind != "more":
                    problems.append(
                        f"{listing}: an entry that is no comment or post: {shown(kind)}"
                    )
                continue
            name = data.get("name")
            if name in items:
                continue  # an earlier listing of this sync said what it is
            try:
                records.extend(_item(str(kind), data, listing, authors))
                items.add(str(name))
            except RecordProblem as problem:
                problems.append(f"{listing}/{shown(data.get('name'))}: {problem}")
        return records, problems

    # Push

    async def push(self, order: Order) -> Outcome:
        item = _fullname(order.item, translate("Live", "The item"))
        action = order.action
        if action == "restore":
            return await self._restore(order, item)
        if action == "reply":
            return await self._reply(order, item)
        if action == "approve":
            await self._mod("api/approve", item)
        elif action in ("remove", "spam"):
            try:
                await self._mod("api/remove", item, spam="True" if action == "spam" else "False")
            except LiveError as error:
                if error.problem is not Problem.GONE:
                    raise
                return Outcome()  # deleted meanwhile: it is not there for anyone to see
            note = str(order.detail.get("note") or "").strip()
            if action == "remove" and note:
                reason = {"item_ids": [item], "mod_note": note[:250], "reason_id": None}
                await self._call(
                    "POST", "api/v1/modactions/removal_reasons",
                    form={"api_type": "json", "json": orjson.dumps(reason).decode()},
                )  # fmt: skip
        elif action == "ignore":
            await self._mod("api/ignore_reports", item)
        else:
            raise LiveError(
                Problem.REFUSED,
                translate("Live", "Reddit cannot {action} from the workbench.").format(
                    action=action
                ),
            )
        return Outcome()

    async def _mod(self, path: str, item: str, **more: str) -> None:
        await self._call("POST", path, form={"api_type": "json", "id": item, **more})

    async def _restore(self, order: Order, item: str) -> Outcome:
        """Back to how the item was before the push undone: reports heeded again after an
        ignore, an item approved after a removal, removed again after an approval of spam or
        of a held item (an approval of a published or reported one leaves nothing to undo)."""
        undone, before = order.detail.get("of"), order.detail.get("state")
        if undone == "ignore":
            await self._mod("api/unignore_reports", item)
        elif undone in ("remove", "spam"):
            await self._mod("api/approve", item)
        elif undone == "approve" and before in ("spam", "held"):
            await self._mod("api/remove", item, spam="True" if before == "spam" else "False")
        return Outcome()

    async def _reply(self, order: Order, item: str) -> Outcome:
        text = str(order.detail.get("text") or "")
        if order.attempts:
            sent = await self._sent_reply(item, text)
            if sent is not None:
                return Outcome(remote=sent)  # the first try went through, its answer was lost
        answer = _dict(
            _dict(
                await self._call(
                    "POST", "api/comment", form={"api_type": "json", "thing_id": item, "text": text}
                )
            ).get("json")
        )
        errors = answer.get("errors")
        if isinstance(errors, list) and errors:
            said = " ".join(str(part) for part in _list(errors[0]) if part)[:500] or shown(errors)
            raise LiveError(
                Problem.REFUSED,
                translate("Live", "{server} refused: {message}").format(
                    server=self.api.name, message=said
                ),
                said=said,
            )
        things = _dict(answer.get("data")).get("things")
        made = (
            _dict(_dict(things[0]).get("data")).get("name")
            if isinstance(things, list) and things
            else None
        )
        return Outcome(remote=made if isinstance(made, str) else None)

    async def _sent_reply(self, item: str, text: str) -> str | None:
        """The account's latest comment answering ``item`` with ``text``, if there is one."""
        user = self.settings.user
        if not user:
            return None
        answer = _dict(
            await self._call("GET", f"user/{quote(user, safe='')}/comments", params={"limit": 25})
        )
        for child in _list(_dict(answer.get("data")).get("children")):
            data = _dict(_dict(child).get("data"))
            if data.get("parent_id") == item and data.get("body") == text:
                name = data.get("name")
                return name if isinstance(name, str) else None
        return None


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []
