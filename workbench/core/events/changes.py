"""What a write changed, by subject, for whoever shows it.

Every manager action is an event, so the kinds of events a write recorded say what it changed.
``collecting`` gathers them while a write runs (``eventlog.record`` notes each one); the UI's task
runner turns them into one announcement after the write commits, and every page that shows one of
the subjects reloads. Imports record no events: they announce ``IMPORTED`` themselves.
"""

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import Connection

from workbench.core.events.event import Kind


class Subject(StrEnum):
    """What a page shows; a write touches one or more of them."""

    QUEUE = "queue"
    """Items, their state, reasons, assignment and mutes."""
    MEMBERS = "members"
    """Members, their status, notes, tags, ratings and linked identities."""
    INTERVENTIONS = "interventions"
    """Interventions, observations and follow-ups."""
    INCIDENTS = "incidents"
    TEAM = "team"
    """The team's vocabulary and ladder, and the teammates' keys this manager trusts."""
    RULES = "rules"
    TEMPLATES = "templates"
    SOURCES = "sources"
    """Sources, with the members and items an import brought."""
    PUSHES = "pushes"
    """The outbox of live accounts: decisions waiting for, or carried out on, a platform."""
    WATCHLISTS = "watchlists"
    """The team's watch lists, their entries, and which of them this manager follows."""


_SUBJECTS: dict[str, frozenset[Subject]] = {
    # A decision on an item of a live account queues its push.
    Kind.QUEUE_DECIDED: frozenset({Subject.QUEUE, Subject.PUSHES}),
    Kind.QUEUE_UNDONE: frozenset({Subject.QUEUE, Subject.PUSHES}),
    Kind.QUEUE_REPLIED: frozenset({Subject.QUEUE, Subject.PUSHES}),
    Kind.QUEUE_AUTHOR_ACTED: frozenset({Subject.QUEUE, Subject.PUSHES}),
    Kind.PUSH_DONE: frozenset({Subject.PUSHES, Subject.QUEUE}),
    Kind.PUSH_FAILED: frozenset({Subject.PUSHES, Subject.QUEUE}),
    Kind.PUSH_RETRIED: frozenset({Subject.PUSHES, Subject.QUEUE}),
    Kind.QUEUE_ASSIGNED: frozenset({Subject.QUEUE}),
    Kind.QUEUE_MUTED: frozenset({Subject.QUEUE}),
    Kind.MEMBER_STATUS_SET: frozenset({Subject.MEMBERS}),
    Kind.MEMBER_NOTE_ADDED: frozenset({Subject.MEMBERS}),
    Kind.MEMBER_TAGGED: frozenset({Subject.MEMBERS}),
    Kind.MEMBER_UNTAGGED: frozenset({Subject.MEMBERS}),
    Kind.MEMBER_RATED: frozenset({Subject.MEMBERS}),
    # Erasure blanks the member's items, notes and every mention in interventions and incidents.
    Kind.MEMBER_ERASED: frozenset(
        {Subject.MEMBERS, Subject.QUEUE, Subject.INTERVENTIONS, Subject.INCIDENTS}
    ),
    Kind.PERSON_LINKED: frozenset({Subject.MEMBERS}),
    Kind.PERSON_UNLINKED: frozenset({Subject.MEMBERS}),
    Kind.PERSON_LINK_REJECTED: frozenset({Subject.MEMBERS}),
    Kind.INTERVENTION_LOGGED: frozenset({Subject.INTERVENTIONS}),
    Kind.INTERVENTION_OBSERVED: frozenset({Subject.INTERVENTIONS}),
    Kind.INTERVENTION_EDITED: frozenset({Subject.INTERVENTIONS}),
    Kind.LADDER_SAVED: frozenset({Subject.TEAM}),
    Kind.INCIDENT_OPENED: frozenset({Subject.INCIDENTS}),
    Kind.INCIDENT_LINKED: frozenset({Subject.INCIDENTS}),
    Kind.INCIDENT_NOTED: frozenset({Subject.INCIDENTS}),
    Kind.INCIDENT_STATUS_SET: frozenset({Subject.INCIDENTS}),
    # A rule changes the reasons items are in the queue for (the rescan after it).
    Kind.RULE_SAVED: frozenset({Subject.RULES, Subject.QUEUE}),
    Kind.RULE_DELETED: frozenset({Subject.RULES, Subject.QUEUE}),
    Kind.TEMPLATE_SAVED: frozenset({Subject.TEMPLATES}),
    Kind.TEMPLATE_DELETED: frozenset({Subject.TEMPLATES}),
    Kind.TERM_ADDED: frozenset({Subject.TEAM}),
    Kind.TERM_RETIRED: frozenset({Subject.TEAM}),
    Kind.TEAM_KEY_TRUSTED: frozenset({Subject.TEAM}),
    Kind.TEAM_KEY_UNTRUSTED: frozenset({Subject.TEAM}),
    # A member's profile names the watch lists in force that name them.
    Kind.WATCHLIST_CREATED: frozenset({Subject.WATCHLISTS}),
    Kind.WATCHLIST_ENTRY_SET: frozenset({Subject.WATCHLISTS, Subject.MEMBERS}),
    Kind.WATCHLIST_ENTRY_RETRACTED: frozenset({Subject.WATCHLISTS, Subject.MEMBERS}),
    Kind.WATCHLIST_SUBSCRIBED: frozenset({Subject.WATCHLISTS, Subject.MEMBERS}),
    Kind.WATCHLIST_UNSUBSCRIBED: frozenset({Subject.WATCHLISTS, Subject.MEMBERS}),
    Kind.WATCHLIST_OVERRIDDEN: frozenset({Subject.WATCHLISTS, Subject.MEMBERS}),
    # A merge adds teammates' events of every kind, and may bring members and items.
    Kind.TEAM_LOG_IMPORTED: frozenset(Subject) - {Subject.PUSHES},
}

