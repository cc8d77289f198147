"""Mastodon through its REST API, signed in with OAuth (an app registered per instance, PKCE).

Ids are those of the archive connector (workbench/connectors/mastodon.py): a status by its
``uri`` (the ActivityPub id URL), a boost by its Announce's uri, a member by the actor URL, so an
archive imported before and the live account are one source of truth. A moderator's admin
report is an item of its own, ``{instance}/admin/reports/{id}`` (the report's page in the web
admin), of kind "report", by the reported account, "reported" while open: the report is what a
moderator resolves, so its id travels with every push on it; its statuses come as items too.

A sync reads the account's notifications (mentions and the rest that carry a status), each
followed hashtag's and list's timeline, newer than the last one read (the first sync starts at
the newest page), following ``Link`` rel="prev" to the end; then every open report (rel="next"
to the end), and once more each report open at the last sync that is not any more, to see how
it was closed. The instance's ``X-RateLimit-Remaining`` and ``X-RateLimit-Reset`` are honoured
before it answers 429.

Pushes: approve and ignore resolve a report, restore reopens it, assign assigns it to the account
(or unassigns), reply posts a status in reply, and sensitive/silence/suspend/disable take that
account action on the reported account with the report's id and the reason as the warning.
Mastodon's API cannot delete another's status, so remove and spam stay in the workbench.
"""

import base64
import hashlib
import secrets
import time
from collections.abc import AsyncIterator, Sequence
from datetime import datetime
from typing import Any, ClassVar
from urllib.parse import parse_qs, quote, urlencode, urlsplit

import httpx
import orjson

from workbench.connectors.base import RecordProblem
from workbench.connectors.common import bounded, html_to_text, iso_time
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
from workbench.connectors.mastodon import NETWORK
from workbench.core.i18n import translate
from workbench.core.records import ImportOptions, ItemRecord, MemberRecord

APP_NAME = "Community Workbench"
OOB = "urn:ietf:wg:oauth:2.0:oob"
SCOPES = ("read write admin:read admin:write", "read write")
"""Asked for in this order: an instance that refuses the admin scopes gets an app without them."""
LIMIT = 40
"""Mastodon's largest page of statuses and notifications."""
LOW = 2
"""Requests left at which the next waits for the rate limit's reset rather than meet a 429."""
ADMINISTRATOR, MANAGE_REPORTS = 1 << 0, 1 << 4
"""Bits of a Mastodon role's ``permissions`` (UserRole::FLAGS) that let it handle reports."""
ACCOUNT_ACTIONS = frozenset({"sensitive", "silence", "suspend", "disable"})
RESOLVES = frozenset({"approve", "ignore"})
ADMIN_PERSONAL = ("email", "ip", "ips", "invite_request", "locale")
"""An admin account's fields that are personal data: never kept."""
MAX_ID = 2000


