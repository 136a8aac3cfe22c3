"""Draws all ordinary lines of the map in a few calls: one path per area, kind, strength and opacity.

Painting 2,500 EdgeItems one by one costs ~2,500 Python calls a frame, more than a 60 fps
frame allows. The layer keeps one combined path per batch and rebuilds only the batches
whose lines changed. Batches are also split by area (a line belongs to the tile of its
middle), so zoomed in, only the tiles near the screen are stroked. While the user zooms,
pans or drags (`fast`), lines are drawn one pixel wide without antialiasing, which costs a
tenth as much; the view draws them properly once the motion stops. While it zooms over many
lines, the view draws them with the canvas from ready-made tiles (edge_tiles.py, paint_backdrop).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget
from shiboken6 import isValid

from consensus_app.ui.map import palette
from consensus_app.ui.map.batch_layer import BatchLayer
from consensus_app.ui.map.canvas_grid import paint_canvas
from consensus_app.ui.map.card import LOD_BATCH
from consensus_app.ui.map.edge_item import LOD_SIMPLE, EdgeItem, GroupKey
from consensus_app.ui.map.edge_tiles import EdgeTiles, TileKey, has_underlay

MARGIN = 1500.0  # room around the lines before the layer must grow (and be re-indexed)
TILE = 2000.0  # scene units: a 500-person map spans a few dozen tiles
FAST_FROM = 150  # lines on screen above which motion frames draw them thin and without antialiasing
STALE_MAX = 64  # changed lines gathered before all tiles go instead (a drag, a new layout)
LOD_MARKERS_MOVING = LOD_BATCH  # below this zoom, frames drawn while zooming have no arrow heads

Tile = tuple[int, int]
Area = tuple[QRectF, QPainterPath | None]  # a line's bounds, and its path when known
BatchKey = tuple[Tile, GroupKey]


@dataclass
class _Batch:
    edges: dict[EdgeItem, None] = field(default_factory=dict)  # an ordered set
    lines: QPainterPath = field(default_factory=QPainterPath)
    arrows: QPainterPath = field(default_factory=QPainterPath)
    crosses: QPainterPath = field(default_factory=QPainterPath)
    bounds: QRectF = field(default_factory=QRectF)


class EdgeLayer(BatchLayer):
    def __init__(self) -> None:
        super().__init__(z=-1)  # under every card and every line that draws itself
        self._batches: dict[BatchKey, _Batch] = {}
        self._order: list[tuple[BatchKey, _Batch]] | None = None  # fainter batches first
        self._key_of: dict[EdgeItem, BatchKey | None] = {}
        self._dirty: set[BatchKey] = set()
        self._tiles = EdgeTiles(paint_canvas, self._draw_tile)
        self._planned: tuple[float, float, QRectF] | None = None  # the still view tiles were planned for
        self._stale: list[Area] = []  # where lines changed: their tiles are to be dropped
        self._in_backdrop = False  # this frame's lines came with the canvas, from tiles
        self._idle = QTimer()  # makes tiles while the map stands still
        self._idle.setInterval(0)
        self._idle.timeout.connect(self._on_idle)

    def set_fast(self, fast: bool, zooming: bool = False) -> None:
        super().set_fast(fast, zooming)
        if fast:
            self._idle.stop()

    def _lines_changed(self, *areas: Area) -> None:
        """The tiles showing these areas (scene units: a line's bounds and path) are stale; all
        tiles when none are given.

        Areas are gathered and their tiles dropped when tiles are next used: a dragged card moves
        its lines many times a second. Past STALE_MAX areas, all tiles go.
        """
        if not areas or len(self._stale) + len(areas) > STALE_MAX:
            self._tiles.clear()
            self._stale.clear()
            self._planned = None
            return
        self._stale += [area for area in areas if not area[0].isEmpty()]
        if self._planned is not None and not self.fast:  # make the dropped tiles again, when idle
            self._idle.start()

    def _drop_stale(self) -> None:
        if not self._stale:
            return
        for rect, path in self._stale:
            self._tiles.invalidate(rect, path)
        self._stale.clear()
        if self._planned is not None:  # the still view's plan, with the dropped tiles in it again
            zoom, ratio, rect = self._planned
            self._tiles.plan(rect, zoom, ratio)

    def tiles_pending(self) -> bool:
        """Whether tiles for the next zoom are still to be made (the view is idle until then)."""
        return bool(self._stale) or self._tiles.pending()

    def made_tiles(self) -> set[tuple[TileKey, float]]:
        """The tiles ready now: (level, column, row) and device pixel ratio."""
        self._drop_stale()
        return self._tiles.made()

    def set_edges(self, edges: list[EdgeItem]) -> None:
        """Take over drawing these lines (after a rebuild)."""
        self._batches.clear()
        self._key_of.clear()
        rect = QRectF()
        for edge in edges:
            edge.layer = self
            key = _key(edge)
            self._key_of[edge] = key
            if key is not None:
                self._batches.setdefault(key, _Batch()).edges[edge] = None
            rect = rect.united(edge.boundingRect())
        self._dirty = set(self._batches)
        self._order = None
        self._lines_changed()
        self.prepareGeometryChange()
        self._bounds = rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        self.update()

    def add_edge(self, edge: EdgeItem) -> None:
        """A line drawn from now on (a relationship added after the rebuild)."""
        edge.layer = self
        self.edge_changed(edge)

    def forget_edge(self, edge: EdgeItem) -> None:
        """A line no longer drawn: out of its batch, and its place repainted."""
        key = self._key_of.pop(edge, None)
        if key is not None and key in self._batches:
            self._batches[key].edges.pop(edge, None)
            self._dirty.add(key)
        self._lines_changed((edge.boundingRect(), edge.path))
        edge.layer = None
        self.update(edge.boundingRect())

    def edge_changed(
        self, edge: EdgeItem, old_bounds: QRectF | None = None, old_path: QPainterPath | None = None
    ) -> None:
        """A line moved (it was at `old_bounds`, `old_path`), or changed batch (selected, hovered,
        dimmed): rebuild what it touches."""
        old_key, new_key = self._key_of.get(edge), _key(edge)
        # Only the tiles where the line was and is now change (a hovered card's lines leave them).
        areas: list[Area] = [(edge.boundingRect(), edge.path)]
        if old_bounds is not None:
            areas.append((old_bounds, old_path))
        self._lines_changed(*areas)
        if old_key is not None:
            self._dirty.add(old_key)
            if old_key != new_key:
                self._batches[old_key].edges.pop(edge, None)
        if new_key is not None:
            self._dirty.add(new_key)
            if new_key not in self._batches:
                self._batches[new_key] = _Batch()
                self._order = None
            self._batches[new_key].edges[edge] = None
        self._key_of[edge] = new_key
        bounds = edge.boundingRect()
        if not self._bounds.contains(bounds):
            self.prepareGeometryChange()
            self._bounds = self._bounds.united(bounds.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        if old_bounds is not None and not old_bounds.isEmpty():
            self.update(old_bounds)
        self.update(bounds)

    def paint_backdrop(self, painter: QPainter, rect: QRectF, zoom: float, ratio: float) -> bool:
        """While zooming over many lines: draw the canvas and every line in `rect` from tiles.

        The view calls this before any item is painted; False when this frame draws the usual way
        (still, exporting, or few lines on screen, which are drawn at full quality even while moving).
        """
        self._in_backdrop = False
        scene = self.scene()
        if not self.zooming or scene is None or bool(getattr(scene, "exporting", False)):
            return False
        if has_underlay(scene):  # tinted areas under the lines: tiles would hide them
            return False
        self._fill_dirty()
        if zoom >= LOD_SIMPLE and _visible(self._shown(rect), rect, FAST_FROM) is not None:
            return False
        self._drop_stale()
        self._tiles.paint(painter, rect, zoom, ratio)
        self._in_backdrop = True
        return True

    def plan_tiles(self, rect: QRectF, zoom: float, ratio: float) -> None:
        """The map stands still, showing `rect`: make, in idle time, the tiles a zoom from here needs."""
        view = (zoom, ratio, QRectF(rect))
        self._drop_stale()
        if view != self._planned:
            self._planned = view
            self._tiles.plan(rect, zoom, ratio)
        if self._tiles.pending() and not self._idle.isActive():
            self._idle.start()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        exporting = bool(getattr(self.scene(), "exporting", False))
        if self._in_backdrop and self.zooming and not exporting:
            return  # the view drew the lines with the canvas
        self._fill_dirty()
        exposed = option.exposedRect
        shown = self._shown(exposed)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        simple = lod < LOD_SIMPLE
        visible: dict[BatchKey, list[QPainterPath]] | None = {}
        if not simple:
            # A hundred or so lines are cheap even antialiased: only thin them out when many are shown.
            visible = _visible(shown, exposed, FAST_FROM if self.fast and not exporting else None)
        fast = self.fast and not exporting and (simple or visible is None)
        # Heads and crosses are 3–4 pixels below 50 %: a frame drawn while zooming leaves them out.
        markers = not (self.zooming and not exporting and lod < LOD_MARKERS_MOVING)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, not fast)
        _stroke(painter, shown, simple=simple, fast=fast, markers=markers, visible=visible)

    def _shown(self, rect: QRectF) -> list[tuple[BatchKey, _Batch]]:
        """The batches with lines in `rect`, fainter ones first."""
        assert self._order is not None
        return [(key, batch) for key, batch in self._order if batch.edges and batch.bounds.intersects(rect)]

    def _fill_dirty(self) -> None:
        for key in self._dirty:
            if key in self._batches:
                _fill(key[1], self._batches[key])
        self._dirty.clear()
        if self._order is None:
            self._order = sorted(self._batches.items(), key=lambda item: item[0][1][2])

    def _draw_tile(self, painter: QPainter, rect: QRectF, scale: float) -> None:
        """One tile of the lines at `scale`, as a frame drawn while zooming would show them."""
        self._fill_dirty()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        _stroke(
            painter,
            self._shown(rect),
            simple=scale < LOD_SIMPLE,
            fast=True,
            markers=scale >= LOD_MARKERS_MOVING,
            visible=None,
        )

    def _on_idle(self) -> None:
        # A rebuilt map replaced this layer (the scene deleted it): its tiles are nobody's.
        gone = not isValid(self) or self.scene() is None
        if not gone:
            self._drop_stale()
        if gone or self.fast or not self._tiles.make_some():
            self._idle.stop()
            if gone:
                self._tiles.clear()


def _stroke(
    painter: QPainter,
    shown: list[tuple[BatchKey, _Batch]],
    *,
    simple: bool,
    fast: bool,
    markers: bool,
    visible: dict[BatchKey, list[QPainterPath]] | None,
) -> None:
    """Stroke these batches: thin solid lines (`simple`), one pixel with dashes (`fast`) or full."""
    for key, batch in shown:
        _tile, (kind, strength, alpha) = key
        pens = palette.edge_pens(kind, strength, alpha=alpha)  # faded lines in opaque colours
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if simple:
            painter.setPen(pens.simple)
            painter.drawPath(batch.lines)
            continue
        if fast or visible is None:
            # A tile's clip leaves out most of a batch: one combined stroke is still the cheapest
            # (a dashed pen costs ~40 µs to set up per call, so line by line is slower).
            painter.setPen(pens.fast)
            painter.drawPath(batch.lines)
        else:
            # One stroke per line: Qt's antialiased stroker takes ~10× longer (and far more
            # with dashes) on one combined path of many crossing lines than on them one by one.
            for pen in (pens.line, pens.core):
                if pen is not None:
                    painter.setPen(pen)
                    for path in visible[key]:
                        painter.drawPath(path)
        if not markers:
            continue
        marker = pens.fast_marker if fast else pens.marker
        if not batch.arrows.isEmpty():
            if palette.EDGE_STYLES[kind].arrow == "open":
                painter.setPen(marker)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(pens.line.color())
            painter.drawPath(batch.arrows)
        if not batch.crosses.isEmpty():
            painter.setPen(marker)
            painter.drawPath(batch.crosses)


def _visible(
    shown: list[tuple[BatchKey, _Batch]], exposed: QRectF, limit: int | None
) -> dict[BatchKey, list[QPainterPath]] | None:
    """Per batch, the lines crossing `exposed`; None as soon as there are more than `limit`."""
    out: dict[BatchKey, list[QPainterPath]] = {}
    count = 0
    for key, batch in shown:
        paths = [edge.path for edge in batch.edges if edge.boundingRect().intersects(exposed)]
        count += len(paths)
        if limit is not None and count > limit:
            return None
        out[key] = paths
    return out


def _key(edge: EdgeItem) -> BatchKey | None:
    group = edge.group_key()
    if group is None:
        return None
    middle = edge.boundingRect().center()
    return (math.floor(middle.x() / TILE), math.floor(middle.y() / TILE)), group


def _fill(group: GroupKey, batch: _Batch) -> None:
    """(Re)build a batch's combined paths from its lines' current geometry."""
    lines, arrows, crosses = QPainterPath(), QPainterPath(), QPainterPath()
    arrows.setFillRule(Qt.FillRule.WindingFill)  # heads meeting at one card must not cancel out
    open_arrows = palette.EDGE_STYLES[group[0]].arrow == "open"
    bounds = QRectF()
    for edge in batch.edges:
        lines.addPath(edge.path)
        bounds = bounds.united(edge.boundingRect())
        if edge.arrow is not None:
            if open_arrows:  # a chevron: left barb, tip, right barb
                arrows.moveTo(edge.arrow.at(1))
                arrows.lineTo(edge.arrow.at(0))
                arrows.lineTo(edge.arrow.at(2))
            else:
                arrows.addPolygon(edge.arrow)
                arrows.closeSubpath()
        if edge.cross is not None:
            for line in edge.cross:
                crosses.moveTo(line.p1())
                crosses.lineTo(line.p2())
    batch.lines, batch.arrows, batch.crosses, batch.bounds = lines, arrows, crosses, bounds
