"""Every event's signature verdict in a store, counted: whether a team store's events are signed
and by whom, which an erasure redacted, and which are bad (core.events.signatures says what
each verdict means). For `workbench team-store verify` and the window's marks."""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection

from workbench.core.events import eventlog, signatures
from workbench.core.events.event import Event, Kind
from workbench.core.events.signatures import Checked, Verdict
from workbench.core.team import trust


def trusted_in(connection: Connection, own: str | None = None) -> frozenset[str]:
    """The fingerprints trusted in this store, and the manager's own key's."""
    found = {key.fingerprint for key in trust.trusted(connection)}
    return frozenset(found | ({own} if own else set()))


def erasures(connection: Connection, trusted: frozenset[str]) -> signatures.Erasures:
    """What the store's erasures vouch for (they are few: read once per check)."""
    return signatures.Erasures(
        eventlog.iter_events(connection, kinds=(Kind.MEMBER_ERASED,)), trusted
    )


def of(
    connection: Connection, events: Iterable[Event], trusted: frozenset[str]
) -> dict[str, Checked]:
    """The verdicts of some events (an item's history), by event id."""
    vouching = erasures(connection, trusted)
    return {event.id: signatures.check(event, trusted, vouching) for event in events}


@dataclass(slots=True)
class Tally:
    """A whole log's verdicts."""

    counts: Counter[Verdict] = field(default_factory=Counter)
    bad: list[Event] = field(default_factory=list)
    """In the log's order."""
    signers: dict[str, Counter[str]] = field(default_factory=dict)
    """Per fingerprint of a key whose signatures hold: the authors' names, how many events."""

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def tally(connection: Connection, trusted: frozenset[str]) -> Tally:
    """Every event of the store checked, one pass over the log."""
    vouching = erasures(connection, trusted)
    done = Tally()
    for event in eventlog.iter_events(connection):
        checked = signatures.check(event, trusted, vouching)
        done.counts[checked.verdict] += 1
        if checked.verdict == Verdict.BAD:
            done.bad.append(event)
        elif checked.verdict in (Verdict.SIGNED, Verdict.UNTRUSTED) and checked.fingerprint:
            done.signers.setdefault(checked.fingerprint, Counter())[event.author_name] += 1
    return done
