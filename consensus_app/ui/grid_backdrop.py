"""The labelled areas drawn behind the power / stance grid (from core.layouts.grid_regions)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem
from shiboken6 import isValid

from consensus_app.core.layouts import Region, RegionKind
from consensus_app.ui.map.edge_tiles import set_underlay

# Faint tints, one per quadrant in grid_regions' order (risks, champions, critics, supporters).
_QUADRANT_TINTS = ["#fbe9e2", "#e3f0fa", "#fdf3e1", "#e7f4f0"]
_TINTS = {RegionKind.NEUTRAL: "#f3f3f3", RegionKind.OUTSIDE: "#f7f7f7"}
_Z = -1000  # behind every card and line


class GridBackdrop:
    def __init__(self, scene: QGraphicsScene) -> None:
        self._scene = scene
        self._items: list[QGraphicsItem] = []

    def show(self, regions: list[Region]) -> None:
        self.clear()
        quadrant_tints = iter(_QUADRANT_TINTS)
        for region in regions:
            rect = QRectF(region.x, region.y, region.width, region.height)
            if region.kind is RegionKind.AXIS:
                self._caption(region.label, rect)
                continue
            if region.kind is RegionKind.QUADRANT:
                tint = next(quadrant_tints, "#f7f7f7")
            else:
                tint = _TINTS[region.kind]
            box = QGraphicsRectItem(rect.adjusted(2, 2, -2, -2))
            box.setBrush(QBrush(QColor(tint)))
            box.setPen(QPen(QColor("#d0d0d0"), 1, Qt.PenStyle.DashLine))
            box.setZValue(_Z)
            self._add(box)
            label = self._text(region.label, 13, bold=True)
            label.setPos(rect.left() + 12, rect.top() + 6)
            self._add(label)
        set_underlay(self._scene, "grid regions", bool(self._items))  # under the lines: no zoom tiles

    def _caption(self, text: str, rect: QRectF) -> None:
        """Axis captions: text only, centred in their band (the influence title reads upwards)."""
        label = self._text(text, 11, bold=False)
        bounds = label.boundingRect()
        if rect.height() > rect.width() * 3:  # the vertical axis title
            label.setRotation(-90)
            label.setPos(rect.center().x() - bounds.height() / 2, rect.center().y() + bounds.width() / 2)
        else:
            label.setPos(rect.center().x() - bounds.width() / 2, rect.center().y() - bounds.height() / 2)
        self._add(label)

    @staticmethod
    def _text(text: str, size: float, *, bold: bool) -> QGraphicsSimpleTextItem:
        label = QGraphicsSimpleTextItem(text)
        font = QFont()
        font.setPointSizeF(size)
        font.setBold(bold)
        label.setFont(font)
        label.setBrush(QColor("#555555"))
        label.setZValue(_Z + 1)
        return label

    def _add(self, item: QGraphicsItem) -> None:
        self._scene.addItem(item)
        self._items.append(item)

    def clear(self) -> None:
        for item in self._items:
            # The scene deletes its items when it rebuilds the map; those are already gone.
            if isValid(item) and item.scene() is self._scene:
                self._scene.removeItem(item)
        self._items = []
        if isValid(self._scene):
            set_underlay(self._scene, "grid regions", False)
