import zipfile
from collections import Counter

import orjson
import pytest

from tests.connectors.conftest import FIXTURES, bad_records, read_all, table_snapshot
from workbench.connectors.base import FormatError
from workbench.connectors.inputs import open_input
from workbench.connectors.slack import SlackConnector
from workbench.core.records import ItemRecord, MemberRecord
from workbench.services import importer

SLACK = FIXTURES / "slack"
TESTARCHIVE = SLACK / "slack-export-viewer" / "testarchive.zip"
ZULIP = SLACK / "zulip" / "test_slack_importer"
MODERN = SLACK / "zulip" / "exported_messages_fixtures"
connector = SlackConnector()

USERS = [
    {
        "id": "U01ANNA",
        "name": "anna",
        "real_name": "Anna Schmidt",
        "deleted": False,
        "is_bot": False,
        "profile": {
            "display_name": "Anna 🌻",
            "real_name": "Anna Schmidt",
            "email": "anna@example.org",
            "phone": "+49 30 1234567",
        },
    },
    {
        "id": "U02BEN",
        "name": "ben",
        "deleted": True,
        "profile": {"display_name": "", "real_name": "Ben Ng"},
    },
]
CHANNELS = [{"id": "C01GEN", "name": "general", "created": 1700000000}]


def items_of(records: list) -> list[ItemRecord]:
    return [r for r in records if isinstance(r, ItemRecord)]


def members_of(records: list) -> list[MemberRecord]:
    return [r for r in records if isinstance(r, MemberRecord)]


def export(tmp_path, days: dict[str, list], *, users=USERS, channels=CHANNELS, name="export"):
    """A Slack export folder: users.json, channels.json and day files named "channel/date"."""
    folder = tmp_path / name
    folder.mkdir()
    (folder / "users.json").write_bytes(orjson.dumps(users))
    (folder / "channels.json").write_bytes(orjson.dumps(channels))
    for day, messages in days.items():
        path = folder / day
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(messages if isinstance(messages, bytes) else orjson.dumps(messages))
    return folder


def message(ts, text, user="U01ANNA", **fields):
    return {"type": "message", "user": user, "text": text, "ts": ts, **fields}


def test_detects_real_exports(tmp_path):
    for path in (TESTARCHIVE, ZULIP, SLACK / "zulip"):
        with open_input(path) as source:
            assert connector.detect(source) == 95, path
    days_only = export(tmp_path, {"general/2024-01-01.json": [message("1704100000.000100", "hi")]})
    (days_only / "users.json").unlink()
    (days_only / "channels.json").unlink()
    with open_input(days_only) as source:
        assert connector.detect(source) == 75


def test_detects_nothing_in_other_formats(tmp_path):
    binary = tmp_path / "binary" / "general" / "2024-01-01.json"
    binary.parent.mkdir(parents=True)
    binary.write_bytes(bytes(range(256)) * 50)
    empty = tmp_path / "empty"
    empty.mkdir()
    others = [
        FIXTURES / "mastodon-archive",
        FIXTURES / "mastodon-archive" / "outbox.json",
        FIXTURES / "reddit-dumps",
        MODERN,
        binary.parent.parent,
        empty,
    ]
    for path in others:
        with open_input(path) as source:
            assert connector.detect(source) == 0, path


