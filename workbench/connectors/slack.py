"""Slack workspace exports: users.json, channels.json and a folder of day files per channel.

A zip or its unpacked folder. users.json gives the members (e-mail addresses go only to
``MemberRecord.email``; they and phone numbers are left out of raw). An author users.json does
not list (a guest from another workspace) is described by the user_profile of the first message
that names them, or known by id alone. Bots are members named by their bot id. Deactivated
accounts keep their id: Slack still says who they were.

channels.json, groups.json, dms.json and mpims.json name the channels, whose folders hold
``YYYY-MM-DD.json`` files, each a JSON array of messages. A channel folder no list names (a
trimmed export) is taken by its folder name as the channel's id.

A message's ``ts`` is its id only within its channel, so items are named f"{channel}/{ts}";
a thread is named by its root, f"{channel}/{thread_ts}", and a reply's parent is that root.
Text is Slack markup, rendered readable: <@U123> becomes "@name" with the name from users.json,
<#C123|general> "#general", <url|label> "label (url)", and &amp;, &lt;, &gt; are decoded. Bot
posts whose text is in attachments get that text, and files shared the modern way are listed by
title, so that every message reads as it did in Slack.

Joins, leaves, topic changes and the like become "service" items: a burst of joins is something
a moderator looks at. Their body ends with the channel's name ("@ana has joined the channel
(#general)"), which Slack's text leaves to its view and without which one member's joins of
several channels would read as the same text posted again. Events about other messages
(message_changed, message_deleted, message_replied) are left out, since the export already holds
those messages as they ended; a deleted thread root ("tombstone") is kept as deleted.

File links' access tokens (``?t=xoxe-…``) are cut from raw, and so is a ``text`` that the body
holds word for word (common.without_columns); raw also gets "_channel" (id and name), which the
message itself does not carry.
"""

import re
from collections.abc import Iterator, Mapping
from typing import Any

from workbench.connectors.base import Connector, FormatError, Location, RecordProblem, Yielded
from workbench.connectors.common import (
    identifier,
    json_document,
    shown,
    text,
    unix_time,
    without_columns,
)
from workbench.connectors.inputs import Input
from workbench.core.records import ImportOptions, ItemRecord, MemberRecord

NETWORK = "slack"
USERS = "users.json"
CHANNEL_LISTS = ("channels.json", "groups.json", "dms.json", "mpims.json")
SERVICE_SUBTYPES = {
    "channel_join",
    "channel_leave",
    "channel_topic",
    "channel_purpose",
    "channel_name",
    "channel_archive",
    "channel_unarchive",
    "channel_convert_to_private",
    "channel_convert_to_public",
    "group_join",
    "group_leave",
    "group_topic",
    "group_purpose",
    "group_name",
    "group_archive",
    "group_unarchive",
    "bot_add",
    "bot_remove",
    "pinned_item",
    "unpinned_item",
    "reminder_add",
}
EVENT_SUBTYPES = {"message_changed", "message_deleted", "message_replied"}
PERSONAL_PROFILE_KEYS = ("email", "phone")
PROBED_DAY_FILES = 3

_DAY_FILE = re.compile(r"(?:^|/)([^/]+)/\d{4}-\d{2}-\d{2}\.json$")
_TS = re.compile(r"^\d+(?:\.\d+)?$")
_MARKUP = re.compile(r"<([^<>\n]*)>")
_TOKEN = re.compile(r"[?&](?:t|token)=xox[a-z]-[^&#]*")
_HEAD_TS = re.compile(rb'"ts"\s*:\s*"\d+\.\d+"')
_HEAD_USER = re.compile(rb'"id"\s*:\s*"[UW][A-Z0-9]{2,}"')
_HEAD_CHANNEL = re.compile(rb'"id"\s*:\s*"[CGD][A-Z0-9]{2,}"')


def _basename(member: str) -> str:
    return member.rsplit("/", 1)[-1].lower()


def _plain(record: Any, key: str) -> str:
    value = record.get(key) if isinstance(record, Mapping) else None
    return value.strip() if isinstance(value, str) else ""


def _without_personal(profile: Any) -> Any:
    if not isinstance(profile, Mapping):
        return profile
    return {key: value for key, value in profile.items() if key not in PERSONAL_PROFILE_KEYS}


def _without_tokens(file: Any) -> Any:
    """A file entry whose private links no longer carry the exporter's access token."""
    if not isinstance(file, Mapping):
        return file
    return {
        key: _TOKEN.sub("", value) if isinstance(value, str) else value
        for key, value in file.items()
    }


