import json
import zipfile
from pathlib import Path

import pytest

from tests.connectors.conftest import FIXTURES, bad_records, read_all, table_snapshot
from workbench.connectors.base import FormatError
from workbench.connectors.inputs import open_input
from workbench.connectors.twitter import TwitterConnector
from workbench.core.records import ItemRecord, MemberRecord
from workbench.services import importer

FOLDER = FIXTURES / "twitter"
TWEETS = FOLDER / "ytd2023_darkliquid_tweets_reformatted.js"
MANIFEST = FOLDER / "ytd2023_darkliquid_manifest.js"
connector = TwitterConnector()


def sample() -> list[dict]:
    content = TWEETS.read_text(encoding="utf-8")
    return json.loads(content.split("=", 1)[1])


def data_file(path: Path, name: str, elements: list, *, spacing: str = " : ") -> Path:
    """An archive data file as the service writes it: `"key" : value`, two-space indent."""
    path.parent.mkdir(parents=True, exist_ok=True)
    body = json.dumps(elements, indent=2, ensure_ascii=False, separators=(",", spacing))
    path.write_text(f"window.YTD.{name} = {body}", encoding="utf-8")
    return path


def tweet(tweet_id: str, text: str, **fields: object) -> dict:
    return {
        "tweet": {
            "id_str": tweet_id,
            "id": tweet_id,
            "created_at": "Mon Jan 02 08:26:24 +0000 2023",
            "full_text": text,
            "entities": {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []},
            "favorite_count": "0",
            "retweet_count": "0",
            "lang": "en",
            **fields,
        }
    }


ACCOUNT = {
    "account": {
        "email": "owner@example.org",
        "createdVia": "web",
        "username": "darkliquid",
        "accountId": "15942882",
        "createdAt": "2008-08-22T10:00:00.000Z",
        "accountDisplayName": "Andrew Montgomery-Hurrell",
    }
}
DELETED = tweet(
    "1500000000000000001",
    "I should not have said that",
    deleted_at="2022-03-05T10:00:00.000Z",
)


def archive_folder(root: Path, *, account: bool = True) -> Path:
    """An unpacked 2023 archive: tweets split in two parts, deleted tweets, side files."""
    data = root / "data"
    tweets = sample()
    data_file(data / "tweets.js", "tweets.part0", tweets[:15])
    data_file(data / "tweets-part1.js", "tweets.part1", tweets[15:])
    data_file(data / "deleted-tweets.js", "deleted_tweets.part0", [DELETED])
    data_file(
        data / "account-creation-ip.js",
        "account_creation_ip.part0",
        [{"accountCreationIp": {"accountId": "15942882", "userCreationIp": "192.0.2.7"}}],
    )
    if account:
        data_file(data / "account.js", "account.part0", [ACCOUNT])
    (data / "manifest.js").write_bytes(MANIFEST.read_bytes())
    (data / "tweets_media").mkdir()
    (data / "tweets_media" / "1541752634348019715-photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    return root


def zipped(folder: Path, target: Path) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(folder).as_posix())
    return target


def items_of(records: list) -> list[ItemRecord]:
    return [r for r in records if isinstance(r, ItemRecord)]


def members_of(records: list) -> list[MemberRecord]:
    return [r for r in records if isinstance(r, MemberRecord)]


def test_detects_tweet_files_and_archives(tmp_path):
    with open_input(TWEETS) as source:
        assert connector.detect(source) == 95
    folder = archive_folder(tmp_path / "archive")
    with open_input(folder) as source:
        assert connector.detect(source) == 95
    with open_input(zipped(folder, tmp_path / "twitter-2023-07-02.zip")) as source:
        assert connector.detect(source) == 95
    deleted_only = data_file(tmp_path / "deleted-tweets.js", "deleted_tweets.part0", [DELETED])
    with open_input(deleted_only) as source:
        assert connector.detect(source) == 90


def test_detection_is_zero_for_other_formats_and_odd_files(tmp_path):
    binary = tmp_path / "tweets.js"
    binary.write_bytes(bytes(range(256)) * 300)
    empty = tmp_path / "tweet.js"
    empty.write_bytes(b"")
    plain = tmp_path / "plain.js"
    plain.write_text(json.dumps(sample()))
    for path in (
        MANIFEST,
        FIXTURES / "facebook" / "fbdyi2020_uliuphoff_your_posts.json",
        FIXTURES / "reddit-dumps" / "pushshift-importer_test_comments.ndjson",
        binary,
        empty,
        plain,
    ):
        with open_input(path) as source:
            assert connector.detect(source) == 0, path.name


