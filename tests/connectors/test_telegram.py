import random
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
import pytest

from tests.connectors.conftest import FIXTURES, bad_records, read_all, table_snapshot
from workbench.connectors.base import FormatError
from workbench.connectors.inputs import open_input
from workbench.connectors.telegram import TelegramConnector
from workbench.core.records import ImportOptions, ItemRecord, MemberRecord
from workbench.services import importer

FOLDER = FIXTURES / "telegram"
MIGRATE = FOLDER / "tg_frozenspider_2023-01_migrate-null-member.json"
BUTTONS = FOLDER / "tg_frozenspider_2024-01_inline-bot-buttons.json"
PERSONAL = FOLDER / "tg_langchain_personal-chat.json"
CHANNEL = FOLDER / "tg_tg2md_private-channel.json"
SUPERGROUP = FOLDER / "tg_handmade_supergroup.json"
ALL = (MIGRATE, BUTTONS, PERSONAL, CHANNEL, SUPERGROUP)
DISCORD = FIXTURES / "discord" / "dce-2024_lumen-makers_general.json"
REDDIT = FIXTURES / "reddit-dumps" / "pushshift-importer_test_submissions.ndjson"
connector = TelegramConnector()


def items(records: list[Any]) -> dict[str, ItemRecord]:
    return {r.external_id: r for r in records if isinstance(r, ItemRecord)}


def members(records: list[Any]) -> dict[str, MemberRecord]:
    return {r.external_id: r for r in records if isinstance(r, MemberRecord)}


def detect(path: Path) -> int:
    with open_input(path) as source:
        return connector.detect(source)


def write(tmp_path: Path, document: Any, name: str = "result.json") -> Path:
    path = tmp_path / name
    path.write_bytes(orjson.dumps(document, option=orjson.OPT_INDENT_2))
    return path


def chat(messages: list[Any], **header: Any) -> dict[str, Any]:
    return {"name": "Test", "type": "private_supergroup", "id": 1500000001, **header,
            "messages": messages}  # fmt: skip


def message(number: int, body: Any = "hello there", **fields: Any) -> dict[str, Any]:
    return {
        "id": number,
        "type": "message",
        "date": "2024-01-02T03:04:05",
        "date_unixtime": str(1704164645 + number),
        "from": "Ada",
        "from_id": "user42",
        "text": body,
        **fields,
    }


def test_detects_both_layouts_and_not_other_formats(tmp_path):
    assert [detect(path) for path in ALL] == [95] * 5
    assert detect(DISCORD) == 0 and detect(REDDIT) == 0
    account_only = write(tmp_path, {"about": "x", "personal_information": {"user_id": 1}}, "a.json")
    assert detect(account_only) == 80
    odd = {
        "empty.json": b"",
        "binary.json": random.Random(3).randbytes(70_000),
        "text.json": "Привет, not JSON".encode(),
        "list.json": b"[1, 2, 3]",
        "other-type.json": b'{"type": "Person", "id": "https://example.org/ada", "messages": []}',
        "string-id.json": b'{"name": "x", "type": "personal_chat", "id": "7", "messages": []}',
        "about-not-first.json": b'{"chats": {"list": []}, "about": "x"}',
        "deep.json": b'{"about": "x", "contacts": ' + b"[" * 200_000,
    }
    for name, data in odd.items():
        (tmp_path / name).write_bytes(data)
        assert detect(tmp_path / name) == 0, name


