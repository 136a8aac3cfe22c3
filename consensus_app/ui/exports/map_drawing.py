"""The map of an export drawn straight from its data: cards and lines painted with QPainter.

The window's MapScene holds 3,000 graphics items for a 500-person map (cards, lines, layers),
each made with its hover, selection and cache machinery; an export only draws them once, and
building them took longer than drawing the file. `MapDrawing` keeps what the scene would draw
(each card's look, place and opacity; each line's path, arrow head and cross, in the batches
the scene's line layer draws) and paints it as `QGraphicsScene.render` would: the same
transform and clip, the same order (grid backdrop, lines by batch with the fainter first,
cards in the map's order), the same culling to the area drawn. An SVG gets one path per batch
of lines instead of one per line (the viewer strokes them alike, and the file is a fraction of
the size); PDFs and bitmaps stroke line by line, as the window does.

Zoomed out below card.LOD_BATCH (a small preview, a huge map on one page), the cards look
as the window's batched layer draws them: the drawing then renders a scene built for it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPaintEngine, QPainter, QPainterPath, QPolygonF
from PySide6.QtWidgets import QGraphicsScene, QStyleOptionGraphicsItem

from consensus_app.core.layout_common import Box, reporting_elbow
from consensus_app.core.layouts import LayoutName
from consensus_app.core.pursuit_map import EdgeKind, MapEdge, MapNode, Point
from consensus_app.exporters.map_source import MapSource
from consensus_app.ui.map import palette
from consensus_app.ui.map.card import LOD_BATCH, CardLook, card_look, card_rect, paint_card
from consensus_app.ui.map.edge_item import FADED, arrow_points, assign_bends, cross_lines
from consensus_app.ui.map.edge_layer import TILE
from consensus_app.ui.map.glyphs import arrow_length
from consensus_app.ui.map.node_item import HANDLE_RADIUS, LEFT_OPACITY, MEMBER_OPACITY, OUTSIDER_OPACITY, PAD
from consensus_app.ui.map.scene import MapScene, drawable_edges, grid_places

EMPTY_AREA = QRectF(0, 0, 400, 200)  # an empty pursuit still gets a title and a legend
# Lines joined into one path per batch: an SVG viewer strokes each subpath as a line of its own.
# Not PDF: Qt strokes a PDF's wide and dashed lines itself, and a joined path's outline came
# out lighter in viewers where lines cross.
_JOINED_LINES = (QPaintEngine.Type.SVG,)

GroupKey = tuple[EdgeKind, int, float]  # kind, strength, opacity: one set of pens
BatchKey = tuple[tuple[int, int], GroupKey]  # the line layer's tile, and the pens


@dataclass(frozen=True)
class PlacedCard:
    look: CardLook
    at: QPointF  # the card's centre
    opacity: float
    bounds: QRectF  # the window's card item bounds in map coordinates (room for rings and handle)


@dataclass(frozen=True)
class PlacedLine:
    path: QPainterPath
    arrow: QPolygonF | None
    cross: tuple[QLineF, QLineF] | None
    bounds: QRectF


@dataclass
class LineBatch:
    group: GroupKey
    lines: list[PlacedLine] = field(default_factory=list)
    arrows: QPainterPath = field(default_factory=lambda: _winding(QPainterPath()))
    crosses: QPainterPath = field(default_factory=QPainterPath)
    bounds: QRectF = field(default_factory=QRectF)


@dataclass
class MapDrawing:
    """What the export's map shows, ready to paint any number of times (the brief's pages)."""

    source: MapSource
    cards: list[PlacedCard]
    batches: list[LineBatch]  # in drawing order: fainter first, then as the layer made them
    area: QRectF  # the map's extent: every card, line and backdrop region
    _scene: MapScene | None = None  # built on demand for zoomed-out drawing
    _backdrop: QGraphicsScene | None = None

    def paint(self, painter: QPainter, target: QRectF, source: QRectF) -> None:
        """Draw the map area `source` into `target` (KeepAspectRatio), as QGraphicsScene.render."""
        ratio = min(target.width() / source.width(), target.height() / source.height())
        scale = painter.worldTransform().m11() * ratio
        if scale < LOD_BATCH:  # the window's zoomed-out cards, drawn by its batching layer
            scene = self._zoomed_out_scene()
            with scene.exporting_at(scale):
                scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
            return
        if self.source.regions:
            self._backdrop_scene().render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
        painter.save()
        try:
            painter.setClipRect(target, Qt.ClipOperation.IntersectClip)
            painter.translate(target.left(), target.top())
            painter.scale(ratio, ratio)
            painter.translate(-source.left(), -source.top())
            lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
            engine = painter.paintEngine()
            joined = engine is not None and engine.type() in _JOINED_LINES
            _paint_lines(painter, self.batches, source, joined)
            _paint_cards(painter, self.cards, source, lod)
        finally:
            painter.restore()

    def close(self) -> None:
        """Let go of the scenes made for zoomed-out drawing or the backdrop (their items go now)."""
        for scene in (self._scene, self._backdrop):
            if scene is not None:
                scene.clear()
        self._scene = self._backdrop = None

    def _zoomed_out_scene(self) -> MapScene:
        if self._scene is None:
            from consensus_app.ui.exports.map_scene import build_export_scene

            self._scene, _area = build_export_scene(self.source)
        return self._scene

    def _backdrop_scene(self) -> QGraphicsScene:
        if self._backdrop is None:
            from consensus_app.ui.grid_backdrop import GridBackdrop

            self._backdrop = QGraphicsScene()
            GridBackdrop(self._backdrop).show(self.source.regions)
        return self._backdrop


def map_drawing(source: MapSource) -> MapDrawing:
    """The cards and lines of `source` where the window's scene would put them."""
    nodes = source.pursuit_map.nodes
    places: dict[int, Point] = dict(source.positions)
    places.update(grid_places([n for n in nodes if n.stakeholder_id not in places], places))
    cards: dict[int, PlacedCard] = {}
    on_committee: dict[int, bool] = {}
    for node in nodes:
        look = card_look(node)
        at = QPointF(*places[node.stakeholder_id])
        bounds = card_rect(look.width, look.height).adjusted(-PAD, -PAD, PAD + HANDLE_RADIUS, PAD)
        cards[node.stakeholder_id] = PlacedCard(look, at, _card_opacity(node), bounds.translated(at))
        on_committee[node.stakeholder_id] = node.on_committee
    batches: dict[BatchKey, LineBatch] = {}
    drawable = drawable_edges(source.pursuit_map.edges, cards)  # type: ignore[arg-type]
    area = QRectF()
    for card in cards.values():
        area = area.united(card.bounds)
    elbows = source.layout is LayoutName.ORG  # as the window's scene.set_org_lines
    for edge, bend in zip(drawable, assign_bends(drawable), strict=True):
        line = _line(edge, cards[edge.source_id], cards[edge.target_id], bend, elbows)
        if line is None:
            continue
        area = area.united(line.bounds)
        both = on_committee[edge.source_id] and on_committee[edge.target_id]
        group: GroupKey = (EdgeKind(edge.kind), max(1, min(3, edge.strength)), 1.0 if both else FADED)
        middle = line.bounds.center()
        key = ((math.floor(middle.x() / TILE), math.floor(middle.y() / TILE)), group)
        batch = batches.get(key)
        if batch is None:
            batch = batches[key] = LineBatch(group)
        _add_line(batch, line)
    for region in source.regions:
        area = area.united(QRectF(region.x, region.y, region.width, region.height))
    if area.isEmpty():
        area = QRectF(EMPTY_AREA)
    ordered = sorted(batches.values(), key=lambda batch: batch.group[2])  # stable: fainter first
    return MapDrawing(source, list(cards.values()), ordered, area)


