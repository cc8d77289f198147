"""Incidents' SQL: the list with its counts and networks, finding one, its timeline, its
members. The networks come as one comma-separated text (``group_concat``), and status changes
are read from the events' JSON payloads (``json_extract``)."""

from collections.abc import Sequence
from typing import Any, ClassVar

from sqlalchemy import Connection, Row, TextClause, text

_LIST = text("""
SELECT i.*,
  (SELECT count(*) FROM incident_links l WHERE l.incident_id = i.id AND l.member_id IS NOT NULL)
    AS members,
  (SELECT count(*) FROM incident_links l WHERE l.incident_id = i.id AND l.item_id IS NOT NULL)
    AS items,
  (SELECT count(*) FROM incident_links l WHERE l.incident_id = i.id
     AND l.intervention_id IS NOT NULL) AS interventions,
  (SELECT group_concat(DISTINCT network) FROM (
     SELECT m.network FROM incident_links l JOIN members m ON m.id = l.member_id
     WHERE l.incident_id = i.id
     UNION SELECT it.network FROM incident_links l JOIN items it ON it.id = l.item_id
     WHERE l.incident_id = i.id)) AS networks
FROM incidents i
WHERE (:status IS NULL OR i.status = :status) AND (:id IS NULL OR i.id = :id)
ORDER BY i.status = 'closed', i.updated_at DESC
""")
_FIND = text("SELECT id FROM incidents WHERE id LIKE :prefix OR title = :key")
_TIMELINE = text("""
SELECT it.created_at AS at, 'item' AS kind, it.network AS network,
  coalesce(m.handle, '') AS who, coalesce(nullif(it.title, ''), it.body) AS summary
FROM incident_links l JOIN items it ON it.id = l.item_id
LEFT JOIN members m ON m.id = it.member_id WHERE l.incident_id = :id
UNION ALL
SELECT iv.created_at, 'intervention', '', iv.author_name,
  iv.kind || coalesce(': ' || nullif(iv.message, ''), '')
FROM incident_links l JOIN interventions iv ON iv.id = l.intervention_id
WHERE l.incident_id = :id
UNION ALL
SELECT n.created_at, 'note', '', n.author_name, n.text
FROM incident_notes n WHERE n.incident_id = :id
UNION ALL
SELECT e.created_at, 'status', '', e.author_name, json_extract(e.payload, '$.status')
FROM events e WHERE e.kind = :status_kind AND json_extract(e.payload, '$.incident') = :id
ORDER BY at
""")
_MEMBERS = text(
    "SELECT m.id, m.network, m.handle FROM incident_links l "
    "JOIN members m ON m.id = l.member_id WHERE l.incident_id = :id ORDER BY m.handle"
)


class IncidentsSQL:
    """The incidents subject on one SQLite connection (PostgreSQL's respells the list and
    the timeline)."""

    __slots__ = ("_connection",)
    _list: ClassVar[TextClause] = _LIST
    _timeline: ClassVar[TextClause] = _TIMELINE

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def incidents(
        self, status: str | None, incident_id: str | None
    ) -> list[tuple[Row[Any], list[str]]]:
        """Each incident (every column, and its counts of members, items and interventions)
        with its networks, sorted."""
        rows = self._connection.execute(self._list, {"status": status, "id": incident_id})
        return [(row, sorted(row.networks.split(",")) if row.networks else []) for row in rows]

    def ids_like(self, key: str) -> list[str]:
        """Incidents whose id starts with ``key`` or whose title is ``key``."""
        rows = self._connection.execute(_FIND, {"prefix": key + "%", "key": key})
        return [str(row.id) for row in rows]

    def timeline(self, incident_id: str, status_kind: str) -> Sequence[Row[Any]]:
        """(at, kind, network, who, summary) of the incident's items, interventions, notes and
        status changes (events of ``status_kind``), oldest first."""
        return self._connection.execute(
            self._timeline, {"id": incident_id, "status_kind": status_kind}
        ).all()

    def members(self, incident_id: str) -> Sequence[Row[Any]]:
        return self._connection.execute(_MEMBERS, {"id": incident_id}).all()
