"""A post of megabytes costs a few times its size in memory, not twenty (issue 16, 5)."""

import hashlib
import random
import tracemalloc

from workbench.core.ingest_rows import raw_json
from workbench.core.queue import near_duplicates
from workbench.core.text import LONG_TEXT, _normalized_piece, content_hash, normalize

BIG = ("Kommentar über Akkus und Sägen, schöne Grüße! " * 90_000)[:4_000_000]
WORD = ("Lorem" * 800_000)[:4_000_000]
"""A post of one 4 MB word: no white space to cut it at."""


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


def test_hashing_a_long_text_holds_a_piece_at_a_time():
    """The hash reads the normalized text a piece at a time, a word of megabytes too."""
    assert _peak(lambda: content_hash(BIG)) < 0.5
    assert _peak(lambda: content_hash(WORD)) < 0.5
    assert content_hash(WORD) == content_hash(WORD.upper())


def test_a_long_text_is_normalized_as_if_whole():
    chance = random.Random(3)
    for _ in range(30):
        size = chance.randrange(LONG_TEXT, 4 * LONG_TEXT)
        pieces = ["a", "Ä", " ", "\n", "  ", "ß", ".", ",", "x\u200b", "é", "Wort", "Z", "9"]
        if chance.random() < 0.5:  # runs without white space, cut between letters or digits
            pieces = [piece for piece in pieces if not piece.isspace()]
        text = "".join(chance.choice(pieces) for _ in range(size))
        whole = _normalized_piece(text)
        assert normalize(text) == whole.decode()
        expected = hashlib.blake2b(whole, digest_size=12).hexdigest() if len(whole) >= 12 else None
        assert content_hash(text) == expected


def test_the_rules_read_a_long_post_in_little_memory():
    """Each rule reads all of a post, in a few times its size at most (the capitals rule once
    listed every letter: nine times)."""
    from workbench.core.queue.rule_matchers import RuleSpec, matcher

    shouted = BIG.upper()
    caps = matcher(RuleSpec.new("Shouting", "caps", threshold=0.7))
    keywords = matcher(RuleSpec.new("Tools", "keywords", "akkus, kreissäge"))
    assert caps(shouted) and not caps(BIG) and keywords(BIG)
    assert _peak(lambda: caps(BIG)) < 0.5
    assert _peak(lambda: keywords(BIG)) < 3


def test_a_keyword_rule_reads_a_long_post_as_if_whole():
    """Read a piece at a time, a long post's words are found as in its whole normalized text,
    across pieces too (cut at white space or between two letters)."""
    from workbench.core.queue.rule_matchers import RuleSpec, keyword_pattern, matcher

    chance = random.Random(8)
    spec = RuleSpec.new("Words", "keywords", "lorem, ab, Kreissäge, 9z")
    whole = keyword_pattern(spec)
    test = matcher(spec)
    for _ in range(40):
        pieces = ["lorem", "ab", "x", "Kreis", "säge", " ", "9", "z", "-", "é"]
        if chance.random() < 0.5:
            pieces = [piece for piece in pieces if piece != " "]
        weights = [chance.random() for _ in pieces]
        size = chance.randrange(LONG_TEXT, 3 * LONG_TEXT)
        text = "".join(chance.choices(pieces, weights, k=size // 3))
        assert test(text) == (whole.search(normalize(text)) is not None)
    run = "x" * (2 * LONG_TEXT)  # no white space: cut between two letters, inside "Lorem" too
    for at in range(LONG_TEXT - 2 * len(whole.pattern), LONG_TEXT + 2):
        assert test(f"{run[:at]}-Lorem-{run[at:]}"), at
        assert not test(f"{run[:at]}-Loremx{run[at:]}"), at
        assert not test(f"{run[:at]}xLorem-{run[at:]}"), at