def test_reads_the_real_tweets():
    records = read_all(connector, TWEETS)
    assert not bad_records(records)
    items = items_of(records)
    assert len(items) == 28
    assert [sum(1 for i in items if i.kind == k) for k in ("tweet", "reply", "retweet")] == [
        4,
        23,
        1,
    ]
    first = items[0]
    assert first.external_id == "1629012888185610242"
    assert first.created_at == 1677221912  # Fri Feb 24 06:58:32 +0000 2023
    assert first.body == "@RPDeshaies Pretty much anything by Bal-Sagoth"
    assert first.parent_external_id == first.thread_external_id == "1628894722889601024"
    assert first.language == "en" and first.raw["favorite_count"] == "0"
    by_id = {i.external_id: i for i in items}
    assert by_id["1607434750175715329"].body == "@SEGA Sonic 3 & Knuckles"
    assert by_id["1607434750175715329"].raw["full_text"] == "@SEGA Sonic 3 &amp; Knuckles"
    retweet = by_id["1584110055259279360"]
    assert retweet.kind == "retweet" and retweet.body.startswith("RT @boondaburrah: @bengl3rt")
    assert retweet.thread_external_id == retweet.external_id
    assert by_id["1557395615620939777"].body == (
        "This desk looks lovely: http://getlumina.com/desk?mwr=6cb6555e"
    )
    assert by_id["1541752634348019715"].body == (
        "@symatt Monocycle https://twitter.com/darkliquid/status/1541752634348019715/photo/1"
    )
    assert by_id["1603463121561128960"].language is None  # Twitter said "und"


def test_a_reply_to_a_reply_in_the_archive_joins_its_thread():
    by_id = {i.external_id: i for i in items_of(read_all(connector, TWEETS))}
    own_reply = by_id["1589594490826010624"]
    assert own_reply.parent_external_id == "1589575537189859330"
    parent = by_id["1589575537189859330"]
    # The parent's parent is outside the archive: it is where the thread starts.
    assert parent.parent_external_id == "1589506897518161921"
    assert own_reply.thread_external_id == parent.thread_external_id == "1589506897518161921"


def test_a_tweets_file_alone_is_named_after_itself():
    records = read_all(connector, TWEETS)
    (owner,) = members_of(records)
    assert owner.external_id == "archive:ytd2023_darkliquid_tweets_reformatted"
    assert records[0] == owner
    item = items_of(records)[0]
    assert item.author_id == owner.external_id
    assert item.url == "https://x.com/i/web/status/1629012888185610242"


def test_the_service_spacing_and_the_reindented_sample_read_alike(tmp_path):
    # Named like the sample, so that the owner named after the file is the same.
    service = data_file(tmp_path / "service" / TWEETS.name, "tweets.part0", sample())
    assert b'"full_text" : "@RPDeshaies' in service.read_bytes()
    compact = data_file(tmp_path / "compact" / TWEETS.name, "tweets.part0", sample(), spacing=":")
    expected = items_of(read_all(connector, TWEETS))
    assert items_of(read_all(connector, service)) == expected
    assert items_of(read_all(connector, compact)) == expected


def test_archive_folder_and_zip(tmp_path):
    folder = archive_folder(tmp_path / "archive")
    records = read_all(connector, folder)
    assert not bad_records(records)
    (owner,) = members_of(records)
    assert (owner.external_id, owner.handle, owner.display_name) == (
        "15942882",
        "darkliquid",
        "Andrew Montgomery-Hurrell",
    )
    assert owner.email == "owner@example.org" and "email" not in owner.raw
    assert owner.raw["createdAt"] == "2008-08-22T10:00:00.000Z"
    assert owner.profile_url == "https://x.com/darkliquid"
    items = items_of(records)
    assert len(items) == 29
    assert all(i.author_id == "15942882" for i in items)
    by_id = {i.external_id: i for i in items}
    # The self-reply is in tweets.js, its parent in tweets-part1.js.
    assert by_id["1589594490826010624"].thread_external_id == "1589506897518161921"
    assert by_id["1629012888185610242"].url == (
        "https://x.com/darkliquid/status/1629012888185610242"
    )
    deleted = by_id["1500000000000000001"]
    assert deleted.platform_state == "deleted" and deleted.body == "I should not have said that"
    assert sum(1 for i in items if i.platform_state == "published") == 28
    assert "192.0.2.7" not in repr(records)
    assert read_all(connector, zipped(folder, tmp_path / "twitter.zip")) == records


