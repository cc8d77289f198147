"""Queue decisions as a manager takes them: approve, remove, escalate, ignore, assign, undo.

Each is an event signed by its author. The events of one decision share an action id (in their
payload): a bulk decision is one action, and undo takes it back whole. A bulk decision (more
than one item) leaves out items by memorialized members: someone who has died is never swept up
in a bulk action. Undo records a new event that cancels every decision of the author's latest
action; the decisions themselves stay in the log.

Several managers work one queue (a team store, or a window and the command line on one laptop),
so a decision or a claim is checked where it is written, in the write transaction that holds
the store's write lock: of two at once, the second sees the first. An item another manager
decided since this one saw it (``seen``: the state it was shown in), or one another manager
holds (claimed, until they decide or release it), is not decided again: the manager is told who
got there first and when (``Conflict``), and never two decisions contradict each other silently.
"""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Connection

from workbench.core.errors import WorkbenchError
from workbench.core.events import eventlog
from workbench.core.events.event import Event, Kind
from workbench.core.events.projections import DECISIONS
from workbench.core.i18n import translate
from workbench.core.ids import new_event_id
from workbench.core.queue import items as item_details
from workbench.core.queue.items import HistoryEntry
from workbench.core.queue.listing import OPEN_STATES
from workbench.core.settings import Author
from workbench.core.store.queries import queries

CLAIMED = "claimed"
"""A conflict's state when another manager holds the item."""


def _local_minute(unix: int) -> str:
    """A time as the core writes it where nobody formats it (the command line's own)."""
    return datetime.fromtimestamp(unix).strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True, slots=True)
class Conflict:
    """An item another manager got to first: ``by`` decided it (``state``: removed, approved,
    …) at ``at`` since it was shown, or holds it (``state`` is ``CLAIMED``; since ``at``)."""

    item_id: int
    state: str
    by: str
    at: int | None

    def said(self, moment: Callable[[int], str] = _local_minute) -> str:
        """The conflict in a sentence, the time written by ``moment`` (the window's own)."""
        texts = {
            "approved": translate("Queue", "Item #{id} was already approved by {who} at {time}."),
            "removed": translate("Queue", "Item #{id} was already removed by {who} at {time}."),
            "escalated": translate("Queue", "Item #{id} was already escalated by {who} at {time}."),
            "ignored": translate("Queue", "Item #{id} was already ignored by {who} at {time}."),
            CLAIMED: translate(
                "Queue", "Item #{id} is claimed by {who} (since {time}): theirs to decide."
            ),
        }
        text = texts.get(self.state) or translate(
            "Queue", "Item #{id} was already decided by {who} at {time}."
        )
        time = "?" if self.at is None else moment(self.at)
        return text.format(id=self.item_id, who=self.by, time=time)


class Conflicted(WorkbenchError):
    """Nothing was recorded: other managers got to every item first."""

    def __init__(self, conflicts: Sequence[Conflict]) -> None:
        self.conflicts = list(conflicts)
        super().__init__(said(self.conflicts))

    def said(self, moment: Callable[[int], str] = _local_minute) -> str:
        return said(self.conflicts, moment)


def said(conflicts: Sequence[Conflict], moment: Callable[[int], str] = _local_minute) -> str:
    """The first few conflicts in sentences, and how many more there are."""
    text = " ".join(conflict.said(moment) for conflict in conflicts[:3])
    if len(conflicts) > 3:
        more = translate("Queue", "And {count} more items that others got to first.")
        text += " " + more.format(count=len(conflicts) - 3)
    return text


@dataclass(frozen=True, slots=True)
class Claim:
    """Who holds an item, since when."""

    holder: str
    since: int


def claim_in(history: Sequence[HistoryEntry]) -> Claim | None:
    """Who holds the item whose history this is (in the log's order), if anyone: the latest
    assignment, until its holder releases it or decides the item."""
    claim: Claim | None = None
    for entry in history:
        if entry.kind == "assigned":
            claim = Claim(entry.what, entry.at) if entry.what else None
        elif (
            claim is not None
            and entry.kind == "decided"
            and entry.author == claim.holder
            and not entry.undone
        ):
            claim = None
    return claim


@dataclass(slots=True)
class DecisionResult:
    action: str
    """The id the events of this decision share; undo takes them back together."""
    events: list[Event] = field(default_factory=list)
    skipped_memorialized: list[int] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    """Items of a bulk decision left out because other managers got to them first."""


@dataclass(frozen=True, slots=True)
class Undone:
    """What an undo took back: one action's decision (``removed``, ``approved``, …) on these
    items, and the event that records it."""

    state: str
    item_ids: list[int]
    event: Event


def _items(connection: Connection, item_ids: Sequence[int]) -> dict[int, tuple[str, str, str]]:
    """item id -> (network, external id, author status) for the given ids, all of which must
    exist."""
    found = {
        row.id: (row.network, row.external_id, row.status)
        for row in queries(connection).queue.items_for_decision(item_ids)
    }
    missing = [item_id for item_id in item_ids if item_id not in found]
    if missing:
        raise WorkbenchError(
            translate("Queue", "There is no item {id} in this database.").format(id=missing[0])
        )
    return found


def _claimed(connection: Connection, item_id: int, author: Author) -> Conflict | None:
    """The conflict with another manager who holds the item, if one does."""
    claim = claim_in(item_details.history(connection, item_id))
    if claim is None or claim.holder == author.name:
        return None
    return Conflict(item_id, CLAIMED, claim.holder, claim.since)


