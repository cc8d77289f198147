"""Small badges for the networks, drawn at run time: a coloured disc with the network's initial.

Drawn rather than shipped as image files: no brand artwork in the repository, and any network a
connector adds gets a badge too.
"""

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

COLOURS = {
    "wordpress": "#21759b",
    "discord": "#5865f2",
    "mastodon": "#6364ff",
    "reddit": "#ff4500",
    "facebook": "#1877f2",
    "twitter": "#1d9bf0",
    "telegram": "#26a5e4",
    "slack": "#4a154b",
}


@cache
def network_icon(network: str, size: int = 16) -> QIcon:
    pixmap = QPixmap(size * 2, size * 2)  # drawn at twice the size for sharp scaling
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(COLOURS.get(network, "#777777")))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QRectF(0, 0, size * 2, size * 2))
    painter.setPen(QColor("white"))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 1.1))
    painter.setFont(font)
    painter.drawText(
        QRectF(0, 0, size * 2, size * 2), Qt.AlignmentFlag.AlignCenter, (network[:1] or "?").upper()
    )
    painter.end()
    return QIcon(pixmap)
