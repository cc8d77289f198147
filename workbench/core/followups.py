"""Follow-ups: interventions the manager means to look at again, by when."""

from sqlalchemy import Connection, func, select

from workbench.core.store.schema import Intervention, table

_interventions = table(Intervention)


def due_count(connection: Connection, until: int) -> int:
    """Follow-ups due at or before ``until`` (Unix seconds), overdue ones included.

    The caller decides what "today" means: the UI passes the end of the local day.
    """
    query = (
        select(func.count())
        .select_from(_interventions)
        .where(_interventions.c.follow_up_at.is_not(None), _interventions.c.follow_up_at <= until)
    )
    return int(connection.execute(query).scalar_one())
