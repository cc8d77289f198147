"""WordPress through its REST API, signed in with an application password.

Ids are those of the WXR connector (``{site}/post/{id}``, ``{site}/comment/{id}``,
``{site}/user/{login}``, ``{site}/guest/{pseudonym}``, with the site as the API index's ``home``
names it), so an export imported before and the live account are one source of truth.

A sync reads the posts changed since the last one, every held and spam comment (they are the
moderation queue, and a comment can move into either at any time), and the approved comments
written since the last one, a hundred at a time with ``X-WP-TotalPages`` paging. Pushes set a
comment's status (approve, hold, spam, trash) or post a reply as the account's user; each is
safe to repeat.
"""

import base64
from collections.abc import AsyncIterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar

import httpx

from workbench.connectors.base import RecordProblem
from workbench.connectors.common import bounded, html_to_text, iso_time, unescape_text
from workbench.connectors.live.base import LiveConnector, Order, Outcome, Page, Settings
from workbench.connectors.live.http import Api, LiveError, Problem
from workbench.connectors.wordpress import COMMENT_KINDS, NETWORK, site_scope
from workbench.core.i18n import translate
from workbench.core.records import ImportOptions, ItemRecord, MemberRecord

PER_PAGE = 100
COMMENT_STATES = {"hold": "held", "spam": "spam", "approved": "published", "trash": "trash"}
"""The REST API's comment statuses and the platform states the queue knows."""
STATUS_OF_STATE = {"held": "hold", "spam": "spam", "published": "approved", "trash": "trash"}
"""What to set to put a comment back in the state it had before a decision."""
PUSHED_STATUS = {"approve": "approved", "spam": "spam", "remove": "trash"}
PERSONAL = ("author_email", "author_ip", "author_user_agent")
OVERLAP = 3600
"""Seconds read again before the last approved comment: comments saved in the same second, or
late by a slow server's clock, are not missed; reading one twice changes nothing."""


def basic_auth(user: str, secret: str) -> dict[str, str]:
    token = base64.b64encode(f"{user}:{secret}".encode()).decode()
    return {"Authorization": f"Basic {token}"}


