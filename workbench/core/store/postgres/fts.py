"""Full-text search on PostgreSQL: what the domain asks of SQLite's FTS5 indexes, answered by
a GIN trigram index (pg_trgm) and a tsvector's GIN index (migrations 0001, 0013 and 0026).

The domain writes its searches as FTS5 queries (``core.queue.search.to_match``: "phrases",
AND, OR, NOT and brackets; ``core.interventions.effect``: "word"* OR "phrase"); they are read
here into PostgreSQL's terms. A phrase of the trigram query is a LIKE over the items' folded
text, which the index serves; the pattern is folded by the same function as the text
(``workbench_fold``), so that both sides are folded alike. The word query becomes a tsquery
folded by ``workbench_words``, as the tsvector is.
"""

import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, bindparam, text

from workbench.core.errors import WorkbenchError

FOLDED_TEXT = "{alias}.folded_text"
"""The items' text as the trigram index holds it: ``workbench_fold(' ' || title || chr(31) ||
' ' || body)``, stored at insert (migration 0026), so that a row checked outside the index costs
a LIKE, not a fold."""

_TOKEN = re.compile(r'"(?:[^"]|"")*"\*?|\(|\)|[^\s()"]+')
_OPERATORS = ("AND", "OR", "NOT")


class QueryError(WorkbenchError):
    """An FTS5 query this reading does not understand."""


def _phrase(token: str) -> tuple[str, bool]:
    """The text of a "phrase" (or a bare word) and whether a * follows it."""
    prefix = token.endswith("*")
    token = token.removesuffix("*")
    if token.startswith('"'):
        return token[1:-1].replace('""', '"'), prefix
    return token, prefix


class _Reader:
    """A recursive reading of FTS5's query grammar: OR binds loosest, then AND (written or
    implied between neighbours), then NOT (``a NOT b``: a without b)."""

    def __init__(self, match: str, phrase: Any) -> None:
        self.tokens = _TOKEN.findall(match)
        self.at = 0
        self.phrase = phrase

    def read(self) -> str:
        if not self.tokens:
            raise QueryError("empty query")
        found = self._or()
        if self.at != len(self.tokens):
            raise QueryError(f'syntax error near "{self.tokens[self.at]}"')
        return found

    def _peek(self) -> str | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def _or(self) -> str:
        found = self._and()
        while self._peek() == "OR":
            self.at += 1
            found = f"({found} OR {self._and()})"
        return found

    def _and(self) -> str:
        found = self._not()
        while self._peek() not in (None, ")", "OR"):
            if self._peek() == "AND":
                self.at += 1
            found = f"({found} AND {self._not()})"
        return found

    def _not(self) -> str:
        found = self._primary()
        while self._peek() == "NOT":
            self.at += 1
            found = f"({found} AND NOT {self._primary()})"
        return found

    def _primary(self) -> str:
        token = self._peek()
        if token is None or token == ")" or token in _OPERATORS:
            raise QueryError(f'syntax error near "{token or "the end"}"')
        self.at += 1
        if token == "(":
            found = self._or()
            if self._peek() != ")":
                raise QueryError("a bracket is not closed")
            self.at += 1
            return found
        return str(self.phrase(*_phrase(token)))


def _like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def trigram_condition(match: str, alias: str = "i") -> tuple[str, dict[str, str]]:
    """SQL that an item ``alias`` matches the trigram query ``match``, with its parameters.
    Raises :class:`QueryError` for a query that cannot be read."""
    params: dict[str, str] = {}
    column = FOLDED_TEXT.format(alias=alias)

    def phrase(value: str, _prefix: bool) -> str:
        name = f"phrase_{len(params)}"
        params[name] = _like(value)
        return f"{column} LIKE ('%' || workbench_fold(:{name}) || '%')"

    return _Reader(match, phrase).read(), params


def tsquery(match: str) -> str:
    """The word query ``match`` (FTS5) as the text of a tsquery, before its folds."""

    def phrase(value: str, prefix: bool) -> str:
        return "'" + value.replace("'", "''") + "'" + (":*" if prefix else "")

    return (
        _Reader(match, phrase)
        .read()
        .replace(" AND NOT ", " & !")
        .replace(" AND ", " & ")
        .replace(" OR ", " | ")
    )


_IN_SOURCES = text(
    "SELECT count(*) FROM items i WHERE i.search_words @@ "
    "to_tsquery('simple'::regconfig, workbench_words(:query)) "
    "AND i.source_id IN :sources AND i.created_at >= :at AND i.created_at < :end"
).bindparams(bindparam("sources", expanding=True))


class SearchSQL:
    """The full-text subject on one PostgreSQL connection."""

    __slots__ = ("_connection",)

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def problem(self, match: str) -> str | None:
        """What is wrong with ``match`` (a trigram query), or None if it reads."""
        try:
            trigram_condition(match)
        except QueryError as exc:
            return str(exc)
        return None

    def count_in_sources(self, match: str, source_ids: Sequence[int], at: int, end: int) -> int:
        """Items of these sources in [at, end) whose words match ``match``."""
        return int(
            self._connection.execute(
                _IN_SOURCES,
                {"query": tsquery(match), "sources": list(source_ids), "at": at, "end": end},
            ).scalar_one()
        )

    def purge(self) -> None:
        """Nothing to merge: a rewritten row's old index entries go with its old version, when
        the tables are vacuumed (``store.postgres.engine.vacuum``)."""