def _winding(path: QPainterPath) -> QPainterPath:
    path.setFillRule(Qt.FillRule.WindingFill)  # arrow heads meeting at one card must not cancel out
    return path


def _card_opacity(node: MapNode) -> float:
    if node.left_on is not None:
        return LEFT_OPACITY
    return MEMBER_OPACITY if node.on_committee else OUTSIDER_OPACITY


def _line(
    edge: MapEdge, source: PlacedCard, target: PlacedCard, bend: float, elbows: bool
) -> PlacedLine | None:
    """The line's geometry as the window's EdgeItem computes it (None for overlapping cards), in
    plain floats: the same arithmetic as edge_item.py's QPointF and QRectF, a third of the time."""
    src, dst = _Box(source), _Box(target)
    if src.overlaps(dst):
        return None  # a line would run backwards
    sx, sy, tx, ty = src.cx, src.cy, dst.cx, dst.cy
    kind = EdgeKind(edge.kind)
    style = palette.EDGE_STYLES[kind]
    route = reporting_elbow(src.box(), dst.box()) if elbows and kind is EdgeKind.REPORTS_TO else None
    curved = bool(bend) and route is None
    if route is not None:  # edge_item.py: the org chart's elbow
        start, end = route[0], route[-1]
        direction = _unit(end[0] - route[-2][0], end[1] - route[-2][1])
    elif curved:
        # The normal of the lower id -> higher id direction, so opposite edges bend apart too.
        flip = -1.0 if edge.source_id > edge.target_id else 1.0
        dx, dy = _unit(tx - sx, ty - sy)
        qx = (sx + tx) / 2 - dy * bend * flip * 2
        qy = (sy + ty) / 2 + dx * bend * flip * 2
        start, end = src.clip(qx, qy), dst.clip(qx, qy)
        direction = _unit(end[0] - qx, end[1] - qy)
    else:
        start, end = src.clip(tx, ty), dst.clip(sx, sy)
        direction = _unit(end[0] - start[0], end[1] - start[1])
    width = palette.line_width(kind, max(1, min(3, edge.strength)))
    tip = QPointF(*end)
    line_end, arrow = tip, None
    if style.arrow:  # stop under the arrow head, so a thick line never pokes through its tip
        back = arrow_length(width) * 0.7
        line_end = QPointF(end[0] - direction[0] * back, end[1] - direction[1] * back)
        arrow = arrow_points(tip, QPointF(*direction), width)
    path = QPainterPath()
    path.moveTo(*start)
    for corner in route[1:-1] if route is not None else ():
        path.lineTo(*corner)
    if curved:
        path.quadTo(QPointF(qx, qy), line_end)
    else:
        path.lineTo(line_end)
    cross = cross_lines(path.pointAtPercent(0.5), width) if style.cross else None
    bounds = path.boundingRect().united(QRectF(tip, tip)).adjusted(-16, -16, 16, 16)
    return PlacedLine(path, arrow, cross, bounds)


