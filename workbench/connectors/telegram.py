"""Telegram chats exported by Telegram Desktop as JSON (result.json).

Two layouts: one chat (``{"name", "type", "id", "messages": [...]}``), or a whole account
(``{"about", "personal_information", …, "chats": {"list": [chat, …]}, "left_chats": …}``). Only
the chats are read; the account's own profile, contacts and sessions are not community content
and hold phone numbers and IP addresses, so they are never touched.

How the export maps onto the workbench, and why:

- A chat is named the way Telegram Desktop names peers in ``from_id``: ``user<id>`` for personal
  and bot chats, ``chat<id>`` for basic groups, ``channel<id>`` for supergroups and channels. The
  bare ids of these three kinds come from separate counters and can coincide, and a cross-chat
  reply's ``reply_to_peer_id`` is written the same way, so the prefix keeps ids apart and lets
  such replies link up.
- Message ids count per chat (and, in personal chats and basic groups, per account), so an item
  is ``<chat>/<message id>``, e.g. ``channel1292077344/14``.
- The chat is the thread: each chat gets one item of kind "chat" (``chat/<chat>``, titled with
  the chat's name, no author, dated by the chat's first message, as the export gives no creation
  time), and every message names it as ``thread_external_id``.
- ``reply_to_message_id`` is the parent, in the same chat unless ``reply_to_peer_id`` says
  otherwise. Messages are kind "message", or "reply" when they have a parent.
- Service messages (joins, invitations, pins, title changes, …) are kind "service" items by their
  ``actor``, with an empty body: the action stays in ``raw``.
- Members are the ``from_id``/``actor_id`` peers, named by ``from``/``actor``. The export has no
  user names (@handles), so the shown name is the handle; an account deleted since has a null
  name and keeps its id.
- ``text`` is a string or a list of strings and entity objects; the body joins their text, and a
  text link shows its target after it, as moderators must see where a link really leads. A
  poll without text has its question as body.
- Times: ``date_unixtime`` where the export has it (Desktop 3.x and later); older exports only
  have ``date``, the exporting computer's local time without a zone, taken here as UTC.
- ``raw`` is the message, without the phone number of a shared contact, and without a plain
  ``text`` (and its ``text_entities``) that the body holds word for word.

Messages are streamed one by one with ijson's event parser; no chat is ever held whole.
"""

import io
from collections.abc import Iterator
from typing import IO, Any

from workbench.connectors.base import (
    FormatError,
    HeadScoredConnector,
    Location,
    RecordProblem,
    Yielded,
)
from workbench.connectors.common import (
    ValueBuilder,
    bounded,
    identifier,
    iso_time,
    json_events,
    shown,
    text,
    unix_time,
    without_columns,
)
from workbench.connectors.inputs import Input
from workbench.core.records import ImportOptions, ItemRecord, MemberRecord

NETWORK = "telegram"
USER_CHATS = frozenset({"personal_chat", "bot_chat", "saved_messages", "replies"})
GROUP_CHATS = frozenset({"private_group"})
CHANNEL_CHATS = frozenset(
    {"private_supergroup", "public_supergroup", "private_channel", "public_channel"}
)
CHAT_TYPES = USER_CHATS | GROUP_CHATS | CHANNEL_CHATS
PEER_PREFIXES = ("user", "chat", "channel")
ACCOUNT_KEYS = frozenset(
    {
        "personal_information",
        "profile_pictures",
        "stories",
        "contacts",
        "frequent_contacts",
        "sessions",
        "web_sessions",
        "other_data",
    }
)

CHAT_ROOTS = ("chats.list.item", "left_chats.list.item")
CHAT_KEYS = {
    f"{root}{key}": key
    for root in ("", *(f"{chat}." for chat in CHAT_ROOTS))
    for key in ("name", "type", "id")
}
MESSAGE_PREFIXES = frozenset({"messages.item", *(f"{chat}.messages.item" for chat in CHAT_ROOTS)})
SCALAR_EVENTS = frozenset({"null", "boolean", "integer", "double", "number", "string"})


