"""Managers' signatures on the events they record in a team store.

Many managers write to one team store with the same server account, so the database alone
cannot say who wrote a row. Each event a manager records there carries their Ed25519 signature
over the event's canonical JSON (RFC 8785 of ``Event.to_json()``, the record bundles carry) and
the public key that made it: anyone holding the event can check it without asking for the key,
and whether the key is trusted is the reader's question (``core.team.trust``).

Laptop stores do not sign: their file has one writer, the manager it belongs to, and what leaves
it travels in a bundle whose signed manifest covers every event's bytes. Events from a team store
keep their signatures wherever they travel (bundles, laptops, other team stores).

The core never reads the keyring: the command line and the window hand it the managers' keys
(``take_keys_from``), as they hand the store its password.

An erasure (core.members.erase) is the one change to an event the log allows: it rewrites the
payloads that name the erased member, and their authors' signatures no longer hold. The
erasure's own event, signed by the manager who erased, lists each signed event it rewrote with a
digest of the event as it left it (``REDACTED_FIELD``: event id -> ``digest``). Such an event
checks as ``REDACTED``, vouched for by that erasure, as long as the erasure itself does not check
as bad and the event is still what the erasure left; changed after that, it is bad again.
"""

import base64
import binascii
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import rfc8785

from workbench.core.events.event import Event
from workbench.core.settings import Author
from workbench.core.team.keys import KeyPair, PublicKey, fingerprint_of

SIGNING_DIALECTS = frozenset({"postgresql"})
"""The stores whose events are signed as they are recorded: team stores."""


def canonical(record: dict[str, Any]) -> bytes:
    """RFC 8785 (JSON Canonicalization Scheme): the bytes that are hashed and signed."""
    return bytes(rfc8785.dumps(record))


def signed_bytes(event: Event) -> bytes:
    """What the author signs: the event as bundles carry it, without its signature."""
    return canonical(event.to_json())


def sign(event: Event, key: KeyPair) -> str:
    """The signature column's value: public key and signature, base64, joined by a dot."""
    signature = base64.b64encode(key.sign(signed_bytes(event))).decode("ascii")
    return f"{key.public.b64}.{signature}"


def as_record(signature: str) -> dict[str, str]:
    """The signature as a bundle's event record carries it."""
    key, _, value = signature.partition(".")
    return {"public_key": key, "value": value}


def from_record(record: dict[str, str]) -> str:
    return f"{record['public_key']}.{record['value']}"


class Verdict(StrEnum):
    SIGNED = "signed"
    """The signature holds, made by a key this manager trusts (or their own)."""
    UNTRUSTED = "untrusted"
    """The signature holds, but its key is not one this manager trusts."""
    BAD = "bad"
    """The signature does not hold: the event was changed after it was signed, or forged."""
    UNSIGNED = "unsigned"
    """No signature: recorded in a laptop store, or merged from a laptop's bundle."""
    REDACTED = "redacted"
    """An erasure rewrote it after it was signed; the erasure vouches for it as it is now."""


REDACTED_FIELD = "redacted"
"""The erasure payload's field that lists the signed events it rewrote, with their digests."""


@dataclass(frozen=True, slots=True)
class Checked:
    verdict: Verdict
    fingerprint: str | None
    """Of the key that signed it, where there is a well-formed one (a redacted event's: the
    key that signed the erasure, None for an unsigned erasure)."""
    erasure: str | None = None
    """A redacted event's: the id of the erasure that vouches for it."""


def digest(event: Event) -> str:
    """What an erasure keeps of an event it rewrote: SHA-256 of the bytes its author signed,
    as the erasure left them (128 bits in hex; an erasure may list many thousands)."""
    return hashlib.sha256(signed_bytes(event)).hexdigest()[:32]


class Erasures:
    """What a log's erasures vouch for: the signed events each rewrote, as it left them."""

    def __init__(self, erasures: Iterable[Event], trusted: frozenset[str]) -> None:
        self._by: dict[tuple[str, str], Event] = {}
        for erasure in erasures:
            listed = erasure.payload.get(REDACTED_FIELD)
            if isinstance(listed, dict):
                for event_id, value in listed.items():
                    self._by[(str(event_id), str(value))] = erasure
        self._trusted = trusted
        self._checked: dict[str, Checked] = {}

    def vouching(self, event: Event) -> Checked | None:
        """The REDACTED verdict for ``event`` if an erasure that holds left it as it is."""
        erasure = self._by.get((event.id, digest(event))) if self._by else None
        if erasure is None:
            return None
        if erasure.id not in self._checked:
            self._checked[erasure.id] = check(erasure, self._trusted)
        own = self._checked[erasure.id]
        if own.verdict == Verdict.BAD:
            return None
        return Checked(Verdict.REDACTED, own.fingerprint, erasure.id)


def check(event: Event, trusted: frozenset[str], erasures: Erasures | None = None) -> Checked:
    """Whether ``event.signature`` holds, and whether its key is one of ``trusted``
    (fingerprints); one that does not hold is REDACTED where one of ``erasures`` vouches
    for it."""
    checked = _check(event, trusted)
    if checked.verdict == Verdict.BAD and erasures is not None:
        return erasures.vouching(event) or checked
    return checked


def _check(event: Event, trusted: frozenset[str]) -> Checked:
    if event.signature is None:
        return Checked(Verdict.UNSIGNED, None)
    key_text, _, value = event.signature.partition(".")
    try:
        key = PublicKey(base64.b64decode(key_text, validate=True))
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return Checked(Verdict.BAD, None)
    if len(key.raw) != 32:
        return Checked(Verdict.BAD, None)
    fingerprint = fingerprint_of(key.raw)
    try:
        holds = key.verifies(raw, signed_bytes(event))
    except ValueError:  # a key that is no point on the curve
        holds = False
    if not holds:
        return Checked(Verdict.BAD, fingerprint)
    return Checked(Verdict.SIGNED if fingerprint in trusted else Verdict.UNTRUSTED, fingerprint)


KeySource = Callable[[Author], KeyPair | None]

_key_source: KeySource | None = None
_keys: dict[str, KeyPair | None] = {}


def take_keys_from(source: KeySource | None) -> None:
    """Where a team store finds the key of the manager who records an event: the keyring of
    the command line or the window (``services.team.identity.own_key``). None: sign nothing."""
    global _key_source
    _key_source = source
    _keys.clear()


def key_for(dialect: str, author: Author) -> KeyPair | None:
    """The key that signs ``author``'s events in a store of ``dialect``, if any: asked once
    per author (the keyring is slow), then kept for the session."""
    if dialect not in SIGNING_DIALECTS or _key_source is None:
        return None
    if author.id not in _keys:
        _keys[author.id] = _key_source(author)
    return _keys[author.id]
