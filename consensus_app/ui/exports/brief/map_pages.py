"""The brief's map: the committee view, large enough to read on paper, over as many pages as it needs.

A reviewer reads the brief printed. The map page shows the committee view (core/committee_view.py:
the members and the people who link them), laid out afresh, at a scale where a card's name is
at least NAME_PT points; when the whole map would be smaller than that on one landscape page,
it is cut into tiles, one page each, in reading order ("Map, part 2 of 4"), with a little
overlap so a card on a cut is whole on one of its pages. The legend is small, in the top
right corner beside the title, clear of the map.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from consensus_app.exporters.map_source import MapSource
from consensus_app.i18n import _
from consensus_app.ui.exports.brief.data import BriefData
from consensus_app.ui.exports.brief.flow import Frame, FullPage, Item
from consensus_app.ui.exports.headless import ensure_application
from consensus_app.ui.exports.map_drawing import MapDrawing, map_drawing
from consensus_app.ui.exports.map_scene import committee_source
from consensus_app.ui.map import palette
from consensus_app.ui.map.card import fonts
from consensus_app.ui.map.glyphs import ui_font
from consensus_app.ui.map.legend import legend_size, paint_legend

NAME_PT = 7.0  # a card's name on paper, at least (the card draws it 13 px high at 1:1)
PX_PER_PT = 96 / 72
MARGIN = 40.0  # CSS pixels around the map on its page
HEADER = 44.0  # the title line and the subtitle
LEGEND_SCALE = 0.62  # the key in the corner: small, still readable (11 px labels → 5 pt)
OVERLAP = 120.0  # scene pixels two neighbouring tiles share (a card cut by one page is whole on the next)
MAX_ZOOM = 1.6  # a small committee is enlarged at most this much
SPLIT_ZOOM = 1.2  # a map split over pages is drawn at most this much above the least scale
MAX_PAGES = 9  # beyond this the map is shrunk to nine pages (names smaller than NAME_PT)


@dataclass(frozen=True)
class Tiling:
    """The map's scene area cut into `columns` × `rows` tiles drawn at `scale` (CSS px per scene px)."""

    area: QRectF
    room: QRectF  # where a tile goes on its page
    scale: float
    columns: int
    rows: int

    def tile(self, index: int) -> QRectF:
        """The scene rectangle of tile `index` (row by row, left to right): equal parts of the
        map, neighbours sharing OVERLAP."""
        column, row = index % self.columns, index // self.columns
        width = (self.area.width() + OVERLAP * (self.columns - 1)) / self.columns
        height = (self.area.height() + OVERLAP * (self.rows - 1)) / self.rows
        left = self.area.left() + column * (width - OVERLAP)
        top = self.area.top() + row * (height - OVERLAP)
        return QRectF(left, top, width, height)

    @property
    def count(self) -> int:
        return self.columns * self.rows


def tiling(area: QRectF, page: QSizeF) -> Tiling:
    """How many pages the map needs so that names are at least NAME_PT, and at what scale."""
    header = max(HEADER, legend_size().height() * LEGEND_SCALE + 8)
    room = QRectF(MARGIN, MARGIN + header, page.width() - 2 * MARGIN, page.height() - 2 * MARGIN - header)
    least = NAME_PT * PX_PER_PT / fonts()[0][0].pixelSize()

    def scale(columns: int, rows: int) -> float:
        return min(
            room.width() * columns / (area.width() + OVERLAP * (columns - 1)),
            room.height() * rows / (area.height() + OVERLAP * (rows - 1)),
            MAX_ZOOM if columns * rows == 1 else least * SPLIT_ZOOM,  # split parts are not blown up
        )

    shapes = sorted(
        ((c, r) for c in range(1, MAX_PAGES + 1) for r in range(1, MAX_PAGES + 1) if c * r <= MAX_PAGES),
        key=lambda shape: (shape[0] * shape[1], -scale(*shape)),
    )
    chosen = next((shape for shape in shapes if scale(*shape) >= least), None)
    if chosen is None:  # a very large committee: nine pages, names a little smaller
        chosen = max(shapes, key=lambda shape: scale(*shape))
    return Tiling(area, room, scale(*chosen), *chosen)


def map_pages(data: BriefData, frame: Frame) -> Sequence[Item]:
    source = committee_source(data.source)
    ensure_application()
    # One drawing of the map for the tiling and every page (the window's scene of a 500-person
    # map was built twice, and once per page before that); a scene made for a zoomed-out
    # preview goes with it when the pages go.
    drawing = map_drawing(source)
    cut = tiling(drawing.area, frame.area)

    def paint_tile(index: int) -> FullPage:
        def paint(painter: QPainter, size: QSizeF) -> None:
            _paint_page(painter, drawing, (data.source, source), cut, index, size)

        return FullPage(paint)

    return [paint_tile(index) for index in range(cut.count)]


def _paint_page(
    painter: QPainter,
    drawing: MapDrawing,
    sources: tuple[MapSource, MapSource],
    cut: Tiling,
    index: int,
    size: QSizeF,
) -> None:
    whole, source = sources
    painter.save()
    painter.setRenderHints(
        QPainter.RenderHint.Antialiasing
        | QPainter.RenderHint.TextAntialiasing
        | QPainter.RenderHint.SmoothPixmapTransform
    )
    legend = legend_size() * LEGEND_SCALE
    title_width = size.width() - 2 * MARGIN - legend.width() - 16
    part = (
        " · " + _("part {number} of {count}").format(number=index + 1, count=cut.count)
        if cut.count > 1
        else ""
    )
    subtitle = f"{source.subtitle}{part}"
    if source is not whole:
        shown, people = len(source.pursuit_map.nodes), len(source.pursuit_map.members())
        subtitle += " · " + _("committee view: {members} members and {others} who link them").format(
            members=people, others=shown - people
        )
    for text, px, bold, y, color in (
        (source.title, 18, True, MARGIN, palette.INK),
        (subtitle, 11, False, MARGIN + 24, palette.INK_SOFT),
    ):
        font = ui_font(px, bold=bold)
        painter.setFont(font)
        painter.setPen(QColor(color))
        elided = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, title_width)
        painter.drawText(QRectF(MARGIN, y, title_width, px * 1.4), int(Qt.AlignmentFlag.AlignVCenter), elided)
    tile = cut.tile(index)
    target = QRectF(cut.room.topLeft(), QSizeF(tile.width() * cut.scale, tile.height() * cut.scale))
    target.moveLeft(cut.room.center().x() - target.width() / 2)
    painter.setPen(QPen(QColor("#C8CCD2"), 1.0))
    painter.drawLine(QPointF(MARGIN, cut.room.top() - 6), QPointF(size.width() - MARGIN, cut.room.top() - 6))
    painter.save()
    painter.setClipRect(target)
    drawing.paint(painter, target, tile)  # vector pages keep every card's text
    painter.restore()
    painter.translate(size.width() - MARGIN - legend.width(), MARGIN - 4)
    painter.scale(LEGEND_SCALE, LEGEND_SCALE)
    paint_legend(painter, QPointF(0, 0), opacity=1.0)
    painter.restore()