_COLLECTED = "workbench.recorded_kinds"
"""Where ``collecting`` keeps the kinds, in the connection's info while a write runs."""


@dataclass(frozen=True, slots=True)
class Changes:
    """The kinds of events a write recorded, and the subjects they touch."""

    kinds: frozenset[str] = frozenset()
    subjects: frozenset[Subject] = field(default_factory=frozenset)

    @classmethod
    def of(cls, kinds: Iterable[str]) -> "Changes":
        kinds = frozenset(kinds)
        subjects = frozenset(s for kind in kinds for s in _SUBJECTS.get(kind, ()))
        return cls(kinds, subjects)

    def touches(self, subjects: Iterable[Subject]) -> bool:
        return not self.subjects.isdisjoint(subjects)

    def __bool__(self) -> bool:
        return bool(self.subjects)


IMPORTED = Changes(subjects=frozenset({Subject.SOURCES, Subject.QUEUE, Subject.MEMBERS}))
"""What an import changes: sources, and the members and items it brought."""


def note(connection: Connection, kind: str) -> None:
    """Remember that ``kind`` was recorded, if someone is collecting on this connection."""
    collected = connection.info.get(_COLLECTED)
    if collected is not None:
        collected.add(kind)


@contextmanager
def collecting(connection: Connection) -> Iterator[set[str]]:
    """The kinds recorded on ``connection`` inside the block (read the set after it ends).
    Blocks nest: an outer one (a team store telling the other windows) gets the inner's too."""
    outer = connection.info.get(_COLLECTED)
    kinds: set[str] = set()
    connection.info[_COLLECTED] = kinds
    try:
        yield kinds
    finally:
        # The info belongs to the pooled driver connection and outlives this write.
        if outer is None:
            connection.info.pop(_COLLECTED, None)
        else:
            outer |= kinds
            connection.info[_COLLECTED] = outer