def test_without_account_js_the_manifest_names_the_owner(tmp_path):
    records = read_all(connector, archive_folder(tmp_path / "archive", account=False))
    (owner,) = members_of(records)
    assert (owner.external_id, owner.handle, owner.display_name, owner.email) == (
        "15942882",
        "darkliquid",
        "darkliquid",
        None,
    )
    items = items_of(records)
    assert items[0].url == "https://x.com/darkliquid/status/1629012888185610242"
    assert items[-1].external_id == "1500000000000000001"  # deleted tweets come last


def test_pre_2020_tweet_js_with_bare_tweets_a_bom_and_a_semicolon(tmp_path):
    path = tmp_path / "data" / "tweet.js"
    path.parent.mkdir()
    bare = [
        {
            "id_str": "1100000000000000000",
            "created_at": "Fri Mar 01 23:30:00 -0130 2019",
            "full_text": "Grüße aus Köln 🎉 &lt;3",
            "lang": "de",
        }
    ]
    path.write_bytes(
        b"\xef\xbb\xbfwindow.YTD.tweet.part0 = "
        + json.dumps(bare, indent=2, separators=(",", " : "), ensure_ascii=False).encode()
        + b";\n"
    )
    with open_input(path.parent) as source:
        assert connector.detect(source) == 95
    (item,) = items_of(read_all(connector, path))
    assert item.body == "Grüße aus Köln 🎉 <3" and item.language == "de"
    assert item.created_at == 1551488400  # 2019-03-02 01:00:00 UTC
    assert item.kind == "tweet" and item.thread_external_id == "1100000000000000000"


def test_a_reply_whose_parent_is_missing_keeps_it(tmp_path):
    path = data_file(
        tmp_path / "tweets.js",
        "tweets.part0",
        [
            tweet(
                "1700000000000000002",
                "@someone yes!",
                in_reply_to_status_id_str="1690000000000000000",
                in_reply_to_screen_name="someone",
            )
        ],
    )
    (reply,) = items_of(read_all(connector, path))
    assert reply.kind == "reply"
    assert reply.parent_external_id == reply.thread_external_id == "1690000000000000000"


def test_duplicate_ids_make_one_item(tmp_path, import_with):
    tweets = sample()
    path = data_file(tmp_path / "tweets.js", "tweets.part0", [*tweets, tweets[0], tweets[5]])
    assert len(items_of(read_all(connector, path))) == 28
    summary = import_with(connector, path)
    assert (summary.items_added, summary.members_added) == (28, 1)


def test_an_empty_archive_yields_nothing(tmp_path):
    path = tmp_path / "tweets.js"
    path.write_text("window.YTD.tweets.part0 = [ ]")
    with open_input(path) as source:
        assert connector.detect(source) == 95
    assert read_all(connector, path) == []


def test_truncated_and_invalid_files_are_format_errors(tmp_path):
    cut = tmp_path / "tweets.js"
    data = TWEETS.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(FormatError, match=r"tweets.js, record \d+: the JSON is broken"):
        read_all(connector, cut)
    invalid = tmp_path / "data" / "tweets.js"
    invalid.parent.mkdir()
    invalid.write_text('window.YTD.tweets.part0 = [ {"tweet" : {"id_str" : 1,} } ]')
    with pytest.raises(FormatError, match=r"tweets.js, record 1"):
        read_all(connector, invalid)


def test_bad_record_names_file_record_and_field(tmp_path, store, import_with):
    path = data_file(
        tmp_path / "tweets.js",
        "tweets.part0",
        [
            tweet("1", "one"),
            tweet("2", "two", created_at="yesterday"),
            tweet("3", "three"),
            {"like": {"tweetId": "4"}},
        ],
    )
    before = table_snapshot(store)
    with pytest.raises(importer.ImportFailed, match=r"tweets.js, record 2, field 'created_at'"):
        import_with(connector, path)
    assert table_snapshot(store) == before
    summary = import_with(connector, path, skip_bad=True)
    assert summary.items_added == 2
    assert summary.skipped == [
        "tweets.js, record 2, field 'created_at': not a Twitter time: 'yesterday'",
        "tweets.js, record 4, field 'id_str': is missing",
    ]


def test_reimport_adds_nothing(tmp_path, import_with):
    folder = archive_folder(tmp_path / "archive")
    first = import_with(connector, folder)
    assert (first.items_added, first.members_added) == (29, 1)
    again = import_with(connector, folder)
    assert (again.items_added, again.items_updated, again.members_added) == (0, 0, 0)