class WordPressApi(LiveConnector):
    kind: ClassVar[str] = "wordpress"
    network: ClassVar[str] = NETWORK
    actions: ClassVar[frozenset[str]] = frozenset({"approve", "spam", "remove", "restore", "reply"})

    def __init__(self, api: Api, settings: Settings, options: ImportOptions) -> None:
        super().__init__(api, settings, options)
        self._root: str | None = None
        self._scope = ""
        self._logins: dict[int, str | None] = {}
        self._names: dict[int, str] = {}
        self._me: dict[str, Any] | None = None

    @classmethod
    def headers(cls, settings: Settings, secret: str) -> dict[str, str]:
        return basic_auth(settings.user, secret)

    # The API's address

    async def _index(self) -> None:
        """Find the REST API (pretty permalinks or not) and the site's id scope."""
        if self._root is not None:
            return
        for root in ("wp-json/", "?rest_route=/"):
            try:
                index = await self.api.json("GET", root)
            except LiveError as error:
                if error.problem in (Problem.GONE, Problem.MALFORMED):
                    continue
                raise
            if isinstance(index, dict) and "wp/v2" in (index.get("namespaces") or ()):
                self._root = root
                self._scope = site_scope(str(index.get("home") or self.settings.url))
                return
        raise LiveError(
            Problem.GONE,
            translate("Live", "{url} has no WordPress REST API (wp/v2).").format(
                url=self.settings.url
            ),
        )

    def _route(self, route: str) -> str:
        assert self._root is not None
        if self._root == "wp-json/":
            return f"wp-json/{route}"
        return f"?rest_route=/{route.replace('?', '&', 1)}"

    async def _get(self, route: str, params: dict[str, Any]) -> httpx.Response:
        await self._index()
        return await self.api.request("GET", self._route(route), params=params)

    async def _json(self, method: str, route: str, **kwargs: Any) -> Any:
        await self._index()
        return await self.api.json(method, self._route(route), **kwargs)

    # Test

    async def me(self) -> dict[str, Any]:
        if self._me is None:
            found = await self._json("GET", "wp/v2/users/me", params={"context": "edit"})
            if not isinstance(found, dict) or "id" not in found:
                raise LiveError(
                    Problem.MALFORMED,
                    translate("Live", "{server} did not say who the account is.").format(
                        server=self.api.name
                    ),
                )
            self._me = found
        return self._me

    async def test(self) -> str:
        me = await self.me()
        capabilities = me.get("capabilities") or {}
        name = str(me.get("name") or self.settings.user)
        if not capabilities.get("moderate_comments"):
            raise LiveError(
                Problem.FORBIDDEN,
                translate("Live", "{user} may not moderate comments on {url}.").format(
                    user=name, url=self.settings.url
                ),
            )
        roles = ", ".join(str(role) for role in me.get("roles") or ()) or "-"
        return translate("Live", "Signed in to {url} as {user} ({roles}).").format(
            url=self.settings.url, user=name, roles=roles
        )

    # Pull

    async def pull(self, cursor: dict[str, Any]) -> AsyncIterator[Page]:
        await self._index()
        posts_after = cursor.get("posts_after")
        approved_after = cursor.get("approved_after")
        steps: list[tuple[str, dict[str, Any]]] = [
            ("posts", {"orderby": "modified", "status": "publish,pending,private"}),
            ("comments", {"status": "hold"}),
            ("comments", {"status": "spam"}),
            ("comments", {"status": "approve", "orderby": "date_gmt"}),
        ]
        if posts_after:
            steps[0][1]["modified_after"] = posts_after
        if approved_after:
            steps[3][1]["after"] = _earlier(approved_after, OVERLAP)
        state = dict(cursor)
        for number, (what, params) in enumerate(steps):
            page, pages = 1, 1
            while page <= pages:
                response = await self._get(
                    f"wp/v2/{what}",
                    {
                        **params,
                        "context": "edit",
                        "per_page": PER_PAGE,
                        "page": page,
                        "order": "asc",
                    },
                )
                pages = _total_pages(response.headers.get("X-WP-TotalPages"))
                entries = _entries(response, self.api.name, what)
                records: list[MemberRecord | ItemRecord] = []
                problems: list[str] = []
                for entry in entries:
                    try:
                        records.extend(
                            await (self._post(entry) if what == "posts" else self._comment(entry))
                        )
                    except RecordProblem as problem:
                        problems.append(f"{what} {entry.get('id')!r}: {problem}")
                if entries and what == "posts":
                    state["posts_after"] = max(
                        str(state.get("posts_after") or ""),
                        str(entries[-1].get("modified_gmt") or ""),
                    )
                if entries and params.get("status") == "approve":
                    state["approved_after"] = max(
                        str(state.get("approved_after") or ""),
                        str(entries[-1].get("date_gmt") or ""),
                    )
                done = (number + page / max(pages, 1)) / len(steps)
                yield Page(records, dict(state), done=done, problems=problems)
                page += 1

    async def _author(self, user_id: int) -> MemberRecord | None:
        if user_id <= 0:
            return None
        if user_id not in self._logins:
            try:
                user = await self._json("GET", f"wp/v2/users/{user_id}", params={"context": "edit"})
            except LiveError as error:
                if error.problem not in (Problem.FORBIDDEN, Problem.GONE, Problem.REFUSED):
                    raise
                user = None
            if isinstance(user, dict):
                self._logins[user_id] = _text(user.get("username")) or None
                self._names[user_id] = _text(user.get("name"))
            else:
                self._logins[user_id] = None
        login = self._logins[user_id]
        if login:
            key = f"~{self.options.pseudonym(login)}" if "@" in login else login
            handle = login.split("@", 1)[0]
            return MemberRecord(
                network=NETWORK,
                external_id=f"{self._scope}/user/{key}",
                handle=handle,
                display_name=self._names.get(user_id) or handle,
            )
        return MemberRecord(
            network=NETWORK, external_id=f"{self._scope}/user-id/{user_id}", handle=f"#{user_id}"
        )

    async def _post(self, entry: dict[str, Any]) -> list[MemberRecord | ItemRecord]:
        post_id = _id(entry, "id")
        external_id = f"{self._scope}/post/{post_id}"
        member = await self._author(_int(entry.get("author")))
        content = bounded(_rendered(entry, "content"), "content")
        title = html_to_text(bounded(_rendered(entry, "title"), "title"))
        item = ItemRecord(
            network=NETWORK,
            external_id=external_id,
            author_id=member.external_id if member else None,
            kind="page" if entry.get("type") == "page" else "post",
            created_at=iso_time(entry.get("date_gmt") or entry.get("date"), "date_gmt"),
            title=title,
            body=html_to_text(content),
            body_html=content or None,
            thread_external_id=external_id,
            url=_text(entry.get("link")) or None,
            platform_state="held" if entry.get("status") == "pending" else "published",
            raw={
                "id": post_id,
                "status": entry.get("status"),
                "modified_gmt": entry.get("modified_gmt"),
            },
        )
        return [*([member] if member else []), item]

    async def _comment(self, entry: dict[str, Any]) -> list[MemberRecord | ItemRecord]:
        comment_id = _id(entry, "id")
        kind = COMMENT_KINDS.get(_text(entry.get("type")) if entry.get("type") != "comment" else "")
        if kind is None:
            return []
        state = COMMENT_STATES.get(_text(entry.get("status")))
        if state is None:
            raise RecordProblem("status", f"is not a comment status: {entry.get('status')!r}")
        member = await self._author(_int(entry.get("author")))
        if member is None:
            member = self._guest(entry)
        post, parent = _int(entry.get("post")), _int(entry.get("parent"))
        thread = f"{self._scope}/post/{post}"
        content = bounded(_rendered(entry, "content"), "content")
        raw = {
            key: value
            for key, value in entry.items()
            if key not in PERSONAL and key not in ("content", "_links", "author_avatar_urls")
        }
        item = ItemRecord(
            network=NETWORK,
            external_id=f"{self._scope}/comment/{comment_id}",
            author_id=member.external_id if member else None,
            kind=kind,
            created_at=iso_time(entry.get("date_gmt") or entry.get("date"), "date_gmt"),
            body=html_to_text(content),
            body_html=content or None,
            parent_external_id=f"{self._scope}/comment/{parent}" if parent else thread,
            thread_external_id=thread,
            url=_text(entry.get("link")) or None,
            platform_state=state,
            raw=raw,
        )
        return [*([member] if member else []), item]

    def _guest(self, entry: dict[str, Any]) -> MemberRecord | None:
        name = unescape_text(_text(entry.get("author_name")))
        email = _text(entry.get("author_email"))
        if not (name or email):
            return None
        shown = name.split("@", 1)[0] if "@" in name else name
        return MemberRecord(
            network=NETWORK,
            external_id=f"{self._scope}/guest/{self.options.pseudonym(email or name)}",
            handle=shown,
            display_name=shown,
            email=email or None,
            profile_url=_text(entry.get("author_url")) or None,
        )

    async def still_open(self, external_ids: Sequence[str]) -> set[str] | None:
        """Held and spam comments of these, asked by id (approved or trashed ones on the site
        are not held any more: the queue lets them go)."""
        numbers = {
            number: external
            for external in external_ids
            if (number := external.rpartition("/comment/")[2]).isdigit()
        }
        still: set[str] = set()
        ids = sorted(numbers, key=int)
        for start in range(0, len(ids), PER_PAGE):
            chunk = ",".join(ids[start : start + PER_PAGE])
            for status in ("hold", "spam"):
                params = {"include": chunk, "status": status, "per_page": PER_PAGE}
                response = await self._get("wp/v2/comments", {**params, "context": "edit"})
                for entry in _entries(response, self.api.name, "comments"):
                    if (external := numbers.get(str(entry.get("id")))) is not None:
                        still.add(external)
        # Posts held for review are not asked about: they are few and come with every pull.
        still.update(external for external in external_ids if "/comment/" not in external)
        return still

    # Push

    async def push(self, order: Order) -> Outcome:
        comment = _comment_id(order)
        if order.action == "reply":
            return await self._reply(order, comment)
        if order.action == "restore":
            status = STATUS_OF_STATE.get(str(order.detail.get("state")), "approved")
        else:
            status = PUSHED_STATUS[order.action]
        # Setting a status it already has changes nothing: safe to repeat.
        await self._json("POST", f"wp/v2/comments/{comment}", json={"status": status})
        return Outcome()

    async def _reply(self, order: Order, comment: int) -> Outcome:
        text = str(order.detail.get("text") or "")
        number = (order.thread or "").rpartition("/post/")[2]
        post = int(number) if number.isdigit() else 0
        me = await self.me()
        if order.attempts:  # an earlier try may have gone through before the answer was lost
            earlier = await self._json(
                "GET",
                "wp/v2/comments",
                params={
                    "parent": comment,
                    "author": me["id"],
                    "context": "edit",
                    "per_page": PER_PAGE,
                },
            )
            for entry in earlier if isinstance(earlier, list) else ():
                raw = (entry.get("content") or {}).get("raw")
                if isinstance(raw, str) and raw.strip() == text.strip():
                    return Outcome(remote=str(entry.get("id")))
        made = await self._json(
            "POST", "wp/v2/comments", json={"post": post, "parent": comment, "content": text}
        )
        return Outcome(remote=str(made.get("id")) if isinstance(made, dict) else None)


