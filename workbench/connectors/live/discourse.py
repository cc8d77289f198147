"""Discourse through its REST API, signed in with an admin API key (``Api-Key`` and
``Api-Username`` headers; the key comes from Admin → API, for a staff user).

Ids (there is no Discourse export connector; these are the scheme an export's would follow):
a post is ``{forum}/post/{post_id}``, a post waiting in the approval queue (it has no post id
yet) ``{forum}/queued-post/{reviewable_id}``, a topic (the thread) ``{forum}/topic/{topic_id}``
and a member ``{forum}/user/{username}``, where ``{forum}`` is the forum's host (with its port
and path, for a forum in a subfolder), so that every account of one forum names things alike.

A sync reads the review queue (``/review.json?status=pending``, oldest first, ten at a time
by ``offset`` until ``meta.total_rows_reviewables``): a flagged post is its post as reported,
with as many reports as it has flags, and its score, flag reasons and reviewable id and
version in raw; a queued post is held. Then the latest posts (``/posts.json``, fifty a page
going back with ``before``) down to the newest read at the last sync, at most ``HISTORY`` at
the first. Other reviewables (users to approve, chat messages) are not items and are skipped.

Pushes perform the reviewable's own action, as it lists it, at its current version (read
again at push time: ``PUT /review/:id/perform/:action?version=N``): approve is ``disagree``
(``approve_post`` for a queued post), remove ``agree_and_hide``, spam the same after flagging
the post as spam where no flag says so yet (agreeing with a spam flag is what Discourse counts
as confirmed spam), ignore ``ignore_and_do_nothing``. No decision on one item deletes its
author (``delete_user``): that removes all their posts, which is not what one decision means.
A 409 means someone else acted at the same time: the push fails saying so, with the state the
reviewable is in now. A post outside the review queue is flagged by the account with
``take_action`` (hidden at once) to remove it; approving or ignoring it asks nothing of the
forum. A reply is ``POST /posts.json`` in the post's topic, as a reply to it; Discourse answers
an API client's identical post within two minutes with the first one's answer, which makes a
retry safe.
"""

from collections.abc import AsyncIterator, Iterable, Sequence
from typing import Any, ClassVar
from urllib.parse import urlsplit

from workbench.connectors.base import RecordProblem
from workbench.connectors.common import bounded, html_to_text, iso_time, shown
from workbench.connectors.live.base import LiveConnector, Order, Outcome, Page, Settings
from workbench.connectors.live.http import Api, LiveError, Problem
from workbench.core.i18n import translate
from workbench.core.records import ImportOptions, ItemRecord, MemberRecord

NETWORK = "discourse"
HISTORY = 500
"""Latest posts read at the first sync (later syncs read what came since)."""
MAX_REVIEWABLES = 10_000
"""Pending reviewables read at one sync; a queue longer than that is read in part."""
MAX_PAGES = 200
"""Pages of one listing read at one sync, whatever a server says about more."""
PENDING = 0
STATUSES = {0: "pending", 1: "approved", 2: "rejected", 3: "ignored", 4: "deleted"}
"""Reviewable.statuses: what the review queue says of each reviewable."""
SPAM_FLAG = 8
INAPPROPRIATE_FLAG = 4
"""PostActionType ids: the flag an account raises to take action on a post itself."""
ACTIONS = {
    "approve": ("approve_post", "disagree", "disagree_and_restore"),
    "remove": ("agree_and_hide", "agree_and_keep_hidden", "reject_post"),
    "spam": ("agree_and_hide", "agree_and_keep_hidden", "reject_post"),
    "ignore": ("ignore_and_do_nothing", "ignore"),
}
"""The reviewable actions each decision becomes, the first the reviewable lists is taken
(a hidden post lists ``agree_and_keep_hidden`` and ``disagree_and_restore`` instead; a queued
post ``approve_post`` and ``reject_post``; older Discourse versions ``ignore``)."""


def forum_scope(url: str) -> str:
    """The forum part of every id: host, port and path, lowercased, no trailing slash."""
    parts = urlsplit(url)
    return f"{parts.netloc.lower()}{parts.path.rstrip('/')}"


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _number(value: Any) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return None


