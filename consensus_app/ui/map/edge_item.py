"""A line between two cards: a reporting line or an informal relationship.

Lines start and end at the card borders (not the centres) so arrow heads stay visible,
and several lines between the same two people bend apart instead of overlapping. In the org
chart a reporting line to a manager above is an elbow through the gaps between rows, so it
never runs under another card (core/layout_common.reporting_elbow); other layouts, whose cards
are not in rows with free columns, draw it straight.
Geometry is computed when a card moves, never while painting.

An EdgeItem is what the user hovers, clicks and selects. It paints itself only while it
is selected or belongs to a hovered or selected card; otherwise the scene's EdgeLayer draws
it with all the others in a few batched calls (2,500 Python paint calls a frame cost more
than the whole frame budget).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from consensus_app.core.layout_common import Box, reporting_elbow
from consensus_app.core.pursuit_map import EdgeKind, MapEdge
from consensus_app.core.relationship_kinds import kind_info
from consensus_app.ui.map import palette
from consensus_app.ui.map.glyphs import arrow_length, arrow_polygon
from consensus_app.ui.map.node_item import NodeItem

if TYPE_CHECKING:
    from consensus_app.ui.map.edge_layer import EdgeLayer

LOD_SIMPLE = 0.35  # below this scale: thin solid lines, no arrow heads (they would be sub-pixel)
BEND_STEP = 30.0  # distance between parallel lines at their middle, in scene units
FADED, DIMMED = 0.5, 0.12  # opacity of lines to non-members, and of lines dimmed by a highlight

GroupKey = tuple[EdgeKind, int, float]


def _unit(dx: float, dy: float) -> QPointF:
    length = math.hypot(dx, dy) or 1.0
    return QPointF(dx / length, dy / length)


def clip_to_rect(rect: QRectF, toward: QPointF) -> QPointF:
    """Where the ray from the rect's centre toward `toward` leaves the rect."""
    c = rect.center()
    dx, dy = toward.x() - c.x(), toward.y() - c.y()
    if dx == 0 and dy == 0:
        return c
    hw, hh = rect.width() / 2 + 1.5, rect.height() / 2 + 1.5  # a hair outside the border
    t = min(hw / abs(dx) if dx else math.inf, hh / abs(dy) if dy else math.inf)
    return QPointF(c.x() + dx * t, c.y() + dy * t)


def _box(rect: QRectF) -> Box:
    return (rect.x(), rect.y(), rect.width(), rect.height())


def arrow_points(tip: QPointF, direction: QPointF, width: float) -> QPolygonF:
    """The arrow head (triangle: tip, left, right) for a line of `width`."""
    return arrow_polygon(tip, direction, arrow_length(width), 3.6 + width * 0.9)


def cross_lines(middle: QPointF, width: float) -> tuple[QLineF, QLineF]:
    """The × marking a conflict, at the middle of its line."""
    m, r = middle, 4.5 + width
    return (
        QLineF(m.x() - r, m.y() - r, m.x() + r, m.y() + r),
        QLineF(m.x() - r, m.y() + r, m.x() + r, m.y() - r),
    )


