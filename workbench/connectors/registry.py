"""All connectors, and choosing the one that fits an input best."""

from workbench.connectors.base import Connector
from workbench.connectors.csv_mapped import MappedCsvConnector
from workbench.connectors.discord import DiscordConnector
from workbench.connectors.facebook import FacebookConnector
from workbench.connectors.inputs import Input
from workbench.connectors.mastodon import MastodonConnector
from workbench.connectors.pushshift import PushshiftConnector
from workbench.connectors.reddit_csv import RedditCsvConnector
from workbench.connectors.slack import SlackConnector
from workbench.connectors.telegram import TelegramConnector
from workbench.connectors.twitter import TwitterConnector
from workbench.connectors.wordpress import WordPressConnector

CONNECTORS: tuple[Connector, ...] = (
    WordPressConnector(),
    FacebookConnector(),
    TwitterConnector(),
    DiscordConnector(),
    TelegramConnector(),
    MastodonConnector(),
    PushshiftConnector(),
    RedditCsvConnector(),
    SlackConnector(),
    MappedCsvConnector(),
)


def by_name(name: str) -> Connector | None:
    return next((connector for connector in CONNECTORS if connector.name == name), None)


def ranked(source: Input) -> list[tuple[int, Connector]]:
    """Connectors that recognise ``source``, best first."""
    scores = [(connector.detect(source), connector) for connector in CONNECTORS]
    return sorted(
        ((score, connector) for score, connector in scores if score > 0),
        key=lambda pair: -pair[0],
    )
