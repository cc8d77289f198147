"""Matrix through the client-server API, signed in with an access token.

A community on Matrix is a set of rooms: those given with ``--room`` (ids, or aliases resolved
at each sync), or every room the account has joined. Ids: an event is ``{room_id}/{event_id}``
(so a push knows its room), its thread the room (or ``{room_id}/{root}`` in an ``m.thread``),
its parent the event it replies to; a member is the Matrix user id, with the localpart as
handle and the display name of the room state (``m.room.member``).

A sync is one ``/sync`` from the last ``next_batch``, filtered to the rooms, to messages and
membership, and lazy-loading members (the senders' display names come with their events).
Where a room's timeline is ``limited`` the gap is read backwards with ``/messages``, up to
``HISTORY`` events per room: at the first sync that is the room's recent history, later it is
what came since the last sync. An edit updates the item it edits: with the original when both
are in the sync, else with the original fetched (Synapse gives it with its latest edit), and only
an edit by the original's sender. Redactions by others are not read (the filter leaves them
out, so the workbench keeps what its managers saw).

Where the account is a Synapse server admin, the event reports
(``/_synapse/admin/v1/event_reports``) newer than the last one read bring the reported event
into the queue as reported, with as many reports as came since that one; for anyone else the
admin API answers 403 and reports are skipped without a word.

Pushes: remove and spam redact the event (with a reason), approve does nothing on Matrix (the
report stays for the server's admins), kick and ban act on the item's author in its room with
the manager's reason, a reply is a message with ``m.in_reply_to``. Redactions and messages use
the push id as transaction id, which Synapse keeps for a day per access token: a retry does not
act twice.
"""

from collections.abc import AsyncIterator
from contextlib import suppress
from typing import Any, ClassVar
from urllib.parse import quote

import orjson

from workbench.connectors.base import RecordProblem
from workbench.connectors.common import bounded, html_to_text, shown, unix_time
from workbench.connectors.live.base import LiveConnector, Order, Outcome, Page, Settings
from workbench.connectors.live.http import Api, LiveError, Problem
from workbench.core.i18n import translate
from workbench.core.records import ImportOptions, ItemRecord, MemberRecord

NETWORK = "matrix"
CLIENT = "_matrix/client/v3"
REPORTS = "_synapse/admin/v1/event_reports"
PAGE = 100
"""Events per /sync timeline and per /messages page."""
HISTORY = 1000
"""Events read back per room where a timeline has a gap (the first sync's history)."""
MAX_REPORTS = 10_000
"""Reports read at one sync; a server with more new ones gives their newest."""
MAX_ID = 255
"""The spec's limit on the length of room, event and user ids."""
TYPES = ("m.room.message", "m.room.member")
HTML = "org.matrix.custom.html"


def _filter(rooms: list[str] | None) -> dict[str, Any]:
    """The /sync filter: these rooms' messages and membership, nothing else."""
    room: dict[str, Any] = {
        "timeline": {"types": list(TYPES), "limit": PAGE},
        "state": {"types": ["m.room.member"], "lazy_load_members": True},
        "ephemeral": {"not_types": ["*"]},
        "account_data": {"not_types": ["*"]},
    }
    if rooms is not None:
        room["rooms"] = rooms
    return {
        "room": room,
        "presence": {"not_types": ["*"]},
        "account_data": {"not_types": ["*"]},
    }


def _q(value: str) -> str:
    return quote(value, safe="")


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _matrix_id(value: Any, sigil: str, field: str) -> str:
    if not isinstance(value, str) or not value.startswith(sigil) or not 1 < len(value) <= MAX_ID:
        raise RecordProblem(field, f"is not a Matrix id ({sigil}…): {shown(value)}")
    return value


def _localpart(user_id: str) -> str:
    return user_id[1:].split(":", 1)[0]


def _without_fallback(body: str) -> str:
    """A reply's text without the quote of the replied-to message older clients put first."""
    if not body.startswith("> "):
        return body
    lines = body.split("\n")
    while lines and lines[0].startswith(">"):
        lines.pop(0)
    return "\n".join(lines).lstrip("\n")


def _without_html_fallback(html: str) -> str:
    start, end = html.find("<mx-reply>"), html.find("</mx-reply>")
    if start == -1 or end < start:
        return html
    return html[:start] + html[end + len("</mx-reply>") :]


def _malformed(server: str, what: str) -> LiveError:
    return LiveError(
        Problem.MALFORMED,
        translate("Live", "{server} sent an answer to {what} that is not one.").format(
            server=server, what=what
        ),
    )


