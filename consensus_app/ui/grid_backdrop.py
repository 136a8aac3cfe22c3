"""The labelled areas drawn behind the power / stance grid (from core.map_layouts.grid_regions)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem
from shiboken6 import isValid

from consensus_app.core.map_layouts import Region

_TINTS = ["#fbe9e2", "#f1f1f1", "#e3f0fa", "#fdf3e1", "#e7f4f0", "#f7f7f7"]  # one per region, faint
_Z = -1000  # behind every card and line


class GridBackdrop:
    def __init__(self, scene: QGraphicsScene) -> None:
        self._scene = scene
        self._items: list[QGraphicsItem] = []

    def show(self, regions: list[Region]) -> None:
        self.clear()
        margin = 20.0
        for region, tint in zip(regions, _TINTS, strict=False):
            rect = QRectF(region.x, region.y, region.width, region.height).adjusted(
                -margin, -margin, margin, margin
            )
            box = QGraphicsRectItem(rect.adjusted(4, 4, -4, -4))
            box.setBrush(QBrush(QColor(tint)))
            box.setPen(QPen(QColor("#d0d0d0"), 1, Qt.PenStyle.DashLine))
            box.setZValue(_Z)
            label = QGraphicsSimpleTextItem(region.label)
            font = QFont()
            font.setPointSizeF(13)
            font.setBold(True)
            label.setFont(font)
            label.setBrush(QColor("#666666"))
            label.setPos(rect.left() + 12, rect.top() + 8)
            label.setZValue(_Z + 1)
            for item in (box, label):
                self._scene.addItem(item)
                self._items.append(item)

    def clear(self) -> None:
        for item in self._items:
            # The scene deletes its items when it rebuilds the map; those are already gone.
            if isValid(item) and item.scene() is self._scene:
                self._scene.removeItem(item)
        self._items = []
