"""Text normalization shared by duplicate detection and search."""

import hashlib
import re
import unicodedata

_SPACE = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Fold case, accents (ß to ss), punctuation and whitespace, so reposts compare equal."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = "".join(ch if ch.isalnum() or ch.isspace() or ch in ":/." else " " for ch in text)
    return _SPACE.sub(" ", text).strip()


def content_hash(text: str) -> str | None:
    """Hash of the normalized text; ``None`` for text too short to call a duplicate."""
    normalized = normalize(text)
    if len(normalized) < 12:
        return None
    return hashlib.blake2b(normalized.encode(), digest_size=12).hexdigest()


def excerpt(text: str, limit: int = 160) -> str:
    """One line of at most ``limit`` characters, for lists."""
    line = _SPACE.sub(" ", text).strip()
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