def _id(entry: dict[str, Any], key: str) -> int:
    value = _int(entry.get(key))
    if value is None or value <= 0:
        raise RecordProblem(key, f"is not an id: {shown(entry.get(key))}")
    return value


def _malformed(server: str, what: str) -> LiveError:
    return LiveError(
        Problem.MALFORMED,
        translate("Live", "{server} sent an answer to {what} that is not one.").format(
            server=server, what=what
        ),
    )


def _by_id(entries: Any) -> dict[Any, dict[str, Any]]:
    """A side-loaded list (``users``, ``bundled_actions``, …) by its entries' ids."""
    return {
        entry["id"]: entry
        for entry in _list(entries)
        if isinstance(entry, dict) and isinstance(entry.get("id"), int | str)
    }


class _Answer:
    """One review.json (or /review/:id.json) answer with its side-loaded records."""

    def __init__(self, answer: dict[str, Any]) -> None:
        self.users = _by_id(answer.get("users"))
        self.topics = _by_id(answer.get("topics"))
        self.scores = _by_id(answer.get("reviewable_scores"))
        self.score_types = _by_id(answer.get("score_types"))
        self.bundles = _by_id(answer.get("bundled_actions"))
        self.actions = _by_id(answer.get("actions"))

    def action_ids(self, reviewable: dict[str, Any]) -> list[str]:
        """The actions the reviewable offers, as ids to perform: its bundles' actions, given
        inline or as ids of the side-loaded ``bundled_actions`` and ``actions``."""
        found: list[str] = []
        bundles = _list(reviewable.get("bundled_actions")) or _list(
            reviewable.get("bundled_action_ids")
        )
        for bundle in bundles:
            entry = bundle if isinstance(bundle, dict) else self.bundles.get(bundle)
            if not isinstance(entry, dict):
                continue
            for action in _list(entry.get("actions")) or _list(entry.get("action_ids")):
                action = action if isinstance(action, dict) else self.actions.get(action, action)
                if isinstance(action, dict):
                    action = action.get("server_action") or action.get("id")
                if isinstance(action, str) and action and action not in found:
                    found.append(action)
        return found

    def flags(self, reviewable: dict[str, Any]) -> list[dict[str, Any]]:
        """The reviewable's scores (one per flag or reason) as raw keeps them."""
        scores = _list(reviewable.get("reviewable_scores")) or _list(
            reviewable.get("reviewable_score_ids")
        )
        found: list[dict[str, Any]] = []
        for score in scores:
            entry = score if isinstance(score, dict) else self.scores.get(score)
            if not isinstance(entry, dict):
                continue
            kind = entry.get("score_type")
            kind = (
                kind if isinstance(kind, dict) else self.score_types.get(entry.get("score_type_id"))
            )
            kind = _dict(kind)
            user = self.users.get(entry.get("user_id"), {})
            found.append(
                {
                    "id": _int(entry.get("id")),
                    "type": _text(kind.get("type")) or None,
                    "type_id": _int(kind.get("id")) or _int(entry.get("score_type_id")),
                    "title": _text(kind.get("title")) or None,
                    "score": _number(entry.get("score")),
                    "status": _int(entry.get("status")),
                    "reason": _text(entry.get("reason")) or None,
                    "by": _text(user.get("username")) or None,
                    "created_at": _text(entry.get("created_at")) or None,
                }
            )
        return found


def _spam_flagged(flags: Iterable[dict[str, Any]]) -> bool:
    return any(flag.get("type") == "spam" or flag.get("type_id") == SPAM_FLAG for flag in flags)


