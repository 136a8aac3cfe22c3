"""Draws all ordinary lines of the map in a few calls: one path per kind, strength and opacity.

Painting 2,500 EdgeItems one by one costs ~2,500 Python calls a frame, more than a 60 fps
frame allows. The layer keeps one combined path per batch and rebuilds only the batches
whose lines changed. While the user zooms, pans or drags (`fast`), lines are drawn without
antialiasing, which costs a tenth as much; the view turns it back on once the motion stops.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from consensus_app.ui.map import palette
from consensus_app.ui.map.edge_item import LOD_SIMPLE, EdgeItem, GroupKey

MARGIN = 1500.0  # room around the lines before the layer must grow (and be re-indexed)
FULL_SHARE = 0.5  # showing at least this share of the lines' area: draw the cached batches


@dataclass
class _Batch:
    edges: dict[EdgeItem, None] = field(default_factory=dict)  # an ordered set
    lines: QPainterPath = field(default_factory=QPainterPath)
    arrows: QPainterPath = field(default_factory=QPainterPath)
    crosses: QPainterPath = field(default_factory=QPainterPath)


class EdgeLayer(QGraphicsItem):
    def __init__(self) -> None:
        super().__init__()
        self.fast = False  # no antialiasing while the user is moving the map
        self._batches: dict[GroupKey, _Batch] = {}
        self._key_of: dict[EdgeItem, GroupKey | None] = {}
        self._dirty: set[GroupKey] = set()
        self._bounds = QRectF()
        self._content = QRectF()  # the union of the lines' bounds
        self.setZValue(-1)  # under every card and every line that draws itself
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # for exposedRect

    def set_edges(self, edges: list[EdgeItem]) -> None:
        """Take over drawing these lines (after a rebuild)."""
        self._batches.clear()
        self._key_of.clear()
        rect = QRectF()
        for edge in edges:
            edge.layer = self
            key = edge.group_key()
            self._key_of[edge] = key
            if key is not None:
                self._batches.setdefault(key, _Batch()).edges[edge] = None
            rect = rect.united(edge.boundingRect())
        self._dirty = set(self._batches)
        self._content = rect
        self.prepareGeometryChange()
        self._bounds = rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        self.update()

    def edge_changed(self, edge: EdgeItem, old_bounds: QRectF | None = None) -> None:
        """A line moved, or changed batch (selected, hovered, dimmed): rebuild what it touches."""
        old_key, new_key = self._key_of.get(edge), edge.group_key()
        if old_key is not None:
            self._dirty.add(old_key)
            if old_key != new_key:
                self._batches[old_key].edges.pop(edge, None)
        if new_key is not None:
            self._dirty.add(new_key)
            self._batches.setdefault(new_key, _Batch()).edges[edge] = None
        self._key_of[edge] = new_key
        bounds = edge.boundingRect()
        self._content = self._content.united(bounds)
        if not self._bounds.contains(bounds):
            self.prepareGeometryChange()
            self._bounds = self._bounds.united(bounds.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        if old_bounds is not None and not old_bounds.isEmpty():
            self.update(old_bounds)
        self.update(bounds)

    def set_fast(self, fast: bool) -> None:
        if fast != self.fast:
            self.fast = fast
            self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return QPainterPath()  # never under the mouse: clicks and tooltips go to what is drawn on it

    def _rebuild(self) -> None:
        for key in self._dirty:
            batch = self._batches.get(key)
            if batch is not None:
                _fill(key, batch)
        self._dirty.clear()

    def _culled(self, exposed: QRectF) -> dict[GroupKey, _Batch]:
        """Batches of only the lines crossing `exposed`: zoomed in, most of the map is off screen,
        and stroking it anyway (dashes and all) would cost more than the frame."""
        scene = self.scene()
        batches: dict[GroupKey, _Batch] = {}
        for item in scene.items(exposed, Qt.ItemSelectionMode.IntersectsItemBoundingRect):
            if type(item) is EdgeItem:
                key = self._key_of.get(item)
                if key is not None:
                    batches.setdefault(key, _Batch()).edges[item] = None
        for key, batch in batches.items():
            _fill(key, batch)
        return batches

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        exposed = option.exposedRect  # type: ignore[attr-defined]
        shown = exposed.intersected(self._content)
        if shown.isEmpty():
            return
        if shown.width() * shown.height() >= FULL_SHARE * self._content.width() * self._content.height():
            if self._dirty:
                self._rebuild()
            batches = self._batches
        else:
            batches = self._culled(exposed)
        exporting = bool(getattr(self.scene(), "exporting", False))
        fast = self.fast and not exporting
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, not fast)
        simple = option.levelOfDetailFromTransform(painter.worldTransform()) < LOD_SIMPLE  # type: ignore[attr-defined]
        base = painter.opacity()
        # Fainter batches first, so full-strength lines are drawn over dimmed ones.
        for (kind, strength, alpha), batch in sorted(batches.items(), key=lambda item: item[0][2]):
            if not batch.edges:
                continue
            pens = palette.edge_pens(kind, strength)
            painter.setOpacity(base * alpha)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if simple:
                painter.setPen(pens.simple)
                painter.drawPath(batch.lines)
                continue
            painter.setPen(pens.fast if fast else pens.line)
            painter.drawPath(batch.lines)
            if pens.core is not None and not fast:
                painter.setPen(pens.core)
                painter.drawPath(batch.lines)
            if not batch.arrows.isEmpty():
                if palette.EDGE_STYLES[kind].arrow == "open":
                    painter.setPen(pens.marker)
                else:
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(pens.line.color())
                painter.drawPath(batch.arrows)
                painter.setBrush(Qt.BrushStyle.NoBrush)
            if not batch.crosses.isEmpty():
                painter.setPen(pens.marker)
                painter.drawPath(batch.crosses)
        painter.setOpacity(base)


def _fill(key: GroupKey, batch: _Batch) -> None:
    """(Re)build a batch's combined paths from its lines' current geometry."""
    lines, arrows, crosses = QPainterPath(), QPainterPath(), QPainterPath()
    arrows.setFillRule(Qt.FillRule.WindingFill)  # heads meeting at one card must not cancel out
    open_arrows = palette.EDGE_STYLES[key[0]].arrow == "open"
    for edge in batch.edges:
        lines.addPath(edge.path)
        if edge.arrow is not None:
            if open_arrows:  # a chevron: left barb, tip, right barb
                arrows.moveTo(edge.arrow[1])
                arrows.lineTo(edge.arrow[0])
                arrows.lineTo(edge.arrow[2])
            else:
                arrows.addPolygon(edge.arrow)
                arrows.closeSubpath()
        if edge.cross is not None:
            for line in edge.cross:
                crosses.moveTo(line.p1())
                crosses.lineTo(line.p2())
    batch.lines, batch.arrows, batch.crosses = lines, arrows, crosses