class Chat:
    """One chat of the export: its scope for item ids, and its thread item."""

    def __init__(self, header: dict[str, Any]) -> None:
        self.header = header
        self.type = header.get("type") if isinstance(header.get("type"), str) else ""
        bare = identifier(header, "id")
        if self.type in USER_CHATS:
            self.scope = f"user{bare}"
        elif self.type in GROUP_CHATS:
            self.scope = f"chat{bare}"
        elif self.type in CHANNEL_CHATS:
            self.scope = f"channel{bare}"
        else:
            self.scope = bare
        self.bare_id = bare
        self.thread = f"chat/{self.scope}"

    def url(self, message_id: str) -> str | None:
        """A t.me link: it opens for members of supergroups and channels only."""
        if self.type in CHANNEL_CHATS and message_id.isdigit():
            return f"https://t.me/c/{self.bare_id}/{message_id}"
        return None

    def item(self, created_at: int) -> ItemRecord:
        return ItemRecord(
            network=NETWORK,
            external_id=self.thread,
            author_id=None,
            kind="chat",
            created_at=created_at,
            title=text(self.header, "name"),
            thread_external_id=self.thread,
            raw=dict(self.header),
        )


def _peer(record: dict[str, Any], key: str) -> str | None:
    """A peer id as "user123"; exports before Desktop 2.x wrote a bare user number."""
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return f"user{value}"
    if isinstance(value, str) and value.startswith(PEER_PREFIXES) and value.strip():
        return value.strip()
    raise RecordProblem(key, f"is not a Telegram peer id: {shown(value)}")


def _time(record: dict[str, Any]) -> int:
    """Unix seconds: ``date_unixtime`` is exact, ``date`` (older exports) has no zone."""
    if record.get("date_unixtime") is not None:
        return unix_time(record["date_unixtime"], "date_unixtime")
    return iso_time(record.get("date"), "date")


def _part(part: Any) -> str:
    """One piece of a message's text; a text link keeps its real target beside its label."""
    if isinstance(part, str):
        return part
    if not isinstance(part, dict) or not isinstance(part.get("text", ""), str):
        raise RecordProblem("text", "a part must be a string or an entity with 'text'")
    value: str = part.get("text", "")
    href = part.get("href")
    if part.get("type") == "text_link" and isinstance(href, str) and href and href not in value:
        stripped = value.rstrip()
        return f"{stripped} ({href}){value[len(stripped) :]}"
    return value


