"""Graduated enforcement: strikes, the team's ladder, and a recommended next step with evidence.

Warnings, content removals, temporary mutes and bans (and the team's own kinds marked as
strikes, see vocabulary.py) each add a strike to the members they
target; a strike expires after the ladder's expiry time. The ladder is the team's: an ordered
list of kinds, the step for a member with no active strike first, then for one strike, and so
on; the last step holds for any more. It is saved as an event, so a
shared log carries it and every manager's workbench recommends the same next step.

The recommendation comes with what happened after each kind of intervention for similar members
in this store: those who had as many active strikes then as this member has now. "Clean" means
no further item flagged by a rule or reported within 30 days. One intervention on several
members gets each member's advice by handle, and a step only when the ladder agrees for all.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import Connection, Row

from workbench.core.errors import WorkbenchError
from workbench.core.events import eventlog
from workbench.core.events.event import Event, Kind
from workbench.core.i18n import translate
from workbench.core.queue.listing import Reason
from workbench.core.settings import Author
from workbench.core.store.queries import queries
from workbench.core.team import vocabulary
from workbench.core.team.vocabulary import Vocabulary

DAY = 86_400
CLEAN_DAYS = 30
MIN_SIMILAR = 5
"""Below this many similar cases the evidence falls back to all members, and says so."""


@dataclass(frozen=True, slots=True)
class Ladder:
    steps: tuple[str, ...] = ("warning", "temporary_mute", "ban")
    expiry_days: int = 180

    def step_for(self, strikes: int) -> str:
        return self.steps[min(strikes, len(self.steps) - 1)]


@dataclass(frozen=True, slots=True)
class Strike:
    intervention_id: str
    kind: str
    at: int
    expires_at: int


@dataclass(frozen=True, slots=True)
class Evidence:
    kind: str
    cases: int
    clean_share: float
    """Share of cases with no flagged item from the member within 30 days after."""


@dataclass(frozen=True, slots=True)
class Recommendation:
    strikes: list[Strike]
    next_kind: str
    evidence: list[Evidence]
    similar: bool
    """True if the evidence is about members with as many strikes; False if about all."""


@dataclass(frozen=True, slots=True)
class MemberAdvice:
    """The ladder's advice for one member, named by the handle managers know them by."""

    member_id: int
    handle: str
    recommendation: Recommendation


def check_ladder(
    connection: Connection, steps: list[str] | tuple[str, ...], expiry_days: int
) -> Ladder:
    """A valid ladder, or a WorkbenchError that names the step or value at fault."""
    if not steps:
        raise WorkbenchError(translate("Enforcement", "The ladder needs at least one step."))
    steps = [vocabulary.require(connection, Vocabulary.INTERVENTION_KIND, s).name for s in steps]
    if not 1 <= expiry_days <= 3650:
        raise WorkbenchError(translate("Enforcement", "Strikes must expire after 1 to 3650 days."))
    return Ladder(tuple(steps), expiry_days)


def save_ladder(connection: Connection, ladder: Ladder, author: Author) -> Event:
    ladder = check_ladder(connection, ladder.steps, ladder.expiry_days)
    payload = {"steps": list(ladder.steps), "expiry_days": ladder.expiry_days}
    return eventlog.record(connection, Kind.LADDER_SAVED, payload, author)


def ladder(connection: Connection) -> Ladder:
    """The ladder the team saved last, or the default one."""
    raw = queries(connection).team.latest_payload(Kind.LADDER_SAVED.value)
    if raw is None:
        return Ladder()
    payload = orjson.loads(raw)
    return Ladder(tuple(payload["steps"]), int(payload["expiry_days"]))


def strikes(connection: Connection, member_id: int, now: int, rules: Ladder) -> list[Strike]:
    """The member's active strikes, oldest first."""
    span = rules.expiry_days * DAY
    rows = queries(connection).interventions.strikes(
        member_id, vocabulary.strike_kinds(connection), now - span, now
    )
    return [Strike(row.id, row.kind, row.created_at, row.created_at + span) for row in rows]


def recommend(connection: Connection, member_id: int, now: int) -> Recommendation:
    """The next step on the team's ladder for this member, with what followed each step before.

    Only interventions whose 30 days are over count as evidence, so recent ones cannot look
    cleaner than they are."""
    rules = ladder(connection)
    return _recommend(connection, member_id, now, rules, _cases(connection, now, rules))


def recommend_each(
    connection: Connection, member_ids: Sequence[int], now: int
) -> list[MemberAdvice]:
    """``recommend`` for each member (each once, in the order given), by handle; the past
    cases are read once for all of them."""
    rules = ladder(connection)
    rows = _cases(connection, now, rules)
    members = queries(connection).members
    advice = []
    for member_id in dict.fromkeys(member_ids):
        card = members.card(member_id)
        handle = str(card.handle) if card is not None else f"#{member_id}"
        advice.append(
            MemberAdvice(member_id, handle, _recommend(connection, member_id, now, rules, rows))
        )
    return advice


def agreed_step(advice: Sequence[MemberAdvice]) -> str | None:
    """The step the ladder suggests for every one of the members, or None when it suggests
    different steps for them (or there are none): then no step is anyone's default."""
    steps = {each.recommendation.next_kind for each in advice}
    return steps.pop() if len(steps) == 1 else None


def _cases(connection: Connection, now: int, rules: Ladder) -> Sequence[Row[Any]]:
    return queries(connection).interventions.cases(
        vocabulary.strike_kinds(connection),
        rules.expiry_days * DAY,
        CLEAN_DAYS * DAY,
        int(Reason.RULE | Reason.REPORTED),
        now,
    )


def _recommend(
    connection: Connection, member_id: int, now: int, rules: Ladder, rows: Sequence[Row[Any]]
) -> Recommendation:
    active = strikes(connection, member_id, now, rules)
    top = len(rules.steps) - 1
    similar_rows = [r for r in rows if min(r.strikes, top) == min(len(active), top)]
    similar = len(similar_rows) >= MIN_SIMILAR
    chosen = similar_rows if similar else rows
    evidence = []
    for kind in dict.fromkeys(
        [*rules.steps, *vocabulary.names(connection, Vocabulary.INTERVENTION_KIND)]
    ):
        cases = [bool(r.clean) for r in chosen if r.kind == kind]
        if cases:
            evidence.append(Evidence(kind, len(cases), round(sum(cases) / len(cases), 3)))
    return Recommendation(active, rules.step_for(len(active)), evidence, similar)
