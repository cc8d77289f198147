"""Mastodon account archives: outbox.json (ActivityStreams), with actor.json beside it.

An archive holds one account's own posts, as a zip, its unpacked folder, or outbox.json alone.
Create activities of a Note (or of a poll, a Question) become items: "status", or "reply" when
inReplyTo is set, named by the Note's id URL, which is unique across the fediverse. Announce
activities (boosts) become "boost" items named by the Announce's id: what an account amplified
matters to a moderator as much as what it wrote. A boost's body names the boosted post's URL,
which is also its url. Other activities are not posts and are left out.

Content warnings: the warning (``summary``) is what readers see first and what a moderator
searches for, so the body starts with "CW: <warning>" and a blank line before the text;
body_html is the content alone, and raw keeps the activity as given (summary, sensitive, tags,
attachments, audience), less the post's ``content`` and its one-language ``contentMap``, which
body_html and language hold word for word (common.without_columns).

Threads: parent is inReplyTo, which may be outside the archive. The thread is the top of the reply
chain as far as the archive shows it (outboxes list the oldest post first): a reply to one of the
account's posts joins that post's thread, a reply to a post outside the archive starts its thread
at that post.

The member is the archive's actor: actor.json when present, else the posts' attributedTo URL.
``totalItems`` is not trusted (a real archive says 19 and holds 18).
"""

import re
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import urlsplit

from workbench.connectors.base import Connector, FormatError, Location, RecordProblem, Yielded
from workbench.connectors.common import (
    html_to_text,
    identifier,
    iso_time,
    json_document,
    json_items,
    text,
    without_columns,
)
from workbench.connectors.inputs import Input
from workbench.core.records import ImportOptions, ItemRecord, MemberRecord

NETWORK = "mastodon"
OUTBOX = "outbox.json"
ACTOR = "actor.json"
POST_TYPES = {"Note", "Question"}
MAX_PROBED = 10
"""JSON files looked at when no file is named outbox.json (a renamed outbox)."""
ACTOR_NOISE = ("@context", "publicKey")
"""Parts of actor.json kept out of the member's raw: JSON-LD boilerplate and the server's key."""

_COLLECTION = re.compile(rb'"type"\s*:\s*"OrderedCollection"')
_ACTIVITY = re.compile(rb'"type"\s*:\s*"(?:Create|Announce)"')


def _basename(member: str) -> str:
    return member.rsplit("/", 1)[-1].lower()


def _score(member: str, head: bytes) -> int:
    """How surely ``head`` starts an outbox: activities seen, or an empty one named outbox.json."""
    if (
        b'"orderedItems"' not in head
        or b"activitystreams" not in head
        or not _COLLECTION.search(head)
    ):
        return 0
    named = _basename(member) == OUTBOX
    if _ACTIVITY.search(head):
        return 95 if named else 85
    # likes.json and bookmarks.json are OrderedCollections too, of bare links.
    return 70 if named else 0


def _ref(value: Any) -> str | None:
    """The URL an ActivityStreams reference names: a link, or an object with an id."""
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, Mapping):
        found = value.get("id") or value.get("href")
        if isinstance(found, str) and found.strip():
            return found.strip()
    return None


def _url(value: Any) -> str | None:
    """A post's web address: a link, a Link object, or the first of a list of them."""
    if isinstance(value, list):
        return next((url for url in map(_ref, value) if url), None)
    return _ref(value)


def _plain(record: Mapping[str, Any], key: str) -> str:
    value = record.get(key)
    return value.strip() if isinstance(value, str) else ""


def _handle(username: str, actor_url: str) -> str:
    try:
        host = urlsplit(actor_url).hostname
    except ValueError:  # e.g. "https://[broken" from an odd server
        host = None
    return f"@{username}@{host}" if host else f"@{username}"


def _member(author_url: str, actor: Mapping[str, Any] | None) -> MemberRecord:
    """The archive's actor from actor.json, or a member known only by its URL."""
    if actor is not None and _ref(actor.get("id")) == author_url:
        username = _plain(actor, "preferredUsername") or author_url.rstrip("/").rsplit("/", 1)[-1]
        return MemberRecord(
            network=NETWORK,
            external_id=author_url,
            handle=_handle(username, author_url),
            display_name=_plain(actor, "name") or username,
            profile_url=_url(actor.get("url")),
            raw={key: value for key, value in actor.items() if key not in ACTOR_NOISE},
        )
    username = author_url.rstrip("/").rsplit("/", 1)[-1].lstrip("@")
    return MemberRecord(
        network=NETWORK,
        external_id=author_url,
        handle=_handle(username, author_url),
        display_name=username,
        raw={"id": author_url},
    )


def _language(note: Mapping[str, Any]) -> str | None:
    languages = note.get("contentMap")
    if isinstance(languages, Mapping) and len(languages) == 1:
        return str(next(iter(languages)))
    return None


def _body(note: Mapping[str, Any], content: str) -> str:
    """The readable text: content warning first, then the text, then a poll's options."""
    body = html_to_text(content)
    options = note.get("oneOf") or note.get("anyOf")
    if isinstance(options, list):
        names = [_plain(option, "name") for option in options if isinstance(option, Mapping)]
        body = "\n".join([body, *(f"- {name}" for name in names if name)]).strip()
    warning = text(note, "summary").strip()
    return f"CW: {warning}\n\n{body}" if warning else body


