"""A team store's server goes away mid-session: decisions wait in the laptop's outbox and land
when it is back, all of them, once each, in order; a server killed during the landing loses and
doubles nothing; a write the store refuses when it lands is reported with its reason.

These tests stop and start a server of their own, so the session's server stays up for others.
"""

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.conftest import AUTHOR
from tests.postgres.server import PostgresServer, missing
from workbench.core import sources
from workbench.core.errors import StoreError
from workbench.core.events import eventlog
from workbench.core.ingest import Ingestor
from workbench.core.queue import decisions
from workbench.core.records import ItemRecord, MemberRecord
from workbench.core.settings import Author
from workbench.core.store import Store, open_store
from workbench.core.store.outbox import OutboxFile, unreachable
from workbench.services.team import outbox
from workbench.services.team.outbox import Operation, Outbox

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def server() -> Iterator[PostgresServer]:
    if missing():
        pytest.skip(f"the PostgreSQL tests need {', '.join(missing())}")
    own = PostgresServer(durable=True)  # what it answered as committed survives its crash
    try:
        yield own.start()
    finally:
        own.stop()


@pytest.fixture
def store(server: PostgresServer) -> Iterator[Store]:
    """A team store of 20 items, on a server that is up when the test ends."""
    url = server.new_database()
    with open_store(url) as opened:
        with opened.write() as connection:
            source = sources.ensure(connection, name="Forum", kind="test", network="forum")
            ingestor = Ingestor(connection, source, now=1_700_000_000, bulk=True)
            ingestor.add_all(MemberRecord("forum", f"m{n}", handle=f"user{n}") for n in range(5))
            ingestor.add_all(
                ItemRecord("forum", f"p{n}", f"m{n % 5}", "comment", 1_700_000_000 + n)
                for n in range(20)
            )
            ingestor.finish()
        yield opened
        if not _up(server):
            server.resume()


def _up(server: PostgresServer) -> bool:
    return (server.data / "postmaster.pid").exists()


@pytest.fixture
def box(tmp_path: Path, store: Store) -> Outbox:
    return Outbox(str(store.location), OutboxFile(tmp_path / "outbox.db"))


def _item_ids(store: Store) -> list[int]:
    with store.read() as connection:
        return list(connection.execute(text("SELECT id FROM items ORDER BY id")).scalars())


def _attempt(store: Store, box: Outbox, operation: Operation) -> None:
    """What the window's task runner does: the write, or the outbox when the server is gone."""
    try:
        with store.write() as connection:
            operation(connection)
    except Exception as problem:
        assert unreachable(problem), problem
        box.keep(operation)


def _decisions(store: Store) -> dict[str, int]:
    """Items (by network id) and how many decision events name each."""
    with store.read() as connection:
        rows = connection.execute(
            text(
                "SELECT payload::json #>> '{item,id}' AS item, count(*) AS n FROM events "
                "WHERE kind = 'queue.decided' GROUP BY 1"
            )
        )
        return {row.item: row.n for row in rows}


def test_ten_decisions_made_offline_land_once_when_the_server_is_back(server, store, box):
    items = _item_ids(store)[:10]
    server.pause()
    for item in items:
        _attempt(store, box, outbox.decide([item], "remove", AUTHOR))
    assert box.count() == 10
    with pytest.raises(StoreError, match="does not answer"), store.read():
        pass  # reads say so at once, rather than waiting
    assert box.flush(store).offline  # still down: nothing lands, nothing is lost
    assert box.count() == 10

    server.resume()
    flushed = box.flush(store)
    assert (len(flushed.landed), flushed.refused, flushed.offline) == (10, [], False)
    assert "queue.decided" in flushed.kinds
    assert _decisions(store) == {f"p{n}": 1 for n in range(10)}
    assert box.count() == 0
    assert box.flush(store).landed == []
    with store.read() as connection:
        landed = [e.id for e in eventlog.iter_events(connection) if e.kind == "queue.decided"]
    assert landed == [
        eventlog.replay_id(operation.id) for operation in flushed.landed
    ]  # in the order they were made, under the ids they were made with


def test_a_server_killed_during_the_landing_loses_and_doubles_nothing(server, store, box):
    items = _item_ids(store)[:10]
    server.pause()
    for item in items:
        _attempt(store, box, outbox.decide([item], "approve", AUTHOR))
    server.resume()

    def kill_after_four(operation: Operation) -> None:
        if operation.arguments["items"] == [items[3]]:
            server.pause()

    first = box.flush(store, landed=kill_after_four)
    assert (len(first.landed), first.offline, box.count()) == (4, True, 6)

    server.resume()
    # The next write committed, but the laptop never heard (the link broke after the commit):
    pending = Operation.of(box.file.waiting()[0])
    with store.write() as connection:
        pending(connection)
    second = box.flush(store)
    assert (len(second.landed), second.offline, box.count()) == (6, False, 0)
    assert _decisions(store) == {f"p{n}": 1 for n in range(10)}


def test_a_write_refused_when_it_lands_is_kept_with_its_reason(server, store, box):
    items = _item_ids(store)
    server.pause()
    _attempt(store, box, outbox.decide([items[0]], "remove", AUTHOR))
    _attempt(store, box, outbox.decide([max(items) + 1000], "remove", AUTHOR))  # gone since
    _attempt(store, box, outbox.assign([items[1]], AUTHOR.name, AUTHOR))
    server.resume()
    flushed = box.flush(store)
    assert [o.name for o in flushed.landed] == ["queue.decide", "queue.assign"]
    assert [r.message for r in flushed.refused] == [
        f"There is no item {max(items) + 1000} in this database."
    ]
    assert [k.refused for k in box.file.refusals()] == [flushed.refused[0].message]
    assert box.count() == 0


def test_what_others_decided_meanwhile_is_refused_with_who_and_when(server, store, box):
    """The decisions keep what the manager saw (``seen``, through the file's JSON): an item a
    colleague escalated before it was shown lands; one she removed meanwhile is refused, alone
    or as the part of a bulk decision that did not land."""
    anna = Author(id="00000000-0000-4000-8000-00000000000a", name="Anna")
    items = _item_ids(store)
    with store.write() as connection:
        decisions.decide(connection, [items[0]], "escalate", anna)
    server.pause()
    _attempt(store, box, outbox.decide([items[0]], "remove", AUTHOR, seen={items[0]: "escalated"}))
    _attempt(store, box, outbox.decide([items[1]], "remove", AUTHOR, seen={items[1]: "new"}))
    bulk = {items[2]: "new", items[3]: "new"}
    _attempt(store, box, outbox.decide([items[2], items[3]], "approve", AUTHOR, seen=bulk))
    server.resume()
    with store.write() as connection:
        decisions.decide(connection, [items[1], items[3]], "remove", anna)
    flushed = box.flush(store)
    assert [o.arguments["items"] for o in flushed.landed] == [[items[0]], [items[2], items[3]]]
    assert [r.message.split(" at ")[0] for r in flushed.refused] == [
        f"Item #{items[1]} was already removed by Anna",
        f"Item #{items[3]} was already removed by Anna",
    ]
    assert [k.refused for k in box.file.refusals()] == [flushed.refused[0].message]
    assert _decisions(store) == {"p0": 2, "p1": 1, "p2": 1, "p3": 1}
