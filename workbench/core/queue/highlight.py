"""Where a search or a rule matches in an item's text, as spans over the text as it is.

The search and the keyword rules compare folded text (case, umlauts, ß, accents), so a match is
found in a folded copy whose every character remembers where it came from, and its place is
mapped back: a span always covers what the manager reads ("Grüße" for "grusse", all of
"Tischkreissäge"'s "säge"). Spans are sorted, never overlap and are never empty, so a view can
mark them one after another. ``in_context`` cuts an excerpt around them for a list.

    spans = highlight.search_spans('säge "schöne grüße"', item.body)
    excerpt = highlight.in_context(item.body, spans)  # excerpt.text, excerpt.spans
"""

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from workbench.core.queue import search
from workbench.core.search_text import FRAGMENT_FOLDS

_ASCII_PUNCTUATION = frozenset("!\"#$%&'()*+,-;<=>?@[\\]^_`{|}~")
"""What ``text.normalize`` turns into spaces (all ASCII punctuation but ``:/.``)."""
_ASCII_SPACE = frozenset(" \t\n\r\x0b\x0c")
_SPACE = re.compile(r"\s")


@dataclass(frozen=True, slots=True)
class Span:
    """The characters [start, end) of a text, as Python indexes them."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Excerpt:
    """Part of a text, on one line, with the spans of its matches counted in ``text``."""

    text: str
    spans: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class _Folded:
    """A folded copy of a text; ``origins[i]`` is the original index of character ``i``."""

    text: str
    origins: tuple[int, ...]

    def span(self, start: int, end: int) -> Span:
        return Span(self.origins[start], self.origins[end - 1] + 1)


def _folded(text: str, fold: Callable[[str], str], *, squeeze: bool = False) -> _Folded:
    """Fold ``text`` one character at a time, remembering each result's origin; ``squeeze``
    keeps one space of each run of white space, as ``text.normalize`` does."""
    out: list[str] = []
    origins: list[int] = []
    for index, character in enumerate(text):
        for folded in fold(character):
            if squeeze and folded == " " and out and out[-1] == " ":
                continue
            out.append(folded)
            origins.append(index)
    return _Folded("".join(out), tuple(origins))


def _like_normalize(character: str) -> str:
    """One character as ``workbench.core.text.normalize`` folds it (keyword rules)."""
    folded = unicodedata.normalize("NFKD", character.casefold())
    return "".join(
        " " if c in _ASCII_PUNCTUATION or c in _ASCII_SPACE else c
        for c in folded
        if not unicodedata.combining(c)
    )


def _like_index(character: str) -> str:
    """One character as the trigram index folds it (the search)."""
    return FRAGMENT_FOLDS.get(character, character).lower()


def merged(spans: Iterable[Span]) -> list[Span]:
    """``spans`` sorted, the empty ones dropped and overlapping or touching ones joined."""
    joined: list[Span] = []
    for span in sorted((s for s in spans if s.end > s.start), key=lambda s: (s.start, s.end)):
        if joined and span.start <= joined[-1].end:
            joined[-1] = Span(joined[-1].start, max(joined[-1].end, span.end))
        else:
            joined.append(span)
    return joined


def pattern_spans(pattern: re.Pattern[str], text: str, *, normalized: bool = False) -> list[Span]:
    """Where ``pattern`` matches ``text``; with ``normalized`` the pattern is written for text
    folded by ``text.normalize`` (as keyword rules are) and is looked for in such a copy."""
    if not normalized:
        return merged(Span(m.start(), m.end()) for m in pattern.finditer(text))
    folded = _folded(text, _like_normalize, squeeze=True)
    matches = (m for m in pattern.finditer(folded.text) if m.end() > m.start())
    return merged(folded.span(m.start(), m.end()) for m in matches)


def search_spans(query: str, text: str) -> list[Span]:
    """Where the queue's search for ``query`` finds something in ``text`` (a title or a body):
    each of its words and phrases wherever the index would find it, prefixes and two-letter
    fragments at the start of a word only, nothing for words after NOT. A query the search
    refuses (:class:`search.SearchError`) marks nothing."""
    try:
        terms = search.terms(query)
    except search.SearchError:
        return []
    folded = _folded(text, _like_index)
    found: list[Span] = []
    for term in terms:
        needle = "".join(_like_index(character) for character in term.text)
        at = folded.text.find(needle)
        while at >= 0:
            if not term.word_start or at == 0 or folded.text[at - 1] in search.WORD_STARTS:
                found.append(folded.span(at, at + len(needle)))
            at = folded.text.find(needle, at + 1)
    return merged(found)


def in_context(text: str, spans: Iterable[Span], *, around: int = 60, limit: int = 280) -> Excerpt:
    """An excerpt of ``text`` on one line: ``around`` characters each side of every span (to a
    whole word), windows that meet joined, "…" where text is left out, up to about ``limit``
    characters (the first span always shows). Without spans, the beginning of the text."""
    wanted = merged(spans)
    if not wanted:
        head = _SPACE.sub(" ", text[:limit]).strip()
        return Excerpt(head + ("…" if len(text) > limit else ""), ())
    windows: list[tuple[int, int, list[Span]]] = []
    for span in wanted:
        start = _word_edge(text, max(0, span.start - around), -1)
        end = _word_edge(text, min(len(text), span.end + around), 1)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]), [*windows[-1][2], span])
        else:
            windows.append((start, end, [span]))
    pieces: list[str] = []
    shifted: list[Span] = []
    length, shown_to = 0, 0
    for start, end, inside in windows:
        if pieces and length + end - start > limit:
            break
        if start > 0:
            pieces.append(" … " if pieces else "…")
            length += len(pieces[-1])
        shifted.extend(Span(s.start - start + length, s.end - start + length) for s in inside)
        pieces.append(_SPACE.sub(" ", text[start:end]))
        length, shown_to = length + end - start, end
    if shown_to < len(text):
        pieces.append("…")
    return Excerpt("".join(pieces), tuple(shifted))


def _word_edge(text: str, at: int, step: int) -> int:
    """``at`` moved outwards (``step`` -1 or 1) to the edge of the word it falls in, by at most
    15 characters, so that an excerpt does not start or end inside a word."""
    for _ in range(15):
        if at <= 0 or at >= len(text) or (text[at - 1] if step < 0 else text[at]).isspace():
            break
        at += step
    return at
