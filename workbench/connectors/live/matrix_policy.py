"""Matrix policy rooms (the spec's "moderation policy lists"), as Draupnir and Mjolnir read
them: a ban is an ``m.policy.rule.user`` (or ``.server``) state event whose state key is
``rule:`` and the entity, with content ``{entity, reason, recommendation: "m.ban"}``; a rule
is retracted by sending the same state event with empty content.

``rules`` reads a room's bans; ``publish`` makes them the wanted ones, touching only the rules
that differ and leaving alone what it does not write (glob entities such as ``@*:evil.example``,
recommendations other than a ban).
"""

from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from workbench.connectors.live.http import Api, LiveError, Problem
from workbench.core.i18n import translate

CLIENT = "_matrix/client/v3"
USER = "m.policy.rule.user"
SERVER = "m.policy.rule.server"
BAN = "m.ban"
_ALIASES = {
    "org.matrix.mjolnir.rule.user": USER,
    "m.room.rule.user": USER,
    "org.matrix.mjolnir.rule.server": SERVER,
    "m.room.rule.server": SERVER,
}
"""The older event types Mjolnir wrote, read as the spec's."""
_BANS = {BAN, "org.matrix.mjolnir.ban"}


@dataclass(frozen=True, slots=True, order=True)
class Rule:
    type: str
    """USER or SERVER."""
    entity: str
    reason: str = ""

    @property
    def state_key(self) -> str:
        return f"rule:{self.entity}"

    def content(self) -> dict[str, str]:
        return {"entity": self.entity, "reason": self.reason, "recommendation": BAN}


@dataclass(frozen=True, slots=True)
class Read:
    room_id: str
    bans: tuple[Rule, ...]
    skipped: tuple[str, ...]
    """Rules no list entry can hold: globs, and other recommendations."""


@dataclass(frozen=True, slots=True)
class Published:
    room_id: str
    set: int
    retracted: int
    unchanged: int


def _q(value: str) -> str:
    return quote(value, safe="")


async def room_id(api: Api, room: str) -> str:
    """The id of a room given by id (``!…``) or alias (``#…``)."""
    if room.startswith("!"):
        return room
    if not room.startswith("#"):
        raise LiveError(
            Problem.REFUSED,
            translate("Live", "'{room}' is no Matrix room id (!…) or alias (#…).").format(
                room=room
            ),
        )
    found = await api.json("GET", f"{CLIENT}/directory/room/{_q(room)}")
    value = found.get("room_id") if isinstance(found, dict) else None
    if not isinstance(value, str) or not value.startswith("!"):
        raise LiveError(
            Problem.MALFORMED,
            translate("Live", "{server} sent no room for the alias {room}.").format(
                server=api.name, room=room
            ),
        )
    return value


def _is_glob(entity: str) -> bool:
    return "*" in entity or "?" in entity


async def _state(api: Api, room: str) -> tuple[dict[tuple[str, str], Rule], list[str]]:
    """The room's bans by (type, state key), and the rules left as they are."""
    state = await api.json("GET", f"{CLIENT}/rooms/{_q(room)}/state")
    if not isinstance(state, list):
        raise LiveError(
            Problem.MALFORMED,
            translate("Live", "{server} sent no room state for {room}.").format(
                server=api.name, room=room
            ),
        )
    bans: dict[tuple[str, str], Rule] = {}
    skipped: list[str] = []
    for event in state:
        if not isinstance(event, dict):
            continue
        kind = _ALIASES.get(str(event.get("type")), event.get("type"))
        content: Any = event.get("content")
        if kind not in (USER, SERVER) or not isinstance(content, dict) or not content:
            continue  # not a rule, or a retracted one
        entity, reason = content.get("entity"), content.get("reason", "")
        if not isinstance(entity, str) or not entity:
            continue
        if _is_glob(entity) or content.get("recommendation") not in _BANS:
            skipped.append(entity)
            continue
        rule = Rule(str(kind), entity, reason if isinstance(reason, str) else "")
        bans[(str(event.get("type")), str(event.get("state_key")))] = rule
    return bans, skipped


async def rules(api: Api, room: str) -> Read:
    """The bans a policy room holds now."""
    found = await room_id(api, room)
    bans, skipped = await _state(api, found)
    return Read(found, tuple(sorted(set(bans.values()))), tuple(sorted(skipped)))


async def publish(api: Api, room: str, wanted: list[Rule]) -> Published:
    """Make the room's bans ``wanted``: new and changed rules sent, the others retracted."""
    found = await room_id(api, room)
    have, _ = await _state(api, found)
    by_key = {(rule.type, rule.state_key): rule for rule in wanted}
    sent = retracted = 0
    for key, rule in sorted(by_key.items()):
        if have.get(key) != rule:
            await _put(api, found, rule.type, rule.state_key, rule.content())
            sent += 1
    for (kind, state_key), _rule in sorted(have.items()):
        if (kind, state_key) not in by_key:
            await _put(api, found, kind, state_key, {})
            retracted += 1
    return Published(found, sent, retracted, len(by_key) - sent)


async def _put(api: Api, room: str, kind: str, state_key: str, content: dict[str, str]) -> None:
    await api.json(
        "PUT", f"{CLIENT}/rooms/{_q(room)}/state/{_q(kind)}/{_q(state_key)}", json=content
    )
