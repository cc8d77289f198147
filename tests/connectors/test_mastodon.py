import zipfile

import orjson
import pytest

from tests.connectors.conftest import FIXTURES, bad_records, read_all, table_snapshot
from workbench.connectors.base import FormatError
from workbench.connectors.inputs import open_input
from workbench.connectors.mastodon import MastodonConnector
from workbench.core.records import ItemRecord, MemberRecord
from workbench.services import importer

ARCHIVE = FIXTURES / "mastodon-archive"
OUTBOX = ARCHIVE / "outbox.json"
ACTOR_ID = "https://toot.lmorchard.com/users/lmorchard"
STATUSES = f"{ACTOR_ID}/statuses"
connector = MastodonConnector()


def items_of(records: list) -> list[ItemRecord]:
    return [r for r in records if isinstance(r, ItemRecord)]


def members_of(records: list) -> list[MemberRecord]:
    return [r for r in records if isinstance(r, MemberRecord)]


def write_outbox(path, activities, **extra):
    document = {
        "@context": "https://www.w3.org/ns/activitystreams",
        "id": "outbox.json",
        "type": "OrderedCollection",
        "totalItems": len(activities),
        **extra,
        "orderedItems": activities,
    }
    path.write_bytes(orjson.dumps(document))
    return path


def create(number, content, *, published="2024-05-01T10:00:00Z", **note):
    note_id = f"https://social.example/users/ana/statuses/{number}"
    return {
        "id": f"{note_id}/activity",
        "type": "Create",
        "actor": "https://social.example/users/ana",
        "published": published,
        "object": {
            "id": note_id,
            "type": "Note",
            "summary": None,
            "inReplyTo": None,
            "published": published,
            "url": f"https://social.example/@ana/{number}",
            "attributedTo": "https://social.example/users/ana",
            "content": content,
            **note,
        },
    }


def test_detects_archive_folder_zip_and_outbox_alone(tmp_path):
    packed = tmp_path / "archive.zip"
    with zipfile.ZipFile(packed, "w") as archive:
        for name in ("outbox.json", "actor.json", "likes.json"):
            archive.write(ARCHIVE / name, name)
    renamed = tmp_path / "export.json"
    renamed.write_bytes(OUTBOX.read_bytes())
    for path in (ARCHIVE, OUTBOX, packed):
        with open_input(path) as source:
            assert connector.detect(source) == 95
    with open_input(renamed) as source:
        assert connector.detect(source) == 85


def test_detects_nothing_in_other_formats(tmp_path):
    binary = tmp_path / "outbox.json"
    binary.write_bytes(bytes(range(256)) * 10)
    empty = tmp_path / "empty.json"
    empty.write_bytes(b"")
    others = [
        FIXTURES / "slack" / "slack-export-viewer" / "testarchive.zip",
        FIXTURES / "slack" / "zulip" / "test_slack_importer",
        FIXTURES / "reddit-dumps",
        ARCHIVE / "likes.json",
        binary,
        empty,
    ]
    for path in others:
        with open_input(path) as source:
            assert connector.detect(source) == 0, path