class MastodonApi(LiveConnector):
    kind: ClassVar[str] = "mastodon"
    network: ClassVar[str] = NETWORK
    actions: ClassVar[frozenset[str]] = frozenset(
        {"approve", "ignore", "restore", "assign", "reply", *ACCOUNT_ACTIONS}
    )
    oauth: ClassVar[bool] = True

    def __init__(self, api: Api, settings: Settings, options: ImportOptions) -> None:
        super().__init__(api, settings, options)
        self._remaining: int | None = None
        self._reset: float = 0.0
        self._parents: dict[str, str | None] = {}
        self._site = _origin(settings.url)
        self._open_reports: set[str] | None = None
        """The reports this sync's pull found open (None where it read none: no admin rights,
        or no pull yet)."""

    @classmethod
    def headers(cls, settings: Settings, secret: str) -> dict[str, str]:
        try:
            token = orjson.loads(secret).get("access_token")
        except (orjson.JSONDecodeError, AttributeError):
            token = None
        if not isinstance(token, str) or not token:
            raise LiveError(
                Problem.AUTH,
                translate("Live", "The secret kept for {account} is not a Mastodon token.").format(
                    account=settings.name
                ),
            )
        return {"Authorization": f"Bearer {token}"}

    # OAuth

    @classmethod
    async def begin_authorization(
        cls, client: httpx.AsyncClient, settings: Settings
    ) -> Authorization:
        api = Api(client, settings.url, name=settings.url)
        app: Any = None
        for scopes in SCOPES:
            try:
                app = await api.json(
                    "POST",
                    "api/v1/apps",
                    json={
                        "client_name": APP_NAME,
                        "redirect_uris": OOB,
                        "scopes": scopes,
                    },
                )
                break
            except LiveError as error:
                if error.problem is not Problem.REFUSED or scopes == SCOPES[-1]:
                    raise
        client_id, client_secret = _dict(app).get("client_id"), _dict(app).get("client_secret")
        if not isinstance(client_id, str) or not isinstance(client_secret, str):
            raise _malformed(api.name, "api/v1/apps")
        verifier = secrets.token_urlsafe(48)
        challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
        state = secrets.token_urlsafe(24)
        query = urlencode(
            {
                "response_type": "code",
                "client_id": client_id,
                "redirect_uri": OOB,
                "scope": scopes,
                "state": state,
                "code_challenge": challenge.decode().rstrip("="),
                "code_challenge_method": "S256",
            }
        )
        return Authorization(
            url=api.url(f"oauth/authorize?{query}"),
            redirect_uri=OOB,
            state=state,
            verifier=verifier,
            extra={"client_id": client_id, "client_secret": client_secret, "scopes": scopes},
        )

    @classmethod
    async def finish_authorization(
        cls, client: httpx.AsyncClient, settings: Settings, started: Authorization, answer: str
    ) -> Authorized:
        code = _code(answer, started.state)
        api = Api(client, settings.url, name=settings.url)
        token = await api.json(
            "POST",
            "oauth/token",
            json={
                "grant_type": "authorization_code",
                "code": code,
                "client_id": started.extra["client_id"],
                "client_secret": started.extra["client_secret"],
                "redirect_uri": started.redirect_uri,
                "code_verifier": started.verifier,
                "scope": started.extra["scopes"],
            },
        )
        access = _dict(token).get("access_token")
        if not isinstance(access, str) or not access:
            raise _malformed(api.name, "oauth/token")
        api.headers = {"Authorization": f"Bearer {access}"}
        me = _dict(await api.json("GET", "api/v1/accounts/verify_credentials"))
        acct = _text(me.get("acct"))
        if not acct:
            raise _malformed(api.name, "api/v1/accounts/verify_credentials")
        host = urlsplit(api.base).hostname or ""
        secret = {
            "client_id": started.extra["client_id"],
            "client_secret": started.extra["client_secret"],
            "access_token": access,
        }
        return Authorized(
            secret=orjson.dumps(secret).decode(),
            user=acct if "@" in acct or not host else f"{acct}@{host}",
        )

    # Requests

    async def _request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """A request after the rate limit's reset where the last answer said almost none are
        left: waiting a little beats a 429 in the middle of a sync."""
        if self._remaining is not None and self._remaining <= LOW:
            wait = self._reset - time.time()
            if wait > MAX_WAIT:
                raise LiveError(
                    Problem.RATE_LIMITED,
                    translate(
                        "Live", "{server} asks to wait {seconds} s before the next request."
                    ).format(server=self.api.name, seconds=round(wait)),
                )
            if wait > 0:
                await self.api.policy.pause(wait)
            self._remaining = None
        try:
            response = await self.api.request(method, path, **kwargs)
        except LiveError:
            self._remaining = None
            raise
        self._note(response)
        return response

    def _note(self, response: httpx.Response) -> None:
        remaining = response.headers.get("X-RateLimit-Remaining", "").strip()
        reset = response.headers.get("X-RateLimit-Reset", "").strip()
        if not remaining.isdigit():
            self._remaining = None
            return
        try:
            self._reset = datetime.fromisoformat(reset.replace("Z", "+00:00")).timestamp()
        except ValueError:
            self._remaining = None
            return
        self._remaining = int(remaining)

    async def _json(self, method: str, path: str, **kwargs: Any) -> Any:
        response = await self._request(method, path, **kwargs)
        try:
            return orjson.loads(response.content)
        except orjson.JSONDecodeError as exc:
            raise _malformed(self.api.name, path) from exc

    async def _list(
        self, path: str, params: dict[str, Any]
    ) -> tuple[list[dict[str, Any]], httpx.Response]:
        response = await self._request("GET", path, params=params)
        try:
            found = orjson.loads(response.content)
        except orjson.JSONDecodeError:
            found = None
        if not isinstance(found, list) or not all(isinstance(entry, dict) for entry in found):
            raise _malformed(self.api.name, path)
        return found, response

    # Test

    async def test(self) -> str:
        me = _dict(await self._json("GET", "api/v1/accounts/verify_credentials"))
        acct = _text(me.get("acct"))
        if not acct:
            raise _malformed(self.api.name, "api/v1/accounts/verify_credentials")
        role = _dict(me.get("role"))
        signed_in = translate("Live", "Signed in to {url} as {user} ({roles}).").format(
            url=self.settings.url, user=acct, roles=_text(role.get("name")) or "-"
        )
        permissions = _text(role.get("permissions"))
        if permissions.isdigit() and not int(permissions) & (ADMINISTRATOR | MANAGE_REPORTS):
            # Not an error: mentions, hashtags and lists are read all the same.
            return " ".join(
                [signed_in, translate("Live", "The account may not handle reports here.")]
            )
        return signed_in

    # Pull

    def _timelines(self) -> list[tuple[str, str]]:
        """(cursor key, path) of what the account follows, notifications first."""
        steps = [("notifications", "api/v1/notifications")]
        for tag in self.settings.extra.get("hashtags") or ():
            name = str(tag).lstrip("#")
            if name:
                steps.append((f"tag:{name}", f"api/v1/timelines/tag/{quote(name, safe='')}"))
        for number in self.settings.extra.get("lists") or ():
            if str(number).isdigit():
                steps.append((f"list:{number}", f"api/v1/timelines/list/{number}"))
        return steps

    async def pull(self, cursor: dict[str, Any]) -> AsyncIterator[Page]:
        state = dict(cursor)
        steps = self._timelines()
        for number, (key, path) in enumerate(steps):
            newer = state.get(key)
            params: dict[str, Any] = {"limit": LIMIT}
            if isinstance(newer, str) and newer:
                params["min_id"] = newer
            while True:
                entries, response = await self._list(path, params)
                if not entries:
                    break
                records: list[MemberRecord | ItemRecord] = []
                problems: list[str] = []
                for entry in entries:
                    status = entry.get("status") if key == "notifications" else entry
                    if not isinstance(status, dict):
                        continue  # a follow, a sign-up: no post to moderate
                    try:
                        records.extend(await self._status(status))
                    except RecordProblem as problem:
                        problems.append(f"{key} {entry.get('id')!r}: {problem}")
                newest = _link(response, "prev", "min_id") or max(
                    (_text(e.get("id")) for e in entries), key=_order_key
                )
                state[key] = newest
                yield Page(
                    records, dict(state), done=(number + 0.5) / (len(steps) + 1), problems=problems
                )
                if "min_id" not in params or not _link(response, "prev", "min_id"):
                    break
                params["min_id"] = newest
        async for page in self._reports(state, len(steps) + 1):
            yield page

    async def _reports(self, state: dict[str, Any], steps: int) -> AsyncIterator[Page]:
        """Every open report; then each report open at the last sync and not now, to record how
        it was closed. A token without admin scopes (403) has no reports to read."""
        params: dict[str, Any] = {"limit": LIMIT}
        open_now: set[str] = set()
        while True:
            try:
                entries, response = await self._list("api/v1/admin/reports", params)
            except LiveError as error:
                if error.problem is Problem.FORBIDDEN:
                    state.pop("open_reports", None)
                    yield Page([], dict(state), done=1.0)
                    return
                raise
            records: list[MemberRecord | ItemRecord] = []
            problems: list[str] = []
            for report in entries:
                try:
                    records.extend(await self._report(report))
                    open_now.add(_text(report.get("id")))
                except RecordProblem as problem:
                    problems.append(f"report {report.get('id')!r}: {problem}")
            following = _link(response, "next", "max_id")
            if not entries or not following:
                break
            yield Page(records, dict(state), done=(steps - 0.5) / steps, problems=problems)
            params["max_id"] = following
        before = state.get("open_reports")
        for closed in sorted(set(before if isinstance(before, list) else ()) - open_now):
            try:
                report = await self._json("GET", f"api/v1/admin/reports/{closed}")
            except LiveError as error:
                if error.problem is not Problem.GONE:
                    raise
                continue
            if isinstance(report, dict):
                try:
                    records.extend(await self._report(report))
                except RecordProblem as problem:
                    problems.append(f"report {closed!r}: {problem}")
        state["open_reports"] = sorted(open_now, key=_order_key)
        self._open_reports = {f"{self._site}/admin/reports/{number}" for number in open_now}
        yield Page(records, dict(state), done=1.0, problems=problems)

    async def still_open(self, external_ids: Sequence[str]) -> set[str] | None:
        """Reports the pull found open; a report resolved on the instance leaves the queue.
        Other items are not the instance's to settle."""
        if self._open_reports is None:
            return None
        reports = f"{self._site}/admin/reports/"
        return {
            external
            for external in external_ids
            if not external.startswith(reports) or external in self._open_reports
        }

    def _member(self, account: Any) -> MemberRecord:
        account = _dict(account)
        actor = _text(account.get("uri"))[:MAX_ID]
        if not actor:
            raise RecordProblem("account.uri", "names no actor")
        username = _text(account.get("username")) or actor.rstrip("/").rsplit("/", 1)[-1]
        host = urlsplit(actor).hostname
        handle = f"@{username}@{host}" if host else f"@{username}"
        return MemberRecord(
            network=NETWORK,
            external_id=actor,
            handle=handle,
            display_name=_text(account.get("display_name")) or username,
            profile_url=_text(account.get("url")) or None,
            raw={"id": account.get("id"), "acct": account.get("acct"), "bot": account.get("bot")},
        )

    async def _parent(self, status_id: str) -> str | None:
        """The uri of the status replied to (the API names it by the instance's id only)."""
        if status_id not in self._parents:
            try:
                parent = await self._json("GET", f"api/v1/statuses/{status_id}")
            except LiveError as error:
                if error.problem not in (Problem.GONE, Problem.FORBIDDEN):
                    raise
                parent = None
            self._parents[status_id] = _text(_dict(parent).get("uri"))[:MAX_ID] or None
        return self._parents[status_id]

    async def _status(self, status: dict[str, Any]) -> list[MemberRecord | ItemRecord]:
        uri = _text(status.get("uri"))[:MAX_ID]
        if not uri:
            raise RecordProblem("uri", "is not a status id URL")
        member = self._member(status.get("account"))
        created = iso_time(status.get("created_at"), "created_at")
        boosted = status.get("reblog")
        if isinstance(boosted, dict):
            target = _text(boosted.get("uri"))
            return [
                member,
                ItemRecord(
                    network=NETWORK,
                    external_id=uri,
                    author_id=member.external_id,
                    kind="boost",
                    created_at=created,
                    body=f"Boosted {target}",
                    thread_external_id=uri,
                    url=target or None,
                    raw={
                        "id": status.get("id"),
                        "reblog": {"id": boosted.get("id"), "uri": target},
                    },
                ),
            ]
        content = bounded(_text(status.get("content")), "content")
        body = html_to_text(content)
        warning = _text(status.get("spoiler_text")).strip()
        parent_id = _text(status.get("in_reply_to_id"))
        parent = await self._parent(parent_id) if parent_id else None
        lean = {
            key: value
            for key, value in status.items()
            if key not in ("content", "account", "uri", "url", "created_at", "language")
        }
        item = ItemRecord(
            network=NETWORK,
            external_id=uri,
            author_id=member.external_id,
            kind="reply" if parent_id else "status",
            created_at=created,
            body=f"CW: {warning}\n\n{body}" if warning else body,
            body_html=content or None,
            parent_external_id=parent,
            thread_external_id=parent or uri,
            url=_text(status.get("url")) or uri,
            language=_text(status.get("language")) or None,
            raw=lean,
        )
        return [member, item]

    async def _report(self, report: dict[str, Any]) -> list[MemberRecord | ItemRecord]:
        number = _text(report.get("id"))
        if not number.isdigit():
            raise RecordProblem("id", f"is not a report id: {report.get('id')!r}")
        target = _dict(report.get("target_account"))
        member = self._member(target.get("account"))
        records: list[MemberRecord | ItemRecord] = [member]
        quoted, uris = [], []
        for status in report.get("statuses") or ():
            if isinstance(status, dict):
                records.extend(record for record in await self._status(status) if record != member)
                uris.append(_text(status.get("uri")))
                quoted.append(html_to_text(_text(status.get("content"))))
        category = _text(report.get("category")) or "other"
        comment = bounded(_text(report.get("comment")), "comment")
        body = "\n\n".join(
            [comment or translate("Live", "(no comment)"), *(f"> {text}" for text in quoted)]
        )
        resolved = bool(report.get("action_taken"))
        assigned = _dict(_dict(report.get("assigned_account")).get("account"))
        records.append(
            ItemRecord(
                network=NETWORK,
                external_id=f"{self._site}/admin/reports/{number}",
                author_id=member.external_id,
                kind="report",
                created_at=iso_time(report.get("created_at"), "created_at"),
                title=f"Report {number}: {category}",
                body=body,
                parent_external_id=uris[0] if uris else None,
                thread_external_id=uris[0] if uris else member.external_id,
                url=f"{self._site}/admin/reports/{number}",
                platform_state="published" if resolved else "reported",
                report_count=0 if resolved else 1,
                raw={
                    "id": number,
                    "category": category,
                    "comment": comment,
                    "forwarded": report.get("forwarded"),
                    "action_taken": resolved,
                    "action_taken_at": report.get("action_taken_at"),
                    "updated_at": report.get("updated_at"),
                    "assigned": _text(assigned.get("acct")) or None,
                    "target_account_id": _text(target.get("id")),
                    "target": {
                        k: v for k, v in target.items() if k not in (*ADMIN_PERSONAL, "account")
                    },
                    "status_uris": uris,
                    "rule_ids": report.get("rule_ids"),
                },
            )
        )
        return records

    # Push

    async def push(self, order: Order) -> Outcome:
        if order.action == "reply":
            return await self._reply(order)
        if order.action in ACCOUNT_ACTIONS:
            return await self._act_on_account(order)
        report = _report_id(order)
        if order.action in RESOLVES:
            await self._json("POST", f"api/v1/admin/reports/{report}/resolve")
        elif order.action == "restore":
            await self._json("POST", f"api/v1/admin/reports/{report}/reopen")
        elif order.action == "assign":
            step = "assign_to_self" if order.detail.get("assignee") else "unassign"
            await self._json("POST", f"api/v1/admin/reports/{report}/{step}")
        else:
            raise LiveError(
                Problem.REFUSED,
                translate("Live", "{network} cannot {action} from the workbench.").format(
                    network=NETWORK, action=order.action
                ),
            )
        return Outcome()

    async def _act_on_account(self, order: Order) -> Outcome:
        """The account action on the author of a report (with the report's id, so the report is
        resolved by it) or of a status; taking it twice leaves the account as once."""
        if order.kind == "report":
            report: str | None = _report_id(order)
            found = _dict(await self._json("GET", f"api/v1/admin/reports/{report}"))
            account = _text(_dict(found.get("target_account")).get("id"))
        else:
            report = None
            account = _text(_dict((await self._local_status(order.item)).get("account")).get("id"))
        if not account.isdigit():
            where = f"api/v1/admin/reports/{report}" if report else "api/v2/search"
            raise _malformed(self.api.name, where)
        action: dict[str, Any] = {
            "type": order.action,
            "text": str(order.detail.get("reason") or ""),
            "send_email_notification": True,
        }
        if report is not None:
            action["report_id"] = report
        await self._json("POST", f"api/v1/admin/accounts/{account}/action", json=action)
        return Outcome()

    async def _local_status(self, uri: str) -> dict[str, Any]:
        """The instance's own copy of a status named by its uri (a reply needs its local id)."""
        found = _dict(
            await self._json(
                "GET",
                "api/v2/search",
                params={"q": uri, "type": "statuses", "resolve": "true", "limit": 1},
            )
        )
        for status in found.get("statuses") or ():
            if isinstance(status, dict) and _text(status.get("uri")) == uri:
                return status
        raise LiveError(
            Problem.GONE,
            translate("Live", "{server}: not there (any more): {message}").format(
                server=self.api.name, message=uri
            ),
            said=uri,
        )

    async def _reply(self, order: Order) -> Outcome:
        """A public reply mentioning the author; the order's id as ``Idempotency-Key`` makes a
        retry of a reply that went through answer with the same status."""
        uri = order.thread if order.kind == "report" and order.thread else order.item
        status = await self._local_status(uri)
        acct = _text(_dict(status.get("account")).get("acct"))
        text = str(order.detail.get("text") or "")
        if acct and f"@{acct}" not in text:
            text = f"@{acct} {text}"
        self.api.headers["Idempotency-Key"] = order.id
        try:
            made = await self._json(
                "POST",
                "api/v1/statuses",
                json={"status": text, "in_reply_to_id": _text(status.get("id"))},
            )
        finally:
            del self.api.headers["Idempotency-Key"]
        return Outcome(remote=_text(_dict(made).get("uri")) or None)


