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

from sqlalchemy import Connection

from workbench.core.errors import WorkbenchError
from workbench.core.i18n import translate
from workbench.core.store.queries import queries
from workbench.core.store.schema import FRAGMENT_FOLDS

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


def _term(token: str) -> str:
    if token in ("(", ")") or token in _OPERATORS:
        return token
    if token.startswith('"'):
        prefix, text = False, _SPACES.sub(" ", token.strip('"')).strip()
    else:
        prefix, text = token.endswith("*"), _EDGES.sub("", token)
    if not text:
        return ""
    if len(text) == 1:
        raise SearchError(
            translate(
                "Search",
                'A single letter ("{letter}") cannot be searched: type two letters or more, or '
                'put it in a phrase ("vitamin c").',
            ).format(letter=text)
        )
    return _word_start(text) if prefix or len(text) < TRIGRAM else _quoted(text)


def to_match(query: str) -> str:
    """The MATCH expression for the trigram index from what the manager typed; "" when nothing
    is searched. Raises :class:`SearchError` for an open quotation mark or a lone letter."""
    if query.count('"') % 2:
        raise SearchError(
            translate("Search", 'A quotation mark is not closed: write "exact phrase" in pairs.')
        )
    terms = [term for term in (_term(t) for t in _TOKEN.findall(fold(query))) if term]
    return " ".join(terms)


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
