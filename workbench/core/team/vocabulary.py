"""The team's own words: kinds of intervention, note types and rating dimensions beyond the
built-in ones.

A team adds a term (say, a "Dankeschön-Paket" they send to helpful members) and later retires it
when they stop using it; both are events, so a shared log carries the words its records use.
Retiring only takes a term off the choices: what was recorded with it keeps its name. A team's
kind of intervention says whether it addresses the member as if alive (so that memorialized
members are protected), whether it adds a strike, and when to look again.
"""

from dataclasses import dataclass
from enum import StrEnum

import orjson
from sqlalchemy import Connection

from workbench.core.errors import WorkbenchError
from workbench.core.events import eventlog
from workbench.core.events.event import Event, Kind
from workbench.core.i18n import translate
from workbench.core.settings import Author
from workbench.core.store.queries import queries


class Vocabulary(StrEnum):
    INTERVENTION_KIND = "intervention_kind"
    NOTE_TYPE = "note_type"
    RATING_DIMENSION = "rating_dimension"


@dataclass(frozen=True, slots=True)
class Term:
    name: str
    built_in: bool = True
    follow_up_days: int | None = None
    """Kinds only: when to look again by default; None for no follow-up."""
    addresses_the_living: bool = False
    """Kinds only: speaks to the member as if alive (a welcome, a nudge, a warning)."""
    strike: bool = False
    """Kinds only: a sanction that counts on the enforcement ladder."""

    def follow_up_at(self, at: int) -> int | None:
        """When to look again by default after an intervention of this kind made at ``at``."""
        return None if self.follow_up_days is None else at + self.follow_up_days * 86_400


INTERVENTION_KINDS = (
    Term("welcome", follow_up_days=14, addresses_the_living=True),
    Term("thanks"),
    Term("nudge", follow_up_days=14, addresses_the_living=True),
    Term("clarification", follow_up_days=7),
    Term("warning", follow_up_days=7, addresses_the_living=True, strike=True),
    Term("content_removal", follow_up_days=7, strike=True),
    Term("temporary_mute", follow_up_days=7, strike=True),
    Term("ban", follow_up_days=30, strike=True),
    Term("private_message"),
    Term("public_statement", follow_up_days=3),
    Term("community_announcement", follow_up_days=7),
    Term("escalation", follow_up_days=3),
)
NOTE_TYPES = tuple(
    Term(name) for name in ("good_contributor", "spam_watch", "warning", "abuse", "ban", "other")
)
RATING_DIMENSIONS = tuple(Term(name) for name in ("feedback", "expertise", "communication"))
BUILT_IN = {
    Vocabulary.INTERVENTION_KIND: INTERVENTION_KINDS,
    Vocabulary.NOTE_TYPE: NOTE_TYPES,
    Vocabulary.RATING_DIMENSION: RATING_DIMENSIONS,
}
NAME_LIMIT = 40


def _team_terms(
    connection: Connection, vocabulary: Vocabulary, *, retired_too: bool = False
) -> dict[str, Term]:
    """The team's terms in the order added, from their events. Names compare without case: two
    managers who both added "Troll" and "troll" (merged logs) have one term, the first."""
    team: dict[str, Term] = {}
    rows = queries(connection).team.events_of(Kind.TERM_ADDED.value, Kind.TERM_RETIRED.value)
    for kind, raw in rows:
        payload = orjson.loads(raw)
        if payload["vocabulary"] != vocabulary:
            continue
        key = str(payload["name"]).casefold()
        if kind == Kind.TERM_RETIRED:
            if not retired_too:
                team.pop(key, None)
        elif key not in team:
            team[key] = Term(
                payload["name"],
                built_in=False,
                follow_up_days=payload.get("follow_up_days"),
                addresses_the_living=bool(payload.get("addresses_the_living")),
                strike=bool(payload.get("strike")),
            )
    return team