class EdgeItem(QGraphicsItem):
    """A line from `source` to `target`; for reports_to the target is the manager."""

    def __init__(
        self, edge: MapEdge, source: NodeItem, target: NodeItem, bend: float = 0.0, elbow: bool = False
    ) -> None:
        super().__init__()
        self.elbow = elbow  # an org chart's reporting line: the elbow through the gaps between rows
        self.edge = edge
        self.kind = EdgeKind(edge.kind)
        self.source = source
        self.target = target
        self.bend = bend  # signed offset of the curve's middle, relative to the lower id -> higher id
        self.relationship_id = edge.relationship_id
        self.style = palette.EDGE_STYLES[self.kind]
        self.strength = max(1, min(3, edge.strength))
        self.layer: EdgeLayer | None = None
        self.path = QPainterPath()
        self.arrow: QPolygonF | None = None  # at the layer's (not emphasised) width
        self.cross: tuple[QLineF, QLineF] | None = None
        self._shape: QPainterPath | None = None
        self._bounds = QRectF()
        self._tip = QPointF()
        self._direction = QPointF(1, 0)
        self._middle = QPointF()
        self._dimmed = False
        self._alone = False  # drawn by itself (selected or emphasised), not by the layer
        source.edges.append(self)
        target.edges.append(self)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
        if self.relationship_id is not None:
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        else:  # reporting lines come from the people's records; clicks go to the canvas
            self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._apply_opacity()
        self.update_geometry()

    def tooltip(self) -> str:
        """Shown by MapScene.helpEvent (built on demand: 2,500 tooltips up front slow set_map)."""
        info = kind_info(self.kind)
        text = info.sentence.format(a=self.source.node.name, b=self.target.node.name)
        if info.fixed_strength is not None:  # reporting lines have no strength of their own
            return text
        return (
            text + " · " + QCoreApplication.translate("MapCard", "strength {n} of 3").format(n=self.strength)
        )

    # --- geometry ---------------------------------------------------------------------------

    def update_geometry(self) -> None:
        """Recompute the line from the cards' current places (called when either card moves)."""
        old_bounds, old_path = QRectF(self._bounds), self.path
        self.prepareGeometryChange()
        self._shape = None
        self._compute()
        if self.layer is not None:
            self.layer.edge_changed(self, old_bounds, old_path)

    def _compute(self) -> None:
        src_rect, dst_rect = self.source.scene_card_rect(), self.target.scene_card_rect()
        s, t = src_rect.center(), dst_rect.center()
        path = QPainterPath()
        self.arrow = self.cross = None
        if src_rect.intersects(dst_rect) or self.source is self.target:
            self.path, self._bounds = path, QRectF()  # overlapping cards: a line would run backwards
            return
        route = reporting_elbow(_box(src_rect), _box(dst_rect)) if self.draws_elbow() else None
        control: QPointF | None = None
        if route is not None:  # manager above: the org chart's elbow, through the gaps between cards
            start, end = QPointF(*route[0]), QPointF(*route[-1])
            before = route[-2]
            direction = _unit(end.x() - before[0], end.y() - before[1])
        elif self.bend:
            # The normal of the lower id -> higher id direction, so opposite edges bend apart too.
            flip = -1.0 if self.source.stakeholder_id > self.target.stakeholder_id else 1.0
            d = _unit(t.x() - s.x(), t.y() - s.y())
            control = QPointF(
                (s.x() + t.x()) / 2 - d.y() * self.bend * flip * 2,
                (s.y() + t.y()) / 2 + d.x() * self.bend * flip * 2,
            )
            assert control is not None
            start, end = clip_to_rect(src_rect, control), clip_to_rect(dst_rect, control)
            direction = _unit(end.x() - control.x(), end.y() - control.y())
        else:
            control = None
            start, end = clip_to_rect(src_rect, t), clip_to_rect(dst_rect, s)
            direction = _unit(end.x() - start.x(), end.y() - start.y())
        width = palette.line_width(self.kind, self.strength)
        line_end = end
        if self.style.arrow:  # stop under the arrow head, so a thick line never pokes through its tip
            back = arrow_length(width) * 0.7
            line_end = QPointF(end.x() - direction.x() * back, end.y() - direction.y() * back)
            self.arrow = arrow_points(end, direction, width)
        path.moveTo(start)
        for corner in route[1:-1] if route is not None else ():
            path.lineTo(*corner)
        if control is None:
            path.lineTo(line_end)
        else:
            path.quadTo(control, line_end)
        self.path = path
        self._tip, self._direction = end, direction
        self._middle = path.pointAtPercent(0.5)
        if self.style.cross:
            self.cross = cross_lines(self._middle, width)
        self._bounds = path.boundingRect().united(QRectF(end, end)).adjusted(-16, -16, 16, 16)

    def draws_elbow(self) -> bool:
        return self.elbow and self.kind is EdgeKind.REPORTS_TO

    def set_elbow(self, elbow: bool) -> None:
        """Org chart (True) or another layout: reporting lines as elbows or straight."""
        if elbow != self.elbow:
            self.elbow = elbow
            if self.kind is EdgeKind.REPORTS_TO:
                self.update_geometry()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        if self._shape is None:  # built on demand: only hit tests and rubber bands need it
            stroker = QPainterPathStroker()
            stroker.setWidth(10.0)
            self._shape = stroker.createStroke(self.path)
        return self._shape

    # --- state ------------------------------------------------------------------------------

    def opacity_class(self) -> float:
        """The line's opacity: faded to non-members, dimmed by a highlight."""
        base = 1.0 if self.source.node.on_committee and self.target.node.on_committee else FADED
        return base * (DIMMED if self._dimmed else 1.0)

    def group_key(self) -> GroupKey | None:
        """The layer's batch for this line, or None while it draws itself or has no line."""
        if self._alone or self.path.isEmpty():
            return None
        return (self.kind, self.strength, self.opacity_class())

    def set_dimmed(self, dimmed: bool) -> None:
        if dimmed != self._dimmed:
            self._dimmed = dimmed
            self._apply_opacity()
            if self.layer is not None:
                self.layer.edge_changed(self)

    def refresh(self) -> None:
        """Hand the line to the layer or take it back when selection or hover changed."""
        self.setZValue(1 if self.isSelected() else 0)
        alone = self.isSelected() or self.source.is_emphasised() or self.target.is_emphasised()
        if alone != self._alone:
            self._alone = alone
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, not alone)
            if self.layer is not None:
                self.layer.edge_changed(self)
        self.update()

    def _apply_opacity(self) -> None:
        self.setOpacity(self.opacity_class())

    # --- painting (only while selected or emphasised) ----------------------------------------

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self.path.isEmpty():
            return
        exporting = bool(getattr(self.scene(), "exporting", False))
        emphasised = not exporting and (self.source.is_emphasised() or self.target.is_emphasised())
        pens = palette.edge_pens(self.kind, self.strength, emphasised)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.isSelected() and not exporting:
            painter.setPen(pens.halo)
            painter.drawPath(self.path)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod < LOD_SIMPLE:
            painter.setPen(pens.simple)
            painter.drawPath(self.path)
            return
        painter.setPen(pens.line)
        painter.drawPath(self.path)
        if pens.core is not None:
            painter.setPen(pens.core)
            painter.drawPath(self.path)
        width = pens.line.widthF() if pens.core is None else palette.line_width(self.kind, self.strength)
        if self.style.arrow:
            head = arrow_points(self._tip, self._direction, width)
            if self.style.arrow == "open":
                painter.setPen(pens.marker)
                painter.drawPolyline(QPolygonF([head.at(1), head.at(0), head.at(2)]))
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(pens.line.color())
                painter.drawPolygon(head)
        if self.style.cross:
            painter.setPen(pens.marker)
            painter.drawLines(list(cross_lines(self._middle, width)))


def assign_bends(edges: list[MapEdge]) -> list[float]:
    """A bend per edge: 0 when alone between its two people, else spread symmetrically (…, -1, 0, 1, …)."""
    groups: dict[tuple[int, int], list[int]] = {}
    for index, edge in enumerate(edges):
        key = (min(edge.source_id, edge.target_id), max(edge.source_id, edge.target_id))
        groups.setdefault(key, []).append(index)
    bends = [0.0] * len(edges)
    for members in groups.values():
        if len(members) > 1:
            n = len(members)
            for slot, index in enumerate(members):
                bends[index] = (slot - (n - 1) / 2) * BEND_STEP
    return bends
