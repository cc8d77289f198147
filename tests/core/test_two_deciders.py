"""Two managers deciding the same 1,000 items at once, in two processes (issue 21): every item
ends with exactly one decision event, and whoever came second for an item was told who decided
it. On a laptop's SQLite (a window and the command line) and on a team's PostgreSQL."""

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

from workbench.core import sources
from workbench.core.events import eventlog
from workbench.core.events.event import Kind
from workbench.core.ingest import Ingestor
from workbench.core.records import ItemRecord, MemberRecord

ITEMS = 1_000
ROOT = Path(__file__).resolve().parents[2]
MANAGERS = (
    ("00000000-0000-4000-8000-00000000000a", "Anna", "remove"),
    ("00000000-0000-4000-8000-00000000000b", "Ben", "approve"),
)


def _fill(store) -> list[int]:
    with store.write() as connection:
        source = sources.ensure(connection, name="Forum", kind="test", network="forum")
        ingestor = Ingestor(connection, source, now=1_000)
        ingestor.add_all(
            [
                MemberRecord("forum", "a", handle="troll"),
                *(
                    ItemRecord("forum", f"p{n}", "a", "comment", 100 + n, body="x", report_count=1)
                    for n in range(ITEMS)
                ),
            ]
        )
        ingestor.finish()
    with store.read() as connection:
        return [
            int(row[0])
            for row in connection.exec_driver_sql("SELECT item_id FROM queue ORDER BY item_id")
        ]


def test_two_managers_deciding_the_same_items_at_once_give_one_decision_each(store, tmp_path):
    ids = _fill(store)
    assert len(ids) == ITEMS
    go = tmp_path / "go"
    location = str(store.location)
    deciders = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.core.decider", location, author, name, decision,
             str(go), *map(str, ids)],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=subprocess.PIPE,
            text=True,
        )
        for author, name, decision in MANAGERS
    ]  # fmt: skip
    go.touch()
    said = [json.loads(decider.communicate(timeout=600)[0]) for decider in deciders]
    assert [decider.returncode for decider in deciders] == [0, 0]
    with store.read() as connection:
        decided = [
            (event.payload["item"]["id"], event.author_name, event.payload["decision"])
            for event in eventlog.iter_events(connection, kinds=(Kind.QUEUE_DECIDED,))
        ]
    per_item = Counter(item for item, _, _ in decided)
    assert len(per_item) == ITEMS and set(per_item.values()) == {1}
    assert said[0]["won"] + said[1]["won"] == ITEMS
    assert len(said[0]["lost"]) + len(said[1]["lost"]) == ITEMS
    winners = {item: (name, decision) for item, name, decision in decided}
    for (_, name, _), answer, other in zip(MANAGERS, said, reversed(MANAGERS), strict=True):
        assert all(f"was already {'removed' if other[1] == 'Anna' else 'approved'} by "
                   f"{other[1]} at" in message for message in answer["lost"])  # fmt: skip
        assert Counter(n for n, _ in winners.values())[name] == answer["won"]
    print(f"won: Anna {said[0]['won']}, Ben {said[1]['won']}")
