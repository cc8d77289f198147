"""Raw data does not hold the text again that the item's columns hold word for word (issue 16:
a long post was encoded, scrubbed and stored twice), and nothing is lost by it: the record as
the export wrote it is the raw data plus those columns, and erasure still takes a name out of
both."""

import csv
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import pytest
from sqlalchemy import text

from tests.conftest import AUTHOR
from tests.connectors.conftest import FIXTURES, read_all
from workbench.connectors.base import Connector
from workbench.connectors.csv_mapped import MappedCsvConnector
from workbench.connectors.discord import DiscordConnector
from workbench.connectors.facebook import FacebookConnector
from workbench.connectors.mastodon import MastodonConnector
from workbench.connectors.pushshift import PushshiftConnector
from workbench.connectors.reddit_csv import RedditCsvConnector
from workbench.connectors.slack import SlackConnector
from workbench.connectors.telegram import TelegramConnector
from workbench.connectors.twitter import TwitterConnector
from workbench.connectors.wordpress import WordPressConnector
from workbench.core.members import erase
from workbench.core.records import ImportOptions, ItemRecord

FORUM_MAP = (("item_id", "post_id"), ("author", "user_id"), ("created_at", "posted"))
FORUM_MAP += (("body", "text"), ("title", "subject"))
DISCORD = FIXTURES / "discord" / "dce-2024_lumen-makers_general.json"
TELEGRAM = FIXTURES / "telegram" / "tg_handmade_supergroup.json"
TWEETS = FIXTURES / "twitter" / "ytd2023_darkliquid_tweets_reformatted.js"
PUSHSHIFT = FIXTURES / "reddit-dumps"
FORUM = FIXTURES / "csv" / "forum-export.csv"


def _top(*keys: str) -> Callable[[dict[str, Any]], list[Any]]:
    """The values of these fields of a record."""
    return lambda raw: [raw[key] for key in keys if key in raw]


def _facebook(raw: dict[str, Any]) -> list[Any]:
    found = _top("content", "title")(raw)
    for entry in raw.get("data") or []:
        found += _top("post")(entry)
        found += _top("comment")(entry.get("comment") or {})
    return found


def _mastodon(raw: dict[str, Any]) -> list[Any]:
    note = raw.get("object")
    if not isinstance(note, dict):
        return []
    return [*_top("content")(note), *(note.get("contentMap") or {}).values()]


FORMATS: list[tuple[Connector, Path, ImportOptions, Callable[[dict[str, Any]], list[Any]]]] = [
    (
        WordPressConnector(),
        FIXTURES / "wordpress-wxr" / "gemeinde-wxr-1.2.xml",
        ImportOptions(),
        _top("content:encoded", "comment_content", "title"),
    ),
    (FacebookConnector(), FIXTURES / "facebook", ImportOptions(), _facebook),
    (TwitterConnector(), TWEETS, ImportOptions(), _top("full_text")),
    (DiscordConnector(), DISCORD, ImportOptions(), _top("content")),
    (TelegramConnector(), TELEGRAM, ImportOptions(), _top("text")),
    (PushshiftConnector(), PUSHSHIFT, ImportOptions(), _top("body", "selftext", "title")),
    (MappedCsvConnector(), FORUM, ImportOptions(column_map=FORUM_MAP), _top("text", "subject")),
    (RedditCsvConnector(), FIXTURES / "reddit-export", ImportOptions(), _top("body", "title")),
    (MastodonConnector(), FIXTURES / "mastodon-archive", ImportOptions(), _mastodon),
    (
        SlackConnector(),
        FIXTURES / "slack" / "slack-export-viewer" / "testarchive.zip",
        ImportOptions(),
        _top("text"),
    ),
]


def _items(connector: Connector, path: Path, options: ImportOptions) -> list[ItemRecord]:
    return [r for r in read_all(connector, path, options) if isinstance(r, ItemRecord)]


@pytest.mark.parametrize(
    ("connector", "path", "options", "texts_of"), FORMATS, ids=[f[0].name for f in FORMATS]
)
def test_raw_does_not_hold_the_text_again(connector, path, options, texts_of):
    """The fields the text is read from are left out of raw, unless they differ from it."""
    texts = 0
    for item in _items(connector, path, options):
        raw = orjson.loads(item.raw) if isinstance(item.raw, str) else item.raw
        columns = [column for column in (item.body, item.title, item.body_html) if column]
        texts += len(columns)
        for value in texts_of(raw):
            assert value not in columns, (item.external_id, str(value)[:40])
    assert texts >= 3


