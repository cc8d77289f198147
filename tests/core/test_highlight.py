import re

import pytest

from workbench.core.queue import highlight
from workbench.core.queue.highlight import Span


def _marked(text, spans):
    return [text[span.start : span.end] for span in spans]


@pytest.mark.parametrize(
    ("query", "text", "marked"),
    [
        ("säge", "Die Tischkreissäge läuft", ["säge"]),
        ("sage", "Die Tischkreissäge läuft", ["säge"]),
        ("grusse", "Schöne Grüße, GRÜSSE!", ["Grüße", "GRÜSSE"]),
        ("Wertschätzung", "Danke für die WERTSCHÄTZUNG", ["WERTSCHÄTZUNG"]),
        ("ki", "KI-Gesetz, (ki) und Ski", ["KI", "ki"]),
        ("lade*", "Ladegerät und Auflader", ["Lade"]),
        ('"schöne grüße"', "Schöne Grüße und schöne Tage", ["Schöne Grüße"]),
        ("säge NOT läuft", "Die Säge läuft", ["Säge"]),
        ("säge NOT (läuft OR steht)", "Die Säge läuft und steht", ["Säge"]),
        ("akku akkus", "Zwei Akkus", ["Akkus"]),  # overlapping matches are one span
        ('"open', "an open phrase", []),  # the search refuses it: nothing is marked
        ("k", "kein Treffer", []),
    ],
)
def test_search_spans_mark_what_the_search_finds_as_written(query, text, marked):
    assert _marked(text, highlight.search_spans(query, text)) == marked


def test_search_spans_count_in_the_original_text_when_folding_changes_lengths():
    text = "Straße: Grüße aus Köln"
    assert highlight.search_spans("grusse", text) == [Span(8, 13)]
    assert highlight.search_spans("strasse koln", text) == [Span(0, 6), Span(18, 22)]


def test_a_pattern_for_normalized_text_marks_the_original_words():
    pattern = re.compile(r"\b(?:gewinn garantiert|grusse)\b")
    text = "GEWINN   garantiert!!! Viele Grüße, auch Grußes"
    assert _marked(text, highlight.pattern_spans(pattern, text, normalized=True)) == [
        "GEWINN   garantiert",
        "Grüße",
    ]


def test_a_plain_pattern_never_gives_empty_spans():
    assert highlight.pattern_spans(re.compile("x*"), "axxb") == [Span(1, 3)]


def test_merged_sorts_and_joins():
    spans = [Span(5, 7), Span(0, 2), Span(1, 3), Span(3, 4), Span(9, 9)]
    assert highlight.merged(spans) == [Span(0, 4), Span(5, 7)]


def test_in_context_shows_each_match_with_words_around_it():
    text = " ".join(f"wort{n}" for n in range(100))
    spans = [Span(text.index("wort10 "), text.index("wort10 ") + 6)]
    spans.append(Span(text.index("wort80"), text.index("wort80") + 6))
    excerpt = highlight.in_context(text, spans, around=12)
    assert _marked(excerpt.text, excerpt.spans) == ["wort10", "wort80"]
    assert excerpt.text.startswith("…wort8 ") and excerpt.text.endswith(" wort82…")
    assert " … " in excerpt.text  # the text between the two windows is left out


def test_in_context_joins_windows_that_meet_and_keeps_to_its_limit():
    text = "Am Anfang steht Krypto und gleich wieder Krypto.\nDann lange nichts " + "x " * 300
    spans = [Span(m.start(), m.end()) for m in re.finditer("Krypto", text)]
    excerpt = highlight.in_context(text, spans, around=20)
    assert excerpt.text.startswith("Am Anfang") and "\n" not in excerpt.text
    assert _marked(excerpt.text, excerpt.spans) == ["Krypto", "Krypto"]
    many = [Span(n, n + 1) for n in range(70, 660, 60)]
    assert len(highlight.in_context(text, many, around=20, limit=120).text) < 200


def test_in_context_without_spans_shows_the_beginning():
    excerpt = highlight.in_context("Erste Zeile\nzweite " + "z" * 400, [], limit=40)
    assert excerpt.text.startswith("Erste Zeile zweite") and excerpt.text.endswith("…")
    assert excerpt.spans == ()
