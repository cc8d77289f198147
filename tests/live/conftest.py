"""Fixtures of the live tests: real servers on 127.0.0.1, and a keyring that lives in memory.

The servers need Debian's packages (``wordpress``, ``php-cli``, ``php-mysql``,
``mariadb-server``); ``.ci/run`` installs them. Where they are missing the live tests are
skipped with the reason, unless WORKBENCH_LIVE_REQUIRED is set (as in CI), where that fails.
"""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.live import synapse_server, wordpress_server
from tests.live.synapse_server import SynapseServer
from tests.live.wordpress_server import WordPressServer


def _need(absent: list[str]) -> None:
    if not absent:
        return
    message = f"the live servers need {', '.join(absent)} (python3 dev.py live-setup installs them)"
    if os.environ.get("WORKBENCH_LIVE_REQUIRED"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session")
def wordpress(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WordPressServer]:
    _need(wordpress_server.missing())
    server = WordPressServer(Path(tmp_path_factory.mktemp("wordpress")))
    try:
        yield server.start()
    finally:
        server.stop()


@pytest.fixture(scope="session")
def synapse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SynapseServer]:
    """One Synapse for the session (its start-up takes seconds), from ``.venv-live``."""
    _need(synapse_server.missing())
    server = SynapseServer(Path(tmp_path_factory.mktemp("synapse")))
    try:
        yield server.start()
    finally:
        server.stop()
