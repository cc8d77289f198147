"""Every subject of the PostgreSQL store on one connection (the ``Queries`` interface).

Where SQLite's SQL is standard SQL, PostgreSQL runs the SQLite module's own statements: a
subject here is SQLite's, or SQLite's with what PostgreSQL spells differently put in its place
(full-text search, placeholders of the raw driver, ``IS NOT``, ``instr``).
"""

from sqlalchemy import Connection

from workbench.core.events.changes import IMPORTED
from workbench.core.store.postgres import notify
from workbench.core.store.postgres.erase import EraseSQL
from workbench.core.store.postgres.fts import SearchSQL
from workbench.core.store.postgres.incidents import IncidentsSQL
from workbench.core.store.postgres.ingest import BulkWriter
from workbench.core.store.postgres.interventions import InterventionsSQL
from workbench.core.store.postgres.items import ItemsSQL
from workbench.core.store.postgres.members import MembersSQL
from workbench.core.store.postgres.meta import MetaSQL
from workbench.core.store.postgres.queue import QueueSQL
from workbench.core.store.sqlite.team import TeamSQL


class PostgresQueries:
    """Subjects are made when asked for, as on SQLite."""

    __slots__ = ("_connection",)

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    @property
    def queue(self) -> QueueSQL:
        return QueueSQL(self._connection)

    @property
    def search(self) -> SearchSQL:
        return SearchSQL(self._connection)

    @property
    def items(self) -> ItemsSQL:
        return ItemsSQL(self._connection)

    @property
    def members(self) -> MembersSQL:
        return MembersSQL(self._connection)

    @property
    def erase(self) -> EraseSQL:
        return EraseSQL(self._connection)

    @property
    def interventions(self) -> InterventionsSQL:
        return InterventionsSQL(self._connection)

    @property
    def incidents(self) -> IncidentsSQL:
        return IncidentsSQL(self._connection)

    @property
    def team(self) -> TeamSQL:
        return TeamSQL(self._connection)

    @property
    def meta(self) -> MetaSQL:
        return MetaSQL(self._connection)

    def bulk_writer(self) -> BulkWriter:
        """A writer on psycopg's own cursor, for one import (the other windows hear of it)."""
        notify.touched(self._connection, IMPORTED.subjects)
        return BulkWriter(self._connection)
