"""Drawing a new relationship: a dashed line from a card's connector handle to the mouse.

The card under the mouse is marked as the drop target; letting go on it asks for the
connection (MapScene.sig_connect_requested); letting go anywhere else asks for nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsScene

from consensus_app.ui.map import palette
from consensus_app.ui.map.node_item import NodeItem

NodeFinder = Callable[[QPointF, NodeItem | None], NodeItem | None]


class ConnectDrag:
    def __init__(self, scene: QGraphicsScene, source: NodeItem, pos: QPointF, node_at: NodeFinder) -> None:
        self.source = source
        self.target: NodeItem | None = None
        self._scene = scene
        self._node_at = node_at
        pen = QPen(QColor(palette.SELECTION_COLOR), 2.0)
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setCosmetic(True)  # the same on screen at any zoom
        self.line = QGraphicsPathItem()
        self.line.setPen(pen)
        self.line.setZValue(100)
        self.line.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        scene.addItem(self.line)
        source.set_connecting(True)
        self.move(pos)

    def move(self, pos: QPointF) -> None:
        """Follow the mouse, and mark the card under it."""
        path = QPainterPath(self.source.mapToScene(self.source.handle_center()))
        path.lineTo(pos)
        path.addEllipse(pos, 3.5, 3.5)
        self.line.setPath(path)
        target = self._node_at(pos, self.source)
        if target is not self.target:
            if self.target is not None:
                self.target.set_drop_target(False)
            if target is not None:
                target.set_drop_target(True)
            self.target = target

    def finish(self) -> NodeItem | None:
        """Remove the line and the marks; return the card it was dropped on, if any."""
        self._scene.removeItem(self.line)
        self.source.set_connecting(False)
        if self.target is not None:
            self.target.set_drop_target(False)
        return self.target
