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
"""

import base64
import binascii
from collections.abc import Callable
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


@dataclass(frozen=True, slots=True)
class Checked:
    verdict: Verdict
    fingerprint: str | None
    """Of the key that signed it, where there is a well-formed one."""


def check(event: Event, trusted: frozenset[str]) -> Checked:
    """Whether ``event.signature`` holds, and whether its key is one of ``trusted``
    (fingerprints)."""
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
