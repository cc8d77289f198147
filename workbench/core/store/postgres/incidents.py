"""Incidents' SQL on PostgreSQL: SQLite's, with ``string_agg`` for ``group_concat``, a name for
the networks' subquery and the status events' JSON read by ``#>>``, and the
parameters tested for NULL typed."""

from workbench.core.store.postgres.spelling import respelled
from workbench.core.store.sqlite import incidents as sqlite_incidents


class IncidentsSQL(sqlite_incidents.IncidentsSQL):
    """The incidents subject on one PostgreSQL connection."""

    __slots__ = ()
    _list = respelled(
        sqlite_incidents._LIST,
        ("(:status IS NULL", "(CAST(:status AS TEXT) IS NULL"),
        ("(:id IS NULL", "(CAST(:id AS TEXT) IS NULL"),
        ("group_concat(DISTINCT network)", "string_agg(DISTINCT network, ',')"),
        (
            "WHERE l.incident_id = i.id)) AS networks",
            "WHERE l.incident_id = i.id) linked) AS networks",
        ),
    )
    _timeline = respelled(sqlite_incidents._TIMELINE)
