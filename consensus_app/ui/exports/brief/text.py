"""Text on the brief's pages: fonts, and paragraphs laid out once (measured), then drawn.

A `Text` is laid out with QTextLayout when it is made, so its height is known before a page
is chosen for it, and it draws exactly the lines it measured (Hangul, Persian and the rest
through the application font's fallbacks; right-to-left runs in the right order).
Units are CSS pixels (1/96 inch), as everywhere in the brief.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QTextLayout, QTextOption

from consensus_app.i18n import is_right_to_left
from consensus_app.ui.map import palette
from consensus_app.ui.map.glyphs import ui_font

INK = QColor(palette.INK)
INK_SOFT = QColor(palette.INK_SOFT)
INK_MUTED = QColor(palette.INK_MUTED)
RULE = QColor("#B9BEC6")
SHADE = QColor("#EEF0F3")  # table header, zebra rows: light enough for any printer

TITLE_PX, HEADING_PX, SUBHEADING_PX, BODY_PX, SMALL_PX = 30, 20, 15, 13, 11
LEFT = Qt.AlignmentFlag.AlignLeft
# Looked up once: a PySide6 enum member costs microseconds each time, and a 500-row table has
# thousands of cells.
_WRAP = QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
_ELIDE = Qt.TextElideMode.ElideRight
_NO_HINTING = QFont.HintingPreference.PreferNoHinting


@lru_cache(maxsize=32)
def font(pixel_size: int, bold: bool = False, italic: bool = False) -> QFont:
    """The application's font (its fallbacks cover CJK and Persian), unhinted: print spacing."""
    result = ui_font(pixel_size, bold=bold)
    result.setItalic(italic)
    result.setHintingPreference(_NO_HINTING)
    return result


class Text:
    """A paragraph wrapped to `width` (at most `max_lines` lines, the last one elided)."""

    def __init__(
        self,
        text: str,
        font: QFont,
        width: float,
        *,
        color: QColor = INK,
        align: Qt.AlignmentFlag = LEFT,
        max_lines: int = 0,
    ) -> None:
        self.font = font
        self.width = max(1.0, width)
        self.color = color
        # In a right-to-left brief (Persian) every paragraph starts at the right edge, and one with
        # any right-to-left letter reads right to left (a sentence that opens with a Korean or
        # English name too); text wholly in another script (a Korean draft, a note) keeps its own.
        mirrored_page = is_right_to_left()
        self._right_to_left = mirrored_page and _reads_right_to_left(text)
        self._align = _MIRRORED.get(align, align) if mirrored_page else align
        text = text.replace("\r\n", "\n").replace("\n", "\u2028")  # QTextLayout's line break
        self.layout, self.height = self._lay_out(text)
        if max_lines and self.layout.lineCount() > max_lines:
            last = self.layout.lineAt(max_lines - 1)
            rest = text[last.textStart() :].replace("\u2028", " ")
            elided = QFontMetricsF(font).elidedText(rest, _ELIDE, self.width)
            self.layout, self.height = self._lay_out(text[: last.textStart()] + elided)

    def _lay_out(self, text: str) -> tuple[QTextLayout, float]:
        layout = QTextLayout(text, self.font)
        layout.setTextOption(_option(self._align, self._right_to_left))
        layout.setCacheEnabled(True)
        layout.beginLayout()
        height = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(self.width)
            line.setPosition(QPointF(0, height))
            height += line.height()
        layout.endLayout()
        return layout, height

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        painter.setPen(self.color)
        if painter.worldTransform().m11() < 0:  # a mirrored (right-to-left) page: see mirrored()
            painter.save()
            painter.translate(x + self.width, y)
            painter.scale(-1, 1)  # the glyphs the right way round, in the mirrored box
            self.layout.draw(painter, QPointF(0, 0))
            painter.restore()
            return
        self.layout.draw(painter, QPointF(x, y))


def _reads_right_to_left(text: str) -> bool:
    kinds = {unicodedata.bidirectional(char) for char in text}
    return bool(kinds & {"R", "AL"}) or "L" not in kinds


_MIRRORED = {
    Qt.AlignmentFlag.AlignLeft: Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute,
    Qt.AlignmentFlag.AlignRight: Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute,
}


def mirrored(painter: QPainter, left: float, width: float) -> None:
    """Mirror the painter's x axis about the column from `left` to `left + width`: a right-to-left
    page draws its blocks (rules, shades, columns) mirrored, and each `Text` the right way round."""
    painter.translate(2 * left + width, 0)
    painter.scale(-1, 1)


@lru_cache(maxsize=16)
def _option(align: Qt.AlignmentFlag, right_to_left: bool = False) -> QTextOption:
    option = QTextOption(align)
    option.setWrapMode(_WRAP)
    # Each paragraph's own direction, from its first letter: a Persian sentence reads right to left
    # (its full stop at its left end) in a brief whose headings and tables are left to right. A
    # brief in a right-to-left language reads right to left throughout.
    direction = Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LayoutDirectionAuto
    option.setTextDirection(direction)
    return option


@lru_cache(maxsize=4096)
def shared_text(
    text: str, size: int, bold: bool, width: float, align: Qt.AlignmentFlag, max_lines: int
) -> Text:
    """A Text that may be drawn in many places (a table's "yes", "finance", "+ supportive")."""
    return Text(text, font(size, bold), width, align=align, max_lines=max_lines)


def words(value: str | None) -> str:
    """An enum value as words, in the brief's language: "economic_buyer" → "economic buyer"."""
    from consensus_app.core.enum_words import value_word

    return value_word(value) if value else ""
