"""The live connectors, by account kind (``workbench account add KIND``)."""

from workbench.connectors.live.base import LiveConnector
from workbench.connectors.live.discourse import DiscourseApi
from workbench.connectors.live.mastodon import MastodonApi
from workbench.connectors.live.matrix import MatrixApi
from workbench.connectors.live.reddit import RedditApi
from workbench.connectors.live.wordpress import WordPressApi

CONNECTORS: dict[str, type[LiveConnector]] = {
    connector.kind: connector
    for connector in (WordPressApi, MatrixApi, MastodonApi, DiscourseApi, RedditApi)
}
