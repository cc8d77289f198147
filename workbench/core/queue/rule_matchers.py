"""What a rule tests in an item's text: its kinds, its settings, and the matcher made of it.

Plain functions without the store: the process that reads a large import tests its items
against the rules (ingest_rows) without loading SQLAlchemy or the event log. How rules are
recorded, previewed and rescanned is rules'.
"""

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from workbench.core.errors import WorkbenchError
from workbench.core.i18n import translate
from workbench.core.text import LONG_TEXT, normalize, normalized_pieces

KINDS = ("keywords", "regex", "links", "caps")
REGEX_TEXT_LIMIT = 20_000
"""Regular expressions see at most this many characters of an item: a rule may come from a
shared log, and a pathological pattern must not stall an import on a huge text."""
CAPS_MIN_LETTERS = 20
CAPS_PIECE = 65_536
"""The capitals rule counts letters this many characters at a time: a list of every letter of
a 4 MB post took nine times its size."""
_LINK = re.compile(r"https?://", re.IGNORECASE)
LINK_TEXT = re.compile(r"https?://[^\s<>\"']*[^\s<>\"'.,;:!?)\]]", re.IGNORECASE)
"""A link as it is marked: without the punctuation that closes the sentence around it."""


class RuleError(WorkbenchError):
    """A rule that cannot work as written, with what is wrong."""


@dataclass(frozen=True, slots=True)
class RuleSpec:
    id: str
    name: str
    kind: str
    pattern: str = ""
    threshold: float = 0.0
    enabled: bool = True

    @classmethod
    def new(cls, name: str, kind: str, pattern: str = "", threshold: float = 0.0) -> "RuleSpec":
        return cls(str(uuid.uuid4()), name.strip(), kind, pattern, threshold)


Matcher = Callable[[str], bool]


def keyword_pattern(spec: RuleSpec) -> re.Pattern[str]:
    """The words of a keyword rule as one pattern over text folded by ``normalize``."""
    words = [normalize(word) for word in re.split(r"[,\n]", spec.pattern) if word.strip()]
    if not words:
        raise RuleError(translate("Rules", "List at least one word, separated by commas."))
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def regex_pattern(spec: RuleSpec) -> re.Pattern[str]:
    try:
        return re.compile(spec.pattern, re.IGNORECASE)
    except re.error as exc:
        raise RuleError(
            translate("Rules", "The regular expression cannot be read: {problem}.").format(
                problem=exc
            )
        ) from None


def caps_share(spec: RuleSpec) -> float:
    if not 0 < spec.threshold <= 1:
        raise RuleError(translate("Rules", "The share of capitals is between 0 and 1."))
    return spec.threshold


def checked(spec: RuleSpec) -> None:
    if not spec.name.strip():
        raise RuleError(translate("Rules", "A rule needs a name."))
    if spec.kind not in KINDS:
        raise RuleError(
            translate("Rules", "'{kind}' is no kind of rule; kinds: {kinds}.").format(
                kind=spec.kind, kinds=", ".join(KINDS)
            )
        )


def _keywords(found: re.Pattern[str]) -> Matcher:
    """A keyword rule's test: over the post's normalized text, a long post's a piece at a time
    (text.normalized_pieces; normalizing it whole held it three times over). Each piece is
    searched after the end of the one before, as long as the longest word and one character
    more, which a match never starts on: that character is what tells where a word starts. A
    match that ends with a piece is taken only once the next piece shows the word ends there
    (a piece may end inside a word)."""
    reach = len(found.pattern)  # longer than any of its words and one more character

    def test(body: str) -> bool:
        if len(body) <= LONG_TEXT:
            return found.search(normalize(body)) is not None
        before, start = "", 0
        for joint, piece in normalized_pieces(body):
            text = before + (joint + piece).decode()
            match = found.search(text, start)
            if match is not None and match.end() < len(text):
                return True
            before = text[-reach:]
            start = 1 if len(text) > reach else start
        return found.search(before, start) is not None

    return test


def matcher(spec: RuleSpec) -> Matcher:
    """The test ``spec`` applies to an item's text; raises RuleError for a rule that cannot work."""
    checked(spec)
    if spec.kind == "keywords":
        return _keywords(keyword_pattern(spec))
    if spec.kind == "regex":
        compiled = regex_pattern(spec)
        return lambda body: compiled.search(body[:REGEX_TEXT_LIMIT]) is not None
    if spec.kind == "links":
        least = max(int(spec.threshold), 1)
        return lambda body: len(_LINK.findall(body)) >= least
    share = caps_share(spec)

    def shouting(body: str) -> bool:
        letters = capitals = 0
        for start in range(0, len(body), CAPS_PIECE):  # a list of each letter: a piece at a time
            piece = [ch for ch in body[start : start + CAPS_PIECE] if ch.isalpha()]
            letters += len(piece)
            capitals += sum(ch.isupper() for ch in piece)
        if letters < CAPS_MIN_LETTERS:
            return False
        return capitals / letters >= share

    return shouting
