"""Full-text search as a manager types it, turned into a safe query for the trigram index.

A word is found wherever it occurs, inside compounds too: "säge" finds "Tischkreissäge" and
"schatzung" finds "Wertschätzung". Plain words must all occur ("akku ladegerät"), "quoted words"
must occur as written (an exact phrase, again anywhere), a trailing * asks for the start of a
word (lade* finds "Ladegerät" but not "Auflader"), and AND, OR, NOT and parentheses combine
them. Case, umlauts, ß and common accents are folded as the index folds them ("grusse" finds
"Grüße").

A trigram index looks up runs of three characters, so a fragment of two letters ("KI", "EU")
is looked up as the start of a word, as lade* is: after a space or an opening bracket, quotation
mark, #, @, - or /. A single letter would match nearly everything and no index can serve it: it
is refused with a hint, as is a query FTS5 cannot read (:class:`SearchError`), never a crash.
"""

import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import Connection

from workbench.core.errors import WorkbenchError
from workbench.core.i18n import translate
from workbench.core.search_text import FRAGMENT_FOLDS
from workbench.core.store.queries import queries

_TOKEN = re.compile(r'"[^"]*"?|\(|\)|[^\s()"]+')
_OPERATORS = {"AND", "OR", "NOT"}
_EDGES = re.compile(r"^\W+|\W+$")
_SPACES = re.compile(r"\s+")
_FOLDS = str.maketrans(FRAGMENT_FOLDS)
TRIGRAM = 3
"""The shortest text the index can look up anywhere inside words."""
WORD_STARTS = (" ", "(", "[", '"', "„", "“", "'", "«", "#", "@", "-", "/")
"""What may stand before the start of a word (line breaks are spaces in the index)."""


class SearchError(WorkbenchError):
    """A search the index cannot run, with a hint how to write it."""


def fold(text: str) -> str:
    """``text`` folded as the trigram index folds the items' text (it folds case itself)."""
    return unicodedata.normalize("NFC", text).translate(_FOLDS)


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _word_start(fragment: str) -> str:
    return "(" + " OR ".join(_quoted(start + fragment) for start in WORD_STARTS) + ")"


@dataclass(frozen=True, slots=True)
class Term:
    """A text the search looks for, folded as the index folds it (case aside); ``word_start``
    when it must begin a word (a prefix* or a fragment of two letters)."""

    text: str
    word_start: bool


def _parsed(token: str) -> Term | None:
    """The term a word or "phrase" asks for; None for one of punctuation only."""
    if token.startswith('"'):
        prefix, text = False, _SPACES.sub(" ", token.strip('"')).strip()
    else:
        prefix, text = token.endswith("*"), _EDGES.sub("", token)
    if not text:
        return None
    if len(text) == 1:
        raise SearchError(
            translate(
                "Search",
                'A single letter ("{letter}") cannot be searched: type two letters or more, or '
                'put it in a phrase ("vitamin c").',
            ).format(letter=text)
        )
    return Term(text, prefix or len(text) < TRIGRAM)


def _term(token: str) -> str:
    if token in ("(", ")") or token in _OPERATORS:
        return token
    term = _parsed(token)
    if term is None:
        return ""
    return _word_start(term.text) if term.word_start else _quoted(term.text)


def _tokens(query: str) -> list[str]:
    if query.count('"') % 2:
        raise SearchError(
            translate("Search", 'A quotation mark is not closed: write "exact phrase" in pairs.')
        )
    return _TOKEN.findall(fold(query))


def terms(query: str) -> list[Term]:
    """What a match of ``query`` contains: its words and phrases, but none after a NOT (what a
    highlight marks). Raises :class:`SearchError` for a query ``to_match`` refuses."""
    to_match(query)
    tokens = _tokens(query)
    found: list[Term] = []
    at = 0
    while at < len(tokens):
        token = tokens[at]
        at += 1
        if token == "NOT":
            at = _after_operand(tokens, at)
        elif token not in ("(", ")") and token not in _OPERATORS and (term := _parsed(token)):
            found.append(term)
    return found


def _after_operand(tokens: list[str], at: int) -> int:
    """Where the operand that starts at ``at`` ends: after one word, or after its brackets."""
    depth = 0
    while at < len(tokens):
        depth += (tokens[at] == "(") - (tokens[at] == ")")
        at += 1
        if depth <= 0:
            break
    return at


def to_match(query: str) -> str:
    """The MATCH expression for the trigram index from what the manager typed; "" when nothing
    is searched. Raises :class:`SearchError` for an open quotation mark or a lone letter."""
    return " ".join(term for term in (_term(token) for token in _tokens(query)) if term)


def check(connection: Connection, match: str) -> None:
    """Let the index parse ``match`` once, and turn its complaint into a hint."""
    problem = queries(connection).search.problem(match)
    if problem is not None:
        raise SearchError(
            translate(
                "Search",
                'The search cannot be read ({problem}). Use words, "exact phrases", prefix* '
                "and AND, OR, NOT between words.",
            ).format(problem=problem)
        )
