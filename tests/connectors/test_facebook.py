import json
import zipfile
from pathlib import Path

import pytest

from tests.connectors.conftest import FIXTURES, bad_records, read_all, table_snapshot
from workbench.connectors.base import FormatError
from workbench.connectors.facebook import FacebookConnector
from workbench.connectors.inputs import open_input
from workbench.core.records import ImportOptions, ItemRecord, MemberRecord
from workbench.services import importer

FOLDER = FIXTURES / "facebook"
POSTS = FOLDER / "fbdyi2020_uliuphoff_your_posts.json"
GROUP_CHAT = FOLDER / "fbdyi2022_tmitcheson_groupchat_message_1.json"
BENGALI_CHAT = FOLDER / "fbdyi2025_shahriarsohan_message_1.json"
COMMENTS = FOLDER / "handmade_comments.json"
connector = FacebookConnector()


def mangled(value: str) -> str:
    """``value`` the way Facebook writes it: UTF-8 bytes as Latin-1 code points."""
    return value.encode("utf-8").decode("latin-1")


def write_json(path: Path, document: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=2, ensure_ascii=True))
    return path


def items_of(records: list) -> list[ItemRecord]:
    return [r for r in records if isinstance(r, ItemRecord)]


def members_of(records: list) -> list[MemberRecord]:
    return [r for r in records if isinstance(r, MemberRecord)]


def chat(*messages: dict, thread_path: str | None = "inbox/test_abc123") -> dict:
    document: dict = {
        "participants": [{"name": "Ana"}, {"name": mangled("Jürgen")}],
        "messages": list(messages),
        "title": "Test",
    }
    if thread_path is not None:
        document["thread_path"] = thread_path
    return document


def export_folder(root: Path, with_profile: bool = True) -> Path:
    """An unpacked export in the 2024 layout, with files this connector does not read."""
    activity = root / "your_facebook_activity"
    (activity / "posts").mkdir(parents=True)
    (activity / "posts" / "your_posts__check_ins__photos_and_videos_1.json").write_bytes(
        POSTS.read_bytes()
    )
    (activity / "comments_and_reactions").mkdir()
    (activity / "comments_and_reactions" / "comments.json").write_bytes(COMMENTS.read_bytes())
    thread = activity / "messages" / "inbox" / "tunenado_w0zptqqnzg"
    thread.mkdir(parents=True)
    (thread / "message_1.json").write_bytes(GROUP_CHAT.read_bytes())
    (thread / "photos").mkdir()
    (thread / "photos" / "1.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a photo")
    write_json(root / "connections" / "friends" / "your_friends.json", {"friends_v2": []})
    write_json(
        root / "logged_information" / "search" / "your_search_history.json",
        {"searches_v2": [{"timestamp": 1, "data": [{"text": "x"}], "title": "search"}]},
    )
    if with_profile:
        write_json(
            root / "personal_information" / "profile_information" / "profile_information.json",
            {
                "profile_v2": {
                    "name": {"full_name": mangled("Uli Ühoff"), "first_name": "Uli"},
                    "emails": {"emails": ["uli@example.org"], "previous_emails": []},
                    "birthday": {"year": 1970, "month": 1, "day": 2},
                }
            },
        )
    return root


def zipped(folder: Path, target: Path) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(folder).as_posix())
    return target


def test_detects_each_file_kind_and_whole_exports(tmp_path):
    for path, score in ((POSTS, 85), (GROUP_CHAT, 90), (BENGALI_CHAT, 90), (COMMENTS, 90)):
        with open_input(path) as source:
            assert connector.detect(source) == score, path.name
    folder = export_folder(tmp_path / "export")
    with open_input(folder) as source:
        assert connector.detect(source) == 90
    with open_input(zipped(folder, tmp_path / "facebook-uli.zip")) as source:
        assert connector.detect(source) == 90


