"""One item in full on PostgreSQL: SQLite's statements, with the events' JSON read by ``#>>``,
the notes filter on the server's clock, ``false`` for "not undone" (a boolean here) and the
type of a mute's end named where a UNION would guess it."""

from workbench.core.store.postgres.spelling import respelled
from workbench.core.store.sqlite import items as sqlite_items


class ItemsSQL(sqlite_items.ItemsSQL):
    """The items subject on one PostgreSQL connection."""

    __slots__ = ()
    _history = respelled(
        sqlite_items._HISTORY,
        ("NULL AS until, d.undone", "CAST(NULL AS BIGINT) AS until, d.undone"),
        ("       NULL, NULL, 0, e.id", "       NULL, NULL, false, e.id"),
        ("n.type, n.text, NULL, 0, n.id", "n.type, n.text, NULL, false, n.id"),
        ("u.kind, NULL, u.until, 0, e.id", "u.kind, NULL, u.until, false, e.id"),
    )