def test_reads_the_real_archive():
    records = read_all(connector, ARCHIVE)
    assert not bad_records(records)
    items = items_of(records)
    # totalItems says 19; the archive holds 18 posts.
    assert len(items) == 18 and orjson.loads(OUTBOX.read_bytes())["totalItems"] == 19
    assert [m.external_id for m in members_of(records)] == [ACTOR_ID]
    member = members_of(records)[0]
    assert (member.handle, member.display_name) == ("@lmorchard@toot.lmorchard.com", "Les Orchard")
    assert member.profile_url == "https://toot.lmorchard.com/@lmorchard"
    assert member.raw["preferredUsername"] == "lmorchard"
    assert "publicKey" not in member.raw and "@context" not in member.raw
    assert records[0] == member

    first = items[0]
    assert first.external_id == f"{STATUSES}/109318097085292765"
    assert (first.kind, first.author_id, first.created_at) == ("status", ACTOR_ID, 1668061784)
    assert first.body == "Just setting up another tooter!"
    assert first.body_html == "<p>Just setting up another tooter!</p>"
    assert first.url == "https://toot.lmorchard.com/@lmorchard/109318097085292765"
    assert first.thread_external_id == first.external_id and first.parent_external_id is None
    assert first.language == "en" and first.raw["object"]["published"] == "2022-11-10T06:29:44Z"

    assert sum(1 for i in items if i.kind == "reply") == 4
    by_id = {i.external_id: i for i in items}
    chain = by_id[f"{STATUSES}/109327998410032909"]
    assert chain.body == "@lmorchard@dev.mastodon.lmorchard.com vovpvpvpvpvp"
    assert chain.parent_external_id == f"{STATUSES}/109327997514291435"
    assert chain.thread_external_id == f"{STATUSES}/109327984151569764"
    entity = by_id[f"{STATUSES}/109390466880514879"]
    assert entity.body.endswith("you really don't want to mix those up")
    picture = by_id[f"{STATUSES}/110285480688437416"]
    assert picture.raw["object"]["attachment"][0]["mediaType"] == "image/jpeg"
    tagged = by_id[f"{STATUSES}/110127212411293872"]
    hashtag = tagged.raw["object"]["tag"][1]
    assert (hashtag["type"], hashtag["name"]) == ("Hashtag", "#logo")
    assert all(i.platform_state == "published" for i in items)


def test_reply_to_a_post_outside_the_archive():
    items = items_of(read_all(connector, ARCHIVE))
    reply = next(i for i in items if i.external_id == f"{STATUSES}/109555119340570253")
    outside = "https://toot.lmorchard.com/users/testbot/statuses/109555111585579183"
    assert reply.kind == "reply" and reply.body == "@testbot hey"
    assert reply.parent_external_id == outside and reply.thread_external_id == outside
    assert outside not in {i.external_id for i in items}


def test_zipped_archive_reads_like_the_folder(tmp_path):
    packed = tmp_path / "archive-20230708.zip"
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(ARCHIVE.iterdir()):
            archive.write(path, path.name)
    assert read_all(connector, packed) == read_all(connector, ARCHIVE)


def test_outbox_alone_names_the_author_by_url():
    records = read_all(connector, OUTBOX)
    assert len(items_of(records)) == 18
    (member,) = members_of(records)
    assert member.external_id == ACTOR_ID
    assert (member.handle, member.display_name) == ("@lmorchard@toot.lmorchard.com", "lmorchard")


def test_content_warning_boost_poll_unicode_and_duplicates(tmp_path):
    warned = create(
        1,
        "<p>Spoilers: Snape 🐍 &amp; Dumbledore</p>",
        summary="Harry Potter spoilers",
        sensitive=True,
        contentMap={"de": "<p>x</p>"},
    )
    boost = {
        "id": "https://social.example/users/ana/statuses/2/activity",
        "type": "Announce",
        "actor": "https://social.example/users/ana",
        "published": "2024-05-01T11:00:00Z",
        "object": "https://other.example/@bo/77",
    }
    poll = create(
        3,
        "<p>Tee oder Kaffee? ☕</p>",
        type="Question",
        oneOf=[{"type": "Note", "name": "Tee"}, {"type": "Note", "name": "Kaffee"}],
    )
    like = {"id": "x", "type": "Like", "actor": "a", "object": "b"}
    path = write_outbox(tmp_path / "outbox.json", [warned, boost, poll, like, warned])
    records = read_all(connector, path)
    assert not bad_records(records)
    items = items_of(records)
    assert [i.kind for i in items] == ["status", "boost", "status"]
    assert items[0].body == "CW: Harry Potter spoilers\n\nSpoilers: Snape 🐍 & Dumbledore"
    assert items[0].body_html == "<p>Spoilers: Snape 🐍 &amp; Dumbledore</p>"
    assert items[0].raw["object"]["summary"] == "Harry Potter spoilers"
    assert items[0].raw["object"]["sensitive"] is True and items[0].language == "de"
    assert items[1].external_id == "https://social.example/users/ana/statuses/2/activity"
    assert items[1].body == "Boosted https://other.example/@bo/77"
    assert items[1].url == "https://other.example/@bo/77"
    assert items[1].created_at == 1714561200
    assert items[2].body == "Tee oder Kaffee? ☕\n- Tee\n- Kaffee"
    (member,) = members_of(records)
    assert member.handle == "@ana@social.example"


