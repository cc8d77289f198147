"""Events: the immutable record of everything a manager does.

An event has a UUIDv7 id, a kind, its author, a time and a JSON payload that names members and
items by their network ids (see refs.py). Events are only ever added; what they decide (an item's
queue state, a member's status, notes, ratings, interventions) is derived by projections/.
"""

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import orjson

from workbench.core.clock import to_iso


class Kind(StrEnum):
    QUEUE_DECIDED = "queue.decided"
    QUEUE_UNDONE = "queue.undone"
    QUEUE_ASSIGNED = "queue.assigned"
    QUEUE_MUTED = "queue.muted"
    QUEUE_REPLIED = "queue.replied"
    QUEUE_AUTHOR_ACTED = "queue.author_acted"
    PUSH_DONE = "push.done"
    PUSH_FAILED = "push.failed"
    PUSH_RETRIED = "push.retried"
    MEMBER_STATUS_SET = "member.status_set"
    MEMBER_NOTE_ADDED = "member.note_added"
    MEMBER_TAGGED = "member.tagged"
    MEMBER_UNTAGGED = "member.untagged"
    MEMBER_RATED = "member.rated"
    MEMBER_ERASED = "member.erased"
    PERSON_LINKED = "person.linked"
    PERSON_UNLINKED = "person.unlinked"
    PERSON_LINK_REJECTED = "person.link_rejected"
    INTERVENTION_LOGGED = "intervention.logged"
    INTERVENTION_OBSERVED = "intervention.observed"
    INTERVENTION_EDITED = "intervention.edited"
    LADDER_SAVED = "ladder.saved"
    INCIDENT_OPENED = "incident.opened"
    INCIDENT_LINKED = "incident.linked"
    INCIDENT_NOTED = "incident.noted"
    INCIDENT_STATUS_SET = "incident.status_set"
    RULE_SAVED = "rule.saved"
    RULE_DELETED = "rule.deleted"
    TEMPLATE_SAVED = "template.saved"
    TEMPLATE_DELETED = "template.deleted"
    TERM_ADDED = "term.added"
    TERM_RETIRED = "term.retired"
    TEAM_KEY_TRUSTED = "team.key_trusted"
    TEAM_KEY_UNTRUSTED = "team.key_untrusted"
    TEAM_LOG_IMPORTED = "team.log_imported"
    WATCHLIST_CREATED = "watchlist.created"
    WATCHLIST_ENTRY_SET = "watchlist.entry_set"
    WATCHLIST_ENTRY_RETRACTED = "watchlist.entry_retracted"
    WATCHLIST_SUBSCRIBED = "watchlist.subscribed"
    WATCHLIST_UNSUBSCRIBED = "watchlist.unsubscribed"
    WATCHLIST_OVERRIDDEN = "watchlist.overridden"


STAYS_HERE = frozenset(
    {
        Kind.PUSH_DONE,
        Kind.PUSH_FAILED,
        Kind.PUSH_RETRIED,
        Kind.TEAM_KEY_TRUSTED,
        Kind.TEAM_KEY_UNTRUSTED,
        Kind.TEAM_LOG_IMPORTED,
        Kind.WATCHLIST_SUBSCRIBED,
        Kind.WATCHLIST_UNSUBSCRIBED,
        Kind.WATCHLIST_OVERRIDDEN,
    }
)
"""Kinds that concern this laptop only and never travel in a bundle: whom this manager trusts,
which bundles they merged, how their own accounts' outbox went, and which teammates' watch
lists they follow and where they decided otherwise."""


@dataclass(frozen=True, slots=True)
class Event:
    """One recorded event. Frozen: the payload is kept as JSON bytes and parsed on each access."""

    id: str
    kind: str
    author_id: str
    author_name: str
    created_at: int
    payload_json: bytes
    origin: str = "local"
    signature: str | None = None
    """The author's key and signature over ``to_json()`` (see signatures.py), where made."""

    @property
    def payload(self) -> dict[str, Any]:
        """A fresh copy of the payload; changing it changes nothing recorded."""
        value = orjson.loads(self.payload_json)
        assert isinstance(value, dict)
        return value

    def to_json(self) -> dict[str, Any]:
        """The event as it is exported in logs and bundles."""
        return {
            "id": self.id,
            "kind": self.kind,
            "author": {"id": self.author_id, "name": self.author_name},
            "at": to_iso(self.created_at),
            "payload": self.payload,
        }