def _conflicts(
    connection: Connection,
    item_ids: Sequence[int],
    author: Author,
    seen: Mapping[int, str] | None,
) -> dict[int, Conflict]:
    """The items others got to first: another manager holds them, or decided them.

    Another manager's standing decision is a conflict unless the author saw the item in the
    state it is in (``seen``: they decide over it knowingly), or, where nobody says what they
    saw (the command line), unless it left the item open (an escalation asks for the next
    decision); the author's own never is."""
    conflicts: dict[int, Conflict] = {}
    for row in queries(connection).queue.standing(item_ids):
        held = None
        if row.assignee is not None and row.assignee != author.name:
            held = _claimed(connection, row.item_id, author)
        if held is not None:
            conflicts[row.item_id] = held
        elif (
            row.author_id is not None
            and row.author_id != author.id
            and (
                row.state not in OPEN_STATES if seen is None else seen.get(row.item_id) != row.state
            )
        ):
            conflicts[row.item_id] = Conflict(
                row.item_id, row.state, row.author_name, row.decided_at
            )
    return conflicts


def decide(
    connection: Connection,
    item_ids: Sequence[int],
    decision: str,
    author: Author,
    *,
    note: str | None = None,
    at: int | None = None,
    seen: Mapping[int, str] | None = None,
) -> DecisionResult:
    """Record ``decision`` on each item, in the caller's write transaction; ``seen`` gives the
    state each item was shown in. Items other managers got to first are left out (listed in
    the result's ``conflicts``); when that leaves nothing, :class:`Conflicted` says why. A
    decision ends the author's claim on the item (``claim_in``)."""
    if decision not in DECISIONS:
        raise WorkbenchError(
            translate("Queue", "'{decision}' is no decision; use one of: {choices}.").format(
                decision=decision, choices=", ".join(DECISIONS)
            )
        )
    items = _items(connection, item_ids)
    conflicts = _conflicts(connection, item_ids, author, seen)
    result = DecisionResult(action=new_event_id())
    bulk = len(item_ids) > 1
    wanted = [i for i in item_ids if not (bulk and items[i][2] == "memorialized")]
    result.skipped_memorialized = [i for i in item_ids if i not in wanted]
    result.conflicts = [conflicts[i] for i in wanted if i in conflicts]
    if result.conflicts and len(result.conflicts) == len(wanted):
        raise Conflicted(result.conflicts)
    for item_id in wanted:
        if item_id in conflicts:
            continue
        network, external_id, _status = items[item_id]
        payload: dict[str, object] = {
            "item": {"network": network, "id": external_id},
            "decision": decision,
            "action": result.action,
        }
        if note:
            payload["note"] = note
        result.events.append(
            eventlog.record(connection, Kind.QUEUE_DECIDED, payload, author, at=at)
        )
    return result


def undo_last(connection: Connection, author: Author, *, at: int | None = None) -> Undone | None:
    """Cancel every decision of the author's latest action not undone yet (all items of a bulk
    decision at once); None if there is nothing to undo."""
    store = queries(connection).queue
    action = store.latest_action(author.id)
    if action is None:
        return None
    taken_back = store.action_decisions(action)
    payload = {"action": action, "events": [row.event_id for row in taken_back]}
    event = eventlog.record(connection, Kind.QUEUE_UNDONE, payload, author, at=at)
    return Undone(taken_back[0].state, [row.item_id for row in taken_back], event)


def assign(
    connection: Connection,
    item_ids: Sequence[int],
    assignee: str | None,
    author: Author,
    *,
    at: int | None = None,
) -> list[Event]:
    """Give the items to ``assignee`` (a manager's name; None takes them back). Claiming is
    assigning to oneself, and the team sees it in the shared log. A claim is exclusive: an
    item another manager holds stays theirs until they release or decide it (``claim_in``);
    :class:`Conflicted` names them and since when, and nothing is recorded."""
    items = _items(connection, item_ids)
    others = {
        row.item_id
        for row in queries(connection).queue.standing(item_ids)
        if row.assignee is not None and row.assignee != author.name
    }
    held = [
        conflict
        for i in item_ids
        if i in others and (conflict := _claimed(connection, i, author)) is not None
    ]
    if held:
        raise Conflicted(held)
    return [
        eventlog.record(
            connection,
            Kind.QUEUE_ASSIGNED,
            {"item": {"network": items[i][0], "id": items[i][1]}, "assignee": assignee},
            author,
            at=at,
        )
        for i in item_ids
    ]


def mute(
    connection: Connection,
    item_id: int,
    kind: str,
    until: int,
    author: Author,
    *,
    at: int | None = None,
) -> Event:
    """Keep new items of this item's thread (``kind="thread"``) or of its author
    (``kind="member"``) out of the queue until ``until``: what was judged does not come back
    with every new report."""
    row = queries(connection).queue.mute_target(item_id)
    if row is None:
        raise WorkbenchError(
            translate("Queue", "There is no item {id} in this database.").format(id=item_id)
        )
    target = row.thread if kind == "thread" else row.member
    if target is None:
        raise WorkbenchError(translate("Queue", "This item has no known author to mute."))
    payload = {"kind": kind, "target": {"network": row.network, "id": target}, "until": until}
    return eventlog.record(connection, Kind.QUEUE_MUTED, payload, author, at=at)
