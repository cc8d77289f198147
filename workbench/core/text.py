"""Text normalization shared by duplicate detection and search."""

import hashlib
import re
import string
import unicodedata

_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_ASCII_PUNCTUATION = "".join(ch for ch in string.punctuation if ch not in ":/.").encode()
_PUNCTUATION_TO_SPACE = bytes.maketrans(_ASCII_PUNCTUATION, b" " * len(_ASCII_PUNCTUATION))
_SPACE = re.compile(r"\s+")


def _normalized(text: str) -> bytes:
    # Byte-level translate and split are an order of magnitude faster than regular expressions
    # or str.translate on non-ASCII text, and this runs once for every imported item.
    text = text.casefold()
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return b" ".join(text.encode().translate(_PUNCTUATION_TO_SPACE).split())


def normalize(text: str) -> str:
    """Fold case, accents (ß to ss), ASCII punctuation and whitespace: reposts compare equal."""
    return _normalized(text).decode()


def content_hash(text: str) -> str | None:
    """Hash of the normalized text; ``None`` for text too short to call a duplicate."""
    normalized = _normalized(text)
    if len(normalized) < 12:
        return None
    return hashlib.blake2b(normalized, digest_size=12).hexdigest()


def excerpt(text: str, limit: int = 160) -> str:
    """One line of at most ``limit`` characters, for lists."""
    line = _SPACE.sub(" ", text).strip()
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
