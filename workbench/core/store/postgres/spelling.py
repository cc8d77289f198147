"""SQLite's statements in PostgreSQL's words, where only a few of their words differ.

A subject whose SQL is SQLite's but for its JSON look-ups, its clock or a truth value summed
takes SQLite's own text and respells it here, so the two cannot drift apart: a piece that is
no longer in SQLite's text is an error when the module is imported, not a query that silently
reads something else.
"""

import re

from sqlalchemy import TextClause, text

from workbench.core.store.schema import NOTE_IN_FORCE, note_in_force

NOTE_IN_FORCE_PG = note_in_force("CAST(floor(extract(epoch FROM statement_timestamp())) AS BIGINT)")
"""The notes filter on PostgreSQL: the server's clock in whole seconds, as SQLite's
``strftime('%s', 'now')`` reads it."""

_JSON_EXTRACT = re.compile(r"json_extract\(([\w.]+), '\$\.([\w.]+)'\)")


def _json_path(match: re.Match[str]) -> str:
    """``json_extract(col, '$.a.b')`` as ``(col::jsonb #>> '{a,b}')``: the value as text,
    which is what SQLite's comparisons with text read too."""
    return f"({match[1]}::jsonb #>> '{{{match[2].replace('.', ',')}}}')"


def respell(sql: str, *replacements: tuple[str, str]) -> str:
    """``sql`` with its JSON look-ups and notes filter in PostgreSQL's spelling, and each
    (SQLite's piece, PostgreSQL's) of ``replacements`` put in; a piece not found is an error."""
    for old, new in replacements:
        if old not in sql:
            raise ValueError(f"respelling SQLite's SQL: {old!r} is not in it any more")
        sql = sql.replace(old, new)
    return _JSON_EXTRACT.sub(_json_path, sql.replace(NOTE_IN_FORCE, NOTE_IN_FORCE_PG))


def respelled(clause: TextClause, *replacements: tuple[str, str]) -> TextClause:
    """A statement of SQLite's respelled (see ``respell``), its list parameters kept."""
    expanding = [bind for bind in clause._bindparams.values() if bind.expanding]
    respelled_clause = text(respell(clause.text, *replacements))
    return respelled_clause.bindparams(*expanding) if expanding else respelled_clause
