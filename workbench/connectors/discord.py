"""Discord channels exported with DiscordChatExporter as JSON (one file a channel or thread).

How the export maps onto the workbench, and why:

- Members are Discord accounts by their snowflake id. Bots and webhooks post like people and are
  moderated like people, so they are members too; their ``raw`` keeps ``isBot``.
- Items are messages by their snowflake id, used as is: snowflakes are unique across Discord.
- The channel is the thread. Each channel gets one item of kind "channel" (external id
  ``channel/<channel id>``, titled with the channel's name, dated by its snowflake, no author),
  so that every message's ``thread_external_id`` names an item and the workbench can show where a
  message was written. Its raw keeps the export's ``guild`` and ``channel`` objects.
- A reply (type "Reply") names the message it answers as its parent, even when that message is
  not in the file (deleted, or outside the exported date range).
- System notices (a member joining, a pinned message, a thread started, …) are items of kind
  "service" by the account that caused them: joins are what moderators look at first.
- Attachments, embeds, stickers and reactions stay in ``raw``; the body is the message content as
  the exporter wrote it (plain text when markdown formatting was on, Discord markdown otherwise),
  and is left out of ``raw`` (common.without_columns).

The exporter writes ``guild`` and ``channel`` before ``messages``, so one streaming pass reads
the channel first and then the messages one by one; no file is ever held whole.
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
    identifier,
    iso_time,
    json_events,
    shown,
    text,
    without_columns,
)
from workbench.connectors.inputs import Input
from workbench.core.records import ImportOptions, ItemRecord, MemberRecord

NETWORK = "discord"
DISCORD_EPOCH_MS = 1_420_070_400_000
DIRECT_MESSAGES_GUILD = "0"
"""The exporter's guild id for direct messages; their links use "@me" instead."""

SERVICE_TYPES = frozenset(
    {
        "RecipientAdd",
        "RecipientRemove",
        "Call",
        "ChannelNameChange",
        "ChannelIconChange",
        "ChannelPinnedMessage",
        "GuildMemberJoin",
        "ThreadCreated",
        # Kinds the exporter has no name for are written as Discord's number: boosts (8-11),
        # channel follows (12), discovery notices (14-17), invite reminders (22), AutoMod
        # alerts (24), role purchases and upsells (25, 26), stage events (27-31), premium and
        # incident notices (32, 36-39), purchases (44) and poll results (46).
        *(str(number) for number in (8, 9, 10, 11, 12, 14, 15, 16, 17, 22, 24, 25, 26)),
        *(str(number) for number in (27, 28, 29, 30, 31, 32, 36, 37, 38, 39, 44, 46)),
    }
)
FALLBACK_CONTENT = {
    "GuildMemberJoin": "Joined the server.",
    "ChannelPinnedMessage": "Pinned a message.",
    "ThreadCreated": "Started a thread.",
    "ChannelIconChange": "Changed the channel icon.",
}
"""What newer exporter versions write for system notices; older ones left the content empty."""


def snowflake_time(snowflake: str, field: str) -> int:
    """Unix seconds from a Discord snowflake, which carries its creation time."""
    if (
        not (len(snowflake) <= 20 and snowflake.isascii() and snowflake.isdigit())
        or int(snowflake) >= 2**64
    ):
        raise RecordProblem(field, f"is not a Discord id: {shown(snowflake)}")
    return ((int(snowflake) >> 22) + DISCORD_EPOCH_MS) // 1000


class Channel:
    """The exported channel: what every message of the file shares."""

    def __init__(self, guild: dict[str, Any], channel: dict[str, Any]) -> None:
        self.guild = guild
        self.channel = channel
        self.id = identifier(channel, "id")
        self.guild_id = identifier(guild, "id") if guild.get("id") else DIRECT_MESSAGES_GUILD
        self.thread = f"channel/{self.id}"
        guild_part = "@me" if self.guild_id == DIRECT_MESSAGES_GUILD else self.guild_id
        self.url = f"https://discord.com/channels/{guild_part}/{self.id}"
        self.created_at = snowflake_time(self.id, "id")

    def item(self) -> ItemRecord:
        return ItemRecord(
            network=NETWORK,
            external_id=self.thread,
            author_id=None,
            kind="channel",
            created_at=self.created_at,
            title=text(self.channel, "name"),
            thread_external_id=self.thread,
            url=self.url,
            raw={"guild": self.guild, "channel": self.channel},
        )


