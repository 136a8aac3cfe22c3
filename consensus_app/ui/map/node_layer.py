"""Zoomed out, draws every ordinary card in batches: one set of paths per stance and opacity.

At overview zoom all 500 cards are on screen, and every zoom step invalidates each card's
cached pixmap: 500 Python paint calls a frame is three times a 60 fps budget. The layer
draws the same cards (card.py's shapes: body, stance band, border, badge, seal) as a dozen
combined paths instead, and, when the map stands still, each visible card's name
(far_names.py). Closer (card.LOD_BATCH and above) it hides and the cards draw themselves,
text included, except while the map zooms: the layer then copies each card's ready-made
picture itself, in one loop (500 cards' own paint calls, and the view's work around each,
cost three times as much).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from consensus_app.ui.map import palette
from consensus_app.ui.map.batch_layer import BatchLayer
from consensus_app.ui.map.card import (
    LOD_BATCH,
    LOD_BLOCK,
    TEXT_COLORS,
    border_pen,
    card_colors,
    card_paths,
    find_sprite,
    layer_badge,
    layer_seal,
    make_sprite,
    paint_card,
    sprite_rect,
    sprite_scale,
)
from consensus_app.ui.map.far_names import paint_far_name
from consensus_app.ui.map.node_item import NodeItem

BatchKey = tuple[float, int | None]  # opacity, stance (None: not on the committee)
MARGIN = 1000.0
GROUPS = ("mobilizer", "talker", "blocker", "unknown")


@dataclass
class _Batch:
    nodes: dict[NodeItem, None] = field(default_factory=dict)  # an ordered set
    paths: dict[str, QPainterPath] = field(default_factory=dict)


class NodeLayer(BatchLayer):
    def __init__(self) -> None:
        super().__init__(z=5)  # over every line, under the cards that draw themselves
        self._batches: dict[BatchKey, _Batch] = {}
        self._key_of: dict[NodeItem, BatchKey | None] = {}
        self._dirty: set[BatchKey] = set()
        self._rect_of: dict[NodeItem, QRectF] = {}  # where each card was last drawn
        self.setVisible(False)

    def set_nodes(self, nodes: list[NodeItem]) -> None:
        self._batches.clear()
        self._key_of.clear()
        self._rect_of.clear()
        rect = QRectF()
        for node in nodes:
            node.layer = self
            key = _key(node)
            self._key_of[node] = key
            if key is not None:
                self._batches.setdefault(key, _Batch()).nodes[node] = None
            self._rect_of[node] = node.sceneBoundingRect()
            rect = rect.united(self._rect_of[node])
        self._dirty = set(self._batches)
        self.prepareGeometryChange()
        self._bounds = rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        self.update()

    def add_node(self, node: NodeItem) -> None:
        """A card drawn from now on (someone added after the rebuild)."""
        node.layer = self
        self.node_changed(node)

    def forget_node(self, node: NodeItem) -> None:
        """A card no longer on the canvas: out of its batch, and its place repainted."""
        key = self._key_of.pop(node, None)
        if key is not None and key in self._batches:
            self._batches[key].nodes.pop(node, None)
            self._dirty.add(key)
        rect = self._rect_of.pop(node, None)
        node.layer = None
        if rect is not None:
            self.update(rect)

    def node_changed(self, node: NodeItem) -> None:
        """A card moved or changed how it looks: rebuild the batches it leaves and joins."""
        old_key, new_key = self._key_of.get(node), _key(node)
        if old_key is not None:
            self._dirty.add(old_key)
            if old_key != new_key:
                self._batches[old_key].nodes.pop(node, None)
        if new_key is not None:
            self._dirty.add(new_key)
            self._batches.setdefault(new_key, _Batch()).nodes[node] = None
        self._key_of[node] = new_key
        rect = node.sceneBoundingRect()
        if not self._bounds.contains(rect):
            self.prepareGeometryChange()
            self._bounds = self._bounds.united(rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        if self.isVisible():  # repaint where the card was and where it is
            old_rect = self._rect_of.get(node)
            if old_rect is not None and old_rect != rect:
                self.update(old_rect)
            self.update(rect)
        self._rect_of[node] = rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        for key in self._dirty:
            if key in self._batches:
                _fill(self._batches[key])
        self._dirty.clear()
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod >= LOD_BATCH:  # zooming close up (the view batches every card while it zooms)
            self._paint_pictures(painter, option.exposedRect, lod)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, not self.fast)
        for (alpha, stance), batch in sorted(self._batches.items(), key=lambda item: item[0][0]):
            if not batch.nodes:
                continue
            fade = partial(palette.on_canvas, alpha=alpha)  # faded cards in opaque colours
            if lod < LOD_BLOCK:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(fade(card_colors(stance)["band"]))
                painter.drawPath(batch.paths["block"])
                continue
            _paint_cards(painter, batch.paths, stance, fade, moving=self.zooming)
            if not self.zooming:
                exposed = option.exposedRect
                ink = fade(TEXT_COLORS[0])
                for node in batch.nodes:
                    if self._rect_of[node].intersects(exposed):
                        look = node.look
                        area = look.name_area.translated(node.pos())
                        wide = look.name_wide.translated(node.pos())
                        paint_far_name(painter, look.name, area, lod, ink, look.rtl, wide)

    def _paint_pictures(self, painter: QPainter, exposed: QRectF, lod: float) -> None:
        """Each card on screen from its ready-made picture (as NodeItem draws itself while zooming).

        Pictures are made within the frame's budget (scene.sprite_budget); a card without one
        shows a smaller picture, or is drawn without its text. Still, cards are drawn in full.
        """
        scale = sprite_scale(lod) if self.zooming else None
        scene = self.scene()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        for (alpha, _stance), batch in sorted(self._batches.items(), key=lambda item: item[0][0]):
            faded = round(alpha, 3)
            for node in batch.nodes:
                if not self._rect_of[node].intersects(exposed):
                    continue
                sprite = _picture(node.look, scale, faded, scene) if scale is not None else None
                if sprite is not None:  # opaque: copied, not blended
                    painter.drawPixmap(
                        sprite_rect(node.look).translated(node.pos()), sprite, QRectF(sprite.rect())
                    )
                    continue
                painter.save()
                painter.translate(node.pos())
                painter.setOpacity(faded)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, scale is None)
                paint_card(
                    painter, node.look, lod if scale is None else LOD_BLOCK + 0.01, moving=scale is not None
                )
                painter.restore()


def _picture(look: Any, scale: float, alpha: float, scene: Any) -> QPixmap | None:
    """The card's picture at `scale`, made now if the frame's budget allows, else a smaller one."""
    sprite = find_sprite(look, scale, alpha)
    if sprite is None and getattr(scene, "sprite_budget", 1) > 0:
        scene.sprite_budget -= 1
        sprite = make_sprite(look, scale, alpha)
    if sprite is None and scale > 1.0:
        sprite = find_sprite(look, 1.0, alpha)
    return sprite


def _paint_cards(
    painter: QPainter,
    paths: dict[str, QPainterPath],
    stance: int | None,
    fade: Callable[[QColor], QColor],
    moving: bool,
) -> None:
    """Body, stance band, border, badges and seal; while the map zooms, no border or badge outlines.

    Each combined path costs about the same to fill whatever is on screen (a millisecond for
    500 cards), so a moving frame draws what tells people apart (stance, profile, approver) and
    leaves the outline (and the names) to the still frame that follows.
    """
    colors = card_colors(stance)
    painter.setPen(Qt.PenStyle.NoPen)  # no shadow: at this size it is a pixel, and the costliest fill
    painter.setBrush(fade(colors["fill"]))
    painter.drawPath(paths["body"])
    painter.setBrush(fade(colors["band"]))
    painter.drawPath(paths["band"])
    if not moving:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        border = QPen(border_pen(stance))
        border.setColor(fade(border.color()))
        painter.setPen(border)
        painter.drawPath(paths["card"])
    for group in GROUPS:
        path = paths.get(f"badge:{group}")
        if path is not None:  # moving: the badge's shape filled, without its outline (a costly stroke)
            painter.setPen(
                Qt.PenStyle.NoPen if moving else QPen(fade(QColor(palette.BADGE_LINE[group])), 1.3)
            )
            painter.setBrush(fade(QColor(palette.BADGE_FILL[group])))
            painter.drawPath(path)
    if "seal" in paths:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fade(QColor(palette.APPROVER_FILL)))
        painter.drawPath(paths["seal"])


def _key(node: NodeItem) -> BatchKey | None:
    return None if node.stands_out() else (node.opacity_class(), node.look.stance)


def _fill(batch: _Batch) -> None:
    """(Re)build a batch's combined paths from its cards' current places."""
    paths: dict[str, QPainterPath] = {name: QPainterPath() for name in ("card", "body", "band", "block")}
    for node in batch.nodes:
        x, y = node.x(), node.y()
        shapes = card_paths(node.width, node.height)
        look = node.look
        paths["card"].addPath(shapes.card.translated(x, y))
        paths["body"].addPath(shapes.body.translated(x, y))
        paths["band"].addPath(shapes.band.translated(x, y))
        paths["block"].addPath(shapes.block.translated(x, y))
        paths.setdefault(f"badge:{look.group}", QPainterPath()).addPath(layer_badge(look).translated(x, y))
        if look.approver:
            paths.setdefault("seal", QPainterPath()).addPath(layer_seal(look).translated(x, y))
    for path in paths.values():
        path.setFillRule(Qt.FillRule.WindingFill)  # overlapping cards must not punch holes in each other
    batch.paths = paths