def test_reads_the_real_2016_export():
    records = read_all(connector, TESTARCHIVE)
    assert not bad_records(records)
    items = items_of(records)
    assert len(items) == 158
    assert Counter(i.kind for i in items) == {"message": 147, "service": 11}
    members = members_of(records)
    assert [m.external_id for m in members] == [
        "U0BMYT2FL",
        "U0BMS113R",
        "U0BMQB6JE",
        "U0BMM2FEH",
        "B0JL6RASU",
        "B0VJZKVHC",
        "B0JL6UFSL",
    ]
    harry = members[0]
    assert (harry.handle, harry.display_name, harry.email) == ("abilinski", "abilinski", None)
    assert harry.raw["real_name"] == "Harry Potter" and "phone" not in harry.raw["profile"]
    assert members[4].raw == {"bot_id": "B0JL6RASU", "is_bot": True}

    by_id = {i.external_id: i for i in items}
    first = by_id["C0JGLMMNX/1452837352.000006"]
    assert (first.author_id, first.created_at, first.kind) == ("U0BMQB6JE", 1452837352, "message")
    assert first.body == (
        "@abilinski: Created an issue for a setup.py so that it can be installed to a "
        "standard place"
    )
    assert first.thread_external_id == first.external_id and first.parent_external_id is None
    assert first.raw["ts"] == "1452837352.000006"
    assert first.raw["_channel"] == {"id": "C0JGLMMNX", "name": "enrique"}

    join = by_id["C0JL6CGQ2/1452988822.000005"]
    assert (join.kind, join.author_id, join.body) == (
        "service",
        "U0BMS113R",
        "@doubledeez has joined the channel (#traveling-sailor)",
    )
    link = by_id["C0JGLMMNX/1452846025.000011"]
    assert link.body == (
        "Here's an example: https://github.com/hfaran/progressive/blob/master/setup.py\n"
        "hfaran/progressive\n"
        "progressive - Colorful progress bars and trees for your terminal"
    )
    bot = by_id["C0JGLMMNX/1459154014.000018"]
    assert bot.author_id == "B0JL6RASU"
    assert bot.body.startswith(
        "[enrique:master] 1 new commit by hfaran:\nb698a38 (https://github.com/mesos-magellan/"
    )
    assert bot.raw["reactions"] == [{"name": "botman", "users": ["U0BMYT2FL"], "count": 1}]
    comment = by_id["C0JL6CGQ2/1459106048.000018"]
    assert comment.author_id == "U0BMS113R"
    assert comment.body.startswith(
        "@doubledeez commented on @doubledeez\N{RIGHT SINGLE QUOTATION MARK}s file 10 cities "
        "(https:"
    )
    edited = by_id["C0JL6CGQ2/1458972985.000010"]
    assert edited.raw["edited"] == {"user": "U0BMQB6JE", "ts": "1458981134.000000"}


def test_file_links_lose_their_access_tokens():
    items = items_of(read_all(connector, TESTARCHIVE))
    shared = next(i for i in items if i.external_id == "C0JL6CGQ2/1459052866.000012")
    assert shared.raw["file"]["url_private"] == (
        "https://files.slack.com/files-pri/T0BMHLSRH-F0VNAKDE2/100_cities.js"
    )
    assert not any(b"xoxe" in orjson.dumps(i.raw) for i in items)


def test_reads_unicode_names_and_folders_without_a_channel_list():
    records = read_all(connector, ZULIP)
    assert not bad_records(records)
    members = {m.external_id: m for m in members_of(records)}
    assert members["U8X25EBAB"].display_name == "汉语 हिन्दी"
    assert members["U8X25EBAB"].raw["real_name"] == "Rishi हिन्दी 汉语"
    assert members["U8W3QFGQ5"].handle == "rheaparekh12"
    items = items_of(records)
    assert len(items) == 13
    # No channels.json in this export: the folder's name stands for the channel.
    assert all(i.external_id.startswith("random/") for i in items)
    by_id = {i.external_id: i for i in items}
    assert by_id["random/1516454650.000039"].body == "@Rhea has joined the channel (#random)"
    assert by_id["random/1516468529.000046"].body == "@channel"
    upload = by_id["random/1516457078.000065"]
    assert upload.body == (
        "@k._ uploaded a file: dirac72.md (https://plan8team.slack.com/files/U6006P1CN/F8VSW87RR/"
        "dirac72.md) and commented: test upload attachment"
    )
    assert upload.created_at == 1516457078 and upload.author_id == "U6006P1CN"


def test_modern_messages_with_blocks_files_and_user_profile(tmp_path):
    rich = orjson.loads((MODERN / "message_with_varying_block_types.json").read_bytes())
    folder = export(tmp_path, {"general/2026-04-22.json": [rich]}, users=[], name="rich")
    member, item = read_all(connector, folder)
    # The author is not in users.json; the message's user_profile describes them.
    assert isinstance(member, MemberRecord) and member.external_id == "U06NU4E26M9"
    assert (member.handle, member.display_name) == ("pieterceka123", "Peter")
    assert item.body == (
        "Hello there, I am a basic rich text block! Hello there, *I am a bold rich text block!* "
        "This is a mrkdwn section block :ghost: *this is bold*, and ~this is crossed out~, and "
        "this is a link (https://google.com) This is a header block, with interactive elements"
    )
    assert item.created_at == 1776874317 and item.author_id == "U06NU4E26M9"
    assert item.raw["blocks"][5]["type"] == "table"

    files = orjson.loads((MODERN / "message_with_variety_files_and_rich_text.json").read_bytes())
    folder = export(tmp_path, {"general/2026-03-04.json": [files]}, users=[], name="files")
    member, item = read_all(connector, folder)
    assert member == MemberRecord(network="slack", external_id="U06NU4E26M9", handle="U06NU4E26M9")
    assert item.external_id == "C01GEN/1772636065.551219"
    assert item.body == (
        "message with *files  @U074VRHQ11T* \nF07A32DC2GG\n[file: Weekly Sync]\n"
        "[file: channels.json]"
    )
    assert item.raw["files"][0]["url_private"] == (
        "https://files.slack.com/files-pri/T06NRA6HM3P-F07A32DC2GG/canvas"
    )
    assert b"xoxe" not in orjson.dumps(item.raw)


