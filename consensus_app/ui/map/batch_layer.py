"""What the map's two batching layers (lines, zoomed-out cards) share.

Each draws many items' worth of shapes in a few calls. It is never under the mouse (the items
it stands for take clicks and tooltips), draws only what is exposed, is cached (panning and
hovering redraw nothing), and has a fast mode while the map moves.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QGraphicsItem


class BatchLayer(QGraphicsItem):
    def __init__(self, z: float) -> None:
        super().__init__()
        self.fast = False  # no antialiasing while the map moves
        self.zooming = False  # while it zooms, small details are left out too
        self._bounds = QRectF()
        self.setZValue(z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # for exposedRect
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_fast(self, fast: bool, zooming: bool = False) -> None:
        """`fast` while the map moves (no antialiasing); `zooming`: also leave out small details.

        Only a zoom leaves them out: panning shifts the cached picture, and details that
        vanished and came back with every pan would flicker.
        """
        if (fast, zooming) != (self.fast, self.zooming):
            self.fast, self.zooming = fast, zooming
            self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return QPainterPath()  # never under the mouse