def terms(connection: Connection, vocabulary: Vocabulary) -> list[Term]:
    """The terms to choose from: the built-in ones, then the team's in the order added."""
    return [*BUILT_IN[vocabulary], *_team_terms(connection, vocabulary).values()]


def names(connection: Connection, vocabulary: Vocabulary) -> list[str]:
    return [term.name for term in terms(connection, vocabulary)]


def find(connection: Connection, vocabulary: Vocabulary, name: str) -> Term | None:
    """The term in use by this name, compared without case; a retired team term is not."""
    wanted = " ".join(name.split()).casefold()
    return next((t for t in terms(connection, vocabulary) if t.name.casefold() == wanted), None)


def require(connection: Connection, vocabulary: Vocabulary, name: str) -> Term:
    """The term by this name, or a WorkbenchError that lists the choices."""
    found = find(connection, vocabulary, name)
    if found is None:
        raise WorkbenchError(
            translate(
                "Vocabulary", "'{name}' is not in the team's {list}; choose one of: {names}."
            ).format(
                name=name,
                list=_described(vocabulary),
                names=", ".join(names(connection, vocabulary)),
            )
        )
    return found


def add(
    connection: Connection,
    vocabulary: Vocabulary,
    name: str,
    author: Author,
    *,
    follow_up_days: int | None = None,
    addresses_the_living: bool = False,
    strike: bool = False,
) -> Event:
    """Add a term of the team's own. Names are trimmed and compared without case."""
    name = " ".join(name.split())
    if not 0 < len(name) <= NAME_LIMIT:
        raise WorkbenchError(
            translate("Vocabulary", "A name has 1 to {limit} characters.").format(limit=NAME_LIMIT)
        )
    if find(connection, vocabulary, name) is not None:
        raise WorkbenchError(
            translate("Vocabulary", "'{name}' is already in the team's {list}.").format(
                name=name, list=_described(vocabulary)
            )
        )
    if follow_up_days is not None and not 1 <= follow_up_days <= 365:
        raise WorkbenchError(translate("Vocabulary", "A follow-up comes 1 to 365 days later."))
    payload: dict[str, object] = {"vocabulary": vocabulary.value, "name": name}
    if vocabulary == Vocabulary.INTERVENTION_KIND:
        payload |= {
            "follow_up_days": follow_up_days,
            "addresses_the_living": addresses_the_living,
            "strike": strike,
        }
    return eventlog.record(connection, Kind.TERM_ADDED, payload, author)


def retire(connection: Connection, vocabulary: Vocabulary, name: str, author: Author) -> Event:
    """Take a team term off the choices; records made with it keep it."""
    found = require(connection, vocabulary, name)
    if found.built_in:
        raise WorkbenchError(
            translate("Vocabulary", "'{name}' is built in and stays.").format(name=name)
        )
    payload = {"vocabulary": vocabulary.value, "name": found.name}
    return eventlog.record(connection, Kind.TERM_RETIRED, payload, author)


def strike_kinds(connection: Connection) -> list[str]:
    """Kinds that count as strikes, retired ones too: a strike given stays a strike."""
    team = _team_terms(connection, Vocabulary.INTERVENTION_KIND, retired_too=True)
    return [t.name for t in (*INTERVENTION_KINDS, *team.values()) if t.strike]


def follow_up(connection: Connection, kind: str, at: int) -> int | None:
    """When to look again after an intervention of this kind made at ``at``, by default."""
    found = find(connection, Vocabulary.INTERVENTION_KIND, kind)
    return None if found is None else found.follow_up_at(at)


def _described(vocabulary: Vocabulary) -> str:
    return {
        Vocabulary.INTERVENTION_KIND: translate("Vocabulary", "kinds of intervention"),
        Vocabulary.NOTE_TYPE: translate("Vocabulary", "note types"),
        Vocabulary.RATING_DIMENSION: translate("Vocabulary", "rating dimensions"),
    }[vocabulary]
