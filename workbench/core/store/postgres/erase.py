"""Erasing a member's personal data on PostgreSQL: SQLite's statements, with ``strpos`` for
``instr`` and ``IS DISTINCT FROM`` for ``IS NOT``.

Events are append-only by a trigger function (migration 0001); the one rewrite the law
requires sets ``workbench.erasing`` for the caller's transaction only, which that function
lets through: it ends with the transaction, committed or not. What VACUUM does afterwards is
in ``store.postgres.engine.vacuum``.
"""

from collections.abc import Sequence

from sqlalchemy import text

from workbench.core.store.sqlite import erase as sqlite_erase

_EVENTS_WITH = text("SELECT id, kind, payload FROM events WHERE strpos(payload, :needle) > 0")
_ERASING = text("SELECT set_config('workbench.erasing', 'on', true)")
_DONE = text("SELECT set_config('workbench.erasing', 'off', true)")


def _any_of(column: str, count: int) -> str:
    """``column`` contains one of ``count`` needles, without regard to case."""
    return " OR ".join(f"strpos(lower({column}), :n{n}) > 0" for n in range(count))


def _params(needles: Sequence[str]) -> dict[str, object]:
    return {f"n{n}": needle for n, needle in enumerate(needles)}


class EraseSQL(sqlite_erase.EraseSQL):
    """The erasure subject on one PostgreSQL connection."""

    __slots__ = ()

    def erase_rows(self, member_id: int, placeholder: str, erased: str) -> None:
        params = {"member": member_id, "erased": erased, "placeholder": placeholder}
        for statement in sqlite_erase._ROWS:
            self._connection.execute(statement, params)

    def events_containing(self, needle: str) -> list[tuple[str, str, str]]:
        rows = self._connection.execute(_EVENTS_WITH, {"needle": needle})
        return [(str(event_id), str(kind), str(payload)) for event_id, kind, payload in rows]

    def others_items_containing(
        self, member_id: int, needles: Sequence[str]
    ) -> list[tuple[int, str, str, str | None, str]]:
        if not needles:
            return []
        where = " OR ".join(
            f"({_any_of(column, len(needles))})" for column in ("title", "body", "raw")
        )
        sql = (
            "SELECT id, title, body, body_html, raw FROM items "
            f"WHERE member_id IS DISTINCT FROM :member AND ({where})"
        )
        rows = self._connection.execute(text(sql), {**_params(needles), "member": member_id})
        return [(int(i), str(t), str(b), h, str(r)) for i, t, b, h, r in rows]

    def interventions_containing(self, needles: Sequence[str]) -> list[tuple[str, str]]:
        if not needles:
            return []
        sql = f"SELECT id, message FROM interventions WHERE {_any_of('message', len(needles))}"
        return [(str(i), str(m)) for i, m in self._connection.execute(text(sql), _params(needles))]

    def events_mentioning(self, needles: Sequence[str]) -> list[tuple[str, str, str]]:
        if not needles:
            return []
        sql = f"SELECT id, kind, payload FROM events WHERE {_any_of('payload', len(needles))}"
        rows = self._connection.execute(text(sql), _params(needles))
        return [(str(event_id), str(kind), str(payload)) for event_id, kind, payload in rows]

    def rewrite_events(self, payloads: Sequence[tuple[str, str]]) -> None:
        """Replace these events' payloads, the one exception to the log's append-only rule;
        the rule holds again before this returns."""
        self._connection.execute(_ERASING)
        for event_id, payload in payloads:
            self._connection.execute(
                sqlite_erase._SET_PAYLOAD, {"payload": payload, "id": event_id}
            )
        self._connection.execute(_DONE)