def test_markup_unicode_emoji_email_and_deleted_users(tmp_path):
    folder = export(
        tmp_path,
        {
            "general/2024-01-01.json": [
                message(
                    "1704100000.000100",
                    "Hallo <@U02BEN> &amp; <@U09GONE|gone>, see <#C01GEN> and <#C77|random>: "
                    "<https://example.org/a?b=1&amp;c=2|die Seite> &lt;3 🎉 "
                    "<mailto:anna@example.org|anna@example.org> <!here>",
                ),
                message("1704100001.000200", "Grüße aus Köln 🙂", user="U02BEN"),
                message(
                    "1704100002.000300",
                    "Hi <@U03GAST>",
                    user="U03GAST",
                    user_profile={
                        "name": "gast",
                        "real_name": "Gast Person",
                        "display_name": "Gast 👋",
                        "email": "gast@example.net",
                    },
                ),
            ]
        },
    )
    records = read_all(connector, folder)
    anna, ben, first, second, guest, third = records
    assert (guest.handle, guest.display_name, guest.email) == (
        "gast",
        "Gast 👋",
        "gast@example.net",
    )
    assert "email" not in guest.raw and "email" not in third.raw["user_profile"]
    assert third.body == "Hi @Gast 👋"
    assert anna.email == "anna@example.org" and ben.email is None
    assert "email" not in anna.raw["profile"] and "phone" not in anna.raw["profile"]
    assert b"anna@example.org" not in orjson.dumps(anna.raw)
    assert (anna.display_name, ben.display_name) == ("Anna 🌻", "Ben Ng")
    assert ben.raw["deleted"] is True and second.author_id == "U02BEN"
    assert first.body == (
        "Hallo @Ben Ng & @gone, see #general and #random: "
        "die Seite (https://example.org/a?b=1&c=2) <3 🎉 anna@example.org @here"
    )
    assert second.body == "Grüße aus Köln 🙂"


def test_threads_replies_missing_roots_and_tombstones(tmp_path):
    folder = export(
        tmp_path,
        {
            "general/2024-01-01.json": [
                message("1704100000.000100", "root", thread_ts="1704100000.000100", reply_count=2),
                message("1704100010.000200", "first reply", thread_ts="1704100000.000100"),
                message("1704100020.000300", "to a root not exported", thread_ts="1704000000.0001"),
                {
                    "type": "message",
                    "subtype": "tombstone",
                    "user": "USLACKBOT",
                    "text": "This message was deleted.",
                    "hidden": True,
                    "ts": "1704100030.000400",
                    "thread_ts": "1704100030.000400",
                },
                {"type": "message", "subtype": "message_deleted", "deleted_ts": "1704100000.0001"},
            ]
        },
    )
    records = read_all(connector, folder)
    assert not bad_records(records)
    root, reply, orphan, tombstone = items_of(records)
    assert (root.kind, root.thread_external_id, root.parent_external_id) == (
        "message",
        "C01GEN/1704100000.000100",
        None,
    )
    assert (reply.kind, reply.parent_external_id, reply.thread_external_id) == (
        "reply",
        "C01GEN/1704100000.000100",
        "C01GEN/1704100000.000100",
    )
    assert orphan.parent_external_id == "C01GEN/1704000000.0001" == orphan.thread_external_id
    assert (tombstone.platform_state, tombstone.author_id) == ("deleted", "USLACKBOT")
    assert members_of(records)[-1] == MemberRecord(
        network="slack", external_id="USLACKBOT", handle="USLACKBOT"
    )


def test_duplicate_ts_makes_one_item(tmp_path, import_with):
    folder = export(
        tmp_path,
        {
            "general/2024-01-01.json": [
                message("1704100000.000100", "once"),
                message("1704100000.000100", "once again"),
            ]
        },
    )
    (item,) = items_of(read_all(connector, folder))
    assert item.body == "once"
    assert import_with(connector, folder).items_added == 1


