"""Why an item is in the queue, and how urgent that makes it (the formula is listing's).

Plain values without the store: the process that reads a large import gives its items their
reasons and priority (ingest_rows) without loading SQLAlchemy.
"""

from enum import IntFlag

REASON_BITS = {"held": 1, "reported": 2, "rule": 4, "duplicate": 8, "first_post": 16, "burst": 32}
"""Bits of ``queue.reasons`` (the store's column; :class:`Reason` names them)."""


class Reason(IntFlag):
    """Why an item is in the queue; stored as a bit set in ``queue.reasons``."""

    HELD = REASON_BITS["held"]
    REPORTED = REASON_BITS["reported"]
    RULE = REASON_BITS["rule"]
    DUPLICATE = REASON_BITS["duplicate"]
    FIRST_POST = REASON_BITS["first_post"]
    BURST = REASON_BITS["burst"]

    @property
    def names(self) -> list[str]:
        return [reason.name.lower() for reason in Reason if reason in self and reason.name]

    @classmethod
    def named(cls, name: str) -> "Reason":
        try:
            return cls[name.upper()]
        except KeyError:
            raise ValueError(
                f"unknown reason {name!r}; reasons: {', '.join(REASON_BITS)}"
            ) from None


PLATFORM_STATE_REASONS = {"held": Reason.HELD, "spam": Reason.HELD, "reported": Reason.REPORTED}
OPEN_STATES = ("new", "in_review", "escalated")

_WEIGHTS = {
    Reason.REPORTED: 40,
    Reason.HELD: 30,
    Reason.RULE: 25,
    Reason.DUPLICATE: 20,
    Reason.BURST: 15,
    Reason.FIRST_POST: 10,
}
WATCH_BONUS = 10


def priority(reasons: Reason, report_count: int, *, on_watch: bool = False) -> int:
    """The documented formula (see the module docstring)."""
    base = sum(weight for reason, weight in _WEIGHTS.items() if reason in reasons)
    return base + min(max(report_count - 1, 0) * 5, 50) + (WATCH_BONUS if on_watch else 0)
