"""Keyed pseudonyms for personal data: enough to recognise the same address again, not to read it.

Every database has its own random key (in its meta table), so a pseudonym means nothing outside
the store that made it, and a list of guessed addresses cannot be checked against pseudonyms
without that key.
"""

import hashlib
import hmac
import secrets

from sqlalchemy import Connection

from workbench.core.store.queries import queries

KEY_NAME = "email_hash_key"


def store_key(connection: Connection) -> bytes:
    """This database's key for pseudonyms, made on first use."""
    meta = queries(connection).meta
    found = meta.value(KEY_NAME)
    if found is None:
        found = secrets.token_hex(32)
        meta.add(KEY_NAME, found)
    return bytes.fromhex(found)


def pseudonym(key: bytes, value: str) -> str:
    """HMAC-SHA256 of the trimmed, lower-cased value, as 32 hex digits."""
    return hmac.new(key, value.strip().lower().encode(), hashlib.sha256).hexdigest()[:32]
