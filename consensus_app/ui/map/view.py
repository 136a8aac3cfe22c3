"""The map's view: zoom under the mouse, pan, rubber-band selection, fit, a dot grid and the legend.

Settings are chosen for a 500-person map: one bounding-rect update per change (cheap for
Qt's raster engine, unlike many small regions), no background cache (the grid follows the
zoom), and items that pad their own bounds so Qt need not adjust for antialiasing.

The legend is folded to a small "Legend" button in the bottom-left corner (a click opens it);
Fit to view keeps the map above whichever of the two is showing, so it covers no card.
"""

from __future__ import annotations

import math

from PySide6.QtCore import (
    QCoreApplication,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSizeF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QPixmap,
    QPixmapCache,
    QResizeEvent,
    QShowEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QWidget

from consensus_app.ui.map import palette
from consensus_app.ui.map.canvas_grid import paint_canvas
from consensus_app.ui.map.glyphs import ui_font
from consensus_app.ui.map.legend import legend_size, paint_legend
from consensus_app.ui.map.scene import MapScene

MIN_ZOOM, MAX_ZOOM = 0.1, 4.0
FIT_MAX_ZOOM = 1.5  # fitting a three-person map should not blow the cards up to poster size
FIT_MARGIN = 40  # view pixels around the map after fit_to_view
PAN_ROOM = 40000.0  # scene units of room around the map, so zoom can anchor anywhere
WHEEL_BASE = 1.0015  # zoom factor per wheel unit: one notch (120) is about ×1.2
LEGEND_OFFSET = 12
LEGEND_BUTTON = QSizeF(86, 26)  # the collapsed legend: a small "Legend" button in the corner
READABLE_ZOOM = 0.8  # centring on a card zooms in at least this far: its text is readable
SETTLE_MS = 150  # after the last zoom or pan step, redraw the lines antialiased


class MapView(QGraphicsView):
    sig_zoom_changed = Signal(float)

    def __init__(self, scene: MapScene | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._legend_visible = True
        self._legend_expanded = False  # collapsed to a button: it covers no card after a fit
        self._legend_pixmap: QPixmap | None = None
        self._legend_button_pixmap: tuple[tuple[str, float], QPixmap] | None = None
        self._panning = False
        self._pan_last = QPoint()
        self._space_held = False
        self._map_key: tuple[int, int] | None = None
        self._fit_pending = False
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._on_settled)
        # Room for the cards' pictures (500 at 1×, 100 at 2×: ~50 MB) and the cached pixmaps of a
        # 500-person map; Qt's default is 10 MB.
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), 96 * 1024))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
        self.setOptimizationFlags(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.ContainsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        # An endless canvas, as in Kumu or Miro: panning is by mouse, so scroll bars are noise.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setBackgroundBrush(QColor(palette.CANVAS_COLOR))
        if scene is not None:
            self.setScene(scene)

    # --- scene ----------------------------------------------------------------------------------

    def setScene(self, scene: QGraphicsScene | None) -> None:
        old = self.scene()
        if isinstance(old, MapScene):
            old.sceneRectChanged.disconnect(self._on_scene_rect_changed)
            old.sig_map_changed.disconnect(self._on_map_changed)
        super().setScene(scene)
        if isinstance(scene, MapScene):
            scene.sceneRectChanged.connect(self._on_scene_rect_changed)
            scene.sig_map_changed.connect(self._on_map_changed)
            self._on_scene_rect_changed(scene.sceneRect())
            scene.set_view_scale(self.zoom())

    def map_scene(self) -> MapScene:
        scene = self.scene()
        assert isinstance(scene, MapScene)
        return scene

    def _on_scene_rect_changed(self, rect: QRectF) -> None:
        # The view's rect is the scene's plus wide room, kept centred where the user was looking.
        center = self.mapToScene(self.viewport().rect().center())
        self.setSceneRect(rect.adjusted(-PAN_ROOM, -PAN_ROOM, PAN_ROOM, PAN_ROOM))
        self.centerOn(center)

    def _on_map_changed(self) -> None:
        pursuit_map = self.map_scene().pursuit_map
        key = (pursuit_map.account_id, pursuit_map.pursuit_id) if pursuit_map else None
        if key != self._map_key:  # another pursuit: show all of it; a rebuild keeps the user's view
            self._map_key = key
            self._fit_pending = True
            if self.isVisible():
                self.fit_to_view()
        self._settle.start()  # then, when idle, prepare what the first zoom will need

    # --- motion ---------------------------------------------------------------------------------

    def _moving(self, zooming: bool) -> None:
        """The map is moving: draw the fast way until it has been still for a moment.

        Panning keeps the item caches (cards are only shifted) but a diagonal pan exposes an
        L-shaped strip whose bounding rect is the whole view, so lines are redrawn: fast.
        """
        scene = self.scene()
        if isinstance(scene, MapScene):
            # A zoom stays a zoom until the map settles: its own scroll-bar adjustment (a "pan")
            # must not switch the item caches back on and off at every step.
            scene.set_interacting(True, zooming=zooming or scene.is_zooming())
            self._settle.start()

    def settle(self) -> None:
        """Draw at full quality now, as the view does SETTLE_MS after the last zoom or pan step."""
        self._settle.stop()
        self._on_settled()

    def _on_settled(self) -> None:
        scene = self.scene()
        if isinstance(scene, MapScene):
            scene.set_view_scale(self.zoom())  # close up, the cards draw themselves again
            scene.set_interacting(False)
            scene.prepare_pictures(self.mapToScene(self.viewport().rect().center()))

    # --- zoom -----------------------------------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, zoom: float, anchor: QPoint | None = None) -> None:
        """Zoom to `zoom` (clamped to 0.1–4), keeping the scene point under `anchor` (view coordinates)."""
        self._zoom_by(zoom / self.zoom(), anchor)

    def zoom_in(self) -> None:
        self._zoom_by(1.25, None)

    def zoom_out(self) -> None:
        self._zoom_by(1 / 1.25, None)

    def fit_to_view(self) -> None:
        """Show every card and line, with a margin (Ctrl+0 in the window)."""
        self._fit_pending = False
        scene = self.scene()
        if not isinstance(scene, MapScene):
            return
        rect = scene.content_rect()
        if rect.isEmpty():
            return
        rect = rect.united(scene.backdrop_rect())  # the grid's areas whole, not cut at the last card
        # The legend (or its button) sits in the bottom-left corner: keep the map above it.
        legend = self.legend_rect().height() + LEGEND_OFFSET if self._legend_visible else 0
        bottom = max(FIT_MARGIN, legend + 4)
        width = max(1, self.viewport().width() - 2 * FIT_MARGIN)
        height = max(1, self.viewport().height() - FIT_MARGIN - bottom)
        zoom = max(MIN_ZOOM, min(FIT_MAX_ZOOM, width / rect.width(), height / rect.height()))
        self.setTransform(QTransform.fromScale(zoom, zoom))
        # Centre the map in the area above the legend.
        shift = (bottom - FIT_MARGIN) / 2 / zoom
        self.centerOn(rect.center() + QPointF(0, shift))
        scene.set_view_scale(zoom)
        self.sig_zoom_changed.emit(zoom)

    def centre_on_card(self, stakeholder_id: int) -> None:
        """Centre the view on a person's card, zooming in first if its text would be too small."""
        item = self.map_scene().node_item(stakeholder_id)
        if self.zoom() < READABLE_ZOOM:
            self.set_zoom(1.0)
        self.centerOn(item)
        self.map_scene().set_view_scale(self.zoom())

    def _zoom_by(self, factor: float, anchor: QPoint | None) -> None:
        current = self.zoom()
        target = max(MIN_ZOOM, min(MAX_ZOOM, current * factor))
        if math.isclose(target, current, rel_tol=1e-9):
            return
        self._moving(zooming=True)
        point = anchor if anchor is not None else self.viewport().rect().center()
        before = self.mapToScene(point)
        self.scale(target / current, target / current)
        # Scroll so the scene point that was under the anchor is under it again.
        now = self.viewportTransform().map(before)
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + round(now.x() - point.x()))
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + round(now.y() - point.y()))
        # While zooming, the node layer draws every card (close up, from its picture) in one loop;
        # once the map settles, cards from LOD_BATCH up draw themselves again.
        self.map_scene().set_batched(True)
        self.sig_zoom_changed.emit(target)

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y()
        if delta == 0:
            event.ignore()
            return
        # Proportional to the wheel's delta: a notch is one step, a touchpad glides.
        self._zoom_by(WHEEL_BASE**delta, event.position().toPoint())
        event.accept()

    # --- legend ---------------------------------------------------------------------------------

    def is_legend_visible(self) -> bool:
        return self._legend_visible

    def set_legend_visible(self, visible: bool) -> None:
        self._legend_visible = visible
        self.viewport().update()

    def is_legend_expanded(self) -> bool:
        return self._legend_expanded

    def set_legend_expanded(self, expanded: bool) -> None:
        """Open the key (it then covers a corner of the map until closed) or fold it to its button."""
        self._legend_expanded = expanded
        self.viewport().update()

    def legend_rect(self) -> QRectF:
        """Where the legend, or its button when collapsed, sits in the viewport (bottom-left)."""
        size = self._legend().deviceIndependentSize() if self._legend_expanded else self._legend_button_size()
        top = self.viewport().height() - size.height() - LEGEND_OFFSET
        return QRectF(QPointF(LEGEND_OFFSET, top), size)

    def _legend_button_text(self) -> str:
        legend = QCoreApplication.translate("MapCard", "Legend")
        return f"{legend} ▴" if not self._legend_expanded else f"{legend} ▾"

    def _legend_button_size(self) -> QSizeF:
        """As wide as its word needs in the window's language ("Legend", "راهنمای نقشه")."""
        words = QFontMetricsF(ui_font(12, bold=True)).horizontalAdvance(self._legend_button_text())
        return QSizeF(max(LEGEND_BUTTON.width(), words + 24), LEGEND_BUTTON.height())

    def _legend_button(self) -> QPixmap:
        # Painted once into a pixmap: an antialiased rounded box and a word cost ~0.3 ms every frame.
        ratio = self.devicePixelRatioF()
        text = self._legend_button_text()
        key = (text, ratio)
        if self._legend_button_pixmap is None or self._legend_button_pixmap[0] != key:
            size = self._legend_button_size()
            pixmap = QPixmap(math.ceil(size.width() * ratio), math.ceil(size.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            self._paint_legend_button(painter, QRectF(QPointF(0, 0), size))
            painter.end()
            self._legend_button_pixmap = (key, pixmap)
        return self._legend_button_pixmap[1]

    def _paint_legend_button(self, painter: QPainter, rect: QRectF) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(QColor("#C8CCD2"), 1.0))
        painter.setBrush(QColor(255, 255, 255, 236))
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        painter.setPen(QColor(palette.INK))
        painter.setFont(ui_font(12, bold=True))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self._legend_button_text())

    def _legend(self) -> QPixmap:
        # Painted once into a pixmap: the legend is ~30 text runs and must not cost every frame.
        ratio = self.devicePixelRatioF()
        if self._legend_pixmap is None or self._legend_pixmap.devicePixelRatio() != ratio:
            size = legend_size()
            pixmap = QPixmap(math.ceil(size.width() * ratio), math.ceil(size.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            paint_legend(painter, QPointF(0, 0))
            painter.end()
            self._legend_pixmap = pixmap
        return self._legend_pixmap

    # --- painting -------------------------------------------------------------------------------

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        scene = self.scene()
        rect = QRectF(rect)
        zoom = self.zoom()
        if isinstance(scene, MapScene):
            scene.begin_frame()
            lines = scene.edge_layer()
            # While zooming over many lines: the canvas and lines from ready-made tiles.
            ratio = self.devicePixelRatioF()
            if lines.paint_backdrop(painter, rect, zoom, ratio):
                return
            if not scene.interacting:
                lines.plan_tiles(rect, zoom, ratio)  # made in idle time, for the next zoom
        paint_canvas(painter, rect, zoom)

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        if not self._legend_visible:
            return
        painter.save()
        painter.resetTransform()  # the legend stays put in viewport coordinates while the map moves
        if self._legend_expanded:
            painter.drawPixmap(self.legend_rect().topLeft(), self._legend())
        else:
            painter.drawPixmap(self.legend_rect().topLeft(), self._legend_button())
        painter.restore()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self._moving(zooming=False)
        if self._legend_visible:  # Qt scrolls pixels; the fixed legend would be dragged along
            self.viewport().update()

    # --- mouse and keyboard ---------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if (
            self._legend_visible
            and event.button() == Qt.MouseButton.LeftButton
            and self.legend_rect().contains(event.position())
        ):  # the legend is a button: a click folds or unfolds it, and never reaches the map
            self.set_legend_expanded(not self._legend_expanded)
            event.accept()
            return
        if event.button() == Qt.MouseButton.MiddleButton or (
            event.button() == Qt.MouseButton.LeftButton and self._space_held
        ):
            self._panning = True
            self._pan_last = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._panning:
            pos = event.position().toPoint()
            delta = pos - self._pan_last
            self._pan_last = pos
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._panning and event.button() in (Qt.MouseButton.MiddleButton, Qt.MouseButton.LeftButton):
            self._panning = False
            self._restore_cursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space:
            if not event.isAutoRepeat():
                self._space_held = True
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space:
            if not event.isAutoRepeat():
                self._space_held = False
                self._restore_cursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def _restore_cursor(self) -> None:
        if self._space_held:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.viewport().unsetCursor()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._space_held = False  # the key release may go to another window
        self._restore_cursor()
        super().focusOutEvent(event)

    # --- geometry -------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fit_pending:
            self.fit_to_view()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit_pending and self.isVisible():
            self.fit_to_view()
