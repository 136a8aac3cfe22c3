"""The canvas behind the map: its colour and a dot grid that follows the zoom.

Drawn by the view at rest and into the zoom tiles (edge_tiles.py) while it zooms, so both
look the same.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from consensus_app.ui.map import palette

GRID_STEP = 24.0  # scene units between grid dots at full size
MIN_DOT_SPACING = 16.0  # screen pixels: coarser steps when zoomed out


def paint_canvas(painter: QPainter, rect: QRectF, zoom: float) -> None:
    """The canvas colour and its dots over `rect` (scene units) at `zoom`."""
    painter.fillRect(rect, QColor(palette.CANVAS_COLOR))
    step = GRID_STEP
    while step * zoom < MIN_DOT_SPACING:
        step *= 2
    # Each grid row is one line with a dotted pen: a few dozen calls instead of thousands of points.
    spacing = step * zoom
    pen = QPen(QColor(palette.GRID_DOT_COLOR), 2.0)
    pen.setCosmetic(True)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)  # square dots: round ones cost ~50× more to draw
    pen.setDashPattern([1.0, spacing / 2.0 - 1.0])
    left = math.floor(rect.left() / step) * step
    top = math.floor(rect.top() / step) * step
    rows = int((rect.bottom() - top) / step) + 1
    lines = [QLineF(left, top + i * step, rect.right() + step, top + i * step) for i in range(rows)]
    painter.save()
    painter.setPen(pen)
    painter.drawLines(lines)
    painter.restore()
