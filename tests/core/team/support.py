"""What the bundle tests share: managers with keys, bundles written and merged, and a store's
derived state in a form two stores can be compared by (network ids, not row ids)."""

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from workbench.core.settings import Author
from workbench.core.store import Store
from workbench.core.team import trust
from workbench.core.team.bundles.merge import Merged, merge
from workbench.core.team.bundles.reader import read_bundle
from workbench.core.team.bundles.writer import Selection, Written, write_bundle
from workbench.core.team.keys import KeyPair


@dataclass(frozen=True)
class Manager:
    author: Author
    key: KeyPair
    store: Store

    def export(self, path: Path, selection: Selection | None = None) -> Written:
        with self.store.read() as connection:
            return write_bundle(connection, path, self.key, self.author, selection or Selection())

    def merge(self, path: Path, *, erase_too: bool = False) -> Merged:
        bundle = read_bundle(path)
        with self.store.write() as connection:
            return merge(
                connection,
                bundle,
                self.author,
                own_fingerprint=self.key.public.fingerprint,
                erase_too=erase_too,
            )

    def trusts(self, *others: "Manager") -> None:
        with self.store.write() as connection:
            for other in others:
                trust.trust(
                    connection, other.key.public.fingerprint, other.author.name, self.author
                )


def manager(name: str, number: int, store: Store) -> Manager:
    author = Author(id=f"00000000-0000-4000-8000-{number:012d}", name=name)
    return Manager(author, KeyPair.generate(), store)


_ROW_REFS = {
    "member_id": "members",
    "item_id": "items",
    "member_a": "members",
    "member_b": "members",
    "source_id": "sources",
}
_DERIVED = (
    "queue_decisions",
    "notes",
    "member_tags",
    "ratings",
    "interventions",
    "intervention_targets",
    "observations",
    "incidents",
    "incident_links",
    "incident_notes",
    "mutes",
    "rules",
    "reply_templates",
    "link_rejections",
)
_SURROGATE = {
    "notes",
    "ratings",
    "intervention_targets",
    "observations",
    "incident_links",
    "incident_notes",
}
"""Tables whose integer ``id`` is a row counter, different in every store."""


def _ref(connection: Connection, table: str, row_id: int | None) -> Any:
    if row_id is None:
        return None
    if table == "sources":
        return connection.exec_driver_sql(
            "SELECT uid FROM sources WHERE id = ?", (row_id,)
        ).scalar_one()
    return tuple(
        connection.exec_driver_sql(
            f"SELECT network, external_id FROM {table} WHERE id = ?", (row_id,)
        ).one()
    )


def derived_state(store: Store, *, queue: bool = True) -> dict[str, list[Any]]:
    """Every table that events decide, rows by network ids, sorted; with ``queue``, also
    the queue's state and the members' status (which imported data decides as well)."""
    state: dict[str, list[Any]] = {}
    with store.read() as connection:
        for table in _DERIVED:
            result = connection.exec_driver_sql(f"SELECT * FROM {table}")
            columns = list(result.keys())
            rows = []
            for row in result:
                values = dict(zip(columns, row, strict=True))
                if table in _SURROGATE:
                    values.pop("id")
                if table == "member_tags":
                    values["tag_id"] = connection.exec_driver_sql(
                        "SELECT name FROM tags WHERE id = ?", (values["tag_id"],)
                    ).scalar_one()
                for column, target in _ROW_REFS.items():
                    if column in values:
                        values[column] = _ref(connection, target, values[column])
                rows.append(tuple(sorted(values.items(), key=lambda kv: kv[0])))
            state[table] = sorted(rows, key=repr)
        if queue:
            state["queue"] = sorted(
                (tuple(r[:2]), *r[2:])
                for r in connection.exec_driver_sql(
                    "SELECT i.network, i.external_id, q.state, q.assignee, q.decided_at "
                    "FROM queue q JOIN items i ON i.id = q.item_id"
                )
            )
            state["statuses"] = sorted(
                tuple(r)
                for r in connection.exec_driver_sql(
                    "SELECT network, external_id, status FROM members WHERE status != 'active'"
                )
            )
    return state
