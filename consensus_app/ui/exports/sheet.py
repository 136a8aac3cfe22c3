"""The page a map export draws: title and date on top, the whole map, the legend below it.

Sheet units are CSS pixels (1/96 inch). A sheet either fits its content (PNG, SVG, a PDF page
sized to the map), with the map at 1:1 and the title and legend grown with large maps so they
stay readable when the picture is shown whole, or is a fixed page (A4, letter), with the map
scaled to fit between the title and the legend. The legend sits below the map, never over it,
so it can hide no one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from consensus_app.ui.exports.map_drawing import MapDrawing
from consensus_app.ui.map import palette
from consensus_app.ui.map.glyphs import ui_font
from consensus_app.ui.map.legend import legend_size, paint_legend

TITLE_PX, SUBTITLE_PX = 24, 13
MARGIN, GAP = 32.0, 20.0  # around the sheet; between header, map and legend (times the chrome scale)
CHROME_WIDTH = 1600.0  # maps wider than this get a larger title and legend (up to MAX_CHROME ×)
MAX_CHROME = 3.0
MAX_PAGE_ZOOM = 2.0  # a small map on a big page is enlarged at most this much


@dataclass(frozen=True)
class Sheet:
    size: QSizeF
    title: str
    subtitle: str
    header: QRectF  # where the title and subtitle go
    map_source: QRectF  # the scene area drawn…
    map_target: QRectF  # …and where it goes on the sheet
    legend_at: QPointF
    chrome: float  # scale of the title, subtitle and legend

    @property
    def map_scale(self) -> float:
        return self.map_target.width() / self.map_source.width()


def _header_height(chrome: float) -> float:
    return (TITLE_PX * 1.35 + SUBTITLE_PX * 1.5 + 6) * chrome


def _title_width(title: str, subtitle: str) -> float:
    return max(
        QFontMetricsF(ui_font(TITLE_PX, bold=True)).horizontalAdvance(title),
        QFontMetricsF(ui_font(SUBTITLE_PX)).horizontalAdvance(subtitle),
    )


def fit_sheet(area: QRectF, title: str, subtitle: str) -> Sheet:
    """A sheet as large as the map at 1:1, with room for the title above and the legend below."""
    chrome = max(1.0, min(MAX_CHROME, area.width() / CHROME_WIDTH))
    margin, gap = MARGIN * chrome, GAP * chrome
    legend = legend_size() * chrome
    width = max(area.width(), legend.width(), _title_width(title, subtitle) * chrome)
    header = QRectF(margin, margin, width, _header_height(chrome))
    target = QRectF(margin + (width - area.width()) / 2, header.bottom() + gap, area.width(), area.height())
    legend_at = QPointF(margin, target.bottom() + gap)
    size = QSizeF(width + 2 * margin, legend_at.y() + legend.height() + margin)
    return Sheet(size, title, subtitle, header, QRectF(area), target, legend_at, chrome)


def page_sheet(area: QRectF, title: str, subtitle: str, page: QSizeF) -> Sheet:
    """A fixed page: the map scaled to fit (never cropped) between the title and the legend."""
    inner = page.width() - 2 * MARGIN
    legend = legend_size()
    chrome = min(1.0, inner / legend.width())  # a legend wider than the page shrinks
    header = QRectF(MARGIN, MARGIN, inner, _header_height(1.0))
    top = header.bottom() + GAP
    bottom = page.height() - MARGIN - legend.height() * chrome - GAP
    room = QRectF(MARGIN, top, inner, max(1.0, bottom - top))
    scale = min(room.width() / area.width(), room.height() / area.height(), MAX_PAGE_ZOOM)
    # Top-aligned and centred across, with the legend right below: no gaps in the middle of the page.
    target = QRectF(0, top, area.width() * scale, area.height() * scale)
    target.moveLeft(room.center().x() - target.width() / 2)
    legend_at = QPointF(MARGIN, target.bottom() + GAP)
    return Sheet(QSizeF(page), title, subtitle, header, QRectF(area), target, legend_at, chrome)


def paint_sheet(painter: QPainter, drawing: MapDrawing, sheet: Sheet) -> None:
    """Paint the sheet; the painter's coordinates are sheet units (scale it for the device first)."""
    painter.setRenderHints(
        QPainter.RenderHint.Antialiasing
        | QPainter.RenderHint.TextAntialiasing
        | QPainter.RenderHint.SmoothPixmapTransform
    )
    painter.fillRect(QRectF(QPointF(0, 0), sheet.size), QColor("#FFFFFF"))
    _paint_header(painter, sheet)
    # Cards choose their detail from the device scale: a vector page keeps every name.
    drawing.paint(painter, sheet.map_target, sheet.map_source)
    painter.save()
    painter.translate(sheet.legend_at)
    painter.scale(sheet.chrome, sheet.chrome)
    paint_legend(painter, QPointF(0, 0), opacity=1.0)
    painter.restore()


def _paint_header(painter: QPainter, sheet: Sheet) -> None:
    painter.save()
    chrome = 1.0 if sheet.chrome < 1 else sheet.chrome
    painter.translate(sheet.header.topLeft())
    painter.scale(chrome, chrome)
    width = sheet.header.width() / chrome
    # A long title on a fixed page shrinks (to 60 %) before it is cut short.
    title_px = TITLE_PX
    advance = QFontMetricsF(ui_font(TITLE_PX, bold=True)).horizontalAdvance(sheet.title)
    if advance > width:
        title_px = max(round(TITLE_PX * 0.6), math.floor(TITLE_PX * width / advance))
    lines = [
        (ui_font(title_px, bold=True), palette.INK, sheet.title, TITLE_PX * 1.35),
        (ui_font(SUBTITLE_PX), palette.INK_SOFT, sheet.subtitle, SUBTITLE_PX * 1.5),
    ]
    y = 0.0
    for font, color, text, height in lines:
        painter.setFont(font)
        painter.setPen(QColor(color))
        elided = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRectF(0, y, width, height), int(Qt.AlignmentFlag.AlignVCenter), elided)
        y += height
    painter.setPen(QPen(QColor("#C8CCD2"), 1.0))
    painter.drawLine(QPointF(0, y + 5), QPointF(width, y + 5))
    painter.restore()