def test_full_export_with_a_migrated_group():
    records = read_all(connector, MIGRATE)
    assert not bad_records(records)
    found = items(records)
    assert list(found) == [
        "chat/chat123123123",
        "chat123123123/-999999999",
        "chat123123123/1",
        "chat123123123/111111",
        "chat123123123/111112",
        "chat123123123/111113",
        "chat123123123/111114",
    ]
    group = found["chat/chat123123123"]
    assert (group.kind, group.title, group.author_id, group.created_at) == (
        "chat",
        "My Group",
        None,
        1455123303,
    )
    migrate = found["chat123123123/-999999999"]
    assert (migrate.kind, migrate.author_id, migrate.body) == ("service", "user44444444", "")
    assert migrate.raw["action"] == "migrate_to_supergroup"
    invite = found["chat123123123/111112"]
    assert (invite.author_id, invite.raw["members"]) == ("user11111111", [None])
    rich = found["chat123123123/111111"]
    assert rich.body == "this contains a lot of stuff: 😁http://mylink.org/HIDE ME"
    assert (rich.created_at, rich.raw["date"]) == (1479387460, "2016-11-17T17:57:40")
    assert all(i.thread_external_id == "chat/chat123123123" for i in found.values())
    people = members(records)
    assert {k: m.handle for k, m in people.items()} == {
        "user44444444": "Eeeee Eeeeeeeeee",
        "channel123123123": "My Group",
        "user11111111": "Aaaaa Aaaaaaaaaaa",
    }
    # The account's own profile and contacts (phone numbers) are never read.
    assert b"+998" in MIGRATE.read_bytes()
    assert b"+998" not in orjson.dumps([getattr(r, "raw", None) for r in records])


def test_personal_chat_with_inline_buttons():
    found = items(read_all(connector, BUTTONS))
    assert found["chat/user123123123"].title == "Dummy Chat"
    assert found["user123123123/11111"].body == "Some initial bold text"
    assert found["user123123123/11112"].body == (
        "Initial plain text should have a line break added to it"
    )
    assert found["user123123123/11113"].body == ""
    assert found["user123123123/11114"].created_at == 1665499756
    assert found["user123123123/11114"].raw["inline_bot_buttons"][0][0]["type"] == "auth"
    assert all(i.url is None for i in found.values())


def test_single_chat_of_four_messages():
    records = read_all(connector, PERSONAL)
    assert [type(r).__name__ for r in records] == [
        "ItemRecord",
        "MemberRecord",
        "ItemRecord",
        "MemberRecord",
        "ItemRecord",
        "ItemRecord",
        "ItemRecord",
    ]
    found = items(records)
    assert [(i.external_id, i.author_id, i.body) for i in list(found.values())[1:]] == [
        ("user5965280513/1", "user123450513", "i refuse to converse with you"),
        ("user5965280513/2", "user6565661032", "Hi nemesis"),
        ("user5965280513/3", "user123450513", "we meet again"),
        ("user5965280513/4", "user123450513", "you will not trick me this time"),
    ]
    assert members(records)["user6565661032"].display_name == "Batman & Robin"


def test_desktop_2_channel_without_unix_times():
    records = read_all(connector, CHANNEL)
    assert not bad_records(records)
    found = items(records)
    assert len(found) == 1 + 19
    post = found["channel1292077344/2"]
    # "date" is the exporter's local time without a zone; without date_unixtime it is read as UTC
    assert post.created_at == int(datetime(2020, 11, 12, 12, 54, 7, tzinfo=UTC).timestamp())
    assert (post.author_id, post.body, post.kind) == (
        "channel1292077344",
        "test text post",
        "message",
    )
    assert post.url == "https://t.me/c/1292077344/2"
    created = found["channel1292077344/1"]
    assert (created.kind, created.raw["action"], created.raw["title"]) == (
        "service",
        "create_channel",
        "test",
    )
    assert found["channel1292077344/21"].body == "тестирование utf-8."
    assert found["channel1292077344/14"].body == (
        "text link (http://example.com/)\n\nexample.com\n\nexample@example.com"
    )
    assert found["channel1292077344/13"].body == (
        "monospace with one baktick\n\nmultiline\nmonospace"
    )
    assert found["channel1292077344/5"].raw["edited"] == "2020-11-12T13:03:00"
    assert found["channel1292077344/22"].raw["file"] == "files/dice.svg"
    assert members(records)["channel1292077344"].handle == "test"