class _Names:
    """Who and what markup refers to: user and channel names by id."""

    def __init__(self) -> None:
        self.users: dict[str, str] = {}
        self.channels: dict[str, str] = {}

    def _replace(self, match: re.Match[str]) -> str:
        target, _, label = match.group(1).partition("|")
        if target.startswith("@"):
            name = self.users.get(target[1:]) or label.lstrip("@") or target[1:]
            return f"@{name}"
        if target.startswith("#"):
            return f"#{label or self.channels.get(target[1:]) or target[1:]}"
        if target.startswith("!"):
            # <!here>, <!channel>, <!subteam^S1|@team>, <!date^1392734382^{date}|Feb 18>
            return label or f"@{target[1:].split('^', 1)[0]}"
        if target.startswith("mailto:"):
            return label or target[len("mailto:") :]
        return f"{label} ({target})" if label and label != target else target

    def render(self, markup: str) -> str:
        """Slack markup as the reader saw it."""
        rendered = _MARKUP.sub(self._replace, markup)
        return rendered.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _display_name(user: Mapping[str, Any]) -> str:
    profile = user.get("profile")
    # users.json nests the names in "profile"; a message's user_profile has them at its top.
    return (
        _plain(profile, "display_name")
        or _plain(user, "display_name")
        or _plain(profile, "real_name")
        or _plain(user, "real_name")
        or _plain(user, "name")
    )


def user_member(user: Any) -> MemberRecord:
    """A member from users.json (or a message's user_profile, with ``user["id"]`` set)."""
    if not isinstance(user, dict):
        raise RecordProblem(None, "a user must be a JSON object")
    user_id = identifier(user, "id")
    profile = user.get("profile")
    email = _plain(profile, "email") or _plain(user, "email") or None
    raw = {key: value for key, value in user.items() if key not in PERSONAL_PROFILE_KEYS}
    if "profile" in raw:
        raw["profile"] = _without_personal(profile)
    return MemberRecord(
        network=NETWORK,
        external_id=user_id,
        handle=_plain(user, "name") or user_id,
        display_name=_display_name(user),
        email=email,
        raw=raw,
    )


def _bot_member(message: Mapping[str, Any], bot_id: str) -> MemberRecord:
    profile = message.get("bot_profile")
    name = _plain(message, "username") or _plain(profile, "name") or bot_id
    raw: dict[str, Any] = {"bot_id": bot_id, "is_bot": True}
    if name != bot_id:
        raw["username"] = name
    return MemberRecord(
        network=NETWORK, external_id=bot_id, handle=name, display_name=name, raw=raw
    )


def _text(message: Mapping[str, Any], markup: str, names: _Names) -> str:
    """The message's text, then what its attachments and modern file shares show."""
    parts = [names.render(markup)]
    for attachment in message.get("attachments") or []:
        if not isinstance(attachment, Mapping):
            continue
        shown = _plain(attachment, "text") or _plain(attachment, "fallback")
        for part in (_plain(attachment, "pretext"), _plain(attachment, "title"), shown):
            rendered = names.render(part)
            if rendered and rendered not in parts:
                parts.append(rendered)
    for file in message.get("files") or []:
        title = _plain(file, "title") or _plain(file, "name")
        if title:
            parts.append(f"[file: {title}]")
    return "\n".join(part for part in parts if part).strip()


class _Reading:
    """What one read has seen, and the names markup needs."""

    def __init__(self) -> None:
        self.members: set[str] = set()
        self.items: set[str] = set()
        self.names = _Names()


def _author(message: Mapping[str, Any], seen: _Reading) -> tuple[str | None, MemberRecord | None]:
    """The author's id, and a member record when this read has not yielded one for it yet."""
    comment = message.get("comment")
    user_id = _plain(message, "user") or _plain(comment, "user")
    if user_id:
        if user_id in seen.members:
            return user_id, None
        profile = message.get("user_profile")
        if isinstance(profile, dict):
            member = user_member({**profile, "id": user_id})
            seen.names.users.setdefault(user_id, member.display_name or member.handle)
            return user_id, member
        return user_id, MemberRecord(network=NETWORK, external_id=user_id, handle=user_id)
    bot_id = _plain(message, "bot_id")
    if bot_id:
        return bot_id, None if bot_id in seen.members else _bot_member(message, bot_id)
    return None, None