def test_detection_is_zero_for_other_formats_and_odd_files(tmp_path):
    others = [
        FIXTURES / "twitter" / "ytd2023_darkliquid_tweets_reformatted.js",
        FIXTURES / "reddit-dumps" / "pushshift-importer_test_comments.ndjson",
        write_json(tmp_path / "telegram.json", {"name": "chat", "messages": [{"id": 1}]}),
        write_json(tmp_path / "array.json", [{"id": 1, "text": "not facebook"}]),
        write_json(tmp_path / "friends.json", {"friends_v2": [{"name": "x", "timestamp": 1}]}),
    ]
    binary = tmp_path / "binary.json"
    binary.write_bytes(bytes(range(256)) * 300)
    empty = tmp_path / "empty.json"
    empty.write_bytes(b"")
    for path in [*others, binary, empty]:
        with open_input(path) as source:
            assert connector.detect(source) == 0, path.name


def test_reads_real_posts_with_mojibake_repaired():
    records = read_all(connector, POSTS)
    assert not bad_records(records)
    assert [m.external_id for m in members_of(records)] == ["me"]
    posts = items_of(records)
    assert len(posts) == 6 and {p.kind for p in posts} == {"post"}
    assert all(p.author_id == "me" and p.thread_external_id == p.external_id for p in posts)
    first = posts[0]
    assert first.created_at == 1582520695
    assert first.body == (
        "Herzlichen Glückwunsch und alles Gute zum Geburtstag, lieber Joe. "
        "Weiterhin viel Spaß am Sport und tolle Reisen!"
    )
    assert first.title == "Uli hat etwas in Joes Chronik geschrieben."
    assert posts[1].body.startswith("Viele Grüße an den blauen Bus 🚚, der sich genau wie ich")
    assert posts[1].body.endswith("durch den Öberföhringer Feierabendverkehr gequält hat...")
    assert "Gemütlich war\u2019s" in posts[4].body and "in Österreich bei Lofer" in posts[4].body
    photo = posts[5]
    assert photo.body == "" and photo.title == "Uli hat ein neues Foto zu Joes Chronik hinzugefügt."
    assert photo.raw["title"] == mangled(photo.title)  # raw keeps the record as written
    assert len({p.external_id for p in posts}) == 6
    assert all(p.external_id.startswith("post/") for p in posts)


def test_upload_ips_are_left_out_of_raw_unless_kept():
    photo = items_of(read_all(connector, POSTS))[4]
    media = photo.raw["attachments"][0]["data"][0]["media"]
    assert "upload_ip" not in media["media_metadata"]["photo_metadata"]
    assert media["media_metadata"]["photo_metadata"]["latitude"] == 47.5
    kept = items_of(read_all(connector, POSTS, ImportOptions(keep_ips=True)))[4]
    assert (
        kept.raw["attachments"][0]["data"][0]["media"]["media_metadata"]["photo_metadata"][
            "upload_ip"
        ]
        == "0000:2455:9c:0000:94e:69a:b0eb:4f08"
    )


def test_ids_are_stable_and_do_not_depend_on_the_profile(tmp_path):
    alone = [p.external_id for p in items_of(read_all(connector, POSTS))]
    assert alone == [p.external_id for p in items_of(read_all(connector, POSTS))]
    folder = export_folder(tmp_path / "export")
    whole = items_of(read_all(connector, folder))
    assert [i.external_id for i in whole if i.kind == "post"] == alone


