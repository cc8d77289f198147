"""Each manager's Ed25519 key pair, and how a key is shown to people who must compare it.

A bundle is signed with its exporter's private key; a receiving store accepts it only from a key
the manager trusted. Managers compare fingerprints over the phone or a chat they already trust,
so a fingerprint is shown two ways: hex in groups of four, and a few words that are easier to
read aloud. The private key lives in the keyring (services.team.identity), never in a file.
"""

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from workbench.core.errors import WorkbenchError
from workbench.core.i18n import translate
from workbench.core.team.words import WORDS

FINGERPRINT_HEX = 32
"""Hex digits of a fingerprint: the first 128 bits of SHA-256 of the public key, as people see
and type it (a collision needs 2**64 work, beyond a troll's reach and enough for a team)."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str, what: str) -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise WorkbenchError(
            translate("Team", "The {what} is not valid base64.").format(what=what)
        ) from None


def fingerprint_of(public_key: bytes) -> str:
    """The key's fingerprint: 32 lowercase hex digits."""
    return hashlib.sha256(public_key).hexdigest()[:FINGERPRINT_HEX]


def grouped(fingerprint: str) -> str:
    """``"3f2a 91c0 …"``: hex in groups of four, as it is read out."""
    return " ".join(fingerprint[i : i + 4] for i in range(0, len(fingerprint), 4))


def words_of(fingerprint: str, count: int = 6) -> str:
    """A few words from the fingerprint's first bytes (one word a byte, from 256)."""
    data = bytes.fromhex(fingerprint[: 2 * count])
    return " ".join(WORDS[byte] for byte in data)


def normalized_fingerprint(text: str) -> str:
    """A fingerprint as a manager may type it (spaces, colons, capitals), checked."""
    value = "".join(ch for ch in text.lower() if ch not in " :-")
    if len(value) != FINGERPRINT_HEX or any(ch not in "0123456789abcdef" for ch in value):
        raise WorkbenchError(
            translate(
                "Team", "'{text}' is no key fingerprint: it has 32 hex digits, like {example}."
            ).format(text=text, example=grouped("3f2a91c0" * 4))
        )
    return value


@dataclass(frozen=True, slots=True)
class PublicKey:
    """A manager's public key, as bundles carry it."""

    raw: bytes

    @classmethod
    def from_b64(cls, text: str) -> "PublicKey":
        raw = _unb64(text, translate("Team", "public key"))
        if len(raw) != 32:
            raise WorkbenchError(translate("Team", "A public key has 32 bytes."))
        return cls(raw)

    @property
    def b64(self) -> str:
        return _b64(self.raw)

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.raw)

    def verifies(self, signature: bytes, data: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.raw).verify(signature, data)
        except InvalidSignature:
            return False
        return True


class KeyPair:
    """A private key and its public half. Kept as the 32-byte seed, base64, in the keyring."""

    def __init__(self, private: Ed25519PrivateKey) -> None:
        self._private = private
        self.public = PublicKey(private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))

    @classmethod
    def generate(cls) -> "KeyPair":
        return cls(Ed25519PrivateKey.generate())

    @classmethod
    def from_secret(cls, secret: str) -> "KeyPair":
        seed = _unb64(secret, translate("Team", "private key in the keyring"))
        if len(seed) != 32:
            raise WorkbenchError(translate("Team", "The private key in the keyring is damaged."))
        return cls(Ed25519PrivateKey.from_private_bytes(seed))

    def secret(self) -> str:
        """What the keyring keeps."""
        return _b64(self._private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()))

    def sign(self, data: bytes) -> bytes:
        return self._private.sign(data)

    def __repr__(self) -> str:  # never the private half, in a log or a traceback
        return f"KeyPair(public={self.public.fingerprint})"