def _comment_id(order: Order) -> int:
    head, _, number = order.item.rpartition("/comment/")
    if not head or not number.isdigit():
        raise LiveError(
            Problem.REFUSED,
            translate("Live", "Only comments can be moderated from the workbench on WordPress."),
        )
    return int(number)


def _entries(response: httpx.Response, server: str, what: str) -> list[dict[str, Any]]:
    try:
        found = response.json()
    except ValueError:
        found = None
    if not isinstance(found, list) or not all(isinstance(entry, dict) for entry in found):
        raise LiveError(
            Problem.MALFORMED,
            translate("Live", "{server} sent a list of {what} that is not one.").format(
                server=server, what=what
            ),
        )
    return found


def _total_pages(value: str | None) -> int:
    try:
        return max(0, min(int(value or "1"), 1_000_000))
    except ValueError:
        return 1


def _earlier(moment: str, seconds: int) -> str:
    at = datetime.fromisoformat(moment)
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return (at - timedelta(seconds=seconds)).strftime("%Y-%m-%dT%H:%M:%S")


def _rendered(entry: dict[str, Any], key: str) -> str:
    value = entry.get(key)
    if isinstance(value, dict):
        value = value.get("rendered", value.get("raw", ""))
    return value if isinstance(value, str) else ""


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _id(entry: dict[str, Any], key: str) -> int:
    value = entry.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise RecordProblem(key, f"is not an id: {value!r}")
    return value