def test_reads_the_group_chat():
    records = read_all(connector, GROUP_CHAT)
    assert not bad_records(records)
    items = items_of(records)
    assert len(items) == 312
    assert {m.external_id for m in members_of(records)} == {
        "Ben Crawford",
        "Caspar Holloway",
        "Charlie Beggs",
        "Josh Ganguli",
        "Luc Kelly",
        "Tom Genner",
        "Tom Mitcheson",
    }
    assert {i.thread_external_id for i in items} == {"inbox/tunenado_w0zptqqnzg"}
    first = items[0]
    assert (first.author_id, first.created_at, first.body, first.kind) == (
        "Josh Ganguli",
        1665335257,
        "Sunday evening grooves",
        "message",
    )
    assert first.raw["timestamp_ms"] == 1665335257696 and first.parent_external_id is None
    by_time = {i.raw["timestamp_ms"]: i for i in items}
    assert by_time[1664820910523].body == "Pleasure to be here 💃🏻💃🏻"
    assert by_time[1662483150689].body == "Acid dub❤️\u200d🔥"
    joins = [i for i in items if i.kind == "service"]
    assert len(joins) == 5
    assert by_time[1664392316954].body == "Charlie Beggs removed Tom Wood from the group."
    assert by_time[1664392316954].kind == "service"
    assert sum(1 for i in items if not i.body) == 8  # photos, a video, a sticker, a GIF
    assert all(i.platform_state == "published" for i in items)


def test_duplicated_messages_make_one_item_each(import_with):
    items = items_of(read_all(connector, BENGALI_CHAT))
    assert len(items) == 78  # 152 messages, 74 of them exact copies
    assert len({i.external_id for i in items}) == 78
    bengali = [i for i in items if i.body == "শুভ নববর্ষ"]
    assert [(i.author_id, i.created_at) for i in bengali] == [
        ("Shahriar Sohan", 1744651548),
        ("AdrIshA", 1744596952),
    ]
    assert {i.thread_external_id for i in items} == {"inbox/adrisha_1655068219219278"}
    # Two reaction notices of the same millisecond in two languages are two messages.
    assert [i.body for i in items[:2]] == ["Gostou de uma mensagem", "Liked a message"]
    summary = import_with(connector, BENGALI_CHAT)
    assert (summary.items_added, summary.members_added) == (78, 2)


def test_reads_the_handmade_comments():
    records = read_all(connector, COMMENTS)
    assert not bad_records(records)
    assert [m.external_id for m in members_of(records)] == ["Jana Köhler"]
    comments = items_of(records)
    assert len(comments) == 5  # six entries, the last a copy of the first
    assert all(c.kind == "comment" and c.author_id == "Jana Köhler" for c in comments)
    assert all(c.parent_external_id is None and c.thread_external_id is None for c in comments)
    assert comments[0].body == "Schöne Grüße aus Köln! 👋"
    assert comments[0].created_at == 1582530000
    assert comments[0].title == "Jana Köhler hat den Beitrag von Tom Brandt kommentiert."
    assert comments[1].raw["data"][0]["comment"]["group"] == "VW T4 Freunde"
    assert comments[2].body == "Спасибо, до встречи 😊"
    gif, sticker = comments[3], comments[4]
    assert gif.body == sticker.body == "" and gif.created_at == sticker.created_at
    assert gif.external_id != sticker.external_id


def test_older_comments_key_and_a_comment_without_author(tmp_path):
    path = write_json(
        tmp_path / "comments.json",
        {
            "comments": [
                {
                    "timestamp": 1300000000,
                    "data": [{"comment": {"timestamp": 1300000000, "comment": "first!"}}],
                    "title": "Someone commented on a post.",
                }
            ]
        },
    )
    records = read_all(connector, path)
    (comment,) = items_of(records)
    assert (comment.body, comment.author_id, comment.created_at) == ("first!", "me", 1300000000)
    assert [m.external_id for m in members_of(records)] == ["me"]


def test_whole_export_as_folder_and_zip(tmp_path):
    folder = export_folder(tmp_path / "export")
    from_folder = read_all(connector, folder)
    assert not bad_records(from_folder)
    items = items_of(from_folder)
    assert [sum(1 for i in items if i.kind == k) for k in ("post", "comment")] == [6, 5]
    assert sum(1 for i in items if i.kind in ("message", "service")) == 312
    owner = members_of(from_folder)[0]
    assert (owner.external_id, owner.display_name, owner.email) == (
        "Uli Ühoff",
        "Uli Ühoff",
        "uli@example.org",
    )
    assert "emails" not in owner.raw and "birthday" not in owner.raw
    assert all(i.author_id == "Uli Ühoff" for i in items if i.kind == "post")
    from_zip = read_all(connector, zipped(folder, tmp_path / "facebook-uli.zip"))
    assert from_zip == from_folder


