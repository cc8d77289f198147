"""Colours come from the palette, so dark mode and high contrast work: no widget sets a fixed
colour (a scan of the window's code, with the few exceptions and why), and the tones the window
adds stay readable on light, dark and high-contrast palettes."""

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from workbench.ui import colours

UI = Path(__file__).resolve().parents[2] / "workbench" / "ui"

FIXED = re.compile(
    r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b"  # hex colours in code, rich text, style sheets
    r"|QColor\(\s*[\"'\d]"  # QColor("white"), QColor(255, 0, 0)
    r"|Qt\.GlobalColor\.(?!transparent\b)\w+"  # Qt.GlobalColor.red and the like
    r"|(?<![-\w])(?:background(?:-color)?|color)\s*:\s*(?:[a-z]+\s*[;'\"]|rgba?\()"  # CSS names
)

ALLOWED = {
    ("widgets/network_icons.py", "#"): "the networks' own brand colours, with the letter in "
    "white on them: an icon, the same in every theme, as the networks draw it",
    ("widgets/network_icons.py", 'QColor("'): "the brand colour and the white letter above",
    ("pages/watchlists_page.py", "Qt.GlobalColor.gray"): "retracted entries; the watch lists "
    "page is another engineer's work in progress: colours.muted() is what it should use",
}
"""(file under workbench/ui, the start of the match) → why it may stay."""


def fixed_colours(text: str) -> list[tuple[int, str]]:
    """The line numbers and matches of fixed colours in a module's source."""
    return [
        (number, found.group())
        for number, line in enumerate(text.splitlines(), 1)
        for found in FIXED.finditer(line)
    ]


def test_the_scan_finds_fixed_colours():
    sample = (
        'label.setStyleSheet("color: #a33;")\n'
        "html = \"<p style='color: gray;'>\"\n"
        'note = "in the background: a write"\n'
        "row.setForeground(3, Qt.GlobalColor.darkRed)\n"
        'bars.setColor(QColor("white"))\n'
        "pixmap.fill(Qt.GlobalColor.transparent)\n"
        "parts.append(f\"<p style='background:{shade}'>\")\n"
        'link = f"#{similar[0]}"  # an item\'s number, not a colour\n'
    )
    assert [number for number, _ in fixed_colours(sample)] == [1, 2, 4, 5]


def test_no_widget_sets_a_fixed_colour():
    found = [
        f"workbench/ui/{path}:{number}: {match}"
        for module in sorted(UI.rglob("*.py"))
        for path in [module.relative_to(UI).as_posix()]
        for number, match in fixed_colours(module.read_text(encoding="utf-8"))
        if not any(path == file and match.startswith(start) for file, start in ALLOWED)
    ]
    assert not found, "colours from workbench.ui.colours instead:\n" + "\n".join(found)


def _palette(window: str, text: str, highlight: str) -> QPalette:
    palette = QPalette(QColor(window), QColor(window))
    for role, colour in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.Base, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Highlight, highlight),
    ):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.mark.parametrize(
    "window, text",
    [
        ("#efefef", "#000000"),
        ("#2b2b2b", "#e0e0e0"),
        ("#000000", "#ffff00"),
        ("#ffffff", "#000000"),
    ],
    ids=["light", "dark", "high contrast dark", "high contrast light"],
)
def test_tones_read_on_light_dark_and_high_contrast_palettes(qapp, window, text):
    before = QGuiApplication.palette()
    QGuiApplication.setPalette(_palette(window, text, "#3070c0"))
    try:
        background = QColor(window)
        for tone in colours.Tone:
            assert colours.contrast(colours.tone(tone), background) >= colours.READABLE, tone
        assert colours.contrast(colours.muted(), background) >= colours.READABLE
        dark_background = background.lightnessF() < 0.5
        assert (colours.tone(colours.Tone.ALARM).lightnessF() > 0.5) == dark_background
    finally:
        QGuiApplication.setPalette(before)
