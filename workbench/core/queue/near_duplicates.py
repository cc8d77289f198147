"""Texts that are nearly the same: MinHash signatures with locality-sensitive hashing.

A text becomes the set of its three-word shingles (after the same folding as exact duplicates);
32 hash functions each keep their smallest value over the set, and two signatures agree in about
as many places as the two sets share shingles (their Jaccard similarity). The signature is cut
into 16 bands of 2 values: texts that agree in a whole band become candidates (nearly certain at
a similarity of 0.6), and candidates that agree in at least 60% of the places are
near duplicates. One changed word in a twenty-word text leaves a similarity of about 0.7.

Signatures are made only for recent items (see ingest.RECENT_SECONDS), so a big historic import
costs nothing here. Hashes are CRC-32 based: the same text gives the same signature in every
process and every store.
"""

import hashlib
import struct
import zlib
from collections.abc import Sequence

from workbench.core.text import normalize

HASHES = 32
BANDS = 16
ROWS = HASHES // BANDS
SHINGLE = 3
MIN_WORDS = 8
THRESHOLD = 0.6
CANDIDATES_PER_BAND = 8
"""Items compared per band: the newest that share it. A band shared by thousands (a spam wave,
a form letter) holds near copies among its newest as surely as among all of them."""
_PRIME = (1 << 61) - 1
_MASK = (1 << 32) - 1
# Fixed coefficients, so that signatures compare across processes and stores.
_COEFFICIENTS = [
    ((0x9E3779B97F4A7C15 * (i + 1)) % _PRIME | 1, (0xC2B2AE3D27D4EB4F * (i + 7)) % _PRIME)
    for i in range(HASHES)
]
_PACK = struct.Struct(f"<{HASHES}I")


SKETCHED = 20_000
"""Characters of a post that its signature reads: reposts are alike from their start, and the
signature of a whole 4 MB post would take seconds and hundreds of megabytes."""


def signature(text: str) -> tuple[int, ...] | None:
    """The MinHash signature of ``text`` (its first ``SKETCHED`` characters); None for texts
    too short to compare."""
    words = normalize(text[:SKETCHED]).split()
    if len(words) < MIN_WORDS:
        return None
    shingles = {
        zlib.crc32(" ".join(words[i : i + SHINGLE]).encode())
        for i in range(len(words) - SHINGLE + 1)
    }
    return tuple(min(((a * h + b) % _PRIME) & _MASK for h in shingles) for a, b in _COEFFICIENTS)


def bands(sig: Sequence[int]) -> list[int]:
    """The band keys of a signature (signed 63-bit, as SQLite stores integers)."""
    keys = []
    for band in range(BANDS):
        chunk = struct.pack(f"<B{ROWS}I", band, *sig[band * ROWS : (band + 1) * ROWS])
        keys.append(int.from_bytes(hashlib.blake2b(chunk, digest_size=8).digest(), "little") >> 1)
    return keys


def pack(sig: Sequence[int]) -> bytes:
    return _PACK.pack(*sig)


def unpack(blob: bytes) -> tuple[int, ...]:
    return _PACK.unpack(blob)


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """The share of places where two signatures agree: an estimate of their Jaccard similarity."""
    return sum(x == y for x, y in zip(a, b, strict=True)) / HASHES
