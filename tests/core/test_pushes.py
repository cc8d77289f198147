"""The outbox as the events make it: which decisions on live items become pushes, for which
kind of account, and what undo, a claim and a shared log do to them."""

from tests.conftest import AUTHOR
from workbench.core import sources
from workbench.core.events import eventlog
from workbench.core.ingest import Ingestor
from workbench.core.live import accounts, pushes
from workbench.core.queue import decisions
from workbench.core.records import ItemRecord, MemberRecord


def _live_item(store, kind: str, network: str) -> int:
    with store.write() as connection:
        account = accounts.add(
            connection, kind, name=f"{kind} account", url="https://example.org", user="mod"
        )
        source = sources.ensure(
            connection, name=account.name, kind=accounts.KINDS[kind], network=network
        )
        ingestor = Ingestor(connection, source, now=100)
        ingestor.add(MemberRecord(network, "a", handle="anna"))
        ingestor.add(
            ItemRecord(network, f"{kind}-1", "a", "comment", 50, body="x", platform_state="held")
        )
        ingestor.finish()
        return connection.exec_driver_sql(
            f"SELECT id FROM items WHERE external_id = '{kind}-1'"
        ).scalar_one()


def _actions(store) -> list[tuple[str, str]]:
    with store.read() as connection:
        return sorted((p.action, p.state) for p in pushes.listing(connection))


def test_a_decision_becomes_a_push_only_where_the_platform_can_do_it(store):
    wordpress, reddit = (
        _live_item(store, "wordpress", "wordpress"),
        _live_item(store, "reddit", "reddit"),
    )
    with store.write() as connection:
        decisions.decide(connection, [wordpress], "ignore", AUTHOR)  # nothing to do on WordPress
        decisions.decide(connection, [reddit], "ignore", AUTHOR)  # ignore_reports on Reddit
        decisions.decide(connection, [wordpress], "escalate", AUTHOR)  # never leaves the workbench
        decisions.decide(connection, [reddit], "remove", AUTHOR, note="Werbung")
        [removal] = [p for p in pushes.listing(connection) if p.action == "remove"]
    assert _actions(store) == [("ignore", "pending"), ("remove", "pending")]
    assert removal.detail["note"] == "Werbung"  # Reddit shows it as the removal reason


def test_undo_cancels_a_waiting_push_and_puts_back_a_done_one(store):
    item = _live_item(store, "wordpress", "wordpress")
    with store.write() as connection:
        decisions.decide(connection, [item], "spam", AUTHOR)
        decisions.undo_last(connection, AUTHOR)
    assert _actions(store) == [("spam", "cancelled")]
    with store.write() as connection:
        decisions.decide(connection, [item], "approve", AUTHOR)
        [sent] = pushes.listing(connection, state="pending")
        pushes.record_done(connection, sent.id, AUTHOR)
        decisions.undo_last(connection, AUTHOR)
        [back] = pushes.listing(connection, state="pending")
    assert back.action == "restore" and back.detail == {
        "before": "held",
        "state": "held",
        "of": "approve",
    }


def test_a_claim_goes_where_reports_have_an_assignee(store):
    mastodon, wordpress = (
        _live_item(store, "mastodon", "mastodon"),
        _live_item(store, "wordpress", "wordpress"),
    )
    with store.write() as connection:
        decisions.assign(connection, [mastodon, wordpress], AUTHOR.name, AUTHOR)
    assert _actions(store) == [("assign", "pending")]


def test_a_shared_logs_decisions_push_nothing(store):
    """Another manager's decision, merged from a log, was carried out by that manager; and
    replaying the log makes the same outbox."""
    from dataclasses import replace

    from workbench.core.events.event import Kind
    from workbench.core.events.projections import pushes as outbox

    item = _live_item(store, "wordpress", "wordpress")
    with store.write() as connection:
        event = decisions.decide(connection, [item], "approve", AUTHOR).events[0]
        assert [p.action for p in pushes.listing(connection)] == ["approve"]
        eventlog.rebuild(connection)
        assert [p.action for p in pushes.listing(connection)] == ["approve"]
        merged = replace(event, id=f"{event.id[:-1]}0", origin="bundle")
        outbox.APPLIERS[Kind.QUEUE_DECIDED](connection, merged)
        assert len(pushes.listing(connection)) == 1  # nothing more to send