def test_empty_outbox_adds_nothing(tmp_path, import_with):
    path = write_outbox(tmp_path / "outbox.json", [])
    with open_input(path) as source:
        assert connector.detect(source) == 70
    assert read_all(connector, path) == []
    summary = import_with(connector, path)
    assert (summary.items_added, summary.members_added) == (0, 0)


def test_one_record(tmp_path):
    path = write_outbox(tmp_path / "outbox.json", [create(9, "<p>नमस्ते 世界</p>")])
    (member, item) = read_all(connector, path)
    assert isinstance(member, MemberRecord) and member.display_name == "ana"
    assert item.body == "नमस्ते 世界" and item.author_id == "https://social.example/users/ana"


def test_truncated_invalid_and_foreign_json_are_format_errors(tmp_path):
    cut = tmp_path / "outbox.json"
    data = OUTBOX.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(FormatError, match=r"outbox.json, record \d+: the JSON is broken"):
        read_all(connector, cut)
    broken = tmp_path / "broken" / "outbox.json"
    broken.parent.mkdir()
    broken.write_bytes(b'{"type": "OrderedCollection", "orderedItems": [{"type": "Create",]}')
    with pytest.raises(FormatError, match=r"outbox\.json, record 1"):
        read_all(connector, broken)
    foreign = tmp_path / "foreign" / "outbox.json"
    foreign.parent.mkdir()
    foreign.write_bytes(b'{"messages": []}')
    with pytest.raises(FormatError, match="has no orderedItems"):
        read_all(connector, foreign)


def test_broken_actor_json_is_a_format_error(tmp_path):
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "outbox.json").write_bytes(OUTBOX.read_bytes())
    (folder / "actor.json").write_bytes(b'["not an actor"]')
    with pytest.raises(FormatError, match=r"actor\.json: is not an ActivityPub actor"):
        read_all(connector, folder)


def test_bad_record_names_file_record_and_field(tmp_path, store, import_with):
    good = orjson.loads(OUTBOX.read_bytes())["orderedItems"][:3]
    bad = create(5, "<p>later</p>", published="soon")
    path = write_outbox(tmp_path / "outbox.json", [good[0], bad, *good[1:]])
    before = table_snapshot(store)
    with pytest.raises(
        importer.ImportFailed, match=r"outbox.json, record 2, field 'object.published'"
    ):
        import_with(connector, path)
    assert table_snapshot(store) == before
    summary = import_with(connector, path, skip_bad=True)
    assert summary.items_added == 3
    assert summary.skipped == [
        "outbox.json, record 2, field 'object.published': not an ISO 8601 time: 'soon'"
    ]


def test_create_of_a_link_and_boost_of_nothing_are_bad_records(tmp_path):
    link = {"id": "a", "type": "Create", "actor": "x", "object": "https://x.example/1"}
    empty_boost = {"id": "b", "type": "Announce", "actor": "x", "published": "2024-01-01T00:00Z"}
    odd_author = create(4, "<p>ok</p>", attributedTo="https://[odd/users/x")
    path = write_outbox(tmp_path / "outbox.json", [link, empty_boost, [1], odd_author])
    records = read_all(connector, path)
    assert members_of(records)[0].handle == "@x"
    problems = bad_records(records)
    assert [(p.location.record, p.field, p.message) for p in problems] == [
        (1, "object", "is not an embedded post"),
        (2, "object", "names no boosted post"),
        (3, None, "an activity must be a JSON object"),
    ]


def test_reimport_adds_nothing_and_nothing_is_queued(import_with):
    first = import_with(connector, ARCHIVE)
    assert (first.items_added, first.members_added) == (18, 1)
    # Archives say nothing of reports or held posts, and the sample repeats no text.
    assert first.queued == 0
    again = import_with(connector, ARCHIVE)
    assert (again.items_added, again.items_updated, again.members_added) == (0, 0, 0)
