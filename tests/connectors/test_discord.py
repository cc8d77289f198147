import random
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
import pytest

from tests.connectors.conftest import FIXTURES, bad_records, read_all, table_snapshot
from workbench.connectors.base import FormatError, RecordProblem
from workbench.connectors.discord import DiscordConnector, snowflake_time
from workbench.connectors.inputs import open_input
from workbench.core.records import ImportOptions, ItemRecord, MemberRecord
from workbench.services import importer

CURRENT = FIXTURES / "discord" / "dce-2024_lumen-makers_general.json"
LEGACY = FIXTURES / "discord" / "dce-2021_retro-synth-club_synth-help.json"
TELEGRAM = FIXTURES / "telegram" / "tg_langchain_personal-chat.json"
TELEGRAM_FULL = FIXTURES / "telegram" / "tg_frozenspider_2023-01_migrate-null-member.json"
REDDIT = FIXTURES / "reddit-dumps" / "pushshift-importer_test_comments.ndjson"
connector = DiscordConnector()


def items(records: list[Any]) -> dict[str, ItemRecord]:
    return {r.external_id: r for r in records if isinstance(r, ItemRecord)}


def members(records: list[Any]) -> list[MemberRecord]:
    return [r for r in records if isinstance(r, MemberRecord)]


def export(tmp_path: Path, messages: list[Any], name: str = "export.json") -> Path:
    """A small export in the exporter's layout, with the header of the current fixture."""
    document = orjson.loads(CURRENT.read_bytes())
    document["messages"] = messages
    document["messageCount"] = len(messages)
    path = tmp_path / name
    path.write_bytes(orjson.dumps(document, option=orjson.OPT_INDENT_2))
    return path


def fixture_messages(path: Path = CURRENT) -> list[dict[str, Any]]:
    messages: list[dict[str, Any]] = orjson.loads(path.read_bytes())["messages"]
    return messages


def detect(path: Path) -> int:
    with open_input(path) as source:
        return connector.detect(source)


def test_detects_both_layouts_and_not_other_formats(tmp_path):
    assert detect(CURRENT) == 95 and detect(LEGACY) == 95
    for other in (TELEGRAM, TELEGRAM_FULL, REDDIT):
        assert detect(other) == 0
    odd = {
        "empty.json": b"",
        "binary.json": random.Random(7).randbytes(70_000),
        "text.json": "Grüße, not JSON at all".encode(),
        "list.json": b'[{"guild": {"id": "1"}, "channel": {"id": "2"}, "messages": []}]',
        "scalar.json": b'"guild"',
        "wrong-types.json": b'{"guild": 1, "channel": "general", "messages": []}',
        "deep.json": b'{"guild": ' + b"[" * 200_000,
        "nul.json": b"\x00" * 70_000,
    }
    for name, data in odd.items():
        (tmp_path / name).write_bytes(data)
        assert detect(tmp_path / name) == 0, name


def test_reads_the_current_layout():
    records = read_all(connector, CURRENT)
    assert not bad_records(records)
    found = items(records)
    assert len(found) == 12  # the channel and its 11 messages

    channel = found["channel/849695022776320003"]
    assert (channel.kind, channel.title, channel.author_id) == ("channel", "general", None)
    assert channel.created_at == int(datetime(2021, 6, 2, 17, 4, 40, tzinfo=UTC).timestamp())
    assert channel.url == "https://discord.com/channels/849694649483264001/849695022776320003"
    assert channel.raw["channel"]["topic"] == "Say hi, share builds, be kind. Rules in #rules."
    assert channel.raw["guild"]["name"] == "Lumen Makers"
    assert all(i.thread_external_id == "channel/849695022776320003" for i in found.values())

    join = found["1215935119672606732"]
    assert (join.kind, join.author_id, join.body) == (
        "service",
        "1179753696460931080",
        "Joined the server.",
    )
    # 2024-03-09T09:12:03.512+01:00
    assert join.created_at == int(datetime(2024, 3, 9, 8, 12, 3, tzinfo=UTC).timestamp())
    assert join.raw["timestamp"] == "2024-03-09T09:12:03.512+01:00"

    welcome = found["1215935776873906189"]
    assert welcome.kind == "message" and welcome.parent_external_id is None
    assert welcome.body.startswith("@Mika welcome to Lumen Makers! 👋")
    assert welcome.url == (
        "https://discord.com/channels/849694649483264001/849695022776320003/1215935776873906189"
    )
    assert welcome.raw["isPinned"] is True
    assert welcome.raw["reactions"][0]["emoji"]["name"] == "👋"

    reply = found["1215936136237678606"]
    assert (reply.kind, reply.parent_external_id) == ("reply", "1215935776873906189")
    assert reply.body == "Danke! Grüße aus Köln 🙂 I build lamps from old bike parts."

    pinned = found["1215938378177052689"]
    assert (pinned.kind, pinned.parent_external_id) == ("service", None)
    thread_notice = found["1215942160600399892"]
    assert (thread_notice.kind, thread_notice.body) == ("service", "Started a thread.")

    slash = found["1215939961526812690"]
    assert (slash.kind, slash.author_id) == ("message", "849919837470851083")
    assert slash.raw["type"] == "20" and slash.raw["interaction"]["name"] == "rank"

    layout = found["1215937164358057999"]
    assert layout.body == "New layout for the workshop wall, feedback welcome"
    assert layout.raw["attachments"][0]["fileName"] == "workshop-wall-v2.png"
    assert layout.raw["timestampEdited"] == "2024-03-09T09:22:47.6+01:00"
    assert found["1215945960094564378"].body == ""  # a sticker alone
    assert found["1215945324951109656"].body == "Release day :lumen: :lumen:"


