"""Full-text search as a manager types it, turned into a safe FTS5 query.

Plain words must all occur ("akku ladegerät"), "quoted words" form a phrase, a trailing * makes
a prefix (lade*), and AND, OR, NOT and parentheses combine them. Case, accents and ß are folded
the same way as the index ("grusse" finds "Grüße"). A query FTS5 cannot read becomes a
:class:`SearchError` with a hint, never a crash.
"""

import re

from sqlalchemy import Connection

from workbench.core.errors import WorkbenchError
from workbench.core.i18n import translate
from workbench.core.store.queries import queries

_TOKEN = re.compile(r'"[^"]*"?|\(|\)|[^\s()"]+')
_OPERATORS = {"AND", "OR", "NOT"}
_WORD = re.compile(r"\w+")


class SearchError(WorkbenchError):
    """A search the index cannot run, with a hint how to write it."""


def fold(text: str) -> str:
    """Spell ß as ss, as the index does (FTS5 folds case and accents itself)."""
    return text.replace("ß", "ss").replace("ẞ", "SS")


def _term(token: str) -> str:
    if token in ("(", ")") or token in _OPERATORS:
        return token
    if token.startswith('"'):
        inner = token.strip('"')
        return f'"{inner}"' if inner.strip() else ""
    prefix = token.endswith("*")
    words = _WORD.findall(token)
    if not words:
        return ""
    quoted = " ".join(f'"{word}"' for word in words)
    phrase = f'"{" ".join(words)}"' if len(words) > 1 else quoted
    return f"{phrase}*" if prefix else phrase


def to_match(query: str) -> str:
    """The FTS5 MATCH expression for what the manager typed; "" when nothing is searched."""
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