class _Box:
    """A card's rectangle in map coordinates, as QRectF holds it (left, top, width, height)."""

    __slots__ = ("cx", "cy", "h", "left", "top", "w")

    def __init__(self, card: PlacedCard) -> None:
        self.w, self.h = card.look.width, card.look.height
        self.left, self.top = -self.w / 2 + card.at.x(), -self.h / 2 + card.at.y()
        self.cx, self.cy = self.left + self.w / 2, self.top + self.h / 2  # QRectF.center()

    def box(self) -> Box:
        return (self.left, self.top, self.w, self.h)

    def overlaps(self, other: _Box) -> bool:  # QRectF.intersects
        return (
            self.left < other.left + other.w
            and other.left < self.left + self.w
            and self.top < other.top + other.h
            and other.top < self.top + self.h
        )

    def clip(self, x: float, y: float) -> tuple[float, float]:
        """Where the ray from the centre toward (x, y) leaves the card (edge_item.clip_to_rect)."""
        dx, dy = x - self.cx, y - self.cy
        if dx == 0 and dy == 0:
            return self.cx, self.cy
        hw, hh = self.w / 2 + 1.5, self.h / 2 + 1.5  # a hair outside the border
        t = min(hw / abs(dx) if dx else math.inf, hh / abs(dy) if dy else math.inf)
        return self.cx + dx * t, self.cy + dy * t


def _unit(dx: float, dy: float) -> tuple[float, float]:
    length = math.hypot(dx, dy) or 1.0
    return dx / length, dy / length


def _add_line(batch: LineBatch, line: PlacedLine) -> None:
    """The line joins its batch: its arrow head and cross go into the batch's combined paths."""
    batch.lines.append(line)
    batch.bounds = batch.bounds.united(line.bounds)
    if line.arrow is not None:
        if palette.EDGE_STYLES[batch.group[0]].arrow == "open":  # a chevron: left barb, tip, right barb
            batch.arrows.moveTo(line.arrow.at(1))
            batch.arrows.lineTo(line.arrow.at(0))
            batch.arrows.lineTo(line.arrow.at(2))
        else:
            batch.arrows.addPolygon(line.arrow)
            batch.arrows.closeSubpath()
    if line.cross is not None:
        for stroke in line.cross:
            batch.crosses.moveTo(stroke.p1())
            batch.crosses.lineTo(stroke.p2())


def _paint_lines(painter: QPainter, batches: list[LineBatch], shown: QRectF, joined: bool) -> None:
    """Every batch as the line layer draws it in an export: each line stroked (once per pen),
    then the batch's arrow heads and crosses."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for batch in batches:
        if not batch.lines or not batch.bounds.intersects(shown):
            continue
        kind, strength, alpha = batch.group
        pens = palette.edge_pens(kind, strength, alpha=alpha)  # faded lines in opaque colours
        painter.setBrush(Qt.BrushStyle.NoBrush)
        paths = [line.path for line in batch.lines if line.bounds.intersects(shown)]
        if joined and paths:  # one element per batch: a viewer strokes each subpath alike
            combined = QPainterPath()
            for path in paths:
                combined.addPath(path)
            paths = [combined]
        for pen in (pens.line, pens.core):
            if pen is not None:
                painter.setPen(pen)
                for path in paths:
                    painter.drawPath(path)
        if not batch.arrows.isEmpty():
            if palette.EDGE_STYLES[kind].arrow == "open":
                painter.setPen(pens.marker)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(pens.line.color())
            painter.drawPath(batch.arrows)
        if not batch.crosses.isEmpty():
            painter.setPen(pens.marker)
            painter.drawPath(batch.crosses)


def _paint_cards(painter: QPainter, cards: list[PlacedCard], shown: QRectF, lod: float) -> None:
    for card in cards:
        if not card.bounds.intersects(shown):
            continue
        painter.save()
        painter.translate(card.at)
        painter.setOpacity(card.opacity)
        paint_card(painter, card.look, lod)
        painter.restore()