def _room_and_event(item: str) -> tuple[str, str]:
    room, _, event = item.partition("/")
    if not room.startswith("!") or not event.startswith("$"):
        raise LiveError(
            Problem.REFUSED,
            translate("Live", "Only messages in Matrix rooms can be moderated on Matrix."),
        )
    return room, event


class MatrixApi(LiveConnector):
    kind: ClassVar[str] = "matrix"
    network: ClassVar[str] = NETWORK
    actions: ClassVar[frozenset[str]] = frozenset(
        {"approve", "remove", "spam", "kick", "ban", "reply", "restore"}
    )

    def __init__(self, api: Api, settings: Settings, options: ImportOptions) -> None:
        super().__init__(api, settings, options)
        self._edits: dict[str, dict[str, Any]] = {}
        """The latest edit seen in this sync of each message, by the message's item id: history
        read later (older pages) holds originals whose edits came first."""

    @classmethod
    def headers(cls, settings: Settings, secret: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {secret}"}

    # Test

    async def test(self) -> str:
        me = await self.api.json("GET", f"{CLIENT}/account/whoami")
        user = _dict(me).get("user_id")
        if not isinstance(user, str):
            raise _malformed(self.api.name, "whoami")
        if user != self.settings.user:
            raise LiveError(
                Problem.AUTH,
                translate("Live", "The access token is {found}'s, not {user}'s.").format(
                    found=user, user=self.settings.user
                ),
            )
        return translate("Live", "Signed in to {homeserver} as {user}.").format(
            homeserver=self.settings.url, user=user
        )

    # Rooms

    async def _joined(self) -> list[str]:
        found = _dict(await self.api.json("GET", f"{CLIENT}/joined_rooms")).get("joined_rooms")
        if not isinstance(found, list):
            raise _malformed(self.api.name, "joined_rooms")
        return [room for room in found if isinstance(room, str) and room.startswith("!")]

    async def _room_id(self, room: str) -> str:
        if room.startswith("!"):
            return room
        if not room.startswith("#"):
            raise LiveError(
                Problem.REFUSED,
                translate("Live", "'{room}' is no Matrix room id (!…) or alias (#…).").format(
                    room=room
                ),
            )
        found = _dict(await self.api.json("GET", f"{CLIENT}/directory/room/{_q(room)}"))
        room_id = found.get("room_id")
        if not isinstance(room_id, str) or not room_id.startswith("!"):
            raise _malformed(self.api.name, f"the alias {room}")
        return room_id

    async def _followed(self, joined: list[str]) -> tuple[list[str] | None, list[str]]:
        """The rooms given (None: every joined room), and a problem for each not joined."""
        if not self.settings.rooms:
            return None, []
        rooms = [await self._room_id(room) for room in self.settings.rooms]
        problems = [
            translate("Live", "room {room}: the account has not joined it").format(room=given)
            for given, room in zip(self.settings.rooms, rooms, strict=True)
            if room not in joined
        ]
        return [room for room in rooms if room in joined], problems

    # Pull

    async def pull(self, cursor: dict[str, Any]) -> AsyncIterator[Page]:
        joined = await self._joined()
        rooms, problems = await self._followed(joined)
        since = _text(cursor.get("since")) or None
        params: dict[str, Any] = {
            "filter": orjson.dumps(_filter(rooms)).decode(),
            "timeout": 0,
        }
        if since:
            params["since"] = since
        answer = _dict(await self.api.json("GET", f"{CLIENT}/sync", params=params))
        next_batch = answer.get("next_batch")
        timelines = _dict(answer.get("rooms")).get("join", {})
        if not isinstance(next_batch, str) or not next_batch or not isinstance(timelines, dict):
            raise _malformed(self.api.name, "/sync")
        state = dict(cursor)
        wanted = set(rooms if rooms is not None else joined)
        present = [room for room in timelines if room in wanted]
        for number, room in enumerate(present):
            entry = _dict(timelines[room])
            timeline = _dict(entry.get("timeline"))
            events = _list(_dict(entry.get("state")).get("events")) + _list(timeline.get("events"))
            records, found = await self._records(room, events)
            done = 0.8 * number / len(present)
            yield Page(records, dict(state), done=done, problems=[*problems, *found])
            problems = []
            gap = _text(timeline.get("prev_batch"))
            if timeline.get("limited") is True and gap:
                async for page in self._history(room, gap, since, state):
                    yield page
        state["since"] = next_batch
        yield Page([], dict(state), done=0.8, problems=problems)
        async for page in self._reports(set(rooms if rooms is not None else joined), state):
            yield page

    async def _history(
        self, room: str, start: str, until: str | None, state: dict[str, Any]
    ) -> AsyncIterator[Page]:
        """The room's events before ``start`` (back to ``until``), newest first, bounded."""
        read, token = 0, start
        while read < HISTORY:
            params: dict[str, Any] = {
                "dir": "b",
                "from": token,
                "limit": min(PAGE, HISTORY - read),
                "filter": orjson.dumps({"types": list(TYPES), "lazy_load_members": True}).decode(),
            }
            if until:
                params["to"] = until
            answer = _dict(
                await self.api.json("GET", f"{CLIENT}/rooms/{_q(room)}/messages", params=params)
            )
            chunk = answer.get("chunk")
            if not isinstance(chunk, list):
                raise _malformed(self.api.name, "/messages")
            records, found = await self._records(room, [*_list(answer.get("state")), *chunk])
            yield Page(records, dict(state), problems=found)
            read += len(chunk)
            end = answer.get("end")
            if not chunk or not isinstance(end, str) or end == token:
                return
            token = end

    async def _records(
        self, room: str, events: list[Any]
    ) -> tuple[list[MemberRecord | ItemRecord], list[str]]:
        """Members and items from a room's events, and a problem for each event left out."""
        records: list[MemberRecord | ItemRecord] = []
        problems: list[str] = []
        edited: list[str] = []
        for event in events:
            if isinstance(event, dict) and event.get("type") == "m.room.message":
                with suppress(RecordProblem):
                    edited.extend(self._remember_edit(room, event))
        made: set[str] = set()
        for event in events:
            if not isinstance(event, dict):
                problems.append(f"{room}: an event that is not an object: {shown(event)}")
                continue
            try:
                if event.get("type") == "m.room.member":
                    records.extend(_member(event))
                elif event.get("type") == "m.room.message" and not _edit_of(event):
                    item = _item(room, event, self._edits)
                    made.add(item.external_id)
                    records.append(item)
            except RecordProblem as problem:
                problems.append(f"{room}/{shown(event.get('event_id'))}: {problem}")
        # An edit of a message this page does not hold: the original, with the edit, updates
        # the item (a page of older history that holds it later applies the edit too).
        for original in dict.fromkeys(edited):
            if original in made:
                continue
            try:
                found = await self._event(room, original.partition("/")[2])
                records.append(_item(room, found, self._edits))
            except LiveError as error:
                if error.problem not in (Problem.GONE, Problem.FORBIDDEN):
                    raise
                problems.append(f"{original}: {error}")
            except RecordProblem as problem:
                problems.append(f"{original}: {problem}")
        return records, problems

    def _remember_edit(self, room: str, event: dict[str, Any]) -> list[str]:
        """Keep an edit as the latest of its original (by the time it was sent); returns the
        original's item id, or nothing if the event is no edit."""
        original = _edit_of(event)
        if original is None:
            return []
        key = f"{room}/{original}"
        known = self._edits.get(key)
        if known is None or _sent(known) <= _sent(event):
            self._edits[key] = event
        return [key]

    async def _event(self, room: str, event: str) -> dict[str, Any]:
        found = await self.api.json("GET", f"{CLIENT}/rooms/{_q(room)}/event/{_q(event)}")
        if not isinstance(found, dict):
            raise _malformed(self.api.name, f"the event {event}")
        return found

    # Reports

    async def _reports(self, rooms: set[str], state: dict[str, Any]) -> AsyncIterator[Page]:
        """Reports newer than the last one read, in the followed rooms, as reported items.

        The admin API answers 403 to an account that is not a server admin (and 404 where the
        server is not Synapse): then there are no reports to read, and nothing is said.
        """
        after = state.get("reports_after")
        after = after if isinstance(after, int) and not isinstance(after, bool) else -1
        fresh: list[dict[str, Any]] = []
        start = 0
        while len(fresh) < MAX_REPORTS:
            try:
                answer = await self.api.json(
                    "GET", REPORTS, params={"dir": "b", "from": start, "limit": PAGE}
                )
            except LiveError as error:
                if error.problem in (Problem.FORBIDDEN, Problem.GONE):
                    return
                raise
            reports = _dict(answer).get("event_reports")
            if not isinstance(reports, list):
                raise _malformed(self.api.name, "event_reports")
            older = False
            for report in reports:
                number = _dict(report).get("id")
                if not isinstance(number, int) or isinstance(number, bool):
                    continue
                if number <= after:
                    older = True
                    break
                fresh.append(report)
            following = _dict(answer).get("next_token")
            if older or not reports or not isinstance(following, int) or following <= start:
                break
            start = following
        if not fresh:
            return
        newest = max(int(report["id"]) for report in fresh)
        by_event: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for report in reversed(fresh):  # oldest first
            room, event = _text(report.get("room_id")), _text(report.get("event_id"))
            if room in rooms and event.startswith("$"):
                by_event.setdefault((room, event), []).append(report)
        records: list[MemberRecord | ItemRecord] = []
        problems: list[str] = []
        for (room, event), reported in by_event.items():
            try:
                found = await self._event(room, event)
                records.extend(await self._sender(room, found))
                records.append(_item(room, found, self._edits, reports=reported))
            except LiveError as error:
                if error.problem not in (Problem.GONE, Problem.FORBIDDEN):
                    raise
                problems.append(f"{room}/{event}: {error}")
            except RecordProblem as problem:
                problems.append(f"{room}/{event}: {problem}")
        state["reports_after"] = newest
        yield Page(records, dict(state), done=1.0, problems=problems)

    async def _sender(self, room: str, event: dict[str, Any]) -> list[MemberRecord]:
        """The sender of a reported event as the room's state names them (a report may be of
        an event older than any timeline read)."""
        sender = _matrix_id(event.get("sender"), "@", "sender")
        try:
            content = await self.api.json(
                "GET", f"{CLIENT}/rooms/{_q(room)}/state/m.room.member/{_q(sender)}"
            )
        except LiveError as error:
            if error.problem not in (Problem.GONE, Problem.FORBIDDEN):
                raise
            return []
        name = _dict(content).get("displayname")
        if not isinstance(name, str) or not name.strip():
            return []
        return [
            MemberRecord(
                network=NETWORK,
                external_id=sender,
                handle=_localpart(sender),
                display_name=bounded(name.strip(), "displayname")[:MAX_ID],
            )
        ]

    # Push

    async def push(self, order: Order) -> Outcome:
        room, event = _room_and_event(order.item)
        if order.action == "approve":
            return Outcome()  # nothing to undo on Matrix: the message is there as it was
        if order.action in ("remove", "spam"):
            reason = (
                translate("Live", "Spam")
                if order.action == "spam"
                else translate("Live", "Removed by the moderators")
            )
            await self.api.json(
                "PUT",
                f"{CLIENT}/rooms/{_q(room)}/redact/{_q(event)}/{_q(order.id)}",
                json={"reason": reason},
            )
            return Outcome()
        if order.action in ("kick", "ban"):
            return await self._act_on_author(order, room)
        if order.action == "reply":
            return await self._reply(order, room, event)
        if order.action == "restore":
            if order.detail.get("of") == "approve":
                return Outcome()
            raise LiveError(
                Problem.REFUSED, translate("Live", "A removal cannot be taken back on Matrix.")
            )
        raise LiveError(
            Problem.REFUSED,
            translate("Live", "Matrix cannot {action} from the workbench.").format(
                action=order.action
            ),
        )

    async def _act_on_author(self, order: Order, room: str) -> Outcome:
        member = order.author
        if not member or not member.startswith("@"):
            raise LiveError(
                Problem.REFUSED,
                translate("Live", "The message has no author on Matrix to {action}.").format(
                    action=order.action
                ),
            )
        if order.attempts and await self._membership(room, member) in (
            ("ban",) if order.action == "ban" else ("leave", "ban")
        ):
            return Outcome()  # an earlier try went through before its answer was lost
        body: dict[str, str] = {"user_id": member}
        reason = str(order.detail.get("reason") or "").strip()
        if reason:
            body["reason"] = reason
        await self.api.json("POST", f"{CLIENT}/rooms/{_q(room)}/{order.action}", json=body)
        return Outcome()

    async def _membership(self, room: str, member: str) -> str:
        try:
            content = await self.api.json(
                "GET", f"{CLIENT}/rooms/{_q(room)}/state/m.room.member/{_q(member)}"
            )
        except LiveError as error:
            if error.problem is not Problem.GONE:
                raise
            return "leave"  # never a member: nothing to kick
        return _text(_dict(content).get("membership"))

    async def _reply(self, order: Order, room: str, event: str) -> Outcome:
        text = str(order.detail.get("text") or "")
        relation: dict[str, Any] = {"m.in_reply_to": {"event_id": event}}
        root = (order.thread or "").partition("/")[2]
        if root.startswith("$"):  # in a thread: the reply stays in it
            relation.update(rel_type="m.thread", event_id=root, is_falling_back=False)
        sent = await self.api.json(
            "PUT",
            f"{CLIENT}/rooms/{_q(room)}/send/m.room.message/{_q(order.id)}",
            json={"msgtype": "m.text", "body": text, "m.relates_to": relation},
        )
        made = _dict(sent).get("event_id")
        return Outcome(remote=f"{room}/{made}" if isinstance(made, str) else None)


def _member(event: dict[str, Any]) -> list[MemberRecord]:
    """A member as an ``m.room.member`` event names them; a leave or a ban says nothing about
    the name, and an invite names someone who has not joined, so only joins count."""
    user = _matrix_id(event.get("state_key"), "@", "state_key")
    content = _dict(event.get("content"))
    if content.get("membership") != "join":
        return []
    name = content.get("displayname")
    shown_name = name.strip() if isinstance(name, str) and name.strip() else _localpart(user)
    return [
        MemberRecord(
            network=NETWORK,
            external_id=user,
            handle=_localpart(user),
            display_name=bounded(shown_name, "displayname")[:MAX_ID],
        )
    ]


def _edit_of(event: dict[str, Any]) -> str | None:
    """The event id an edit replaces (``m.replace``), None for any other event."""
    relation = _dict(_dict(event.get("content")).get("m.relates_to"))
    if relation.get("rel_type") != "m.replace":
        return None
    return _matrix_id(relation.get("event_id"), "$", "m.relates_to.event_id")


def _sent(event: dict[str, Any]) -> int:
    stamp = event.get("origin_server_ts")
    return stamp if isinstance(stamp, int) and not isinstance(stamp, bool) else 0


def _item(
    room: str,
    event: dict[str, Any],
    edits: dict[str, dict[str, Any]],
    *,
    reports: list[dict[str, Any]] | None = None,
) -> ItemRecord:
    """A message as an item, with its latest edit: the one the server bundles or one in
    ``edits`` (by item id), whichever is newer, and only an edit by the message's sender.
    ``reports``: the event reports on it, which queue it as reported."""
    event_id = _matrix_id(event.get("event_id"), "$", "event_id")
    sender = _matrix_id(event.get("sender"), "@", "sender")
    created = unix_time(event.get("origin_server_ts"), "origin_server_ts", per_second=1000)
    content = _dict(event.get("content"))
    relation = _dict(content.get("m.relates_to"))
    edit = _dict(_dict(_dict(event.get("unsigned")).get("m.relations")).get("m.replace"))
    seen = edits.get(f"{room}/{event_id}")
    if seen is not None and _sent(seen) >= _sent(edit):
        edit = seen
    shown_content = content
    new_content = _dict(_dict(edit.get("content")).get("m.new_content"))
    if new_content and edit.get("sender") == sender:
        shown_content = new_content
    body = _without_fallback(bounded(_text(shown_content.get("body")), "body"))
    html = ""
    if shown_content.get("format") == HTML:
        html = _without_html_fallback(
            bounded(_text(shown_content.get("formatted_body")), "formatted_body")
        )
    if html and not body.strip():
        body = html_to_text(html)
    thread = room
    if relation.get("rel_type") == "m.thread":
        thread = f"{room}/{_matrix_id(relation.get('event_id'), '$', 'm.relates_to.event_id')}"
    parent = None
    replied = _dict(relation.get("m.in_reply_to")).get("event_id")
    if isinstance(replied, str) and replied.startswith("$") and not relation.get("is_falling_back"):
        parent = f"{room}/{_matrix_id(replied, '$', 'm.in_reply_to.event_id')}"
    elif thread != room:
        parent = thread
    redacted = "redacted_because" in _dict(event.get("unsigned"))
    raw: dict[str, Any] = {
        "type": event.get("type"),
        "event_id": event_id,
        "room_id": room,
        "sender": sender,
        "origin_server_ts": event.get("origin_server_ts"),
        "content": {
            key: value
            for key, value in content.items()
            if key not in ("body", "formatted_body", "m.new_content")
        },
    }
    if shown_content is not content:
        raw["edited_by"] = edit.get("event_id")
    state = "deleted" if redacted else "published"
    if reports:
        state = "reported"
        raw["reports"] = [
            {
                "id": report.get("id"),
                "by": _text(report.get("user_id"))[:MAX_ID],
                "reason": _text(report.get("reason"))[:1000],
                "score": report.get("score") if isinstance(report.get("score"), int) else None,
                "received_ts": report.get("received_ts"),
            }
            for report in reports
        ]
    return ItemRecord(
        network=NETWORK,
        external_id=f"{room}/{event_id}",
        author_id=sender,
        kind="message",
        created_at=created // 1000,
        body=body,
        body_html=html or None,
        parent_external_id=parent,
        thread_external_id=thread,
        url=f"https://matrix.to/#/{_q(room)}/{_q(event_id)}",
        platform_state=state,
        report_count=len(reports or ()),
        raw=raw,
    )
