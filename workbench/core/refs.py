"""Stable references to members, items and sources, as events carry them.

Row ids differ between two managers' databases; the network's own ids do not. Events therefore
name members and items by (network, external id) and sources by their uid, so that a shared log
means the same thing in every store that imports it.
"""

from dataclasses import dataclass
from typing import Any

from workbench.core.errors import InvalidEventError


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
