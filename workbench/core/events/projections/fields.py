"""Checks every applier shares: typed payload fields with the field at fault named, and the
network references that events carry, resolved to rows of this store."""

from typing import Any

import orjson
from sqlalchemy import Connection, select

from workbench.core.errors import InvalidEventError
from workbench.core.refs import Ref
from workbench.core.store.schema import Item, Member, table

_members = table(Member)
_items = table(Item)


def text_of(
    payload: dict[str, Any], field: str, *, required: bool = True, limit: int = 20_000
) -> str:
    value = payload.get(field, None if required else "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise InvalidEventError(f"Field '{field}' must be a non-empty text.")
    if len(value) > limit:
        raise InvalidEventError(f"Field '{field}' is longer than {limit} characters.")
    return value


def choice_of(
    payload: dict[str, Any], field: str, choices: tuple[str, ...] | dict[str, str]
) -> str:
    value = payload.get(field)
    if value not in choices:
        raise InvalidEventError(
            f"Field '{field}' must be one of {', '.join(choices)}; got {value!r}."
        )
    assert isinstance(value, str)
    return value


def time_of(payload: dict[str, Any], field: str) -> int | None:
    value = payload.get(field)
    if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
        raise InvalidEventError(f"Field '{field}' must be Unix seconds or null; got {value!r}.")
    return value


def row_of(connection: Connection, tbl: Any, ref: Ref, what: str) -> int:
    """The row a network reference names, or InvalidEventError."""
    found = connection.execute(
        select(tbl.c.id).where(tbl.c.network == ref.network, tbl.c.external_id == ref.id)
    ).scalar()
    if found is None:
        raise InvalidEventError(f"Unknown {what} {ref.network}:{ref.id}.")
    return int(found)


def member_of(connection: Connection, payload: dict[str, Any], field: str = "member") -> int:
    return row_of(connection, _members, Ref.from_json(payload.get(field), field), "member")


def item_of(connection: Connection, payload: dict[str, Any], field: str = "item") -> int:
    return row_of(connection, _items, Ref.from_json(payload.get(field), field), "item")


def labels_of(payload: dict[str, Any], field: str) -> str:
    """A list of short labels, as stored: JSON, trimmed, each once."""
    value = payload.get(field, [])
    if not isinstance(value, list) or not all(
        isinstance(tag, str) and 0 < len(tag.strip()) <= 40 for tag in value
    ):
        raise InvalidEventError(f"Field '{field}' must be a list of labels of 1 to 40 characters.")
    return orjson.dumps(list(dict.fromkeys(tag.strip() for tag in value))).decode()
