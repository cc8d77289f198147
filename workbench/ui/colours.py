"""The few colours the window adds to Qt's own, all derived from the palette in force.

A colour picked for a white background is unreadable on a dark one and ignores a high-contrast
theme. So a tone here is a hue only: its lightness is chosen against the palette's background
until the text reads (WCAG's 4.5:1), and charts take their background, text and lines from the
palette too. The palette is read when something is drawn, so a changed theme shows at the next
redraw.
"""

from collections.abc import Sequence
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette, QPen

if TYPE_CHECKING:
    from PySide6.QtCharts import QBarSet, QChart  # charts load with the pages that draw them

READABLE = 4.5
"""WCAG's least contrast for body text."""


class Tone(Enum):
    """What a colour says, as its hue (degrees); its lightness comes from the palette."""

    ALARM = 4
    """A ban, a failed push, an intervention on a chart, a problem that stops an import."""
    WARNING = 30
    """Muted, waiting to be sent, a keyring that is missing."""
    CAUTION = 48
    """On watch."""


def palette() -> QPalette:
    return QGuiApplication.palette()


def contrast(one: QColor, other: QColor) -> float:
    """WCAG's contrast ratio of two colours, 1 to 21."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.redF())
            + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF())
        )

    lighter, darker = sorted((luminance(one), luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def tone(kind: Tone, against: QPalette.ColorRole = QPalette.ColorRole.Base) -> QColor:
    """The hue of ``kind``, as light or dark as the background of ``against`` needs for text
    to read: dark on a light palette, light on a dark one, and the palette's own text colour
    where no tone of the hue is readable enough."""
    colours = palette()
    background = colours.color(against)
    text = colours.color(QPalette.ColorRole.Text)
    darker = text.lightnessF() < background.lightnessF()
    start, step = (0.42, -0.04) if darker else (0.62, 0.04)
    for n in range(10):
        lightness = min(max(start + n * step, 0.0), 1.0)
        colour = QColor.fromHslF(kind.value / 360, 0.85, lightness)
        if contrast(colour, background) >= READABLE:
            return colour
    return text


def muted(against: QPalette.ColorRole = QPalette.ColorRole.Base) -> QColor:
    """Secondary text (a byline, a retracted entry): halfway to the background, still
    readable."""
    colours = palette()
    text, background = colours.color(QPalette.ColorRole.Text), colours.color(against)
    for share in (0.45, 0.35, 0.25, 0.15, 0.0):
        colour = QColor.fromRgbF(
            text.redF() + (background.redF() - text.redF()) * share,
            text.greenF() + (background.greenF() - text.greenF()) * share,
            text.blueF() + (background.blueF() - text.blueF()) * share,
        )
        if contrast(colour, background) >= READABLE:
            return colour
    return text


def css(colour: QColor) -> str:
    """A colour for Qt's rich text and style sheets."""
    return colour.name()


def text_style(kind: Tone) -> str:
    """A style sheet that sets a label's text in a tone (the label's own background)."""
    return f"color: {css(tone(kind, QPalette.ColorRole.Window))};"


def mark_template() -> str:
    """How a search hit or a rule's match looks in rich text: the palette's selection."""
    colours = palette()
    background = css(colours.color(QPalette.ColorRole.Highlight))
    text = css(colours.color(QPalette.ColorRole.HighlightedText))
    return f'<span style="background-color:{background};color:{text}">{{}}</span>'


def follow_palette(chart: "QChart", bars: "Sequence[tuple[QBarSet, QColor]]" = ()) -> None:
    """A chart drawn in the palette's colours (a chart's own theme is always light): its
    background, title, legend, axes, and the colours of its bar sets. Call it after the axes
    are added."""
    colours = palette()
    text = colours.color(QPalette.ColorRole.Text)
    lines = muted()
    chart.setBackgroundBrush(QBrush(colours.color(QPalette.ColorRole.Base)))
    chart.setBackgroundPen(QPen(colours.color(QPalette.ColorRole.Mid)))
    chart.setTitleBrush(QBrush(text))
    chart.legend().setLabelColor(text)
    for axis in chart.axes():
        axis.setLabelsColor(text)
        axis.setLinePenColor(lines)
        grid = QColor(lines)
        grid.setAlphaF(0.35)  # behind the bars, quieter than the axes
        axis.setGridLineColor(grid)
        axis.setTitleBrush(QBrush(text))
    for bar_set, colour in bars:
        bar_set.setColor(colour)
        bar_set.setBorderColor(colour)
        bar_set.setLabelColor(text)
