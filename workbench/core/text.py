"""Text normalization shared by duplicate detection and search."""

import hashlib
import re
import string
import unicodedata
from collections.abc import Iterator

_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_ASCII_PUNCTUATION = "".join(ch for ch in string.punctuation if ch not in ":/.").encode()
_PUNCTUATION_TO_SPACE = bytes.maketrans(_ASCII_PUNCTUATION, b" " * len(_ASCII_PUNCTUATION))
_SPACE = re.compile(r"\s+")

INVISIBLE = {
    0x00AD: "soft hyphen",
    0x200B: "zero-width space",
    0x200C: "zero-width non-joiner",
    0x200D: "zero-width joiner",
    0x200E: "left-to-right mark",
    0x200F: "right-to-left mark",
    0x202A: "left-to-right embedding",
    0x202B: "right-to-left embedding",
    0x202C: "pop directional formatting",
    0x202D: "left-to-right override",
    0x202E: "right-to-left override",
    0x2060: "word joiner",
    0x2061: "function application",
    0x2062: "invisible times",
    0x2063: "invisible separator",
    0x2064: "invisible plus",
    0x2066: "left-to-right isolate",
    0x2067: "right-to-left isolate",
    0x2068: "first strong isolate",
    0x2069: "pop directional isolate",
    0xFEFF: "zero-width no-break space",
}
"""Characters that show nothing or reorder what follows: "vi\u200bagra" reads as "viagra" and
must be matched as such by rules, duplicates and search, and shown for what it is."""
_WITHOUT_INVISIBLE = dict.fromkeys(INVISIBLE)


def _normalized(text: str) -> bytes:
    if len(text) <= LONG_TEXT:
        return _normalized_piece(text)
    return b"".join(joint + piece for joint, piece in normalized_pieces(text))


def _normalized_piece(text: str) -> bytes:
    # Byte-level translate and split are an order of magnitude faster than regular expressions
    # or str.translate on non-ASCII text, and this runs once for every imported item.
    text = text.casefold()
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", visible(text)))
    return b" ".join(text.encode().translate(_PUNCTUATION_TO_SPACE).split())


LONG_TEXT = 65_536
"""Beyond this, a text is normalized a piece at a time: normalizing it whole splits it into a
list of words, some twenty bytes of memory for each byte of a long post."""
_GLUE = re.compile(r"[A-Za-z0-9](?=[A-Za-z0-9])")
"""Two ASCII letters or digits in a row: normalizing the text on either side of a cut between
them gives what normalizing across it would, without a space."""


def normalized_pieces(text: str) -> Iterator[tuple[bytes, bytes]]:
    """The same as normalizing ``text`` whole, as (joint, piece) pairs to be joined: pieces
    cut at white space (one space between them) or, in a run without any, between two ASCII
    letters or digits (nothing between them), so that a 4 MB word is not one piece."""
    start, joint = 0, b""
    while start < len(text):
        end, glued = min(start + LONG_TEXT, len(text)), False
        if end < len(text):
            space = _SPACE.search(text, end, end + LONG_TEXT)
            glue = None if space else _GLUE.search(text, end - 1, end + LONG_TEXT)
            if space:
                end = space.start()
            elif glue:
                end, glued = glue.end(), True
            else:
                space = _SPACE.search(text, end)
                end = space.start() if space else len(text)
        if piece := _normalized_piece(text[start:end]):
            yield joint, piece
            joint = b" "
        if glued:
            joint = b""
        start = end


def visible(text: str) -> str:
    """``text`` without the characters that show nothing (``INVISIBLE``)."""
    return text.translate(_WITHOUT_INVISIBLE)


def normalize(text: str) -> str:
    """Fold case, accents (ß to ss), ASCII punctuation and whitespace, and drop invisible
    characters: reposts compare equal, and a hidden character splits no word."""
    return _normalized(text).decode()


def content_hash(text: str) -> str | None:
    """Hash of the normalized text; ``None`` for text too short to call a duplicate."""
    if len(text) <= LONG_TEXT:
        normalized = _normalized_piece(text)
        if len(normalized) < 12:
            return None
        return hashlib.blake2b(normalized, digest_size=12).hexdigest()
    digest, size = hashlib.blake2b(digest_size=12), 0
    for joint, piece in normalized_pieces(text):  # never the whole normalized text at once
        digest.update(joint)
        digest.update(piece)
        size += len(joint) + len(piece)
    return digest.hexdigest() if size >= 12 else None


def excerpt(text: str, limit: int = 160) -> str:
    """One line of at most ``limit`` characters, for lists."""
    line = _SPACE.sub(" ", text).strip()
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
