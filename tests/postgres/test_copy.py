"""`workbench team-store copy`: the demo laptop store moved into the suite's PostgreSQL reads
the same there (queue pages, reasons, members, searches, events), a second copy writes nothing,
a copy merges into a store with data of its own, and an erased member stays erased."""

from typing import Any

import pytest
from sqlalchemy import select, text

from tests.conftest import AUTHOR, DEMO_NOW
from workbench.cli import main
from workbench.core.errors import StoreError
from workbench.core.events import eventlog
from workbench.core.members import erase, roster
from workbench.core.queue import decisions, listing
from workbench.core.queue.listing import QueueFilter, Reason
from workbench.core.store import Store, migrate, open_store
from workbench.core.store.copy import copy_store
from workbench.core.store.schema import Item, Member, table

pytestmark = pytest.mark.postgres

ALL_STATES = ("new", "in_review", "approved", "removed", "escalated", "ignored")
VIEWS = [
    QueueFilter(),
    QueueFilter(states=("approved", "removed", "ignored", "escalated")),
    *(QueueFilter(reason=reason) for reason in Reason if reason not in (Reason.RULE, Reason.BURST)),
    QueueFilter(search="werkstatt"),
    QueueFilter(search="gruss", states=ALL_STATES),
    QueueFilter(search="akku", states=ALL_STATES),
    QueueFilter(search="dank*", states=ALL_STATES),
    QueueFilter(search="tool OR akku"),
    QueueFilter(search='"dumb question"', states=ALL_STATES),
]


def _keys(connection: Any) -> dict[int, tuple[str, str]]:
    items = table(Item)
    return {
        row.id: (row.network, row.external_id)
        for row in connection.execute(select(items.c.id, items.c.network, items.c.external_id))
    }


def _reasons(connection: Any, item_id: int, keys: dict[int, tuple[str, str]]) -> list[Any]:
    found = []
    for reason, detail in listing.reason_details(connection, item_id):
        twin = listing.similar_to(detail)
        found.append((reason, detail if twin is None else (keys[twin[0]], twin[1])))
    return sorted(found)


def _seen(store: Store) -> dict[str, Any]:
    """What a manager sees of the store, with row ids replaced by the network's ids."""
    with store.read() as connection:
        keys = _keys(connection)
        views = []
        for wanted in VIEWS:
            rows, after = [], None
            while page := listing.page(connection, wanted, after=after, limit=100):
                rows += page
                after = page[-1].key
            views.append(
                [
                    (
                        r.network,
                        r.external_id,
                        r.source_name,
                        r.author_handle,
                        r.author_status,
                        r.title,
                        r.body,
                        int(r.reasons),
                        r.state,
                        r.priority,
                        r.assignee,
                        _reasons(connection, r.item_id, keys),
                    )
                    for r in rows
                ]
            )
        members = sorted(
            (m.network, m.handle, m.display_name, m.status, m.item_count, m.last_seen_at)
            for m in roster.page(connection, limit=100_000)
        )
        events = [
            (e.id, e.kind, e.author_id, e.created_at, e.payload)
            for e in eventlog.iter_events(connection)
        ]
        counts = listing.view_counts(connection, AUTHOR.name)
    return {"views": views, "members": members, "events": events, "counts": counts}


def _counts(store: Store) -> dict[str, int]:
    return {name: n for name, n in store.counts().items() if name != "meta"}


def test_the_demo_reads_the_same_in_the_team_store_and_a_second_copy_adds_nothing(
    demo_path, postgres_url, capsys
):
    assert main(["team-store", "copy", "--from", str(demo_path), "--to", postgres_url]) == 0
    said = capsys.readouterr().out
    assert said == (
        f"Copied {demo_path} into {postgres_url}. New there: sources 4, members 432, "
        "items 2,863, events 183.\n"
    )
    with open_store(demo_path) as laptop, open_store(postgres_url) as team:
        seen = _seen(laptop)
        assert all(seen["views"]) and seen["members"] and seen["events"]
        assert _seen(team) == seen
        assert _counts(team) == _counts(laptop)
        before = _counts(team)
    assert main(["team-store", "copy", "--from", str(demo_path), "--to", postgres_url]) == 0
    assert capsys.readouterr().out.strip() == (
        f"Nothing new: {postgres_url} holds all of {demo_path} already."
    )
    with open_store(postgres_url) as team:
        assert _counts(team) == before


