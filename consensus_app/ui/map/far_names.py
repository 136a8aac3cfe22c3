"""Zoomed out, a card shows its person's name alone, large enough to read.

Below card.LOD_TEXT the card's own lines would be under 8 pixels high. A map fitted to a
laptop's window often sits just there, so the name alone is drawn instead, about FAR_NAME_PX
high on screen, over up to two lines, in the space after the profile badge. While the map
moves the name is left out, or a card shows its ready-made picture (from card.LOD_BATCH up);
the still frame that follows draws the name.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from consensus_app.ui.map.glyphs import ui_font

FAR_NAME_PX = 11.0  # the name's letter height on screen, whatever the zoom
LINE_SPACING = 1.15


def far_name_lines(name: str, width: float, pixel_size: int, max_lines: int) -> tuple[str, ...]:
    """`name` over at most `max_lines` lines of `width` (scene units) at `pixel_size`: words wrap,
    the last line is elided."""
    return _lines(name, width, pixel_size, max(1, max_lines))


@lru_cache(maxsize=64)
def _font(pixel_size: int) -> tuple[QFont, QFontMetricsF]:
    font = ui_font(pixel_size, bold=True)
    return font, QFontMetricsF(font)


@lru_cache(maxsize=4096)
def _lines(name: str, width: float, pixel_size: int, max_lines: int) -> tuple[str, ...]:
    metrics = _font(pixel_size)[1]
    words = name.split()
    lines: list[str] = []
    while words and len(lines) < max_lines - 1:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        if metrics.horizontalAdvance(line) > width:  # one long word: it takes the rest of the card
            words.insert(0, line)
            break
        lines.append(line)
    if words:
        lines.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return tuple(line for line in lines if line)


def paint_far_name(painter: QPainter, name: str, area: QRectF, lod: float, color: QColor, rtl: bool) -> None:
    """The name, centred in `area` (scene units), about FAR_NAME_PX high on screen at `lod`."""
    pixel_size = max(1, round(FAR_NAME_PX / lod))
    line_height = pixel_size * LINE_SPACING
    lines = far_name_lines(name, area.width(), pixel_size, int(area.height() // line_height))
    if not lines:
        return
    painter.setFont(_font(pixel_size)[0])
    painter.setPen(color)
    align = int(
        (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter
    )
    top = area.center().y() - line_height * len(lines) / 2
    for index, line in enumerate(lines):
        painter.drawText(
            QRectF(area.left(), top + index * line_height, area.width(), line_height), align, line
        )
