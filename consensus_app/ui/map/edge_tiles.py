"""While the map zooms, the canvas and its lines come from ready-made tiles, not drawn again.

Stroking 2,500 lines costs 3–7 ms a frame even one pixel wide without antialiasing (the
raster engine's cost is per pixel, so batching cannot make it cheaper), and the dot grid
another millisecond. Map viewers solve this with tiles: the canvas, its grid and the lines
are drawn once per zoom level into opaque 256-pixel images, and a zoom frame copies the
tiles of the level just below its zoom, scaled up by at most √2 (a copy of opaque pixels,
about a millisecond for the whole screen). The tiles look like a moving frame always did
(lines one pixel wide, no antialiasing; arrow heads from 70 %), and the still frame that
follows is drawn as before, at full quality.

Tiles are made when the map stands still (a few slices of idle time, around what is on
screen) and, while zooming, within a small time budget per frame; a tile not made yet is
covered by a neighbouring level's tiles, or drawn on the spot when there is none.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QRectF
from PySide6.QtGui import QImage, QPainter, QPainterPath, QTransform

TILE_PX = 256  # device pixels a side
LEVELS_PER_DOUBLING = 2  # levels 2^(k/2): a tile is shown at 1 to 1.41 times its own scale
MAX_BYTES = 96 * 2**20  # about 380 tiles, ten screens' worth of a 1600 × 1000 view
FRAME_BUDGET_S = 0.0015  # tiles made during one zoom frame, at most (beyond: neighbours' tiles)
STAND_IN_LEVELS = (-1, 1, -2, 2, -3, 3)  # where a missing tile's stand-ins are looked for
# A stand-in blown up ~3× is smoothed (its pixels would be 3-pixel steps); less is copied as it is:
# Qt smooths with extra threads, which cost more than the rest of the frame on a busy machine.
SMOOTH_FROM = 2.9
LINE_REACH = 16.0  # scene units a line's arrow head, cross and pen reach past its path (edge_item bounds)
IDLE_SLICE_S = 0.008  # idle work in slices this long, so input stays responsive

TileKey = tuple[int, int, int]  # level, column, row
Draw = Callable[[QPainter, QRectF, float], None]  # painter, scene rect, level scale


def level_of(zoom: float) -> int:
    """The level whose scale is the largest at or below `zoom`."""
    return math.floor(LEVELS_PER_DOUBLING * math.log2(max(zoom, 1e-6)) + 1e-9)


def level_scale(level: int) -> float:
    return float(2.0 ** (level / LEVELS_PER_DOUBLING))


class EdgeTiles:
    """Tile images of the canvas (`draw_canvas`) and lines (`draw_lines`) at zoom levels.

    The owner clears them when all lines change, and invalidates the area of a line that changed."""

    def __init__(self, draw_canvas: Draw, draw_lines: Draw) -> None:
        self._draw_canvas = draw_canvas
        self._draw_lines = draw_lines
        self._tiles: OrderedDict[tuple[TileKey, float], QImage] = OrderedDict()  # least recent first
        self._idle: list[tuple[TileKey, float]] = []  # tiles to make while the map stands still
        self._bytes = 0
        self._make_s = 0.0005  # how long a tile takes to make, lately

    def clear(self) -> None:
        self._tiles.clear()
        self._idle.clear()
        self._bytes = 0

    def invalidate(self, rect: QRectF, path: QPainterPath | None = None) -> None:
        """Drop the tiles that show any of `rect` (scene units) and, if given, that `path` (a line
        whose bounds are `rect`) crosses: a line there changed. The rest stay, so a hover or a
        selection does not cost the next zoom all of its tiles."""
        for level, ratio in {(key[0], ratio) for key, ratio in self._tiles}:
            margin = 2.0 / level_scale(level)  # a line's pixels reach a pixel past its bounds
            area = rect.adjusted(-margin, -margin, margin, margin)
            side = TILE_PX / level_scale(level)
            spanned = (math.floor(area.right() / side) - math.floor(area.left() / side) + 1) * (
                math.floor(area.bottom() / side) - math.floor(area.top() / side) + 1
            )
            if spanned <= len(self._tiles):  # look up the few tiles the area covers
                stale = [(key, ratio) for key in _tile_keys(level, area) if (key, ratio) in self._tiles]
            else:  # a long line seen close up: fewer tiles made than it spans
                stale = [
                    tile
                    for tile in self._tiles
                    if tile[0][0] == level and tile[1] == ratio and tile_rect(tile[0]).intersects(area)
                ]
            if path is not None:  # a diagonal line crosses few of the tiles its bounds span
                reach = LINE_REACH + margin
                stale = [
                    tile
                    for tile in stale
                    if path.intersects(tile_rect(tile[0]).adjusted(-reach, -reach, reach, reach))
                ]
            for tile in stale:
                self._bytes -= self._tiles.pop(tile).sizeInBytes()

    def __len__(self) -> int:
        return len(self._tiles)

    def made(self) -> set[tuple[TileKey, float]]:
        return set(self._tiles)

    # --- drawing a zoom frame -----------------------------------------------------------

    def paint(self, painter: QPainter, exposed: QRectF, zoom: float, ratio: float) -> None:
        """The canvas and lines in `exposed` (scene units) at `zoom`; `ratio`: device pixels per pixel.

        From the level of `zoom` when all its tiles on screen are made, else from the nearest level
        that has them (a little blockier, for a few frames) while this level's are made within
        the frame's budget, nearest the middle first.
        """
        level = level_of(zoom)
        wanted = _central_first(_tile_keys(level, exposed), exposed)
        missing = [key for key in wanted if not self._touch(key, ratio)]  # (kept from eviction)
        deadline = time.perf_counter() + FRAME_BUDGET_S
        while missing and time.perf_counter() + self._make_s < deadline:  # ends within the budget
            self._make(missing.pop(0), ratio)
        shown = wanted
        if missing:
            stand_in = self._complete_level(level, exposed, ratio)
            if stand_in is not None:
                shown = stand_in
        # A scaled copy: no filtering, and no antialiased edges (which would make it a textured fill),
        # unless a coarser level stands in: blown up more than √2, its pixels would show as steps.
        coarse = zoom > level_scale(shown[0][0]) * SMOOTH_FROM if shown else False
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, coarse)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for key in shown:
            # Nothing to stand in (or a tile dropped for room meanwhile): made now, a slow frame.
            image = self._tiles.get((key, ratio))
            painter.drawImage(tile_rect(key), image if image is not None else self._make(key, ratio))

    def _touch(self, key: TileKey, ratio: float) -> bool:
        """Whether the tile is made; if so it becomes the most recently used (the last dropped)."""
        if (key, ratio) not in self._tiles:
            return False
        self._tiles.move_to_end((key, ratio))
        return True

    def _complete_level(self, level: int, exposed: QRectF, ratio: float) -> list[TileKey] | None:
        """The tiles of the nearest level with every tile on screen made, or None."""
        for other in (level + step for step in STAND_IN_LEVELS):
            keys = list(_tile_keys(other, exposed))
            if all((key, ratio) in self._tiles for key in keys):
                for key in keys:
                    self._touch(key, ratio)
                return keys
        return None

    def _make(self, key: TileKey, ratio: float) -> QImage:
        start = time.perf_counter()
        side = round(TILE_PX * ratio)
        image = QImage(side, side, QImage.Format.Format_RGB32)  # opaque: copied, never blended
        image.setDevicePixelRatio(ratio)
        rect = tile_rect(key)
        scale = level_scale(key[0])
        painter = QPainter(image)
        painter.setTransform(QTransform.fromScale(scale, scale).translate(-rect.left(), -rect.top()))
        self._draw_canvas(painter, rect, scale)
        self._draw_lines(painter, rect, scale)
        painter.end()
        self._make_s = 0.8 * self._make_s + 0.2 * (time.perf_counter() - start)
        self._tiles[(key, ratio)] = image
        self._bytes += image.sizeInBytes()
        while self._bytes > MAX_BYTES:
            self._bytes -= self._tiles.popitem(last=False)[1].sizeInBytes()
        return image

    # --- idle work ------------------------------------------------------------------------

    def plan(self, exposed: QRectF, zoom: float, ratio: float) -> None:
        """While still: plan the tiles the next zoom from here needs, the current level first.

        Zooming out from `exposed` shows more of the map at lower levels; zooming in shows part
        of it at higher ones. Three levels in, one out: about 300 tiles for a 1600 × 1000 view.
        """
        level = level_of(zoom)
        center = exposed.center()
        wanted: list[tuple[TileKey, float]] = []
        for step in (0, 1, -1, 2, 3):
            grow = max(1.0, zoom / level_scale(level + step))  # a level below shows more scene
            area = QRectF(0, 0, exposed.width() * grow, exposed.height() * grow)
            area.moveCenter(center)
            wanted += [(key, ratio) for key in _tile_keys(level + step, area)]
        self._idle = [tile for tile in wanted if tile not in self._tiles]

    def pending(self) -> bool:
        return bool(self._idle)

    def make_some(self) -> bool:
        """Make planned tiles for one idle slice; whether any are left."""
        deadline = time.perf_counter() + IDLE_SLICE_S
        while self._idle and time.perf_counter() < deadline:
            key, ratio = self._idle.pop(0)
            if (key, ratio) not in self._tiles:
                self._make(key, ratio)
        return bool(self._idle)


def tile_rect(key: TileKey) -> QRectF:
    """The scene area a tile covers."""
    side = TILE_PX / level_scale(key[0])
    return QRectF(key[1] * side, key[2] * side, side, side)


def _central_first(keys: Iterator[TileKey], exposed: QRectF) -> list[TileKey]:
    """Tiles nearest the middle of the screen first: those made within the budget matter most."""
    center = exposed.center()
    return sorted(keys, key=lambda key: (tile_rect(key).center() - center).manhattanLength())


def _tile_keys(level: int, rect: QRectF) -> Iterator[TileKey]:
    side = TILE_PX / level_scale(level)
    for row in range(math.floor(rect.top() / side), math.floor(rect.bottom() / side) + 1):
        for column in range(math.floor(rect.left() / side), math.floor(rect.right() / side) + 1):
            yield level, column, row


# --- what lies under the lines --------------------------------------------------------------

_UNDERLAY = "underlay:"  # dynamic properties of the scene, one per owner of such items


def set_underlay(scene: QObject, owner: str, shown: bool) -> None:
    """`owner` shows items between the canvas and the lines (grid regions, faction tints):
    while any are shown, tiles (which hold the canvas and lines in one) cannot be used."""
    scene.setProperty(_UNDERLAY + owner, shown)


def has_underlay(scene: QObject) -> bool:
    names = (bytes(name.data()).decode() for name in scene.dynamicPropertyNames())
    return any(scene.property(name) for name in names if name.startswith(_UNDERLAY))
