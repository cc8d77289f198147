"""Interventions: what a manager did to whom (a welcome, a nudge, a warning, a ban, a public
statement), recorded as an event with a follow-up date to look again.

Someone who has died is treated with care: an intervention that addresses a memorialized member
as if alive (a welcome, a nudge, a warning) is refused unless the manager confirmed it.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import Connection

from workbench.core.errors import WorkbenchError
from workbench.core.events import eventlog
from workbench.core.events.event import Event, Kind
from workbench.core.i18n import translate
from workbench.core.interventions import conflicts
from workbench.core.refs import refs_of
from workbench.core.settings import Author
from workbench.core.store.queries import queries
from workbench.core.team import vocabulary
from workbench.core.team.vocabulary import Vocabulary

CHANNELS = ("public_reply", "private_message", "post", "outside")


class NeedsConfirmation(WorkbenchError):
    """The intervention addresses a memorialized member as if alive; ask before recording it."""


@dataclass(frozen=True, slots=True)
class Targets:
    members: list[int] = field(default_factory=list)
    items: list[int] = field(default_factory=list)
    sources: list[int] = field(default_factory=list)


def default_channel(kind: str) -> str:
    """Where an intervention of this kind usually happens."""
    if kind in ("public_statement", "community_announcement"):
        return "post"
    if kind in ("welcome", "thanks", "clarification"):
        return "public_reply"
    return "private_message"


def memorialized_among(connection: Connection, member_ids: list[int]) -> list[str]:
    """Handles of the given members who are memorialized."""
    members = queries(connection).members
    return [
        handle
        for member_id in member_ids
        if (handle := members.memorialized_handle(member_id)) is not None
    ]


def _check_channel(channel: str | None) -> None:
    if channel is not None and channel not in CHANNELS:
        raise WorkbenchError(
            translate("Interventions", "'{channel}' is no channel.").format(channel=channel)
        )


def log(
    connection: Connection,
    kind: str,
    channel: str,
    targets: Targets,
    author: Author,
    *,
    message: str = "",
    rationale: str = "",
    follow_up_at: int | None = None,
    tags: Sequence[str] = (),
    confirmed: bool = False,
    at: int | None = None,
) -> Event:
    """Record an intervention. Raises NeedsConfirmation when it addresses a memorialized
    member as if alive and ``confirmed`` is not set."""
    term = vocabulary.require(connection, Vocabulary.INTERVENTION_KIND, kind)
    kind = term.name
    _check_channel(channel)
    if term.addresses_the_living and not confirmed:
        departed = memorialized_among(connection, targets.members)
        if departed:
            raise NeedsConfirmation(
                translate(
                    "Interventions",
                    "{names} died; their profile is kept in memory. A {kind} addresses them as "
                    "if alive. Record it anyway?",
                ).format(names=", ".join(departed), kind=kind)
            )
    members = queries(connection).members
    sources = [str(members.source_uid(s)) for s in targets.sources]
    payload = {
        "kind": kind,
        "channel": channel,
        "message": message,
        "rationale": rationale,
        "targets": {
            "members": refs_of(connection, "members", targets.members),
            "items": refs_of(connection, "items", targets.items),
            "sources": sources,
        },
        "follow_up_at": follow_up_at,
        "tags": list(tags),
    }
    return eventlog.record(connection, Kind.INTERVENTION_LOGGED, payload, author, at=at)


def edit(
    connection: Connection, intervention_id: str, changes: dict[str, object], author: Author
) -> Event:
    """Change a logged intervention by a newer event that supersedes the changed fields; the
    original stays in the log. Only the fields in ``changes`` change."""
    if "kind" in changes:
        changes = changes | {
            "kind": vocabulary.require(
                connection, Vocabulary.INTERVENTION_KIND, str(changes["kind"])
            ).name
        }
    channel = changes.get("channel")
    _check_channel(None if channel is None else str(channel))
    payload = {
        "intervention": intervention_id,
        "changes": changes,
        # The version corrected: a teammate's correction of the same one, made meanwhile in
        # their store, is then seen as a conflict when the bundles meet (conflicts.py).
        "based_on": conflicts.latest_version(connection, intervention_id),
    }
    return eventlog.record(connection, Kind.INTERVENTION_EDITED, payload, author)
