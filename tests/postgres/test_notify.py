"""What one window's writes tell the others on a team store (LISTEN/NOTIFY), without Qt: the
subjects a write touched reach another store's listener when it commits, never its own
writer's, never a write that rolled back; an import tells too; a listener cut off comes back
and says that anything may have changed."""

import queue
import threading
import time
from collections.abc import Iterator

import pytest

from tests.conftest import AUTHOR
from workbench.core import sources
from workbench.core.events import changes, eventlog
from workbench.core.events.changes import IMPORTED, Changes, Subject
from workbench.core.events.event import Kind
from workbench.core.ingest import Ingestor
from workbench.core.records import ItemRecord, MemberRecord
from workbench.core.store import Store, open_store
from workbench.core.store.postgres import notify

pytestmark = pytest.mark.postgres
WAIT = 5.0


@pytest.fixture
def stores(postgres_url) -> Iterator[tuple[Store, Store]]:
    """Two windows' stores on one team store."""
    with open_store(postgres_url) as here, open_store(postgres_url) as there:
        yield here, there


@pytest.fixture
def heard(listener) -> queue.Queue[Changes]:
    """What the first store's listener hears, as it hears it."""
    return listener.told


@pytest.fixture
def listener(stores) -> Iterator[notify.Listener]:
    """The first store's listener, listening on a thread of its own."""
    here, _ = stores
    told: queue.Queue[Changes] = queue.Queue()
    listening = notify.Listener(here, told.put)
    listening.told = told  # type: ignore[attr-defined]
    stop = threading.Event()
    thread = threading.Thread(target=listening.run, args=(stop,), daemon=True)
    thread.start()
    assert listening.listening.wait(WAIT)
    yield listening
    stop.set()
    thread.join(WAIT)
    assert not thread.is_alive()


def _template(store: Store, name: str) -> None:
    with store.write() as connection:
        eventlog.record(connection, Kind.TEMPLATE_DELETED, {"id": name}, AUTHOR)


def test_another_stores_write_is_heard_with_its_subjects_and_kinds(stores, heard):
    _, there = stores
    started = time.perf_counter()
    _template(there, "t1")
    made = heard.get(timeout=WAIT)
    assert time.perf_counter() - started < 2.0
    assert made == Changes(frozenset({Kind.TEMPLATE_DELETED}), frozenset({Subject.TEMPLATES}))


def test_its_own_writes_and_a_write_that_rolled_back_are_not_heard(stores, heard):
    here, there = stores
    _template(here, "mine")
    with pytest.raises(RuntimeError), there.write() as connection:
        eventlog.record(connection, Kind.TEMPLATE_DELETED, {"id": "gone"}, AUTHOR)
        raise RuntimeError("rolled back")
    with there.write() as connection:
        connection.exec_driver_sql("SELECT 1")  # no event: nothing to tell
    _template(there, "theirs")  # the one that is heard, in order after the others
    assert heard.get(timeout=WAIT).subjects == {Subject.TEMPLATES}
    time.sleep(0.3)  # anything heard before "theirs" has come by now
    assert heard.empty()


def test_an_import_tells_what_it_brought(stores, heard):
    _, there = stores
    with there.write() as connection:
        source = sources.ensure(connection, name="Forum", kind="test", network="forum")
        ingestor = Ingestor(connection, source, now=1_000)
        ingestor.add_all(
            [
                MemberRecord("forum", "a", handle="anna"),
                ItemRecord("forum", "p1", "a", "comment", 100, body="x", report_count=1),
            ]
        )
        ingestor.finish()
    assert heard.get(timeout=WAIT).subjects == IMPORTED.subjects


def test_a_listener_cut_off_comes_back_and_says_anything_may_have_changed(
    stores, listener, heard, postgres_server, postgres_url
):
    _, there = stores
    backend = listener.backend
    postgres_server.execute_in(postgres_url, f"SELECT pg_terminate_backend({backend})")
    assert heard.get(timeout=WAIT) == notify.EVERYTHING
    assert listener.listening.is_set() and listener.backend != backend
    _template(there, "after")
    assert heard.get(timeout=WAIT).subjects == {Subject.TEMPLATES}


def test_a_notification_this_version_cannot_read_is_left_alone():
    assert notify.heard("not json", "me") is None
    assert notify.heard('{"session": "me", "kinds": [], "subjects": ["queue"]}', "me") is None
    assert notify.heard('{"session": "x", "kinds": [], "subjects": ["later"]}', "me") is None
    made = notify.heard('{"session": "x", "kinds": [], "subjects": ["queue", "later"]}', "me")
    assert made == Changes(subjects=frozenset({Subject.QUEUE}))


def test_a_write_whose_caller_collects_its_kinds_too_is_heard(stores, heard):
    """The window's task runner collects the kinds of its writes inside the store's own."""
    _, there = stores
    with there.write() as connection, changes.collecting(connection) as kinds:
        eventlog.record(connection, Kind.TEMPLATE_DELETED, {"id": "t1"}, AUTHOR)
    assert kinds == {Kind.TEMPLATE_DELETED}
    assert heard.get(timeout=WAIT).kinds == {Kind.TEMPLATE_DELETED}