def test_handmade_supergroup():
    records = read_all(connector, SUPERGROUP)
    assert not bad_records(records)
    found = items(records)
    assert "channel1876543210/4029" not in found  # "unsupported": only an id and a type
    assert found["chat/channel1876543210"].title == "Gartenfreunde Köln 🌻"
    join = found["channel1876543210/4021"]
    assert (join.kind, join.author_id, join.raw["inviter"]) == (
        "service",
        "user5123400001",
        "Jonas Brandt",
    )
    answer = found["channel1876543210/4023"]
    assert (answer.kind, answer.parent_external_id) == ("reply", "channel1876543210/4022")
    assert answer.body == (
        "Lena, willkommen! Schau mal in unseren Tomaten-Guide "
        "(https://example.org/garten/tomaten) 🍅"
    )
    assert answer.raw["reactions"][0]["recent"][1]["from_id"] == "user5123400007"
    orphan = found["channel1876543210/4025"]
    assert orphan.parent_external_id == "channel1876543210/3990"
    assert orphan.parent_external_id not in found
    assert orphan.raw["edited_unixtime"] == "1716023740"
    elsewhere = found["channel1876543210/4030"]
    assert elsewhere.parent_external_id == "channel1598765432/812"
    spam = found["channel1876543210/4024"]
    assert (spam.author_id, spam.raw["forwarded_from"]) == ("user5123400099", "Samen Discount")
    deleted = members(records)["user5123400099"]
    assert (deleted.handle, deleted.display_name) == ("user5123400099", "")
    poll = found["channel1876543210/4026"]
    assert poll.body == "Nächstes Treffen im Gemeinschaftsgarten: Samstag oder Sonntag?"
    contact = found["channel1876543210/4027"].raw["contact_information"]
    assert contact == {"first_name": "Gärtnerei", "last_name": "Y\u0131lmaz"}
    assert b"5550123" in SUPERGROUP.read_bytes()
    assert found["channel1876543210/4028"].raw["message_id"] == 4026
    assert found["channel1876543210/4031"].raw["sticker_emoji"] == "👍"
    assert found["channel1876543210/4022"].created_at == 1716019477


def test_empty_exports(tmp_path):
    assert read_all(connector, write(tmp_path, chat([]), "one.json")) == []
    full = {"about": "x", "chats": {"about": "y", "list": []}}
    assert read_all(connector, write(tmp_path, full, "full.json")) == []


def test_one_message_and_old_numeric_ids(tmp_path):
    old = message(7, "Moin 👋", from_id=123456, reply_to_message_id=3)
    del old["date_unixtime"]
    records = read_all(connector, write(tmp_path, chat([old], type="private_group", id=77)))
    assert [type(r).__name__ for r in records] == ["ItemRecord", "MemberRecord", "ItemRecord"]
    item = records[2]
    assert (item.external_id, item.author_id, item.parent_external_id, item.body) == (
        "chat77/7",
        "user123456",
        "chat77/3",
        "Moin 👋",
    )
    assert item.created_at == int(datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC).timestamp())


def test_full_export_streams_chats_and_left_chats(tmp_path):
    document = {
        "about": "x",
        "personal_information": {"user_id": 42, "phone_number": "+49 170 0000000"},
        "chats": {
            "about": "y",
            "list": [
                chat([message(1), message(2)], id=11, type="public_channel"),
                chat([message(1)], id=12, type="personal_chat", name="Ada"),
            ],
        },
        "left_chats": {"about": "z", "list": [chat([message(5)], id=13)]},
    }
    records = read_all(connector, write(tmp_path, document))
    assert [r.external_id for r in records if isinstance(r, ItemRecord)] == [
        "chat/channel11",
        "channel11/1",
        "channel11/2",
        "chat/user12",
        "user12/1",
        "chat/channel13",
        "channel13/5",
    ]
    assert len(members(records)) == 1


def test_a_cut_full_export_yields_the_chats_before_the_cut(tmp_path):
    document = {
        "about": "x",
        "chats": {"about": "y", "list": [chat([message(1)], id=11), chat([message(2)], id=12)]},
    }
    data = orjson.dumps(document)
    path = tmp_path / "cut.json"
    path.write_bytes(data[: data.index(b'"id":12') + 20])
    seen: list[str] = []
    with open_input(path) as source, pytest.raises(FormatError, match=r"cut.json, record 2"):
        for record in connector.read(source, ImportOptions()):
            seen.append(getattr(record, "external_id", ""))
    assert seen == ["chat/channel11", "user42", "channel11/1"]


