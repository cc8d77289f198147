"""Writes to a team store that wait out a lost connection, and land when the server is back.

A write the window may keep for later is an ``Operation``: a named step of the core with plain
arguments (item ids of the team store, a decision), its author, an id and the time it was made.
It runs like any other write (the task runner calls it with a connection); while the server does
not answer, the runner keeps it in the store's ``Outbox`` instead, and every operation after it
waits there too, so that they land in the order they were made. ``Outbox.flush`` lands them one
write transaction each: the events get the ids and time the operation was made with
(``eventlog.replaying``), so one that landed already (the connection broke after the commit) is
seen by its first event's id and never recorded twice. One the store refuses when it lands
(another manager decided the item meanwhile) is kept with the refusal's message, for the
manager to see; so is a bulk decision that landed without the items others got to first. The
events' time is the time they land: the team's log keeps the order in which its events took
effect.

The window sends every decision, claim and mute as an Operation, on a laptop store too (which
keeps none: its file is always there), so that the page has one way to write them.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from workbench.core import clock
from workbench.core.events import changes, eventlog
from workbench.core.ids import new_event_id
from workbench.core.queue import decisions
from workbench.core.settings import Author
from workbench.core.store import Store
from workbench.core.store.outbox import Kept, OutboxFile, path_for, unreachable

Step = Callable[[Connection, Author, Mapping[str, Any]], Any]


def _decide(connection: Connection, author: Author, arguments: Mapping[str, Any]) -> Any:
    seen = arguments.get("seen")
    return decisions.decide(
        connection,
        arguments["items"],
        arguments["decision"],
        author,
        note=arguments.get("note"),
        # The outbox file keeps them as JSON, whose keys are strings.
        seen=None if seen is None else {int(item): state for item, state in seen.items()},
    )


def _assign(connection: Connection, author: Author, arguments: Mapping[str, Any]) -> Any:
    return decisions.assign(connection, arguments["items"], arguments["assignee"], author)


def _mute(connection: Connection, author: Author, arguments: Mapping[str, Any]) -> Any:
    return decisions.mute(
        connection, arguments["item"], arguments["kind"], arguments["until"], author
    )


STEPS: dict[str, Step] = {
    "queue.decide": _decide,
    "queue.assign": _assign,
    "queue.mute": _mute,
}
"""The writes that may wait for a team store, by name (the outbox file keeps the name)."""


@dataclass(frozen=True, slots=True)
class Operation:
    """One write that may wait: call it with a connection, as the task runner does."""

    name: str
    arguments: dict[str, Any]
    author: Author
    id: str = field(default_factory=new_event_id)
    made_at: int = field(default_factory=clock.now)

    def __call__(self, connection: Connection) -> Any:
        """The write as the window's task runner runs it: other managers who got there first
        (``decisions.Conflicted``) are its answer, for the page to say, not a failure."""
        try:
            return self.land(connection)
        except decisions.Conflicted as conflicted:
            return conflicted

    def land(self, connection: Connection) -> Any:
        """The write; a refusal is raised (the outbox keeps it with its message)."""
        with eventlog.replaying(connection, self.id):
            return STEPS[self.name](connection, self.author, self.arguments)

    def landed_in(self, connection: Connection) -> bool:
        """Whether it committed there already: its first event is in the log."""
        return eventlog.get(connection, eventlog.replay_id(self.id)) is not None

    def kept(self) -> Kept:
        return Kept(
            self.id, self.name, self.arguments, self.author.id, self.author.name, self.made_at
        )

    @classmethod
    def of(cls, kept: Kept) -> "Operation":
        return cls(
            kept.operation,
            dict(kept.arguments),
            Author(id=kept.author_id, name=kept.author_name),
            kept.id,
            kept.made_at,
        )


def decide(
    items: list[int],
    decision: str,
    author: Author,
    note: str | None = None,
    seen: Mapping[int, str] | None = None,
) -> Operation:
    """``seen``: the state each item was shown in (``decisions.decide``), checked when it lands."""
    arguments: dict[str, Any] = {"items": items, "decision": decision, "note": note}
    if seen is not None:
        arguments["seen"] = {str(item): state for item, state in seen.items()}
    return Operation("queue.decide", arguments, author)


def assign(items: list[int], assignee: str | None, author: Author) -> Operation:
    return Operation("queue.assign", {"items": items, "assignee": assignee}, author)


def mute(item: int, kind: str, until: int, author: Author) -> Operation:
    return Operation("queue.mute", {"item": item, "kind": kind, "until": until}, author)


@dataclass(frozen=True, slots=True)
class Refused:
    """A write the store refused when it landed, or the part of a bulk decision it did."""

    operation: Operation
    message: str


@dataclass(slots=True)
class Flushed:
    """What one flush did."""

    landed: list[Operation] = field(default_factory=list)
    refused: list[Refused] = field(default_factory=list)
    kinds: set[str] = field(default_factory=set)
    """The kinds of events the landed writes recorded, for the window to reload."""
    offline: bool = False
    """The server stopped answering before the outbox was empty."""


class Outbox:
    """The writes waiting for one team store, in a file of the laptop's (core.store.outbox)."""

    def __init__(self, url: str, file: OutboxFile | None = None) -> None:
        self.url = url
        self.file = file or OutboxFile(path_for(url))

    def keep(self, operation: Operation) -> None:
        self.file.keep(operation.kept())

    def count(self) -> int:
        return self.file.count()

    def flush(self, store: Store, landed: Callable[[Operation], None] | None = None) -> Flushed:
        """Land the waiting writes in order, each in its own write transaction; stop at the
        first that finds the server gone (it stays first). ``landed`` hears of each."""
        done = Flushed()
        while waiting := self.file.waiting():
            operation = Operation.of(waiting[0])
            try:
                with store.write() as connection, changes.collecting(connection) as kinds:
                    result = None if operation.landed_in(connection) else operation.land(connection)
            except Exception as problem:  # a dropped link is the driver's own error
                if unreachable(problem):
                    done.offline = True
                    return done
                # Kept with its reason, never dropped: the manager sees what did not land.
                self.file.refuse(operation.id, str(problem))
                done.refused.append(Refused(operation, str(problem)))
                continue
            self.file.landed(operation.id)
            done.landed.append(operation)
            if isinstance(result, decisions.DecisionResult) and result.conflicts:
                # The other items landed; these were others' already.
                done.refused.append(Refused(operation, decisions.said(result.conflicts)))
            done.kinds |= kinds
            if landed is not None:
                landed(operation)
        return done


BACKOFF_SECONDS = (1, 2, 4, 8, 15, 30, 60)
"""How long the window waits before each try to reach the server again; then every minute."""


def backoff(tries: int) -> int:
    """The seconds before try number ``tries`` (0 for the first)."""
    return BACKOFF_SECONDS[min(tries, len(BACKOFF_SECONDS) - 1)]
