"""Pseudonymized bundles: members, posts and the team's free texts as keyed hashes.

A team that shares its log beyond the managers who know the community (a works council, an
auditor, a sister team) shares what was done without whom it was done to. With the team's
secret (services.team.identity keeps it in the keyring), a member has the same pseudonym in
every bundle of the team, so bundles still add up; without it, nobody can tell who a pseudonym
is, not even by trying the ids of a community's members. A store that holds the same secret
finds its own members behind the pseudonyms again when it merges.

What is kept: kinds, times, decisions, statuses, the team's vocabulary, source names. What is
replaced: every member and item id (``p-`` and 24 hex digits), handles and display names, the
excerpt and address of posts, and the free texts of events (notes, messages, reasons, titles),
each by its own keyed hash (``h-`` and 16 hex digits), so equal texts stay equal.
"""

import hashlib
import hmac
from collections.abc import Iterable
from typing import Any

from workbench.core.events.signatures import REDACTED_FIELD
from workbench.core.team.bundles.refs import Key

PREFIX = "p-"
TEXT_PREFIX = "h-"
ERASED_PREFIX = "k-"
FREE_TEXT = frozenset(
    {"text", "message", "rationale", "reason", "summary", "title", "body", "note", "detail"}
)
"""Payload fields that hold what a manager wrote: names of members may be in them."""


class Pseudonyms:
    """Keyed hashes with one team secret."""

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def _hex(self, *parts: str) -> str:
        message = "\x1f".join(parts).encode()
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def of(self, network: str, external_id: str) -> str:
        """A member's or item's pseudonym: the same for the same id in every bundle."""
        if external_id.startswith(PREFIX):
            return external_id  # one already
        return PREFIX + self._hex("ref", network, external_id)[:24]

    def text(self, value: str) -> str:
        return TEXT_PREFIX + self._hex("text", value)[:16]

    def erased(self, digest: str) -> str:
        """An erasure's digest, keyed: a store without the secret cannot test ids against it."""
        return ERASED_PREFIX + self._hex("erased", digest)[:40]

    def payload(self, value: Any, key: str | None = None) -> Any:
        """A payload with every reference and free text replaced."""
        if isinstance(value, dict):
            if set(value) == {"network", "id"} and all(isinstance(v, str) for v in value.values()):
                return {"network": value["network"], "id": self.of(value["network"], value["id"])}
            # An erasure's digests of the events it rewrote would let ids be tried against
            # them; a pseudonymized bundle carries no signatures for them to vouch for.
            return {
                name: self._field(name, inner)
                for name, inner in value.items()
                if name != REDACTED_FIELD
            }
        if isinstance(value, list):
            return [self.payload(inner, key) for inner in value]
        if isinstance(value, str) and key in FREE_TEXT and value:
            return self.text(value)
        return value

    def _field(self, name: str, value: Any) -> Any:
        if name == "erased" and isinstance(value, str):
            return self.erased(value)
        return self.payload(value, name)

    def member(self, record: dict[str, Any]) -> dict[str, Any]:
        pseudonym = self.of(record["network"], record["id"])
        label = f"member-{pseudonym[len(PREFIX) : len(PREFIX) + 8]}"
        return {**record, "id": pseudonym, "handle": label, "display_name": label}

    def item(self, record: dict[str, Any]) -> dict[str, Any]:
        author = record["author"]
        return {
            **record,
            "id": self.of(record["network"], record["id"]),
            "author": None if author is None else self.payload(author),
            "excerpt": "",
            "url": None,
        }

    def behind(self, keys: Iterable[Key], pseudonyms: set[str]) -> dict[str, str]:
        """Which of ``keys`` (this store's own ids) are behind ``pseudonyms``."""
        found = {}
        for network, external_id in keys:
            pseudonym = self.of(network, external_id)
            if pseudonym in pseudonyms:
                found[pseudonym] = external_id
        return found