class _Reading:
    """What one read has seen: members, items, and the thread each post belongs to."""

    def __init__(self) -> None:
        self.members: set[str] = set()
        self.items: set[str] = set()
        self.threads: dict[str, str] = {}


def _note_item(
    activity: Mapping[str, Any], note: Mapping[str, Any], author_id: str | None, seen: _Reading
) -> ItemRecord | None:
    note_id = identifier(note, "id")
    if note_id in seen.items:
        return None
    created = iso_time(note.get("published") or activity.get("published"), "published")
    content = text(note, "content")
    parent = _ref(note.get("inReplyTo"))
    thread = seen.threads.get(parent, parent) if parent else note_id
    language = _language(note)
    lean = without_columns(note, {"content": content, "contentMap": {language: content}})
    return ItemRecord(
        network=NETWORK,
        external_id=note_id,
        author_id=author_id,
        kind="reply" if parent else "status",
        created_at=created,
        body=_body(note, content),
        body_html=content,
        parent_external_id=parent,
        thread_external_id=thread,
        url=_url(note.get("url")) or note_id,
        language=language,
        raw={**activity, "object": lean} if activity.get("object") is note else activity,
    )


def _boost_item(
    activity: Mapping[str, Any], author_id: str | None, seen: _Reading
) -> ItemRecord | None:
    boost_id = identifier(activity, "id")
    if boost_id in seen.items:
        return None
    boosted = _ref(activity.get("object"))
    if boosted is None:
        raise RecordProblem("object", "names no boosted post")
    return ItemRecord(
        network=NETWORK,
        external_id=boost_id,
        author_id=author_id,
        kind="boost",
        created_at=iso_time(activity.get("published"), "published"),
        body=f"Boosted {boosted}",
        thread_external_id=boost_id,
        url=boosted,
        raw=activity,
    )


def convert(
    activity: Any, actor: Mapping[str, Any] | None, seen: _Reading
) -> list[MemberRecord | ItemRecord]:
    """The member (if new) and the item of one activity; nothing for activities that are not
    posts and for a post already read."""
    if not isinstance(activity, dict):
        raise RecordProblem(None, "an activity must be a JSON object")
    kind = activity.get("type")
    if kind == "Create":
        note = activity.get("object")
        if not isinstance(note, dict):
            raise RecordProblem("object", "is not an embedded post")
        if note.get("type") not in POST_TYPES:
            return []
        author_id = _ref(note.get("attributedTo")) or _ref(activity.get("actor"))
        try:
            item = _note_item(activity, note, author_id, seen)
        except RecordProblem as problem:
            field = f"object.{problem.field}" if problem.field else "object"
            raise RecordProblem(field, problem.message) from None
    elif kind == "Announce":
        author_id = _ref(activity.get("actor"))
        item = _boost_item(activity, author_id, seen)
    else:
        return []
    if item is None:
        return []
    records: list[MemberRecord | ItemRecord] = []
    if author_id is not None and author_id not in seen.members:
        records.append(_member(author_id, actor))
        seen.members.add(author_id)
    seen.items.add(item.external_id)
    if item.thread_external_id is not None:
        seen.threads[item.external_id] = item.thread_external_id
    records.append(item)
    return records


class MastodonConnector(Connector):
    name = "mastodon-archive"
    label = "Mastodon account archive (outbox.json)"
    network = NETWORK
    detection = (
        "an ActivityStreams OrderedCollection (outbox.json) whose orderedItems are Create or "
        "Announce activities, alone or in an archive with actor.json"
    )

    def _candidates(self, source: Input) -> list[str]:
        files = source.find(".json")
        named = [member for member in files if _basename(member) == OUTBOX]
        return named or files[:MAX_PROBED]

    def detect(self, source: Input) -> int:
        return max(
            (_score(member, source.head(member)) for member in self._candidates(source)),
            default=0,
        )

    def _outboxes(self, source: Input) -> list[str]:
        """Files named outbox.json (read even when broken, to say so), else renamed outboxes."""
        return [
            member
            for member in self._candidates(source)
            if _basename(member) == OUTBOX or _score(member, source.head(member)) > 0
        ]

    def _actor(self, source: Input, outbox: str) -> Mapping[str, Any] | None:
        folder = outbox.rsplit("/", 1)[0] + "/" if "/" in outbox else ""
        found = [m for m in source.members() if m.lower() == f"{folder}{ACTOR}".lower()]
        if not found:
            return None
        with source.open(found[0]) as stream:
            actor = json_document(stream, found[0])
        if not isinstance(actor, dict) or _ref(actor.get("id")) is None:
            raise FormatError(found[0], "is not an ActivityPub actor (an object with an id)")
        return actor

    def read(self, source: Input, options: ImportOptions) -> Iterator[Yielded]:
        seen = _Reading()
        for outbox in self._outboxes(source):
            actor = self._actor(source, outbox)
            count = 0
            with source.open(outbox) as stream:
                for count, activity in json_items(stream, "orderedItems.item", outbox):
                    try:
                        yield from convert(activity, actor, seen)
                    except RecordProblem as problem:
                        yield problem.at(Location(outbox, record=count))
            if count == 0 and b'"orderedItems"' not in source.head(outbox):
                raise FormatError(outbox, "has no orderedItems; it is not a Mastodon outbox")