def convert(
    message: Any, channel_id: str, channel_name: str, seen: _Reading
) -> list[MemberRecord | ItemRecord]:
    """The author (if new) and the item of one message; nothing for events and repeats."""
    if not isinstance(message, dict):
        raise RecordProblem(None, "a message must be a JSON object")
    subtype = _plain(message, "subtype")
    if subtype in EVENT_SUBTYPES:
        return []
    ts = text(message, "ts", required=True).strip()
    if not _TS.match(ts):
        raise RecordProblem("ts", f"is not a Slack timestamp: {shown(ts)}")
    external_id = f"{channel_id}/{ts}"
    if external_id in seen.items:
        return []
    created = unix_time(ts, "ts")
    thread_ts = text(message, "thread_ts").strip()
    if thread_ts and not _TS.match(thread_ts):
        raise RecordProblem("thread_ts", f"is not a Slack timestamp: {shown(thread_ts)}")
    markup = text(message, "text")
    is_reply = bool(thread_ts) and thread_ts != ts
    thread = f"{channel_id}/{thread_ts}" if is_reply else external_id
    # The author first: a user_profile names them for their own mentions of themselves.
    author_id, member = _author(message, seen)
    body = _text(message, markup, seen.names)
    if subtype in SERVICE_SUBTYPES:
        # "@ana has joined the channel" says which channel only in Slack's own view.
        body = f"{body} (#{channel_name})"
    raw = without_columns(message, {"text": body})
    if "user_profile" in raw:
        raw["user_profile"] = _without_personal(raw["user_profile"])
    if "file" in raw:
        raw["file"] = _without_tokens(raw["file"])
    if isinstance(raw.get("files"), list):
        raw["files"] = [_without_tokens(file) for file in raw["files"]]
    raw["_channel"] = {"id": channel_id, "name": channel_name}
    item = ItemRecord(
        network=NETWORK,
        external_id=external_id,
        author_id=author_id,
        kind="service" if subtype in SERVICE_SUBTYPES else "reply" if is_reply else "message",
        created_at=created,
        body=body,
        parent_external_id=thread if is_reply else None,
        thread_external_id=thread,
        platform_state="deleted" if subtype == "tombstone" else "published",
        raw=raw,
    )
    records: list[MemberRecord | ItemRecord] = []
    if member is not None and author_id is not None:
        records.append(member)
        seen.members.add(author_id)
    seen.items.add(external_id)
    records.append(item)
    return records


class SlackConnector(Connector):
    name = "slack-export"
    label = "Slack workspace export"
    network = NETWORK
    detection = (
        "a zip or folder with users.json or channels.json and channel folders of YYYY-MM-DD.json "
        "day files holding messages with a 'ts' like \"1474823564.000002\""
    )

    def detect(self, source: Input) -> int:
        members = source.members()
        days = [member for member in members if _DAY_FILE.search(member)]
        heads = [source.head(member).lstrip() for member in days[:PROBED_DAY_FILES]]
        has_days = any(head.startswith(b"[") and _HEAD_TS.search(head) for head in heads)
        lists = 0
        for member in members:
            name = _basename(member)
            if name == USERS:
                head = source.head(member)
                lists += bool(b'"profile"' in head and _HEAD_USER.search(head))
            elif name == CHANNEL_LISTS[0]:
                lists += bool(_HEAD_CHANNEL.search(source.head(member)))
        if has_days:
            return 95 if lists else 75
        return 60 if lists >= 2 else 0

    def _lists(self, source: Input, name: str) -> list[str]:
        found = [member for member in source.members() if _basename(member) == name]
        return sorted(found, key=lambda member: (member.count("/"), member))

    def _array(self, source: Input, member: str) -> list[Any]:
        with source.open(member) as stream:
            document = json_document(stream, member)
        if not isinstance(document, list):
            raise FormatError(member, "must hold a JSON array")
        return document

    def _channels(self, source: Input, seen: _Reading) -> dict[str, tuple[str, str]]:
        """Channels by folder name (their name, or their id for direct messages)."""
        folders: dict[str, tuple[str, str]] = {}
        for list_name in CHANNEL_LISTS:
            for member in self._lists(source, list_name):
                for channel in self._array(source, member):
                    channel_id = _plain(channel, "id")
                    if not channel_id:
                        continue
                    name = _plain(channel, "name") or channel_id
                    seen.names.channels[channel_id] = name
                    folders.setdefault(channel_id, (channel_id, name))
                    folders.setdefault(name, (channel_id, name))
        return folders

    def _users(self, source: Input, seen: _Reading) -> Iterator[Yielded]:
        found = self._lists(source, USERS)
        if not found:
            return
        for number, user in enumerate(self._array(source, found[0]), start=1):
            try:
                member = user_member(user)
            except RecordProblem as problem:
                yield problem.at(Location(found[0], record=number))
                continue
            if member.external_id in seen.members:
                continue
            seen.members.add(member.external_id)
            seen.names.users[member.external_id] = member.display_name or member.handle
            yield member

    def read(self, source: Input, options: ImportOptions) -> Iterator[Yielded]:
        seen = _Reading()
        folders = self._channels(source, seen)
        yield from self._users(source, seen)
        for member in source.members():
            match = _DAY_FILE.search(member)
            if match is None:
                continue
            folder = match.group(1)
            channel_id, channel_name = folders.get(folder, (folder, folder))
            for number, message in enumerate(self._array(source, member), start=1):
                try:
                    yield from convert(message, channel_id, channel_name, seen)
                except RecordProblem as problem:
                    yield problem.at(Location(member, record=number))
