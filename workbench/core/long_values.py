"""What a raw record keeps of a value no column reads: not megabytes.

Raw records keep what the columns drop, for later versions to read. The connectors bound the
texts they read (4 million characters); a field none of them reads, or a key, is bounded
here instead, where the record's JSON is stored: 4 MB in an unknown field would otherwise be
encoded, scrubbed and stored with every import of it. A value over ``VALUE_CHARS`` keeps its
start and says how long it was. Records are nearly all far shorter than ``CHECKED_CHARS``,
and cost one length check.
"""

import json
from typing import Any

CHECKED_CHARS = 256 * 1024
"""A raw record's JSON longer than this is looked through for long values."""
VALUE_CHARS = 64 * 1024
"""The longest text, key or value, that a raw record keeps whole."""
KEPT_CHARS = 1_000
"""What it keeps of a longer one."""


def cut_long_values(text: str) -> str:
    """``text`` (a raw record's JSON), each text in it over VALUE_CHARS cut to its start and
    its length; ``text`` itself where it holds none."""
    if len(text) <= CHECKED_CHARS:
        return text
    record = json.loads(text)
    cut = _cut(record)
    if cut == record:
        return text
    return json.dumps(cut, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def cut_text(text: str) -> str:
    """A text over VALUE_CHARS as a raw record keeps it: its start, and how long it was."""
    if len(text) <= VALUE_CHARS:
        return text
    return f"{text[:KEPT_CHARS]}… [{len(text):,} characters; the rest was not kept]"


def _cut(value: Any) -> Any:
    if isinstance(value, str):
        return cut_text(value)
    if isinstance(value, dict):
        return {_cut(key): _cut(inner) for key, inner in value.items()}
    if isinstance(value, list):
        return [_cut(inner) for inner in value]
    return value
