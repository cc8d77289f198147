"""The team's shared settings as the store reads them: vocabulary and ladder events, and the
reply templates."""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Row, text

_EVENTS_OF = text("SELECT kind, payload FROM events WHERE kind IN (:added, :retired) ORDER BY id")
_LATEST_PAYLOAD = text("SELECT payload FROM events WHERE kind = :kind ORDER BY id DESC LIMIT 1")
_TEMPLATES = text("SELECT id, name, body FROM reply_templates ORDER BY name")


class TeamSQL:
    """The team subject on one SQLite connection."""

    __slots__ = ("_connection",)

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def events_of(self, first: str, second: str) -> list[tuple[str, str]]:
        """(kind, payload) of the events of these two kinds, in the order recorded."""
        rows = self._connection.execute(_EVENTS_OF, {"added": first, "retired": second})
        return [(str(kind), str(payload)) for kind, payload in rows]

    def latest_payload(self, kind: str) -> str | None:
        """The payload of the latest event of ``kind``."""
        raw = self._connection.execute(_LATEST_PAYLOAD, {"kind": kind}).scalar()
        return None if raw is None else str(raw)

    def templates(self) -> Sequence[Row[Any]]:
        return self._connection.execute(_TEMPLATES).all()
