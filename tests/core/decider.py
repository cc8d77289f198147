"""One manager deciding many items, one write transaction each, as a process of its own (the
test of two managers deciding the same items at once starts two).

    python -m tests.core.decider STORE AUTHOR_ID NAME DECISION GO_FILE ITEM_ID...

It waits for GO_FILE (so that both start together), then decides each item as the window does
(having seen it new) and prints one JSON line: how many it won, and the messages of those it
lost.
"""

import json
import sys
import time
from pathlib import Path

from workbench.core.queue import decisions
from workbench.core.settings import Author
from workbench.core.store import open_store


def main(arguments: list[str]) -> None:
    location, author_id, name, decision, go, *items = arguments
    author = Author(id=author_id, name=name)
    won, lost = 0, []
    with open_store(location, create=False) as store:
        while not Path(go).exists():
            time.sleep(0.005)
        for item in map(int, items):
            try:
                with store.write(wait_seconds=60) as connection:
                    decisions.decide(connection, [item], decision, author, seen={item: "new"})
                won += 1
            except decisions.Conflicted as conflicted:
                lost.append(str(conflicted))
    print(json.dumps({"won": won, "lost": lost}))


if __name__ == "__main__":
    main(sys.argv[1:])