class DiscourseApi(LiveConnector):
    kind: ClassVar[str] = "discourse"
    network: ClassVar[str] = NETWORK
    actions: ClassVar[frozenset[str]] = frozenset({"approve", "remove", "spam", "ignore", "reply"})

    def __init__(self, api: Api, settings: Settings, options: ImportOptions) -> None:
        super().__init__(api, settings, options)
        self._scope = forum_scope(settings.url)
        self._flagged: dict[int, ItemRecord] = {}
        """The review queue's items by post id, as this sync read them: the same post among
        the latest posts keeps their state and reports."""
        self._pending: set[str] | None = None
        """What the review queue still holds, once a pull read it whole."""

    @classmethod
    def headers(cls, settings: Settings, secret: str) -> dict[str, str]:
        return {"Api-Key": secret, "Api-Username": settings.user, "Accept": "application/json"}

    # Test

    async def test(self) -> str:
        found = _dict(_dict(await self.api.json("GET", "session/current.json")).get("current_user"))
        user = _text(found.get("username"))
        if not user:
            raise _malformed(self.api.name, "session/current.json")
        if user.lower() != self.settings.user.lower():
            raise LiveError(
                Problem.AUTH,
                translate("Live", "The API key is {found}'s, not {user}'s.").format(
                    found=user, user=self.settings.user
                ),
            )
        if found.get("admin") is not True and found.get("moderator") is not True:
            raise LiveError(
                Problem.FORBIDDEN,
                translate("Live", "{user} is no moderator on {url}.").format(
                    user=user, url=self.settings.url
                ),
            )
        role = "admin" if found.get("admin") is True else "moderator"
        return translate("Live", "Signed in to {url} as {user} ({roles}).").format(
            url=self.settings.url, user=user, roles=role
        )

    # Pull

    async def pull(self, cursor: dict[str, Any]) -> AsyncIterator[Page]:
        state = dict(cursor)
        async for page in self._review(state):
            yield page
        async for page in self._latest(state):
            yield page

    async def _review(self, state: dict[str, Any]) -> AsyncIterator[Page]:
        """The pending queue from the offset a cut-off sync reached (else from its start)."""
        offset = max(0, _int(state.get("review_offset")) or 0)
        whole = offset == 0  # read from its start: what it lacks at the end is settled
        pending: set[str] = set()
        for _ in range(MAX_PAGES):
            answer = await self.api.json(
                "GET",
                "review.json",
                params={"status": "pending", "sort_order": "created_at_asc", "offset": offset},
            )
            if not isinstance(answer, dict) or not isinstance(answer.get("reviewables"), list):
                raise _malformed(self.api.name, "review.json")
            reviewables = answer["reviewables"]
            meta = _dict(answer.get("meta"))
            total = _int(meta.get("total_rows_reviewables")) or 0
            sideloads = _Answer(answer)
            records: list[MemberRecord | ItemRecord] = []
            problems: list[str] = []
            for entry in reviewables:
                try:
                    made = self._reviewable(_checked(entry), sideloads)
                    records.extend(made)
                    pending.update(r.external_id for r in made if isinstance(r, ItemRecord))
                except RecordProblem as problem:
                    name = f" {shown(entry.get('id'))}" if isinstance(entry, dict) else ""
                    problems.append(f"reviewable{name}: {_said(problem)}")
            offset += len(reviewables)
            more = bool(meta.get("load_more_reviewables")) and bool(reviewables)
            more = more and offset < min(total, MAX_REVIEWABLES)
            if more:
                state["review_offset"] = offset
            else:
                state.pop("review_offset", None)
            done = 0.5 * min(offset / total, 1.0) if total else 0.5
            if not more and whole and offset < MAX_REVIEWABLES:
                self._pending = pending
            yield Page(records, dict(state), done=done, problems=problems)
            if not more:
                return

    async def still_open(self, external_ids: Sequence[str]) -> set[str] | None:
        """The posts still in the review queue, as this sync's pull read it whole: a post
        approved, hidden or deleted on the forum left it."""
        if self._pending is None:
            return None
        return {external for external in external_ids if external in self._pending}

    def _reviewable(
        self, entry: dict[str, Any], sideloads: _Answer
    ) -> list[MemberRecord | ItemRecord]:
        kind = _text(entry.get("type"))
        reviewable_id = _id(entry, "id")
        post_id = _int(entry.get("post_id"))
        if post_id is None and _text(entry.get("target_type")) == "Post":
            post_id = _int(entry.get("target_id"))
        queued = kind == "ReviewableQueuedPost" and post_id is None
        if not queued and post_id is None:
            return []  # a user to approve, a chat message: not a post
        topic_id = _int(entry.get("topic_id"))
        topic = sideloads.topics.get(topic_id, {}) if topic_id else {}
        flags = sideloads.flags(entry)
        raw: dict[str, Any] = {
            "reviewable_id": reviewable_id,
            "reviewable_type": kind,
            "version": _int(entry.get("version")),
            "score": _number(entry.get("score")),
            "status": STATUSES.get(_int(entry.get("status")) or 0),
            "topic_id": topic_id,
            "category_id": _int(entry.get("category_id")),
            "reply_to_post_number": _int(entry.get("reply_to_post_number")),
            "reply_count": _int(entry.get("reply_count")),
            "post_version": _int(entry.get("post_version")),
            "flags": flags,
            "actions": sideloads.action_ids(entry),
        }
        author_id = entry.get("target_created_by_id") or entry.get("created_by_id")
        member = self._member(sideloads.users.get(author_id))
        thread = f"{self._scope}/topic/{topic_id}" if topic_id else None
        if queued:
            payload = _dict(entry.get("payload"))
            body = bounded(_text(payload.get("raw")), "payload.raw")
            external_id = f"{self._scope}/queued-post/{reviewable_id}"
            raw["tags"] = [tag for tag in _list(payload.get("tags")) if isinstance(tag, str)]
            item = ItemRecord(
                network=NETWORK,
                external_id=external_id,
                author_id=member.external_id if member else None,
                kind="reply" if topic_id else "post",
                created_at=iso_time(entry.get("created_at"), "created_at"),
                title=_text(payload.get("title")),
                body=body,
                parent_external_id=thread,
                thread_external_id=thread or external_id,
                url=self._url(_text(entry.get("target_url")) or _text(entry.get("topic_url"))),
                platform_state="held",
                raw=raw,
            )
        else:
            assert post_id is not None
            cooked = bounded(_text(entry.get("cooked")), "cooked")
            external_id = f"{self._scope}/post/{post_id}"
            moment = entry.get("post_updated_at") or entry.get("created_at")
            item = ItemRecord(
                network=NETWORK,
                external_id=external_id,
                author_id=member.external_id if member else None,
                kind="reply",
                created_at=iso_time(moment, "post_updated_at"),
                title=_text(topic.get("title")),
                body=html_to_text(cooked) if cooked else bounded(_text(entry.get("raw")), "raw"),
                body_html=cooked or None,
                parent_external_id=thread,
                thread_external_id=thread,
                url=self._url(_text(entry.get("target_url"))),
                platform_state="reported",
                report_count=max(1, len(flags)),
                raw=raw,
            )
            self._flagged[post_id] = item
        return [*([member] if member else []), item]

    async def _latest(self, state: dict[str, Any]) -> AsyncIterator[Page]:
        """Latest posts, newest first, down to the newest the last sync read; a cut-off walk
        goes on below the last page written."""
        after = _int(state.get("posts_after")) or 0
        before = _int(state.get("posts_before"))
        top = _int(state.get("posts_top")) or after
        read = _int(state.get("posts_read")) or 0
        for _ in range(MAX_PAGES):
            params = {"before": before} if before else None
            answer = await self.api.json("GET", "posts.json", params=params)
            posts = _dict(answer).get("latest_posts")
            if not isinstance(posts, list):
                raise _malformed(self.api.name, "posts.json")
            records: list[MemberRecord | ItemRecord] = []
            problems: list[str] = []
            lowest: int | None = None
            for entry in posts:
                post_id = _int(entry.get("id")) if isinstance(entry, dict) else None
                if post_id is None or post_id <= 0:
                    problems.append(f"post {shown(entry)[:80]}: it has no id")
                    continue
                lowest = post_id if lowest is None else min(lowest, post_id)
                if post_id <= after:
                    continue
                top = max(top, post_id)
                read += 1
                try:
                    records.extend(self._post(entry))
                except RecordProblem as problem:
                    problems.append(f"post {post_id}: {_said(problem)}")
            finished = (
                lowest is None
                or lowest <= after + 1
                or read >= HISTORY
                or (before is not None and lowest > before)  # a server that ignores before
            )
            if finished:
                for key in ("posts_before", "posts_top", "posts_read"):
                    state.pop(key, None)
                state["posts_after"] = top
            else:
                assert lowest is not None
                before = lowest - 1  # the API reads ids up to and including ``before``
                state.update(posts_before=before, posts_top=top, posts_read=read)
            done = 0.5 + 0.5 * min(read / HISTORY, 1.0) if not finished else 1.0
            yield Page(records, dict(state), done=done, problems=problems)
            if finished:
                return

    def _post(self, entry: dict[str, Any]) -> list[MemberRecord | ItemRecord]:
        post_id = _id(entry, "id")
        topic_id = _id(entry, "topic_id")
        number = _int(entry.get("post_number")) or 0
        cooked = bounded(_text(entry.get("cooked")), "cooked")
        member = self._member(entry)
        thread = f"{self._scope}/topic/{topic_id}"
        slug = _text(entry.get("topic_slug")) or "-"
        state = "published"
        if entry.get("deleted_at") or entry.get("user_deleted") is True:
            state = "deleted"
        elif entry.get("hidden") is True:
            state = "held"
        raw = {
            key: entry.get(key)
            for key in (
                "post_number",
                "post_type",
                "reply_to_post_number",
                "reply_count",
                "category_id",
                "version",
                "hidden",
                "wiki",
                "updated_at",
                "deleted_at",
            )
            if entry.get(key) is not None
        }
        raw["topic_id"] = topic_id
        flagged = self._flagged.get(post_id)
        item = ItemRecord(
            network=NETWORK,
            external_id=f"{self._scope}/post/{post_id}",
            author_id=member.external_id if member else None,
            kind="post" if number == 1 else "reply",
            created_at=iso_time(entry.get("created_at"), "created_at"),
            title=_text(entry.get("topic_title")) if number == 1 else "",
            body=html_to_text(cooked),
            body_html=cooked or None,
            parent_external_id=None if number == 1 else thread,
            thread_external_id=thread,
            url=f"{self.api.base}/t/{slug}/{topic_id}/{number}" if number else None,
            platform_state=flagged.platform_state if flagged else state,
            report_count=flagged.report_count if flagged else 0,
            raw={**raw, **_dict(flagged.raw)} if flagged else raw,
        )
        return [*([member] if member else []), item]

    def _member(self, user: dict[str, Any] | None) -> MemberRecord | None:
        username = _text(_dict(user).get("username"))
        if not username or len(username) > 60:
            return None
        return MemberRecord(
            network=NETWORK,
            external_id=f"{self._scope}/user/{username}",
            handle=username,
            display_name=_text(_dict(user).get("name")) or username,
            profile_url=f"{self.api.base}/u/{username}",
        )

    def _url(self, url: str) -> str | None:
        if url.startswith("/"):
            return f"{self.api.base}{url}"
        return url if url.startswith(("http://", "https://")) else None

    # Push

    async def push(self, order: Order) -> Outcome:
        if order.action == "reply":
            return await self._reply(order)
        found = await self._pending_reviewable(order)
        if found is None:
            return await self._outside_review(order)
        reviewable, sideloads = found
        action = _chosen(order.action, sideloads.action_ids(reviewable), self.api.name)
        post_id = _int(reviewable.get("post_id"))
        if order.action == "spam" and post_id and not _spam_flagged(sideloads.flags(reviewable)):
            await self.api.json(
                "POST",
                "post_actions.json",
                json={"id": post_id, "post_action_type_id": SPAM_FLAG, "flag_topic": False},
            )
            reviewable, sideloads = await self._read(_id(reviewable, "id"))  # a new version
        await self._perform(reviewable, action)
        return Outcome()

    async def _pending_reviewable(self, order: Order) -> tuple[dict[str, Any], _Answer] | None:
        """The item's pending reviewable as the forum has it now (its version, its actions)."""
        scope, kind, number = order.item.rpartition("/")
        scope, _, kind = scope.rpartition("/")
        if not number.isdigit() or kind not in ("post", "queued-post"):
            raise LiveError(
                Problem.REFUSED,
                translate("Live", "Only posts can be moderated from the workbench on Discourse."),
            )
        if kind == "queued-post":
            reviewable, sideloads = await self._read(int(number))
            status = _int(reviewable.get("status"))
            if status != PENDING:
                raise _acted_first(translate("Live", "the post is {status} already.").format(
                    status=STATUSES.get(status or 0, shown(status))
                ))  # fmt: skip
            return reviewable, sideloads
        topic = (order.thread or "").rpartition("/topic/")[2]
        params: dict[str, Any] = {"status": "pending"}
        if topic.isdigit():
            params["topic_id"] = int(topic)
        offset = 0
        for _ in range(MAX_PAGES):
            answer = await self.api.json("GET", "review.json", params={**params, "offset": offset})
            reviewables = _dict(answer).get("reviewables")
            if not isinstance(reviewables, list):
                raise _malformed(self.api.name, "review.json")
            for entry in reviewables:
                if isinstance(entry, dict) and entry.get("post_id") == int(number):
                    return entry, _Answer(answer)
            offset += len(reviewables)
            if not reviewables or not _dict(answer.get("meta")).get("load_more_reviewables"):
                return None
        return None

    async def _read(self, reviewable_id: int) -> tuple[dict[str, Any], _Answer]:
        answer = await self.api.json("GET", f"review/{reviewable_id}.json")
        reviewable = _dict(answer).get("reviewable")
        if not isinstance(reviewable, dict) or _int(reviewable.get("version")) is None:
            raise _malformed(self.api.name, f"review/{reviewable_id}.json")
        return reviewable, _Answer(answer)

    async def _perform(self, reviewable: dict[str, Any], action: str) -> None:
        reviewable_id = _id(reviewable, "id")
        try:
            await self.api.json(
                "PUT",
                f"review/{reviewable_id}/perform/{action}.json",
                params={"version": reviewable.get("version")},
            )
        except LiveError as error:
            if error.status != 409:
                raise
            said = error.said
            try:  # what it is now, for the manager
                now, _ = await self._read(reviewable_id)
            except LiveError:
                raise _acted_first(said) from error
            status = STATUSES.get(_int(now.get("status")) or 0, "?")
            raise _acted_first(
                translate("Live", "{said} (the reviewable is {status} now)").format(
                    said=said, status=status
                )
            ) from error

    async def _outside_review(self, order: Order) -> Outcome:
        """A post that no flag brought into the review queue: removing it is a flag the account
        raises with take_action (the post is hidden at once); approving or ignoring it leaves
        it as it is."""
        if order.action in ("approve", "ignore"):
            return Outcome()
        post_id = int(order.item.rpartition("/")[2])
        if order.attempts:  # the earlier try may have hidden it before its answer was lost
            post = _dict(await self.api.json("GET", f"posts/{post_id}.json"))
            if post.get("hidden") is True or post.get("deleted_at"):
                return Outcome()
        flag = SPAM_FLAG if order.action == "spam" else INAPPROPRIATE_FLAG
        await self.api.json(
            "POST",
            "post_actions.json",
            json={"id": post_id, "post_action_type_id": flag, "flag_topic": False,
                  "take_action": True},
        )  # fmt: skip
        return Outcome()

    async def _reply(self, order: Order) -> Outcome:
        head, _, number = order.item.rpartition("/post/")
        if not head or not number.isdigit():
            raise LiveError(
                Problem.REFUSED,
                translate("Live", "A post waiting for approval cannot be replied to yet."),
            )
        post = _dict(await self.api.json("GET", f"posts/{number}.json"))
        topic_id, post_number = _int(post.get("topic_id")), _int(post.get("post_number"))
        if not topic_id or not post_number:
            raise _malformed(self.api.name, f"posts/{number}.json")
        made = _dict(
            await self.api.json(
                "POST",
                "posts.json",
                json={
                    "topic_id": topic_id,
                    "raw": str(order.detail.get("text") or ""),
                    "reply_to_post_number": post_number,
                },
            )
        )
        made_id = _int(made.get("id")) or _int(_dict(made.get("post")).get("id"))
        return Outcome(remote=str(made_id) if made_id else None)


def _said(problem: RecordProblem) -> str:
    return f"{problem.field} {problem}" if problem.field else str(problem)


def _checked(entry: Any) -> dict[str, Any]:
    if not isinstance(entry, dict):
        raise RecordProblem(None, f"is not an object: {shown(entry)}")
    return entry


def _chosen(action: str, offered: list[str], server: str) -> str:
    for candidate in ACTIONS[action]:
        if candidate in offered:
            return candidate
    raise LiveError(
        Problem.REFUSED,
        translate(
            "Live", "{server} offers no action for '{action}' here (it offers: {offered})."
        ).format(server=server, action=action, offered=", ".join(offered) or "-"),
    )


def _acted_first(said: str) -> LiveError:
    message = translate("Live", "Someone else acted on this first: {said}").format(said=said)
    return LiveError(Problem.REFUSED, message, status=409, said=message)
