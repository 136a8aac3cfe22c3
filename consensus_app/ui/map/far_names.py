"""Zoomed out, a card shows its person's name alone, large enough to read.

Below card.LOD_TEXT the card's own lines would be under 8 pixels high. A map fitted to a
laptop's window often sits just there, so the name alone is drawn instead, about FAR_NAME_PX
high on screen, wrapped at spaces over the lines the card has room for (the first beside the
profile badge). While the map zooms the name is left out; the still frame that follows draws it.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from consensus_app.ui.map.glyphs import ui_font

BADGE_ROW = 22.0  # scene units from the name area's top to below the profile badge and approver seal

FAR_NAME_PX = 11.0  # the name's letter height on screen, whatever the zoom, when it fits
MIN_NAME_PX = 9.0  # smaller letters, down to this, rather than a name cut short
LINE_SPACING = 1.05
# Cards are sized so every name is whole at MIN_NAME_PX down to a zoom of 1/3: the fit of a
# 25-member committee view in a 1440 × 900 window. In scene units that is a 27 px name.
SIZING_PX = 27


def far_name_lines(name: str, width: float, pixel_size: int, max_lines: int) -> tuple[str, ...]:
    """`name` over at most `max_lines` lines of `width` (scene units) at `pixel_size`: words wrap,
    the last line is elided."""
    return _lines(name, width, pixel_size, max(1, max_lines))


def wrapped_lines(name: str, widths: tuple[float, ...], pixel_size: int) -> tuple[str, ...] | None:
    """`name` wrapped at spaces, line `i` at most `widths[i]` wide (the last width repeats for
    no further line), or None when it does not fit whole in `len(widths)` lines."""
    return _wrap(name, widths, pixel_size)


def elide_words(metrics: QFontMetricsF, text: str, width: float) -> str:
    """`text` if it fits `width`, else as many whole words as fit and "…"; a first word wider than
    the line is the only one cut inside."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    words = text.split()
    for count in range(len(words) - 1, 0, -1):
        shorter = " ".join(words[:count]) + " …"
        if metrics.horizontalAdvance(shorter) <= width:
            return shorter
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


@lru_cache(maxsize=4096)
def longest_word(name: str, pixel_size: int = SIZING_PX) -> float:
    """The width (scene units) of the name's widest word at `pixel_size`: a line narrower than
    this could only show the name cut inside a word."""
    metrics = _font(pixel_size)[1]
    return max((metrics.horizontalAdvance(word) for word in name.split()), default=0.0)


def fits_lines(name: str, beside: float, wide: float, lines: int, pixel_size: int = SIZING_PX) -> bool:
    """Whether `name` wraps whole into `lines` lines: the first `beside` the badge, the rest `wide`."""
    return wrapped_lines(name, (beside, *([wide] * (lines - 1))), pixel_size) is not None


@lru_cache(maxsize=64)
def _font(pixel_size: int) -> tuple[QFont, QFontMetricsF]:
    font = ui_font(pixel_size, bold=True)
    return font, QFontMetricsF(font)


@lru_cache(maxsize=8192)
def _wrap(name: str, widths: tuple[float, ...], pixel_size: int) -> tuple[str, ...] | None:
    metrics = _font(pixel_size)[1]
    words = name.split()
    lines: list[str] = []
    for width in widths:
        if not words:
            break
        line = words.pop(0)
        if metrics.horizontalAdvance(line) > width:
            return None  # a word wider than its line: never cut it
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        lines.append(line)
    return None if words else tuple(lines)


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
        lines.append(elide_words(metrics, " ".join(words), width))
    return tuple(line for line in lines if line)


@lru_cache(maxsize=8192)
def fitted_name(
    name: str, area: tuple[float, float, float, float], wide: tuple[float, float], lod: float
) -> tuple[int, tuple[str, ...], bool]:
    """(pixel size in scene units, lines, whole) for the name at `lod`.

    The largest size from FAR_NAME_PX down to MIN_NAME_PX on screen at which the whole name fits,
    wrapped at spaces: the first line beside the badge (`area`), the lines below it, clear of
    the badge, as wide as the card (`wide`: left and width). When nothing fits, the smallest
    size with the last line elided (`whole` False).
    """
    _left, top, width, height = area
    badge_bottom = top + BADGE_ROW
    screen = FAR_NAME_PX
    while screen >= MIN_NAME_PX - 1e-9:
        pixel_size = max(1, round(screen / lod))
        line_height = pixel_size * LINE_SPACING
        count = int(height // line_height)
        if count >= 1:
            first_top = top + (height - line_height * count) / 2
            widths = tuple(
                width if first_top + i * line_height < badge_bottom else wide[1] for i in range(count)
            )
            lines = wrapped_lines(name, widths, pixel_size)
            if lines is not None:
                return pixel_size, lines, True
        screen -= 0.5
    pixel_size = max(1, round(MIN_NAME_PX / lod))
    count = max(1, int(height // (pixel_size * LINE_SPACING)))
    return pixel_size, far_name_lines(name, width, pixel_size, count), False


def placed_far_name(
    name: str, area: QRectF, lod: float, wide: QRectF | None = None
) -> tuple[int, list[tuple[QRectF, str]]]:
    """(pixel size, [(line box, line)]) for the name in `area` at `lod`: the boxes
    paint_far_name draws the lines in, one line's height apart (scene units)."""
    full = wide if wide is not None else area
    pixel_size, lines, _whole = fitted_name(
        name,
        (area.left(), area.top(), area.width(), area.height()),
        (full.left(), full.width()),
        round(lod, 3),
    )
    line_height = pixel_size * LINE_SPACING
    count = max(len(lines), int(area.height() // line_height))
    block_top = area.top() + (area.height() - line_height * count) / 2
    top = block_top + (count - len(lines)) * line_height / 2 if len(lines) < count else block_top
    badge_bottom = area.top() + BADGE_ROW
    placed = []
    for index, line in enumerate(lines):
        # Which width the line was fitted to: beside the badge, or the card's width below it.
        beside = block_top + index * line_height < badge_bottom
        left, width = (area.left(), area.width()) if beside else (full.left(), full.width())
        placed.append((QRectF(left, top + index * line_height, width, line_height), line))
    return pixel_size, placed


def paint_far_name(
    painter: QPainter,
    name: str,
    area: QRectF,
    lod: float,
    color: QColor,
    rtl: bool,
    wide: QRectF | None = None,
) -> None:
    """The name in `area` (scene units), 9–11 px high on screen at `lod`, whole where it can be:
    lines below the badge use the card's width (`wide`, left and width)."""
    pixel_size, placed = placed_far_name(name, area, lod, wide)
    if not placed:
        return
    painter.setFont(_font(pixel_size)[0])
    painter.setPen(color)
    # Lines are packed tighter than the font's ascent + descent: not clipped to their box, or
    # the marks above a letter (آ) and the tails below it (g, q) would be cut off.
    align = int(
        (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        | Qt.AlignmentFlag.AlignVCenter
        | Qt.TextFlag.TextDontClip
    )
    for box, line in placed:
        painter.drawText(box, align, line)