def _report_id(order: Order) -> str:
    head, _, number = order.item.rpartition("/admin/reports/")
    if not head or not number.isdigit():
        raise LiveError(
            Problem.REFUSED,
            translate("Live", "Only reports can be resolved, assigned or acted on on Mastodon."),
        )
    return number


def _code(answer: str, state: str) -> str:
    """The code from what the manager pasted: the code itself, or the address the browser went
    to, whose ``state`` must be the one sent (else another sign-in's answer was pasted)."""
    answer = answer.strip()
    if "code=" not in answer:
        if not answer:
            raise LiveError(Problem.REFUSED, translate("Live", "No code was given."))
        return answer
    query = parse_qs(urlsplit(answer).query or answer.lstrip("?"))
    if query.get("state", [""])[0] != state:
        raise LiveError(
            Problem.REFUSED,
            translate("Live", "The address is not the answer to this sign-in (its state differs)."),
        )
    code = query.get("code", [""])[0]
    if not code:
        raise LiveError(Problem.REFUSED, translate("Live", "No code was given."))
    return code


def _link(response: httpx.Response, rel: str, param: str) -> str | None:
    """A paging id from the ``Link`` header; only the id is taken, the address is ours, so a
    link to elsewhere cannot take the token with it."""
    url = response.links.get(rel, {}).get("url")
    if not url:
        return None
    value = parse_qs(urlsplit(url).query).get(param, [""])[0]
    return value if value.isdigit() else None


def _order_key(value: str) -> tuple[int, str]:
    return (len(value), value)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower() if parts.netloc else url.rstrip("/")


def _malformed(server: str, path: str) -> LiveError:
    return LiveError(
        Problem.MALFORMED,
        translate("Live", "{server} sent something that is not JSON for {path}.").format(
            server=server, path=path.split("?", 1)[0]
        ),
    )


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""