def _rebuilt(raw: dict[str, Any], columns: dict[str, Any]) -> dict[str, Any]:
    """Raw data with the fields left out of it taken from the columns again."""
    return {**{key: value for key, value in columns.items() if value}, **raw}


def _by_id(items: list[ItemRecord]) -> dict[str, ItemRecord]:
    return {item.external_id: item for item in items}


def test_a_discord_message_is_its_raw_data_and_its_body():
    messages = orjson.loads(DISCORD.read_bytes())["messages"]
    items = _by_id(_items(DiscordConnector(), DISCORD, ImportOptions()))
    for message in messages:
        item = items[message["id"]]
        assert not item.body or item.raw.get("content") != item.body
        assert _rebuilt(dict(item.raw), {"content": item.body}) == message


def test_a_telegram_message_is_its_raw_data_and_its_text():
    messages = orjson.loads(TELEGRAM.read_bytes())["messages"]
    items = {
        item.external_id.rsplit("/", 1)[1]: item
        for item in _items(TelegramConnector(), TELEGRAM, ImportOptions())
    }
    plain = 0
    for message in messages:
        if message["type"] == "unsupported":
            continue
        item = items[str(message["id"])]
        raw = dict(item.raw)
        if isinstance(message.get("text"), str) and message["text"]:
            plain += 1
            assert "text" not in raw and "text_entities" not in raw
            entities = [{"type": "plain", "text": item.body}]
            raw = _rebuilt(raw, {"text": item.body, "text_entities": entities})
        contact = message.get("contact_information")
        if isinstance(contact, dict) and "phone_number" in contact:
            raw["contact_information"]["phone_number"] = contact["phone_number"]
        assert raw == message
    assert plain >= 3


def test_a_tweet_is_its_raw_data_and_its_body():
    tweets = orjson.loads(TWEETS.read_bytes().partition(b"=")[2])
    items = _by_id(_items(TwitterConnector(), TWEETS, ImportOptions()))
    changed = 0
    for entry in tweets:
        tweet = entry["tweet"]
        item = items[tweet["id_str"]]
        if tweet["full_text"] != item.body:  # &amp; unescaped, links expanded: the text stays
            changed += 1
            assert item.raw == tweet
        else:
            assert _rebuilt(dict(item.raw), {"full_text": item.body}) == tweet
    assert changed >= 1


def test_a_pushshift_line_is_its_raw_data_and_its_text():
    items = _by_id(_items(PushshiftConnector(), PUSHSHIFT, ImportOptions()))
    for path in sorted(PUSHSHIFT.glob("*.ndjson")):
        for line in path.read_bytes().splitlines():
            record = orjson.loads(line)
            if "body" in record:
                item = items[f"t1_{record['id']}"]
                columns = {"body": item.body}
            else:
                item = items[f"t3_{record['id']}"]
                columns = {"selftext": item.body, "title": item.title}
            assert _rebuilt(orjson.loads(item.raw), columns) == record


def test_a_csv_row_is_its_raw_data_and_its_columns():
    with FORUM.open(newline="") as file:
        rows = {row["post_id"]: row for row in csv.DictReader(file)}
    items = _items(MappedCsvConnector(), FORUM, ImportOptions(column_map=FORUM_MAP))
    for item in items:
        row = rows[item.external_id]
        raw = _rebuilt(dict(item.raw), {"text": item.body, "subject": item.title})
        assert {key: value for key, value in row.items() if key in raw} == raw
        assert "text" not in item.raw or item.raw["text"] != item.body


def test_erasure_takes_a_name_out_of_bodies_whose_raw_data_left_them_out(
    tmp_path, import_with, store
):
    document = orjson.loads(DISCORD.read_bytes())
    first, second = document["messages"][1], document["messages"][2]
    name = first["author"]["name"]
    assert second["author"]["name"] != name
    second["content"] = f"Thanks {name}, that jig works."
    path = tmp_path / "general.json"
    path.write_bytes(orjson.dumps(document))
    import_with(DiscordConnector(), path)
    with store.write() as connection:
        member = connection.execute(
            text("SELECT id FROM members WHERE handle = :name"), {"name": name}
        ).scalar_one()
        erase.erase_member(connection, member, AUTHOR, redact_mentions=True)
    with store.read() as connection:
        body, raw = connection.execute(
            text("SELECT body, raw FROM items WHERE external_id = :id"), {"id": second["id"]}
        ).one()
    assert body == "Thanks [erased], that jig works."
    assert name not in raw and "content" not in orjson.loads(raw)
