"""Members' SQL on PostgreSQL: SQLite's, with the status events' JSON read by ``#>>``, the
notes filter on the server's clock, a name for the timeline's subquery, and
the type of a parameter that is tested for NULL (psycopg binds each use on its own)."""

from typing import ClassVar

from workbench.core.store.postgres.spelling import respell, respelled
from workbench.core.store.sqlite import members as sqlite_members


class MembersSQL(sqlite_members.MembersSQL):
    """The members subject on one PostgreSQL connection."""

    __slots__ = ()
    _latest_notes = respelled(sqlite_members._LATEST_NOTES)
    _timeline = respelled(
        sqlite_members._TIMELINE,
        (")\nWHERE (:before_at IS NULL", ") timeline\nWHERE (CAST(:before_at AS BIGINT) IS NULL"),
    )
    _orders: ClassVar[dict[str, str]] = {
        name: respell(order) for name, order in sqlite_members._ORDERS.items()
    }