def test_members_come_once_and_before_their_first_message():
    records = read_all(connector, CURRENT)
    people = members(records)
    assert [m.handle for m in people] == ["mika.rt", "ines.kovac", "tomasz_w", "LumenBot", "yuki.s"]
    first_seen = {m.external_id: records.index(m) for m in people}
    for index, record in enumerate(records):
        if isinstance(record, ItemRecord) and record.author_id is not None:
            assert first_seen[record.author_id] < index
    by_handle = {m.handle: m for m in people}
    assert by_handle["ines.kovac"].display_name == "Ines | Mod"
    assert by_handle["yuki.s"].display_name == "雪 ❄️"
    assert by_handle["LumenBot"].raw["isBot"] is True
    assert by_handle["mika.rt"].raw["isBot"] is False
    assert by_handle["mika.rt"].profile_url == "https://discord.com/users/1179753696460931080"
    assert [r["name"] for r in by_handle["ines.kovac"].raw["roles"]] == ["Moderator", "Maker"]


def test_reads_the_older_layout():
    records = read_all(connector, LEGACY)
    found = items(records)
    join = found["817115734512631842"]
    assert (join.kind, join.body, join.raw["content"]) == ("service", "Joined the server.", "")
    reply = found["817119218368643108"]
    assert (reply.kind, reply.parent_external_id, reply.author_id) == (
        "reply",
        "817117171632177187",
        "353479163904131103",
    )
    assert reply.created_at == int(datetime(2021, 3, 4, 19, 40, 3, tzinfo=UTC).timestamp())
    assert reply.body.endswith("don't open it while it's on ⚡")
    webhook = next(m for m in members(records) if m.external_id == "551600384901251105")
    assert (webhook.handle, webhook.raw["isBot"]) == ("Patch of the Week", True)
    assert "glass-pad.syx" not in found["817305432883331109"].body


def test_emoji_written_as_surrogate_pairs_are_decoded():
    assert b'"\\uD83D\\uDC4B"' in CURRENT.read_bytes()
    reactions = items(read_all(connector, CURRENT))["1215935776873906189"].raw["reactions"]
    assert reactions[0]["emoji"]["name"] == "\U0001f44b"


def test_empty_export_gives_only_the_channel(tmp_path):
    records = read_all(connector, export(tmp_path, []))
    assert [r.external_id for r in records if isinstance(r, ItemRecord)] == [
        "channel/849695022776320003"
    ]
    assert not members(records)


def test_one_message(tmp_path):
    records = read_all(connector, export(tmp_path, fixture_messages()[1:2]))
    assert [type(r).__name__ for r in records] == ["ItemRecord", "MemberRecord", "ItemRecord"]
    assert records[2].external_id == "1215935776873906189"


def test_direct_messages_link_to_me(tmp_path):
    document = orjson.loads(CURRENT.read_bytes())
    document["guild"] = {
        "id": "0",
        "name": "Direct Messages",
        "iconUrl": "https://cdn.discordapp.com/embed/avatars/0.png",
    }
    document["channel"].update(type="DirectTextChat", categoryId=None, category=None)
    path = tmp_path / "dm.json"
    path.write_bytes(orjson.dumps(document))
    found = items(read_all(connector, path))
    assert found["1215935776873906189"].url == (
        "https://discord.com/channels/@me/849695022776320003/1215935776873906189"
    )


def test_reply_to_a_missing_message_keeps_its_parent(import_with, store):
    found = items(read_all(connector, CURRENT))
    orphan = found["1215943284254441493"]
    assert orphan.parent_external_id == "1215917488865411094"
    assert orphan.parent_external_id not in found
    assert (
        orphan.body == "それは素晴らしいですね\uff01 Same problem here with the soldering station."
    )
    import_with(connector, CURRENT)
    with store.read() as connection:
        parent = connection.exec_driver_sql(
            "SELECT parent_external_id FROM items WHERE external_id = '1215943284254441493'"
        ).scalar_one()
    assert parent == "1215917488865411094"


