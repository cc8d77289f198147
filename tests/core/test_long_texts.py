"""A post of megabytes costs a few times its size in memory, not twenty (issue 16, 5)."""

import random
import tracemalloc

from workbench.core.ingest_rows import raw_json
from workbench.core.queue import near_duplicates
from workbench.core.text import LONG_TEXT, _normalized_piece, content_hash, normalize

BIG = ("Kommentar über Akkus und Sägen, schöne Grüße! " * 90_000)[:4_000_000]


def _peak(work) -> float:
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1] / len(BIG)
    finally:
        tracemalloc.stop()


def test_normalizing_and_hashing_a_long_text_stays_small():
    assert _peak(lambda: normalize(BIG)) < 3
    assert _peak(lambda: content_hash(BIG)) < 3
    assert _peak(lambda: near_duplicates.signature(BIG)) < 1
    assert _peak(lambda: raw_json({"text": BIG, "id": 1}, long=True)) < 4


def test_a_long_text_is_normalized_as_if_whole():
    chance = random.Random(3)
    for _ in range(30):
        size = chance.randrange(LONG_TEXT, 4 * LONG_TEXT)
        pieces = ["a", "Ä", " ", "\n", "  ", "ß", ".", ",", "x\u200b", "é", "Wort"]
        text = "".join(chance.choice(pieces) for _ in range(size))
        assert normalize(text) == _normalized_piece(text).decode()