def _author(record: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The author's id and object; every message has one, bots and webhooks included."""
    author = record.get("author")
    if not isinstance(author, dict):
        raise RecordProblem("author", "is missing" if author is None else "must be an object")
    try:
        return identifier(author, "id"), author
    except RecordProblem as problem:
        raise RecordProblem("author.id", problem.message) from None


def _parent(record: dict[str, Any], kind: str) -> str | None:
    """The answered message of a reply. Pins, thread notices and forwards also carry a
    reference, but to something they are not an answer to."""
    if kind != "Reply":
        return None
    reference = record.get("reference")
    if not isinstance(reference, dict) or reference.get("messageId") is None:
        return None
    try:
        return identifier(reference, "messageId")
    except RecordProblem as problem:
        raise RecordProblem("reference.messageId", problem.message) from None


def convert(
    record: Any, channel: Channel, seen_authors: set[str]
) -> list[MemberRecord | ItemRecord]:
    """The author (if new) and the item of one exported message; nothing if it is bad."""
    if not isinstance(record, dict):
        raise RecordProblem(None, "a message must be a JSON object")
    message_id = identifier(record, "id")
    created = iso_time(record.get("timestamp"), "timestamp")
    message_type = text(record, "type") or "Default"
    author_id, author = _author(record)
    parent = _parent(record, message_type)
    body = text(record, "content") or FALLBACK_CONTENT.get(message_type, "")
    if message_type in SERVICE_TYPES:
        kind = "service"
    elif parent is not None:
        kind = "reply"
    else:
        kind = "message"

    records: list[MemberRecord | ItemRecord] = []
    if author_id not in seen_authors:
        name = text(author, "name")
        records.append(
            MemberRecord(
                network=NETWORK,
                external_id=author_id,
                handle=name or author_id,
                display_name=text(author, "nickname") or name,
                profile_url=f"https://discord.com/users/{author_id}",
                raw=author,
            )
        )
    records.append(
        ItemRecord(
            network=NETWORK,
            external_id=message_id,
            author_id=author_id,
            kind=kind,
            created_at=created,
            body=body,
            parent_external_id=parent,
            thread_external_id=channel.thread,
            url=f"{channel.url}/{message_id}",
            raw=without_columns(record, {"content": body}),
        )
    )
    seen_authors.add(author_id)
    return records


def _parts(stream: IO[bytes], member: str) -> Iterator[tuple[str, int, Any]]:
    """The export's parts in file order: ("guild", 0, object), ("channel", 0, object),
    ("messages", 0, None) where the message list begins, then ("message", n, value).

    One pass of the guarded JSON events (common.json_events)."""
    values = ValueBuilder()
    building, number = "", 0
    try:
        for prefix, event, value in json_events(stream, member):
            was_building = values.building
            done, built = values.feed(event, value)
            if was_building:
                if done:
                    yield building, number, built
            elif prefix == "messages.item":
                number += 1
                building = "message"
                if not values.start(event, value):
                    yield "message", number, value
            elif (prefix == "guild" or prefix == "channel") and event == "start_map":
                building = prefix
                values.start(event, value)
            elif prefix == "" and event == "map_key" and value == "messages":
                yield "messages", 0, None
            elif prefix == "" and event != "start_map" and event != "map_key":
                return
    except FormatError as exc:
        if isinstance(exc.location, Location):
            raise
        where = Location(member, record=number if values.building else number + 1)
        raise FormatError(where, exc.message) from None


def _score(head: bytes) -> int:
    """How surely a file's first bytes are a DiscordChatExporter export."""
    found: dict[str, Any] = {}
    try:
        for part, _, value in _parts(io.BytesIO(head), "head"):
            found[part] = value
            if part == "messages":
                break
    except (FormatError, ValueError):
        pass
    guild, channel = found.get("guild"), found.get("channel")
    if not (isinstance(guild, dict) and isinstance(channel, dict)):
        return 0
    if "id" not in guild or "id" not in channel:
        return 0
    return 95 if "messages" in found else 60


def _channel(header: dict[str, Any], member: str) -> Channel:
    """The file's channel; without one its messages cannot be placed, so the file is broken."""
    guild, channel = header.get("guild", {}), header.get("channel")
    if not isinstance(channel, dict) or not isinstance(guild, dict):
        raise FormatError(Location(member), "has no 'channel' object before its messages")
    try:
        return Channel(guild, channel)
    except RecordProblem as problem:
        raise FormatError(Location(member), f"'channel.{problem.field}' {problem}") from None


class DiscordConnector(HeadScoredConnector):
    name = "discord-chat-exporter"
    label = "Discord channel (DiscordChatExporter JSON)"
    network = NETWORK
    detection = (
        "a JSON object that starts with DiscordChatExporter's 'guild' and 'channel' objects, "
        "followed by 'messages'"
    )

    score = staticmethod(_score)

    def read(self, source: Input, options: ImportOptions) -> Iterator[Yielded]:
        seen_authors: set[str] = set()
        seen_channels: set[str] = set()
        for member in self.files(source):
            header: dict[str, Any] = {}
            channel: Channel | None = None
            with source.open(member) as stream:
                for part, number, value in _parts(stream, member):
                    if part == "message":
                        assert channel is not None  # "messages" comes before its items
                        try:
                            yield from convert(value, channel, seen_authors)
                        except RecordProblem as problem:
                            yield problem.at(Location(member, record=number))
                    elif part == "messages":
                        channel = _channel(header, member)
                        if channel.thread not in seen_channels:
                            seen_channels.add(channel.thread)
                            yield channel.item()
                    else:
                        header[part] = value