def test_duplicate_message_in_one_file_is_one_item(tmp_path, import_with):
    message = fixture_messages()[2]
    path = export(tmp_path, [message, message])
    assert len([r for r in read_all(connector, path) if isinstance(r, MemberRecord)]) == 1
    summary = import_with(connector, path)
    assert (summary.items_added, summary.members_added) == (2, 1)  # the channel and one reply


def test_truncated_file_fails_and_changes_nothing(tmp_path, store, import_with):
    data = CURRENT.read_bytes()
    path = tmp_path / "cut.json"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(
        FormatError,
        match=r"cut.json, record \d+: the JSON is broken: the file ends in the middle of a record",
    ):
        read_all(connector, path)
    before = table_snapshot(store)
    with pytest.raises(FormatError):
        import_with(connector, LEGACY, path)
    assert table_snapshot(store) == before


def test_invalid_json_is_a_format_error(tmp_path):
    path = tmp_path / "invalid.json"
    path.write_bytes(
        b'{"guild": {"id": "1"}, "channel": {"id": "2", "name": "x"}, "messages": [{"id": "3",}]}'
    )
    with pytest.raises(FormatError, match=r"invalid.json, record 1: the JSON is broken"):
        read_all(connector, path)


def test_deep_nesting_is_refused_quickly(tmp_path):
    path = tmp_path / "deep.json"
    path.write_bytes(
        b'{"guild": {"id": "1"}, "channel": {"id": "2"}, "messages": [' + b"[" * 300_000
    )
    with pytest.raises(FormatError, match="nested more than 64 levels"):
        read_all(connector, path)


def test_bad_record_names_file_record_and_field(tmp_path, store, import_with):
    messages = fixture_messages()[:4]
    messages[1] = {**messages[1], "timestamp": "yesterday"}
    path = export(tmp_path, messages, "broken.json")
    before = table_snapshot(store)
    with pytest.raises(importer.ImportFailed, match=r"broken.json, record 2, field 'timestamp'"):
        import_with(connector, path)
    assert table_snapshot(store) == before
    summary = import_with(connector, path, skip_bad=True)
    assert summary.items_added == 4  # the channel and three messages
    assert summary.skipped == [
        "broken.json, record 2, field 'timestamp': not an ISO 8601 time: 'yesterday'"
    ]


def test_message_without_author_is_a_bad_record(tmp_path):
    messages = fixture_messages()[:2]
    del messages[0]["author"]
    messages[1]["author"] = {"name": "no id"}
    problems = bad_records(read_all(connector, export(tmp_path, [*messages, 5])))
    assert [(p.location.record, p.field, p.message) for p in problems] == [
        (1, "author", "is missing"),
        (2, "author.id", "is missing"),
        (3, None, "a message must be a JSON object"),
    ]


def test_reimport_adds_nothing(import_with):
    first = import_with(connector, CURRENT, LEGACY)
    assert (first.items_added, first.members_added) == (12 + 5, 5 + 3)
    again = import_with(connector, CURRENT, LEGACY)
    assert (again.items_added, again.items_updated, again.members_added) == (0, 0, 0)
    assert again.members_updated == 0


def test_nothing_is_queued_by_state_but_repeated_spam_is(tmp_path, import_with):
    """Exports carry no moderation state: every item is published, and only the workbench's own
    checks (here: the same text again and again) put messages in the queue."""
    records = read_all(connector, CURRENT) + read_all(connector, LEGACY)
    assert {r.platform_state for r in records if isinstance(r, ItemRecord)} == {"published"}
    assert import_with(connector, CURRENT).queued == 0
    spam = fixture_messages()[5]  # the bot's message
    copies = [
        {**spam, "id": str(1215950000000000000 + n), "content": "FREE NITRO at nitro-gift.example"}
        for n in range(3)
    ]
    assert import_with(connector, export(tmp_path, copies, "spam.json")).queued == 3


def test_folder_reads_every_channel_and_skips_other_json(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    for path in (CURRENT, LEGACY, TELEGRAM):
        (folder / path.name).write_bytes(path.read_bytes())
    records = read_all(connector, folder, ImportOptions())
    assert not bad_records(records)
    assert len(items(records)) == 12 + 5
    handles = [m.handle for m in members(records)]
    assert len(handles) == len(set(handles)) == 8


@pytest.mark.parametrize("snowflake", [str(2**64), "9" * 30, "9" * 100_000, "12a"])
def test_a_channel_id_beyond_64_bits_is_a_record_problem(snowflake):
    with pytest.raises(RecordProblem, match="is not a Discord id"):
        snowflake_time(snowflake, "id")
    assert snowflake_time(str(2**64 - 1), "id") > 0
