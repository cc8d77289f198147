"""The measured effect of an intervention: its targets' activity in equal windows before and
after it (14 days each by default), taken from the store.

For members (and the authors of targeted items): items posted, replies received, distinct
members they interacted with, their items flagged by rules or reported, removals, and the share
of negative or critical items by a transparent word list (resources/lexicon, documented there).
For a community (a targeted source): its active members, items per day and how many of the
active were new (first seen in the window). For public interventions, a reaction watch: items
after it in the same threads, and items there or in the targeted community that talk about
moderation itself ("gelöscht", "censored", …). A chart's worth of items per day comes with it.

Figures are computed through the items' (member, time), (thread, time) and (source, time)
indexes and the search index, so one intervention costs milliseconds for members and some tens
of milliseconds for a large community, however large the store is.
"""

import re
from dataclasses import asdict, dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import Connection

from workbench.core.errors import WorkbenchError
from workbench.core.i18n import translate
from workbench.core.queue.listing import Reason
from workbench.core.resources import resource
from workbench.core.store.queries import queries
from workbench.core.text import normalize

DAY = 86_400
PUBLIC_CHANNELS = ("public_reply", "post")


@dataclass(frozen=True, slots=True)
class Window:
    items: int = 0
    replies_received: int = 0
    partners: int = 0
    flagged: int = 0
    removals: int = 0
    negative_share: float = 0.0


@dataclass(frozen=True, slots=True)
class CommunityWindow:
    active_members: int = 0
    items_per_day: float = 0.0
    first_posts: int = 0
    """Active members first seen in the window: newcomers who posted (named for the figure
    that shared logs carry)."""


@dataclass(frozen=True, slots=True)
class Effect:
    days: int
    at: int
    before: Window
    after: Window
    community_before: CommunityWindow | None = None
    community_after: CommunityWindow | None = None
    reactions: dict[str, int] = field(default_factory=dict)
    """For public interventions, counts after it: "same_threads" and "about_moderation" (in
    the targeted items' threads), "community_about_moderation" (in targeted sources)."""
    daily: list[int] = field(default_factory=list)
    """The targets' items (a community's, for a source) per day, from ``days`` days before to
    ``days`` after; the intervention falls between index days - 1 and days."""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@cache
def _entries(name: str) -> tuple[tuple[str, bool], ...]:
    """A word list's entries, German and English, folded like search: (text, is a word start)."""
    entries = []
    for language in ("de", "en"):
        for line in resource("lexicon", f"{name}_{language}.txt").read_text("utf-8").splitlines():
            if entry := normalize(line.strip().rstrip("*")):
                entries.append((entry, line.strip().endswith("*")))
    return tuple(entries)


@cache
def _lexicon(name: str) -> tuple[re.Pattern[str], ...]:
    """Entries of a word list as patterns over folded text ("ärger*" matches "ärgerlich")."""
    word_start = r"\w*"
    return tuple(
        re.compile(rf"\b{re.escape(entry)}{word_start if start else ''}\b")
        for entry, start in _entries(name)
    )


def is_negative(body: str) -> bool:
    folded = normalize(body)
    return any(pattern.search(folded) for pattern in _lexicon("negative"))


def mentions_moderation(body: str) -> bool:
    folded = normalize(body)
    return any(pattern.search(folded) for pattern in _lexicon("moderation"))


def _members_window(connection: Connection, members: list[int], start: int, end: int) -> Window:
    if not members:
        return Window()
    mine, replies, replied_to, removals = queries(connection).interventions.members_window(
        members, start, end
    )
    flagged_bits = int(Reason.RULE | Reason.REPORTED)
    partners = {row[0] for row in replies if row[0] is not None} | {row[0] for row in replied_to}
    negative = sum(is_negative(row.body) for row in mine)
    return Window(
        items=len(mine),
        replies_received=len(replies),
        partners=len(partners),
        flagged=sum(1 for row in mine if row.reasons & flagged_bits),
        removals=removals,
        negative_share=round(negative / len(mine), 3) if mine else 0.0,
    )


def _community_window(
    connection: Connection, sources: list[int], start: int, end: int
) -> CommunityWindow:
    """Active members and items in the window, and how many of the active were new: first
    seen anywhere in the window. Read from the (source, time, member) index alone."""
    active, new, items = queries(connection).interventions.community_window(sources, start, end)
    days = max((end - start) / DAY, 1)
    return CommunityWindow(active, round(items / days, 2), new)


@cache
def _moderation_query() -> str:
    """The moderation word lists as one FTS5 query, folded like the index: words, word starts
    (``zensur*``) and phrases ("deleted my post")."""
    return " OR ".join(
        f'"{entry}"' + ("*" if start else "") for entry, start in _entries("moderation")
    )


def _community_mentions(connection: Connection, sources: list[int], at: int, end: int) -> int:
    """Items in the communities after ``at`` that talk about moderation, found by the search
    index rather than by reading every item."""
    return queries(connection).search.count_in_sources(_moderation_query(), sources, at, end)


def _reactions(
    connection: Connection, intervention_id: str, sources: list[int], at: int, end: int
) -> dict[str, int]:
    """After a public intervention: later items in the targeted items' threads, those of them
    about moderation, and the targeted communities' items about moderation."""
    reactions: dict[str, int] = {}
    store = queries(connection).interventions
    threads = store.target_threads(intervention_id)
    if threads:
        same_threads = 0
        about_moderation = 0
        for network, thread in threads:
            for body in store.thread_bodies(network, thread, at, end):
                same_threads += 1
                about_moderation += mentions_moderation(body)
        reactions |= {"same_threads": same_threads, "about_moderation": about_moderation}
    if sources:
        reactions["community_about_moderation"] = _community_mentions(connection, sources, at, end)
    return reactions


def _daily(
    connection: Connection, members: list[int], sources: list[int], start: int, days: int
) -> list[int]:
    """Items per day from ``start``: the members' own and everything in the sources, each
    item once. A count per day keeps each one a range over an index, without a sort."""
    return queries(connection).interventions.daily_counts(members, sources, start, 2 * days, DAY)


def measure(connection: Connection, intervention_id: str, *, days: int = 14) -> Effect:
    """The intervention's effect, with windows of ``days`` days before and after it."""
    store = queries(connection).interventions
    row = store.intervention(intervention_id)
    if row is None:
        raise WorkbenchError(
            translate("Interventions", "There is no intervention {id}.").format(id=intervention_id)
        )
    at, span = int(row.created_at), days * DAY
    targets = store.targets(intervention_id)
    members = sorted(
        {t.member_id for t in targets if t.member_id} | {t.author for t in targets if t.author}
    )
    sources = sorted({t.source_id for t in targets if t.source_id})
    return Effect(
        days=days,
        at=at,
        before=_members_window(connection, members, at - span, at),
        after=_members_window(connection, members, at, at + span),
        community_before=_community_window(connection, sources, at - span, at) if sources else None,
        community_after=_community_window(connection, sources, at, at + span) if sources else None,
        reactions=(
            _reactions(connection, intervention_id, sources, at, at + span)
            if row.channel in PUBLIC_CHANNELS
            else {}
        ),
        daily=_daily(connection, members, sources, at - span, days),
    )
