"""The whole map as an image, for PNG/PDF exports: every card and line, never cropped.

The legend goes below the map, not over it, so it can never hide a person. Selection,
hover and connector marks are left out: an exported map is for reading, not editing.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from consensus_app.ui.map.legend import legend_size, paint_legend
from consensus_app.ui.map.scene import MapScene

MARGIN = 40.0  # scene units around the map
LEGEND_GAP = 24.0
MAX_PIXELS = 64_000_000  # ~256 MB at 4 bytes a pixel; a bigger request is scaled down to fit
MAX_SIDE = 32_000  # beyond this QImage and most viewers give up


def export_rect(scene: MapScene, include_legend: bool = True) -> QRectF:
    """The scene area an export covers: the map, its margin and, below it, room for the legend."""
    content = scene.content_rect()
    if content.isEmpty():
        content = QRectF(0, 0, 1, 1)
    rect = content.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
    if include_legend:
        size = legend_size()
        rect.setWidth(max(rect.width(), size.width() + 2 * MARGIN))
        rect.setHeight(rect.height() + size.height() + LEGEND_GAP)
    return rect


def render_scene_image(
    scene: MapScene,
    scale: float = 2.0,
    background: QColor | Qt.GlobalColor = Qt.GlobalColor.white,
    include_legend: bool = True,
) -> QImage:
    """Render the whole map at `scale` image pixels per scene unit (lowered only past MAX_PIXELS)."""
    rect = export_rect(scene, include_legend)
    scale = min(scale, MAX_SIDE / rect.width(), MAX_SIDE / rect.height())
    scale = min(scale, math.sqrt(MAX_PIXELS / (rect.width() * rect.height())))
    image = QImage(
        max(1, math.ceil(rect.width() * scale)),
        max(1, math.ceil(rect.height() * scale)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.fill(QColor(background))
    painter = QPainter(image)
    painter.setRenderHints(
        QPainter.RenderHint.Antialiasing
        | QPainter.RenderHint.TextAntialiasing
        | QPainter.RenderHint.SmoothPixmapTransform
    )
    map_rect = rect.adjusted(0, 0, 0, -(legend_size().height() + LEGEND_GAP) if include_legend else 0)
    try:
        with scene.exporting_at(scale):
            target = QRectF(0, 0, map_rect.width() * scale, map_rect.height() * scale)
            scene.render(painter, target, map_rect, Qt.AspectRatioMode.IgnoreAspectRatio)
        if include_legend:
            painter.scale(scale, scale)
            paint_legend(painter, QPointF(MARGIN, map_rect.height() + LEGEND_GAP - MARGIN / 2), opacity=1.0)
    finally:
        painter.end()
    return image