def test_the_owner_writing_a_comment_is_one_member(tmp_path):
    folder = tmp_path / "export"
    write_json(
        folder / "profile_information" / "profile_information.json",
        {"profile_v2": {"name": {"full_name": mangled("Jana Köhler")}}},
    )
    (folder / "comments.json").write_bytes(COMMENTS.read_bytes())
    (folder / "your_posts_1.json").write_bytes(POSTS.read_bytes())
    records = read_all(connector, folder)
    assert [m.external_id for m in members_of(records)] == ["Jana Köhler"]
    assert {i.author_id for i in items_of(records)} == {"Jana Köhler"}


def test_one_message_with_emoji_an_unsent_one_and_an_anonymous_sender(tmp_path):
    path = write_json(
        tmp_path / "message_1.json",
        chat(
            {
                "sender_name": mangled("Jürgen"),
                "timestamp_ms": 1700000000123,
                "content": mangled("Grüße 🎉 und 谢谢"),
                "reactions": [{"reaction": mangled("❤"), "actor": "Ana"}],
            },
            {"sender_name": "Ana", "timestamp_ms": 1700000001000, "is_unsent": True},
            {"sender_name": "Facebook user", "timestamp_ms": 1700000002000, "content": "hi"},
        ),
    )
    records = read_all(connector, path)
    assert [m.external_id for m in members_of(records)] == ["Jürgen", "Ana"]
    greeting, unsent, anonymous = items_of(records)
    assert greeting.body == "Grüße 🎉 und 谢谢" and greeting.author_id == "Jürgen"
    assert greeting.created_at == 1700000000
    assert unsent.platform_state == "deleted" and unsent.body == ""
    assert anonymous.author_id is None and anonymous.body == "hi"
    assert {i.thread_external_id for i in (greeting, unsent, anonymous)} == {"inbox/test_abc123"}


def test_a_chat_without_thread_path_is_named_by_its_participants(tmp_path):
    message = {"sender_name": "Ana", "timestamp_ms": 1700000000000, "content": "hallo"}
    first = write_json(tmp_path / "a" / "message_1.json", chat(message, thread_path=None))
    second = write_json(tmp_path / "b" / "message_1.json", chat(message, thread_path=None))
    one = items_of(read_all(connector, first))[0]
    assert one.thread_external_id.startswith("conversation/")
    assert items_of(read_all(connector, second))[0].thread_external_id == one.thread_external_id


def test_duplicate_posts_in_one_file_make_one_item(tmp_path, import_with):
    posts = json.loads(POSTS.read_text())
    path = write_json(tmp_path / "your_posts_1.json", [*posts, posts[0], posts[2]])
    assert len(items_of(read_all(connector, path))) == 6
    assert import_with(connector, path).items_added == 6


def test_empty_files_yield_nothing(tmp_path):
    for name, document in (
        ("your_posts_1.json", []),
        ("comments.json", {"comments_v2": []}),
        ("message_1.json", chat()),
    ):
        assert read_all(connector, write_json(tmp_path / name, document)) == []
    folder = tmp_path / "nothing"
    folder.mkdir()
    with open_input(folder) as source:
        assert connector.detect(source) == 0
    assert read_all(connector, folder) == []


def test_truncated_and_invalid_files_are_format_errors(tmp_path):
    cut = tmp_path / "message_1.json"
    data = GROUP_CHAT.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(FormatError, match=r"message_1.json, record \d+: the JSON is broken"):
        read_all(connector, cut)
    broken = tmp_path / "your_posts_1.json"
    broken.write_bytes(POSTS.read_bytes().replace(b'"data": [', b'"data": [,', 1))
    with pytest.raises(FormatError, match=r"your_posts_1.json, record 1"):
        read_all(connector, broken)


