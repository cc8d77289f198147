"""Every subject of the SQLite store on one connection (the ``Queries`` interface)."""

from sqlalchemy import Connection

from workbench.core.store.sqlite.erase import EraseSQL
from workbench.core.store.sqlite.fts import SearchSQL
from workbench.core.store.sqlite.incidents import IncidentsSQL
from workbench.core.store.sqlite.ingest import BulkWriter
from workbench.core.store.sqlite.interventions import InterventionsSQL
from workbench.core.store.sqlite.items import ItemsSQL
from workbench.core.store.sqlite.members import MembersSQL
from workbench.core.store.sqlite.meta import MetaSQL
from workbench.core.store.sqlite.queue import QueueSQL
from workbench.core.store.sqlite.team import TeamSQL


class SQLiteQueries:
    """Subjects are made when asked for: most callers need one, and they hold nothing but the
    connection."""

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
        """A writer on the driver's own cursor, for one import."""
        return BulkWriter(self._connection)
