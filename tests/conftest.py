"""Shared fixtures: every test runs with its own home folder, so none touches the user's files."""

import gc
import os
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
    from tests.postgres.server import PostgresServer

DEMO_NOW = 1_790_000_000  # 2026-09-21, a fixed day so that the demo is the same in every run
AUTHOR = Author(id="00000000-0000-4000-8000-000000000001", name="Test Manager")


@pytest.fixture(autouse=True, scope="session")
def _no_collection_off_the_main_thread() -> Iterator[None]:
    """As the window does (workbench.ui.main_thread_gc): Python's collector would otherwise run
    in whichever thread allocates, a task runner's or a test server's, and a Qt object freed
    there crashes the run later at random (a segfault in pytest-qt's event processing)."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_on_the_main_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """After a test with Qt objects, or once enough garbage has piled up."""
    yield
    if "qtbot" in request.fixturenames or gc.get_count()[0] > 50_000:
        gc.collect()


@pytest.fixture(autouse=True)
def _no_signing_keys_left() -> Iterator[None]:
    """A command or window that opened a team store handed the core the keyring's keys: the
    next test starts without them."""
    yield
    from workbench.core.events import signatures

    signatures.take_keys_from(None)


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    monkeypatch.setenv(paths.HOME_ENV, str(folder))
    return folder


STORE_DIALECTS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
"""The stores the core's tests run on: the laptop's SQLite and a team's PostgreSQL."""
_CORE_TESTS = Path(__file__).parent / "core"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """The core's tests that take ``store`` run on each dialect; the others on SQLite."""
    if "store" in metafunc.fixturenames and metafunc.definition.path.is_relative_to(_CORE_TESTS):
        metafunc.parametrize("store", STORE_DIALECTS, indirect=True)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    from tests.postgres.known import mark_known_failures

    mark_known_failures(items)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator["PostgresServer"]:
    """One throwaway PostgreSQL for the session; skipped where it is not installed, unless
    WORKBENCH_POSTGRES_REQUIRED is set (as in CI)."""
    from tests.postgres.server import PostgresServer, missing

    absent = missing()
    if absent:
        message = f"the PostgreSQL tests need {', '.join(absent)} (apt-get install postgresql)"
        if os.environ.get("WORKBENCH_POSTGRES_REQUIRED"):
            pytest.fail(message)
        pytest.skip(message)
    server = PostgresServer()
    try:
        yield server.start()
    finally:
        server.stop()


@pytest.fixture(scope="session")
def postgres_template(postgres_server: "PostgresServer") -> str:
    """A database migrated once to the head revision, which each test's database copies."""
    url = postgres_server.new_database()
    open_store(url).close()
    return url.rsplit("/", 1)[1]


@pytest.fixture
def postgres_url(postgres_server: "PostgresServer", postgres_template: str) -> Iterator[str]:
    """A fresh team store of the current schema, dropped after the test."""
    url = postgres_server.new_database(postgres_template)
    yield url
    postgres_server.drop_database(url)


@pytest.fixture
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if getattr(request, "param", "sqlite") == "postgres":
        with open_store(request.getfixturevalue("postgres_url")) as opened:
            yield opened
        return
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