def test_bad_record_names_file_record_and_field(tmp_path, store, import_with):
    path = write_json(
        tmp_path / "message_1.json",
        chat(
            {"sender_name": "Ana", "timestamp_ms": 1700000000000, "content": "eins"},
            {"sender_name": "Ana", "content": "no time"},
            {"sender_name": "Ana", "timestamp_ms": "soon", "content": "zwei"},
            {"sender_name": "Ana", "timestamp_ms": 1700000003000, "content": "drei"},
        ),
    )
    before = table_snapshot(store)
    with pytest.raises(
        importer.ImportFailed, match=r"message_1.json, record 2, field 'timestamp_ms'"
    ):
        import_with(connector, path)
    assert table_snapshot(store) == before
    summary = import_with(connector, path, skip_bad=True)
    assert summary.items_added == 2
    assert summary.skipped == [
        "message_1.json, record 2, field 'timestamp_ms': is missing",
        "message_1.json, record 3, field 'timestamp_ms': expected Unix seconds, got 'soon'",
    ]


def test_a_post_that_is_not_an_object(tmp_path):
    path = write_json(
        tmp_path / "your_posts_1.json", [{"timestamp": 1, "data": [{"post": "x"}]}, 7]
    )
    problems = bad_records(read_all(connector, path))
    assert [(p.location.record, p.message) for p in problems] == [
        (2, "a post must be a JSON object")
    ]


def test_reimport_adds_nothing(tmp_path, import_with):
    folder = export_folder(tmp_path / "export")
    first = import_with(connector, folder, BENGALI_CHAT)
    assert (first.items_added, first.members_added) == (6 + 5 + 312 + 78, 1 + 1 + 7 + 2)
    again = import_with(connector, folder, BENGALI_CHAT)
    assert (again.items_added, again.items_updated, again.members_added) == (0, 0, 0)


def test_photo_posts_without_text_are_found_by_the_file_name(tmp_path):
    photo_only = [json.loads(POSTS.read_text())[5]]
    named = write_json(tmp_path / "posts" / "your_posts_1.json", photo_only)
    with open_input(named) as source:
        assert connector.detect(source) == 75
    (post,) = items_of(read_all(connector, named))
    assert post.created_at == 1581758245 and post.body == ""
    other = write_json(tmp_path / "other" / "photos.json", photo_only)
    with open_input(other) as source:
        assert connector.detect(source) == 0


def test_group_posts_and_group_comments(tmp_path):
    folder = tmp_path / "groups"
    write_json(
        folder / "group_posts_and_comments.json",
        {
            "group_posts_v2": [
                {
                    "timestamp": 1600000000,
                    "data": [{"post": mangled("Wer kommt zum Treffen? 🚐")}],
                    "title": mangled("Uli hat in VW T4 Freunde gepostet."),
                }
            ]
        },
    )
    write_json(
        folder / "your_comments_in_groups.json",
        {
            "group_comments_v2": [
                {
                    "timestamp": 1600000100,
                    "data": [
                        {
                            "comment": {
                                "timestamp": 1600000100,
                                "comment": "Ich!",
                                "author": "Uli",
                                "group": "VW T4 Freunde",
                            }
                        }
                    ],
                    "title": "Uli hat einen Beitrag kommentiert.",
                }
            ]
        },
    )
    with open_input(folder) as source:
        assert connector.detect(source) == 90
    post, comment = items_of(read_all(connector, folder))
    assert (post.kind, post.body, post.author_id) == ("post", "Wer kommt zum Treffen? 🚐", "me")
    assert (comment.kind, comment.body, comment.author_id) == ("comment", "Ich!", "Uli")