def test_empty_export_and_one_record(tmp_path, import_with):
    empty = export(tmp_path, {}, name="empty")
    with open_input(empty) as source:
        assert connector.detect(source) == 60
    records = read_all(connector, empty)
    assert len(members_of(records)) == 2 and not items_of(records)
    assert import_with(connector, empty).items_added == 0
    one = export(tmp_path, {"general/2024-01-01.json": [message("1704100000.000100", "😀")]})
    (item,) = items_of(read_all(connector, one))
    assert (item.external_id, item.body, item.created_at) == (
        "C01GEN/1704100000.000100",
        "😀",
        1704100000,
    )


def test_zipped_export_reads_like_the_folder(tmp_path):
    folder = export(tmp_path, {"general/2024-01-01.json": [message("1704100000.000100", "zip")]})
    packed = tmp_path / "Workspace Slack export.zip"
    with zipfile.ZipFile(packed, "w") as archive:
        for path in sorted(folder.rglob("*.json")):
            archive.write(path, path.relative_to(folder).as_posix())
    assert read_all(connector, packed) == read_all(connector, folder)


def test_truncated_or_invalid_day_files_are_format_errors(tmp_path):
    good = orjson.dumps([message("1704100000.000100", "a"), message("1704100001.000100", "b")])
    cut = export(tmp_path, {"general/2024-01-01.json": good[:-20]}, name="cut")
    with pytest.raises(FormatError, match=r"general/2024-01-01\.json: the JSON is broken"):
        read_all(connector, cut)
    not_array = export(tmp_path, {"general/2024-01-02.json": b'{"ts": "1"}'}, name="object")
    with pytest.raises(FormatError, match=r"general/2024-01-02\.json: must hold a JSON array"):
        read_all(connector, not_array)
    bad_users = export(tmp_path, {}, name="users")
    (bad_users / "users.json").write_bytes(b'[{"id": "U1"')
    with pytest.raises(FormatError, match=r"users\.json: the JSON is broken"):
        read_all(connector, bad_users)


def test_a_broken_file_in_an_export_is_named_with_the_export(tmp_path, store, import_with):
    """Two exports in one import each hold a users.json: the message says whose is broken,
    from a folder as from a zip (issue 16, the fuzz scan), and nothing is written."""
    folder = export(tmp_path, {"general/2024-01-01.json": [message("1704100000.000100", "a")]})
    (folder / "users.json").write_bytes(b'[{"id": "U1"')
    packed = tmp_path / "Workspace.zip"
    with zipfile.ZipFile(packed, "w") as archive:
        for path in sorted(folder.rglob("*.json")):
            archive.write(path, path.relative_to(folder).as_posix())
    before = table_snapshot(store)
    for broken in (folder, packed):
        with pytest.raises(FormatError, match=rf"^{broken.name}: users\.json: the JSON is broken"):
            import_with(connector, ZULIP, broken)
        assert table_snapshot(store) == before


def test_bad_record_names_file_record_and_field(tmp_path, store, import_with):
    folder = export(
        tmp_path,
        {
            "general/2024-01-01.json": [
                message("1704100000.000100", "fine"),
                message("soon", "when?"),
                message("1704100002.000100", "also fine"),
                "not a message",
            ]
        },
    )
    before = table_snapshot(store)
    with pytest.raises(
        importer.ImportFailed, match=r"general/2024-01-01.json, record 2, field 'ts'"
    ):
        import_with(connector, folder)
    assert table_snapshot(store) == before
    summary = import_with(connector, folder, skip_bad=True)
    assert summary.items_added == 2
    assert summary.skipped == [
        "export: general/2024-01-01.json, record 2, field 'ts': is not a Slack timestamp: 'soon'",
        "export: general/2024-01-01.json, record 4: a message must be a JSON object",
    ]


def test_reimport_adds_nothing(import_with):
    first = import_with(connector, TESTARCHIVE, ZULIP)
    assert (first.items_added, first.members_added) == (158 + 13, 7 + 4)
    again = import_with(connector, TESTARCHIVE, ZULIP)
    assert (again.items_added, again.items_updated, again.members_added) == (0, 0, 0)


def test_nothing_is_queued_from_real_exports(import_with):
    """Exports carry no reports or held messages, and joins of several channels by one member
    do not read as repeated text."""
    records = read_all(connector, TESTARCHIVE) + read_all(connector, ZULIP)
    assert {i.platform_state for i in items_of(records)} == {"published"}
    assert import_with(connector, TESTARCHIVE, ZULIP).queued == 0