def test_duplicate_message_in_one_file_is_one_item(tmp_path, import_with):
    path = write(tmp_path, chat([message(1), message(1), message(2, "second message")]))
    summary = import_with(connector, path)
    assert (summary.items_added, summary.members_added) == (3, 1)  # the chat and two messages


def test_truncated_file_fails_and_changes_nothing(tmp_path, store, import_with):
    data = SUPERGROUP.read_bytes()
    path = tmp_path / "cut.json"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(
        FormatError,
        match=r"cut.json, record \d+: the JSON is broken: the file ends in the middle of a record",
    ):
        read_all(connector, path)
    before = table_snapshot(store)
    with pytest.raises(FormatError):
        import_with(connector, PERSONAL, path)
    assert table_snapshot(store) == before


def test_invalid_json_and_messages_before_the_chat_id(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_bytes(b'{"name": "x", "type": "personal_chat", "id": 1, "messages": [{"id": 1,]}')
    with pytest.raises(FormatError, match=r"broken.json, record 1: the JSON is broken"):
        read_all(connector, broken)
    late_id = {"type": "personal_chat", "messages": [message(1)], "id": 5}
    early = write(tmp_path, {"about": "x", "chats": {"about": "y", "list": [late_id]}})
    with pytest.raises(FormatError, match="record 1: the chat's messages come before its id"):
        read_all(connector, early)


def test_deep_nesting_is_refused_quickly(tmp_path):
    path = tmp_path / "deep.json"
    path.write_bytes(b'{"type": "personal_chat", "id": 1, "messages": [' + b'{"a":' * 300_000)
    with pytest.raises(FormatError, match="nested more than 64 levels"):
        read_all(connector, path)


def test_bad_record_names_file_record_and_field(tmp_path, store, import_with):
    messages = [message(1), message(2, date_unixtime="soon"), message(3), "not a message"]
    path = write(tmp_path, chat(messages), "broken.json")
    before = table_snapshot(store)
    with pytest.raises(
        importer.ImportFailed, match=r"broken.json, record 2, field 'date_unixtime'"
    ):
        import_with(connector, path)
    assert table_snapshot(store) == before
    summary = import_with(connector, path, skip_bad=True)
    assert summary.items_added == 3  # the chat and two messages
    assert summary.skipped == [
        "broken.json, record 2, field 'date_unixtime': expected Unix seconds, got 'soon'",
        "broken.json, record 4: a message must be a JSON object",
    ]


def test_other_bad_fields(tmp_path):
    messages = [
        message(1, 5),
        message(2, ["ok", {"type": "bold"}, 3]),
        message(3, from_id="someone"),
        message(4, reply_to_message_id=[1]),
    ]
    problems = bad_records(read_all(connector, write(tmp_path, chat(messages))))
    assert [(p.location.record, p.field) for p in problems] == [
        (1, "text"),
        (2, "text"),
        (3, "from_id"),
        (4, "reply_to_message_id"),
    ]


def test_reimport_adds_nothing(import_with):
    first = import_with(connector, *ALL)
    assert first.items_added == 7 + 6 + 5 + 20 + 12
    again = import_with(connector, *ALL)
    assert (again.items_added, again.items_updated, again.members_added) == (0, 0, 0)
    assert again.members_updated == 0


def test_nothing_is_queued_by_state_but_repeated_spam_is(tmp_path, import_with):
    """Exports carry no moderation state: every item is published, and only the workbench's own
    checks (here: the same text again and again) put messages in the queue."""
    records = [r for path in ALL for r in read_all(connector, path)]
    assert {r.platform_state for r in records if isinstance(r, ItemRecord)} == {"published"}
    assert import_with(connector, PERSONAL, CHANNEL).queued == 0
    spam = [message(n, "Crypto giveaway, DM me now: t.me/free_coins_example") for n in (1, 2, 3)]
    assert import_with(connector, write(tmp_path, chat(spam))).queued == 3