def test_a_copy_merges_into_a_store_with_data_of_its_own(demo_path, postgres_url):
    """The team store has a teammate's decision already, on an item the laptop holds too:
    it is kept, the laptop's newer decision joins it, and as the laptop's goes back before
    the teammate's, derived state is recomputed in the order of time."""
    with open_store(demo_path) as laptop, open_store(postgres_url, upgrade=False) as team:
        first = copy_store(laptop, team)
    assert (first.items, first.events, first.recomputed) == (2863, 183, False)
    with open_store(demo_path) as laptop, laptop.write() as connection:
        mine = listing.page(connection, QueueFilter(states=("new",)), limit=2)[1]
        decisions.decide(connection, [mine.item_id], "approve", AUTHOR, at=DEMO_NOW + 100)
    with open_store(postgres_url) as team, team.write() as connection:
        theirs = listing.page(connection, QueueFilter(states=("new",)), limit=1)[0]
        decisions.decide(connection, [theirs.item_id], "escalate", AUTHOR, at=DEMO_NOW + 200)
    with open_store(demo_path) as laptop, open_store(postgres_url, upgrade=False) as team:
        again = copy_store(laptop, team)
        assert (again.items, again.members, again.events, again.recomputed) == (0, 0, 1, True)
        with team.read() as connection:
            states = {
                (r.network, r.external_id): r.state
                for r in listing.page(connection, QueueFilter(states=("escalated", "approved")))
            }
            assert eventlog.latest(connection) is not None
    assert states[(theirs.network, theirs.external_id)] == "escalated"
    assert states[(mine.network, mine.external_id)] == "approved"


def test_a_target_at_another_schema_revision_is_refused(demo_path, postgres_url, postgres_server):
    head = migrate.head_revision()
    postgres_server.execute_in(postgres_url, "UPDATE alembic_version SET version_num = '0001'")
    with open_store(demo_path) as laptop, open_store(postgres_url, upgrade=False) as team:
        with pytest.raises(
            StoreError, match=f"is at schema 0001, this workbench writes {head}: run"
        ):
            copy_store(laptop, team)
        assert team.counts()["items"] == 0


def _holding(store: Store, needles: list[str]) -> list[str]:
    """The tables of the team store with a row whose text holds one of ``needles``."""
    with store.read() as connection:
        tables = connection.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        ).scalars()
        return sorted(
            f"{name}: {needle}"
            for name in tables
            for needle in needles
            if connection.execute(
                text(f'SELECT count(*) FROM "{name}" t WHERE t::text ILIKE :like'),
                {"like": f"%{needle}%"},
            ).scalar_one()
        )


def test_an_erased_member_stays_erased_in_the_team_store(
    demo_path, postgres_url, postgres_server, postgres_template
):
    members = table(Member)
    with open_store(demo_path) as laptop, laptop.read() as connection:
        member = connection.execute(
            select(members).order_by(members.c.item_count.desc(), members.c.id).limit(1)
        ).one()
    needles = [member.handle, member.display_name, member.external_id]
    # Copied before the erasure, the team store holds them (the search below finds them)...
    with open_store(demo_path) as laptop, open_store(postgres_url, upgrade=False) as team:
        copy_store(laptop, team)
        assert _holding(team, needles)
    with open_store(demo_path) as laptop, laptop.write() as connection:
        erase.erase_member(connection, member.id, AUTHOR, redact_mentions=True)
    # ...then the next copy erases them there too, and a fresh team store never gets them.
    fresh = postgres_server.new_database(postgres_template)
    with open_store(demo_path) as laptop:
        for url in (postgres_url, fresh):
            with open_store(url, upgrade=False) as team:
                copied = copy_store(laptop, team)
                assert copied.erased == (url == postgres_url)
                assert _holding(team, needles) == []
                assert team.checkpoint()
        with open_store(fresh) as team:
            assert _seen(team) == _seen(laptop)
    postgres_server.drop_database(fresh)


def test_a_member_the_team_store_erased_does_not_come_back_from_the_laptop(demo_path, postgres_url):
    with open_store(demo_path) as laptop, open_store(postgres_url, upgrade=False) as team:
        copy_store(laptop, team)
        with team.write() as connection:
            member = roster.page(connection, limit=1)[0]
            erase.erase_member(connection, member.member_id, AUTHOR)
        with pytest.raises(StoreError, match=r"erased the \w+ member .* whom .* still holds"):
            copy_store(laptop, team)


def test_a_big_store_says_how_far_the_copy_is(demo_path, postgres_url, capsys, monkeypatch):
    from workbench.core.store import copy

    monkeypatch.setattr(copy, "BATCH", 1_000)
    assert main(["team-store", "copy", "--from", str(demo_path), "--to", postgres_url]) == 0
    lines = capsys.readouterr().err.splitlines()
    assert lines[:3] == [f"copying items: {n} of 2,863" for n in ("1,000", "2,000", "2,863")]
