"""How lists of values are bound: one way for every statement of this store.

A list is an expanding bind parameter (``IN :ids``): SQLAlchemy writes it out as ``IN (?, ?, …)``
when the statement runs, which is the shape SQLite plans best (an IN list over an index, the
same plan as literal values), caches one compiled statement however long the list, and binds
strings as safely as numbers. Lists without a bound are read in chunks, below SQLite's limit of
bound variables; ``marks`` is the same shape for the raw driver cursor of bulk writes.
"""

from collections.abc import Iterator, Sequence
from typing import TypeVar

from sqlalchemy import TextClause, bindparam, text

CHUNK = 500
"""Values per statement when a list can be arbitrarily long."""

T = TypeVar("T")


def statement(sql: str, *lists: str) -> TextClause:
    """``sql`` with the named parameters bound as lists."""
    clause = text(sql)
    if lists:
        clause = clause.bindparams(*(bindparam(name, expanding=True) for name in lists))
    return clause


def chunks(values: Sequence[T], size: int = CHUNK) -> Iterator[list[T]]:
    """``values`` in consecutive pieces of at most ``size``."""
    for start in range(0, len(values), size):
        yield list(values[start : start + size])


def marks(count: int) -> str:
    """``?, ?, …`` for ``count`` values on the raw driver cursor."""
    return ",".join("?" * count)