def message_text(value: Any) -> str:
    """The plain text of a message's ``text``: a string, or a list of strings and entities."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(_part(part) for part in value)
    raise RecordProblem("text", f"expected text or a list of parts, got {type(value).__name__}")


def _raw(record: dict[str, Any], body: str) -> dict[str, Any]:
    """The message as stored: a shared contact's phone number is a third person's, so it goes;
    a plain text the body holds word for word goes too, as ``text`` and as its one plain part
    in ``text_entities`` (common.without_columns). Formatted text (a list of parts) stays."""
    kept = without_columns(
        record, {"text": body, "text_entities": [{"type": "plain", "text": body}]}
    )
    contact = record.get("contact_information")
    if isinstance(contact, dict) and "phone_number" in contact:
        kept["contact_information"] = {k: v for k, v in contact.items() if k != "phone_number"}
    return kept


def _parent(record: dict[str, Any], chat: Chat) -> str | None:
    """The replied-to message, in this chat unless the reply names another one."""
    reply = record.get("reply_to_message_id")
    if reply is None:
        return None
    reply_id = identifier(record, "reply_to_message_id")
    scope = _peer(record, "reply_to_peer_id") or chat.scope
    return f"{scope}/{reply_id}"


def convert(record: Any, chat: Chat, seen_authors: set[str]) -> list[MemberRecord | ItemRecord]:
    """The author (if new) and the item of one message; nothing for unsupported media, which
    Telegram Desktop writes as a bare id and type."""
    if not isinstance(record, dict):
        raise RecordProblem(None, "a message must be a JSON object")
    message_id = identifier(record, "id")
    message_type = text(record, "type")
    if message_type == "unsupported":
        return []
    created = _time(record)
    service = message_type == "service"
    name_key = "actor" if service else "from"
    author_id = _peer(record, f"{name_key}_id")
    name = text(record, name_key)
    body = "" if service else bounded(message_text(record.get("text")), "text")
    poll = record.get("poll")
    if not body and isinstance(poll, dict):
        body = text(poll, "question")
    parent = None if service else _parent(record, chat)

    records: list[MemberRecord | ItemRecord] = []
    if author_id is not None and author_id not in seen_authors:
        records.append(
            MemberRecord(
                network=NETWORK,
                external_id=author_id,
                handle=name or author_id,
                display_name=name,
                raw={"id": author_id, "name": record.get(name_key)},
            )
        )
    records.append(
        ItemRecord(
            network=NETWORK,
            external_id=f"{chat.scope}/{message_id}",
            author_id=author_id,
            kind="service" if service else "reply" if parent else "message",
            created_at=created,
            body=body,
            parent_external_id=parent,
            thread_external_id=chat.thread,
            url=chat.url(message_id),
            raw=_raw(record, body),
        )
    )
    if author_id is not None:
        seen_authors.add(author_id)
    return records


def _messages(stream: IO[bytes], member: str) -> Iterator[tuple[int, dict[str, Any], Any]]:
    """Numbered messages with the header (name, type, id) of the chat they belong to.

    The chat's header precedes its messages in every export, so one pass of ijson's events is
    enough, whether the file holds one chat or a whole account."""
    header: dict[str, Any] = {}
    values = ValueBuilder()
    number = 0
    try:
        for prefix, event, value in json_events(stream, member):
            was_building = values.building
            done, built = values.feed(event, value)
            if was_building:
                if done:
                    yield number, header, built
            elif prefix in MESSAGE_PREFIXES:
                number += 1
                if "id" not in header:
                    raise FormatError(
                        Location(member, record=number), "the chat's messages come before its id"
                    )
                if not values.start(event, value):
                    yield number, header, value
            elif event == "start_map" and prefix in CHAT_ROOTS:
                header = {}
            elif prefix in CHAT_KEYS and event in SCALAR_EVENTS:
                header[CHAT_KEYS[prefix]] = value
    except FormatError as exc:
        if isinstance(exc.location, Location):
            raise
        where = Location(member, record=number if values.building else number + 1)
        raise FormatError(where, exc.message) from None


def _score(head: bytes) -> int:
    """How surely a file's first bytes are a Telegram Desktop export."""
    keys: dict[str, Any] = {}
    try:
        for prefix, event, value in json_events(io.BytesIO(head), "head", head=True):
            if prefix == "" and event == "map_key":
                keys[value] = None
                if value in ("messages", "chats", "left_chats"):
                    break
            elif prefix in ("type", "id", "about") and event in SCALAR_EVENTS:
                keys[prefix] = value
            elif prefix == "" and event not in ("start_map", "end_map"):
                return 0
    except FormatError:
        return 0  # nested deeper than any export
    except ValueError:
        pass
    if "messages" in keys:
        known_type = keys.get("type") in CHAT_TYPES
        numeric_id = isinstance(keys.get("id"), int)
        return 95 if known_type and numeric_id else 0
    if isinstance(keys.get("about"), str) and next(iter(keys), None) == "about":
        if "chats" in keys or "left_chats" in keys:
            return 95
        if ACCOUNT_KEYS & keys.keys():
            return 80
    return 0


class TelegramConnector(HeadScoredConnector):
    name = "telegram-desktop"
    label = "Telegram chats (Telegram Desktop JSON export)"
    network = NETWORK
    detection = (
        "Telegram Desktop's result.json: one chat with 'name', a Telegram chat 'type', a "
        "numeric 'id' and 'messages', or a whole account starting with 'about' and holding "
        "'chats'"
    )

    score = staticmethod(_score)

    def read(self, source: Input, options: ImportOptions) -> Iterator[Yielded]:
        seen_authors: set[str] = set()
        seen_chats: set[str] = set()
        for member in self.files(source):
            chat: Chat | None = None
            with source.open(member) as stream:
                for number, header, record in _messages(stream, member):
                    try:
                        if chat is None or chat.header is not header:
                            chat = Chat(header)
                        records = convert(record, chat, seen_authors)
                    except RecordProblem as problem:
                        yield problem.at(Location(member, record=number))
                        continue
                    item = records[-1] if records else None
                    if isinstance(item, ItemRecord) and chat.thread not in seen_chats:
                        seen_chats.add(chat.thread)
                        yield chat.item(item.created_at)
                    yield from records
