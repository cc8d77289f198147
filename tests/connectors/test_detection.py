"""Every sample is recognised by its own connector, and no other connector claims it first."""

import pytest

from tests.connectors.conftest import FIXTURES
from workbench.connectors import registry
from workbench.connectors.inputs import open_input
from workbench.services import importer

SAMPLES = {
    "reddit-dumps/pushshift-importer_test_comments.ndjson": "reddit-pushshift",
    "reddit-dumps/pushshift-importer_test_submissions.ndjson": "reddit-pushshift",
    "reddit-export": "reddit-export-csv",
    "csv/forum-export.csv": "csv",
    "csv/forum-de-semikolon.csv": "csv",
    "mastodon-archive": "mastodon-archive",
    "mastodon-archive/outbox.json": "mastodon-archive",
    "slack/slack-export-viewer/testarchive.zip": "slack-export",
    "facebook/fbdyi2020_uliuphoff_your_posts.json": "facebook-dyi",
    "facebook/fbdyi2022_tmitcheson_groupchat_message_1.json": "facebook-dyi",
    "facebook/handmade_comments.json": "facebook-dyi",
    "twitter/ytd2023_darkliquid_tweets_reformatted.js": "twitter-archive",
    "wordpress-wxr/gemeinde-wxr-1.2.xml": "wordpress-wxr",
    "wordpress-wxr/altes-blog-wxr-1.0.xml": "wordpress-wxr",
    "discord/dce-2024_lumen-makers_general.json": "discord-chat-exporter",
    "discord/dce-2021_retro-synth-club_synth-help.json": "discord-chat-exporter",
    "telegram/tg_frozenspider_2023-01_migrate-null-member.json": "telegram-desktop",
    "telegram/tg_tg2md_private-channel.json": "telegram-desktop",
    "telegram/tg_langchain_personal-chat.json": "telegram-desktop",
}


@pytest.mark.parametrize(("sample", "expected"), sorted(SAMPLES.items()))
def test_each_sample_is_detected_as_its_format(sample, expected):
    with open_input(FIXTURES / sample) as source:
        ranked = registry.ranked(source)
    assert ranked, f"nothing recognised {sample}"
    assert ranked[0][1].name == expected, [(score, c.name) for score, c in ranked]
    assert all(score < ranked[0][0] for score, c in ranked[1:]), (
        "a tie would make the choice arbitrary"
    )


def test_every_connector_is_listed_once_with_a_description():
    names = [connector.name for connector in registry.CONNECTORS]
    assert len(names) == len(set(names))
    assert all(c.label and c.detection and c.network for c in registry.CONNECTORS)
    assert {expected for expected in SAMPLES.values()} <= set(names)


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02binary", b"{", b"[]", b"<html></html>"])
def test_odd_files_are_recognised_by_nothing(tmp_path, content):
    path = tmp_path / "odd.json"
    path.write_bytes(content)
    with open_input(path) as source:
        assert registry.ranked(source) == []


def test_forcing_the_wrong_format_is_refused_with_what_it_looks_like():
    with pytest.raises(Exception, match="does not look like Slack workspace export"):
        importer.plan(
            [FIXTURES / "reddit-dumps" / "pushshift-importer_test_comments.ndjson"],
            format="slack-export",
        )
