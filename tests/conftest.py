"""Shared fixtures: every test runs with its own home folder, so none touches the user's files."""

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from workbench.core import paths
from workbench.core.settings import Author
from workbench.core.store import Store, open_store
from workbench.services import demo

if TYPE_CHECKING:  # support imports this module: only the type here
    from tests.live.support import MemoryKeyring

DEMO_NOW = 1_790_000_000  # 2026-09-21, a fixed day so that the demo is the same in every run
AUTHOR = Author(id="00000000-0000-4000-8000-000000000001", name="Test Manager")


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    monkeypatch.setenv(paths.HOME_ENV, str(folder))
    return folder


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "test.db") as opened:
        yield opened


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, built once per test run; tests get copies of it."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    demo.create_demo_database(path, now=DEMO_NOW)
    return path


@pytest.fixture
def demo_path(demo_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "demo.db"
    shutil.copyfile(demo_file, copy)
    return copy


@pytest.fixture
def demo_store(demo_path: Path) -> Iterator[Store]:
    with open_store(demo_path) as opened:
        yield opened


@pytest.fixture
def memory_keyring() -> Iterator["MemoryKeyring"]:
    """Secrets stay in memory, where a test can look at them, and are gone after it."""
    import keyring

    from tests.live.support import MemoryKeyring

    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)
