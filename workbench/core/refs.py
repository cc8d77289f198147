"""Stable references to members, items and sources, as events carry them.

Row ids differ between two managers' databases; the network's own ids do not. Events therefore
name members and items by (network, external id) and sources by their uid, so that a shared log
means the same thing in every store that imports it.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from workbench.core.errors import InvalidEventError, WorkbenchError
from workbench.core.i18n import translate
from workbench.core.store.queries import RefTable, queries


@dataclass(frozen=True, slots=True)
class Ref:
    """A member or item: the network and the network's own id."""

    network: str
    id: str

    def to_json(self) -> dict[str, str]:
        return {"network": self.network, "id": self.id}

    @classmethod
    def from_json(cls, value: Any, field: str) -> "Ref":
        if (
            not isinstance(value, dict)
            or not isinstance(value.get("network"), str)
            or not isinstance(value.get("id"), str)
        ):
            raise InvalidEventError(f"Field '{field}' must be {{network, id}}, got {value!r}.")
        return cls(network=value["network"], id=value["id"])


Table = RefTable


def ref_of(connection: Connection, table: Table, row_id: int) -> dict[str, str]:
    """The network reference of a member or item row, as events carry it."""
    row = queries(connection).members.ref(table, row_id)
    if row is None:
        raise WorkbenchError(
            translate("References", "There is no {what} {id} in this database.").format(
                what=table.rstrip("s"), id=row_id
            )
        )
    return {"network": row.network, "id": row.external_id}


def refs_of(connection: Connection, table: Table, ids: Sequence[int]) -> list[dict[str, str]]:
    return [ref_of(connection, table, row_id) for row_id in ids]
