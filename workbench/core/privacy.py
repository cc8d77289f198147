"""Keyed pseudonyms for personal data: enough to recognise the same address again, not to read it.

Every database has its own random key (``ingest.personal_key``, in its meta table), so a
pseudonym means nothing outside the store that made it, and a list of guessed addresses cannot be
checked against pseudonyms without that key. This module needs no store: connectors use it too.
"""

import hashlib
import hmac


def pseudonym(key: bytes, value: str) -> str:
    """HMAC-SHA256 of the trimmed, lower-cased value, as 32 hex digits."""
    return hmac.new(key, value.strip().lower().encode(), hashlib.sha256).hexdigest()[:32]
