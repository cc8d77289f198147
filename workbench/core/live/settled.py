"""Items a platform no longer holds or reports: a moderator on the site approved or removed
them, or the author deleted them. They leave the workbench's queue unless a manager took them
up already (decided, in review, escalated or claimed): the platform's reasons are imported data,
and the platform has changed its mind. What a manager did stays; nothing here is an event."""

from collections.abc import Sequence

from sqlalchemy import Connection

from workbench.core.queue.listing import Reason, priority
from workbench.core.store.queries import queries

PLATFORM_REASONS = Reason.HELD | Reason.REPORTED


def open_on_platform(connection: Connection, source_id: int) -> dict[str, int]:
    """The source's untouched queue entries that are there for the platform's reasons:
    network id -> item id."""
    rows = queries(connection).queue.platform_open(source_id, int(PLATFORM_REASONS))
    return {external_id: item_id for item_id, external_id in rows}


def settle(connection: Connection, item_ids: Sequence[int]) -> None:
    """These items are settled on their platform: their platform reasons go, and so do their
    entries where no other reason keeps them (a rule, a duplicate); the rest are re-ranked."""
    queue = queries(connection).queue
    names = [reason.name.lower() for reason in PLATFORM_REASONS if reason.name]
    queue.drop_reasons(item_ids, int(PLATFORM_REASONS), names)
    wanted = set(item_ids)
    queue.set_priorities(
        [
            (row.item_id, priority(Reason(row.reasons), row.report_count, on_watch=row.watched))
            for row in queue.priority_inputs()
            if row.item_id in wanted
        ]
    )
