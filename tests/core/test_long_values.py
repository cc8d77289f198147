"""A raw record keeps a text of its own up to VALUE_CHARS whole, and the start and length of a
longer one (core.long_values): values, nested ones and keys alike."""

import json

from workbench.core.long_values import CHECKED_CHARS, KEPT_CHARS, VALUE_CHARS, cut_long_values


def test_a_short_record_is_kept_as_it_is_to_the_byte():
    text = json.dumps({"b": "x" * VALUE_CHARS, "a": [1, 2.5, None, True]})
    assert cut_long_values(text) is text
    long_but_plain = json.dumps({"n": ["y" * 1000] * (CHECKED_CHARS // 1000 + 1)})
    assert cut_long_values(long_but_plain) is long_but_plain


def test_long_texts_anywhere_in_a_record_keep_their_start_and_length():
    huge = "Lorem" * (VALUE_CHARS // 5 + 100_000)
    record = {"deep": {"list": [1, {"embed": huge}]}, huge: "a key", "id": 7}
    kept = json.loads(cut_long_values(json.dumps(record)))
    note = f"… [{len(huge):,} characters; the rest was not kept]"
    assert kept["deep"]["list"] == [1, {"embed": huge[:KEPT_CHARS] + note}]
    assert kept[huge[:KEPT_CHARS] + note] == "a key" and kept["id"] == 7
    assert len(json.dumps(kept)) < 3 * KEPT_CHARS
