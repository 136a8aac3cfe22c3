"""One stakeholder on the map: a card with name, title, function, stance, profile and approver mark.

The card is drawn by hand (no child items, no effects) and cached per device resolution,
so panning and dragging do not repaint it. Zoomed out (below card.LOD_BATCH) the cards are
drawn in batches by NodeLayer; a card then paints itself only while it needs to look
different from the others (hovered, selected, highlighted, a drop target).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneHoverEvent, QStyleOptionGraphicsItem, QWidget

from consensus_app.core.pursuit_map import MapNode
from consensus_app.ui.map import palette
from consensus_app.ui.map.card import (
    CARD_HEIGHT,
    LOD_BATCH,
    LOD_BLOCK,
    RADIUS,
    card_look,
    card_paths,
    card_rect,
    find_sprite,
    make_sprite,
    paint_card,
    sprite_rect,
    sprite_scale,
    tooltip_html,
)

if TYPE_CHECKING:
    from consensus_app.ui.map.edge_item import EdgeItem
    from consensus_app.ui.map.node_layer import NodeLayer

HANDLE_RADIUS = 6.5
PAD = 9.0  # room around the card for rings, shadow and the connector handle
MEMBER_OPACITY, OUTSIDER_OPACITY, DIM_FACTOR = 1.0, 0.55, 0.22
LEFT_OPACITY = 0.35

_FLAG = QGraphicsItem.GraphicsItemFlag
_POSITION_CHANGED = QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged
_SELECTION_CHANGED = QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged


class NodeItem(QGraphicsItem):
    """A stakeholder card. Its position is the card's centre, in scene coordinates."""

    def __init__(self, node: MapNode) -> None:
        super().__init__()
        self.node = node
        self.stakeholder_id = node.stakeholder_id
        self.edges: list[EdgeItem] = []
        self.layer: NodeLayer | None = None
        self.on_moved: Callable[[], None] | None = None  # an overlay that follows this card
        self.look = card_look(node)
        self.width, self.height = self.look.width, self.look.height
        self._card = card_paths(self.width, self.height).card
        self._bounds = self.card_rect().adjusted(-PAD, -PAD, PAD + HANDLE_RADIUS, PAD)
        self._hovered = False
        self._on_handle = False
        self._drop_target = False
        self._connecting = False
        self._highlight: str | None = None  # "ring", "dim" or None
        self._batched = False  # zoomed out: the layer draws this card unless it stands out
        self.setFlags(_FLAG.ItemIsMovable | _FLAG.ItemIsSelectable | _FLAG.ItemSendsGeometryChanges)
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(10)
        self._apply_opacity()

    # --- geometry -----------------------------------------------------------------------

    def card_rect(self) -> QRectF:
        return card_rect(self.width, self.height)

    def scene_card_rect(self) -> QRectF:
        return self.card_rect().translated(self.pos())

    def handle_center(self) -> QPointF:
        # Just outside the card's right border, over none of its text (a right-to-left name
        # ends there).
        return QPointF(self.width / 2 + HANDLE_RADIUS - 0.5, 0.0)

    def hits_handle(self, item_pos: QPointF) -> bool:
        d = item_pos - self.handle_center()
        return d.x() * d.x() + d.y() * d.y() <= (HANDLE_RADIUS + 3) ** 2

    def boundingRect(self) -> QRectF:
        return self._bounds  # asked for several times a frame per card: computed once

    def shape(self) -> QPainterPath:
        path = QPainterPath(self._card)
        path.addEllipse(self.handle_center(), HANDLE_RADIUS + 3, HANDLE_RADIUS + 3)
        return path

    # --- state ----------------------------------------------------------------------------

    def set_node(self, node: MapNode) -> None:
        """The same person after an edit: redraw this card (and its lines if its width changed)."""
        look = card_look(node)
        self.node = node
        if look == self.look:
            return
        self.look = look
        if (look.width, look.height) != (self.width, self.height):
            self.prepareGeometryChange()
            self.width, self.height = look.width, look.height
            self._card = card_paths(self.width, self.height).card
            self._bounds = self.card_rect().adjusted(-PAD, -PAD, PAD + HANDLE_RADIUS, PAD)
            for edge in self.edges:
                edge.update_geometry()
        self._apply_opacity()
        self._changed()

    def prepare_picture(self, scale: float = 1.0) -> None:
        """Make the card's zooming picture at `scale` ahead of time (MapScene calls this when idle)."""
        alpha = round(self.opacity_class(), 3)
        if find_sprite(self.look, scale, alpha) is None:
            make_sprite(self.look, scale, alpha)

    def tooltip(self) -> str:
        """Shown by MapScene.helpEvent (built on demand: 500 rich-text tooltips up front slow set_map)."""
        return tooltip_html(self.node)

    def opacity_class(self) -> float:
        base = MEMBER_OPACITY if self.node.on_committee else OUTSIDER_OPACITY
        if self.node.left_on is not None:
            base = LEFT_OPACITY  # left the company: still there for the history, barely
        return base * (DIM_FACTOR if self._highlight == "dim" else 1.0)

    def stands_out(self) -> bool:
        """Drawn by itself even when zoomed out: it looks different from the batch."""
        return (
            self._hovered
            or self.isSelected()
            or self._highlight == "ring"
            or self._drop_target
            or self._connecting
        )

    def is_emphasised(self) -> bool:
        """Hovered or selected: its lines are drawn stronger so the user sees who it is tied to."""
        return self._hovered or self.isSelected()

    def is_highlighted(self) -> bool:
        return self._highlight == "ring"

    def set_batched(self, batched: bool) -> None:
        """Zoomed out (True): let the layer draw this card whenever it does not stand out."""
        self._batched = batched
        self._sync_batching()

    def set_highlight(self, state: str | None) -> None:
        if state != self._highlight:
            self._highlight = state
            self._apply_opacity()
            self._changed()

    def set_drop_target(self, on: bool) -> None:
        if on != self._drop_target:
            self._drop_target = on
            self._changed()

    def set_connecting(self, on: bool) -> None:
        """While a connection is dragged from this card, keep its handle shown."""
        self._connecting = on
        self._changed()

    def _apply_opacity(self) -> None:
        self.setOpacity(self.opacity_class())

    def _sync_batching(self) -> None:
        self.setFlag(_FLAG.ItemHasNoContents, self._batched and not self.stands_out())

    def _changed(self) -> None:
        """Look changed: repaint, and move between the layer's batches and drawing alone."""
        self._sync_batching()
        if self.layer is not None:
            self.layer.node_changed(self)
        self.update()

    # --- Qt events --------------------------------------------------------------------------

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        # Called for every property change; the base class only returns `value`, so skip it.
        if change == _POSITION_CHANGED:
            for edge in self.edges:
                edge.update_geometry()
            if self.on_moved is not None:
                self.on_moved()
            if self.layer is not None:
                self.layer.node_changed(self)
        elif change == _SELECTION_CHANGED:
            self.setZValue(12 if value else 10)
            for edge in self.edges:
                edge.refresh()
            self._changed()
        return value

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hovered = True
        self.setZValue(13)
        for edge in self.edges:
            edge.refresh()
        self._changed()
        super().hoverEnterEvent(event)

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        on_handle = self.hits_handle(event.pos())
        if on_handle != self._on_handle:
            self._on_handle = on_handle
            if on_handle:
                self.setCursor(Qt.CursorShape.CrossCursor)
            else:
                self.unsetCursor()
            self.update()
        super().hoverMoveEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hovered = False
        self._on_handle = False
        self.unsetCursor()
        self.setZValue(12 if self.isSelected() else 10)
        for edge in self.edges:
            edge.refresh()
        self._changed()
        super().hoverLeaveEvent(event)

    # --- painting ---------------------------------------------------------------------------

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        exporting = bool(getattr(self.scene(), "exporting", False))
        rect = self.card_rect()
        if self._highlight == "ring":  # a highlighter-pen halo under the card
            painter.setPen(QPen(QColor(palette.HIGHLIGHT_RING), 1.2 if lod >= LOD_BLOCK else 2.0 / lod))
            painter.setBrush(QColor(palette.HIGHLIGHT_COLOR))
            painter.drawRoundedRect(rect.adjusted(-7, -7, 7, 7), RADIUS + 5, RADIUS + 5)
        scene = self.scene()
        scale = sprite_scale(lod) if lod >= LOD_BATCH and not self._hovered else None
        if scale is not None and getattr(scene, "interacting", False):
            self._paint_zooming(painter, scene, scale)
        else:
            paint_card(painter, self.look, lod, self._hovered and not exporting)
        if exporting:
            return
        if self.isSelected():
            # Far out the ring keeps a fixed on-screen width, so a selected block still shows it.
            pen = QPen(QColor(palette.SELECTION_COLOR), 2.2 if lod >= LOD_BLOCK else 2.5 / lod)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-4, -4, 4, 4), RADIUS + 3, RADIUS + 3)
        if self._drop_target:
            pen = QPen(QColor(palette.SELECTION_COLOR), 3.0)
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-5, -5, 5, 5), RADIUS + 4, RADIUS + 4)
        if (self._hovered or self._connecting) and lod >= LOD_BLOCK:
            painter.setPen(QPen(QColor(palette.SELECTION_COLOR if self._on_handle else "#5A5A5A"), 1.4))
            painter.setBrush(QColor("#FFFFFF"))
            center = self.handle_center()
            painter.drawEllipse(center, HANDLE_RADIUS, HANDLE_RADIUS)
            painter.drawLine(center + QPointF(-3, 0), center + QPointF(3, 0))
            painter.drawLine(center + QPointF(0, -3), center + QPointF(0, 3))

    def _paint_zooming(self, painter: QPainter, scene: Any, scale: float) -> None:
        """While zooming: scale the card's ready-made picture down (unsmoothed: 5× cheaper).

        Pictures are made within a small budget per frame (scene.sprite_budget), so crossing into
        text range does not stall one frame on a hundred cards: until its picture exists a card
        shows a smaller picture, or no text. The view redraws it crisp once it stops.
        """
        alpha = round(self.opacity_class(), 3)  # the card's opacity, baked into its picture
        sprite = find_sprite(self.look, scale, alpha)
        if sprite is None and getattr(scene, "sprite_budget", 1) > 0:
            scene.sprite_budget -= 1
            sprite = make_sprite(self.look, scale, alpha)
        if sprite is None and scale > 1.0:
            sprite = find_sprite(self.look, 1.0, alpha)
        if sprite is None:  # the zoomed-out card without its text, quickly
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            paint_card(painter, self.look, LOD_BLOCK + 0.01, moving=True)
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        opacity = painter.opacity()
        painter.setOpacity(1.0)  # an opaque picture is copied, not blended
        painter.drawPixmap(sprite_rect(self.look), sprite, QRectF(sprite.rect()))
        painter.setOpacity(opacity)


__all__ = ["CARD_HEIGHT", "HANDLE_RADIUS", "NodeItem"]
