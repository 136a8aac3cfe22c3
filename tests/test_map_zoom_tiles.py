"""Zooming a large map: the canvas and lines come from ready-made tiles, and look as they did.

A 120-person account with 400 relationships (names in several scripts). While the wheel zooms,
the frame must show the same lines a live drawing would, in their current places after a card
moved; tinted areas under the lines must stay visible; and once the map is still, the frame is
the same full-quality drawing as before any zoom.
"""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from consensus_app.core.layouts import Region, RegionKind
from consensus_app.core.pursuit_map import EdgeKind, MapEdge, MapNode, PursuitMap
from consensus_app.ui.grid_backdrop import GridBackdrop
from consensus_app.ui.map import MapScene, MapView
from consensus_app.ui.map.edge_tiles import level_scale, set_underlay, tile_rect
from models import Function, Profile

NAMES = ["김민준", "田中 美咲", "سارا احمدی", "Øystein Kristiansen", "Dana Ruiz", "Lee Park"]


def big_map(people: int = 120, ties: int = 400) -> tuple[PursuitMap, dict[int, tuple[float, float]]]:
    rng = random.Random(3)
    nodes = [
        MapNode(
            i, f"p{i}", f"{NAMES[i % len(NAMES)]} {i}", "Director", list(Function)[i % 5],
            list(Profile)[i % 4], None if i == 1 else rng.randint(1, i - 1), i, None, False,
            rng.choice([-2, -1, 0, 1, 2]), 1 + i % 5,
        )
        for i in range(1, people + 1)
    ]  # fmt: skip
    edges = [
        MapEdge(n.stakeholder_id, n.reports_to_id, EdgeKind.REPORTS_TO) for n in nodes if n.reports_to_id
    ]
    kinds = [EdgeKind.ALLIES, EdgeKind.INFLUENCES, EdgeKind.CONFLICTS, EdgeKind.DOTTED_LINE]
    for r in range(ties):
        a, b = rng.sample(range(1, people + 1), 2)
        edges.append(MapEdge(a, b, kinds[r % len(kinds)], 1 + r % 3, relationship_id=1000 + r))
    positions = {i: ((i - 1) % 12 * 260.0, (i - 1) // 12 * 140.0) for i in range(1, people + 1)}
    return PursuitMap(1, 1, "Hanil — Platform", nodes, edges), positions


@pytest.fixture
def big_canvas(qtbot: QtBot) -> tuple[MapScene, MapView]:
    scene = MapScene()
    view = MapView(scene)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    scene.set_map(*big_map())
    view.show()
    qtbot.waitExposed(view)
    view.set_zoom(level_scale(-2))  # 50 %: a tile level, so tiles are copied pixel for pixel
    view.centerOn(QPointF(1500, 800))
    view.settle()
    QApplication.processEvents()
    return scene, view


def differing(a: QImage, b: QImage) -> float:
    """The share of pixels that differ between two frames of the same size."""
    a = a.convertToFormat(QImage.Format.Format_RGB32)
    b = b.convertToFormat(QImage.Format.Format_RGB32)
    step = 2  # every other pixel in each direction: plenty to tell frames apart
    pixels = [(x, y) for x in range(0, a.width(), step) for y in range(0, a.height(), step)]
    return sum(a.pixel(x, y) != b.pixel(x, y) for x, y in pixels) / len(pixels)


def looks_apart(a: QImage, b: QImage) -> float:
    """How far apart two frames look from a step back (each 8 × 8 block averaged, 0–255): where a
    dashed line's dashes start (which differs where a tile's edge cuts the line) does not count."""
    small = [
        image.scaled(image.width() // 8, image.height() // 8, mode=Qt.TransformationMode.SmoothTransformation)
        for image in (a, b)
    ]
    total = 0
    for x in range(small[0].width()):
        for y in range(small[0].height()):
            one, two = small[0].pixelColor(x, y), small[1].pixelColor(x, y)
            total += (
                abs(one.red() - two.red()) + abs(one.green() - two.green()) + abs(one.blue() - two.blue())
            )
    return total / (3 * small[0].width() * small[0].height())


def zooming_frame(scene: MapScene, view: MapView, tiles: bool) -> QImage:
    """The frame a wheel gesture shows now, with the tiles or with every line drawn live."""
    scene.set_interacting(True, zooming=True)
    set_underlay(scene, "test", not tiles)  # (with something under the lines, tiles are not used)
    frame = view.viewport().grab().toImage()
    set_underlay(scene, "test", False)
    return frame


def wheel(view: MapView, delta: int) -> None:
    center = QPointF(view.viewport().rect().center())
    event = QWheelEvent(
        center, view.viewport().mapToGlobal(center), QPoint(0, 0), QPoint(0, delta),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(view.viewport(), event)


def test_a_zooming_frame_shows_the_lines_a_live_drawing_would(big_canvas: tuple[MapScene, MapView]) -> None:
    scene, view = big_canvas
    tiled = zooming_frame(scene, view, tiles=True)
    live = zooming_frame(scene, view, tiles=False)
    for line in scene.edge_items():  # the same frame without any line, for scale
        scene.edge_layer().forget_edge(line)
    bare = zooming_frame(scene, view, tiles=False)
    assert looks_apart(tiled, live) < 0.2 * looks_apart(bare, live)


def test_after_a_card_moves_a_zoom_shows_its_lines_where_they_now_are(
    big_canvas: tuple[MapScene, MapView],
) -> None:
    scene, view = big_canvas
    before = zooming_frame(scene, view, tiles=True)  # the tiles of this view are made
    busiest = max(scene.node_items(), key=lambda card: len(card.edges))
    scene.move_nodes({busiest.stakeholder_id: (busiest.x() + 400, busiest.y() + 150)})
    view.settle()
    tiled = zooming_frame(scene, view, tiles=True)
    live = zooming_frame(scene, view, tiles=False)
    # Old tiles would still show the card's lines where they were: look where they went.
    moved = view.mapFromScene(busiest.sceneBoundingRect()).boundingRect().adjusted(-150, -150, 150, 150)
    around = [frame.copy(moved) for frame in (tiled, live, before)]
    assert looks_apart(around[0], around[1]) < 0.7 * looks_apart(around[2], around[1])  # stale: 1.0 ×


def test_tinted_regions_under_the_lines_stay_visible_while_zooming(
    big_canvas: tuple[MapScene, MapView],
) -> None:
    scene, view = big_canvas
    backdrop = GridBackdrop(scene)
    region = Region("Champions", 1200.0, 600.0, 600.0, 400.0, RegionKind.QUADRANT)
    backdrop.show([region])
    scene.set_interacting(True, zooming=True)
    frame = view.viewport().grab().toImage()
    tinted = 0
    for dx in range(0, 400, 10):
        point = view.mapFromScene(QPointF(region.x + 100 + dx, region.y + 30))  # between two card rows
        tinted += frame.pixelColor(point) == QColor("#fbe9e2")  # the first quadrant's tint
    assert tinted > 5  # the quadrant's tint shows between the lines, not the bare canvas
    backdrop.clear()


def test_once_still_the_map_is_drawn_exactly_as_before_any_zoom(
    big_canvas: tuple[MapScene, MapView], qtbot: QtBot
) -> None:
    scene, view = big_canvas
    still = view.viewport().grab().toImage()
    for delta in (120, 120, -120, -120):  # two notches in, two out: back at 50 %
        wheel(view, delta)
    qtbot.waitUntil(lambda: not scene.interacting)
    assert view.zoom() == pytest.approx(level_scale(-2))
    assert differing(view.viewport().grab().toImage(), still) == 0


def test_a_tile_cache_too_small_for_the_screen_still_draws_every_line(
    big_canvas: tuple[MapScene, MapView], monkeypatch: pytest.MonkeyPatch
) -> None:
    scene, view = big_canvas
    monkeypatch.setattr("consensus_app.ui.map.edge_tiles.MAX_BYTES", 3 * 256 * 256 * 4)  # three tiles
    scene.edge_layer().set_edges(scene.edge_items())  # (the tiles made so far go)
    zooms = [level_scale(level) for level in (-3, -2, -1)]  # tile levels: copied pixel for pixel
    frames = []
    for zoom in zooms:
        view.set_zoom(zoom)
        frames.append((zooming_frame(scene, view, tiles=True), zooming_frame(scene, view, tiles=False)))
    for line in scene.edge_items():
        scene.edge_layer().forget_edge(line)
    for zoom, (tiled, live) in zip(zooms, frames, strict=True):
        view.set_zoom(zoom)
        bare = zooming_frame(scene, view, tiles=False)
        assert looks_apart(tiled, live) < 0.3 * looks_apart(bare, live)


def test_hovering_a_card_keeps_the_tiles_away_from_its_lines_and_a_zoom_still_shows_them_right(
    big_canvas: tuple[MapScene, MapView], qtbot: QtBot
) -> None:
    scene, view = big_canvas
    layer = scene.edge_layer()
    view.viewport().update()  # a still frame plans the tiles the next zoom needs, made when idle
    qtbot.waitUntil(lambda: not layer.tiles_pending(), timeout=20_000)
    made = layer.made_tiles()
    assert len(made) > 20
    middle = view.mapToScene(view.viewport().rect().center())
    card = min(scene.node_items(), key=lambda item: (item.pos() - middle).manhattanLength())
    assert card.edges
    QTest.mouseMove(view.viewport(), view.mapFromScene(card.pos()))  # the pointer rests on the card
    qtbot.waitUntil(card.is_emphasised)  # its lines now draw themselves, stronger
    near = QRectF()
    for line in card.edges:
        near = near.united(line.boundingRect())
    kept = layer.made_tiles()
    away = {tile for tile in made if not tile_rect(tile[0]).intersects(near.adjusted(-20, -20, 20, 20))}
    assert away and away <= kept  # the tiles away from its lines stay for the next zoom
    assert any(tile not in kept for tile in made)  # those under its lines are made again
    tiled = zooming_frame(scene, view, tiles=True)
    live = zooming_frame(scene, view, tiles=False)
    for line in scene.edge_items():  # the same frame without any line, for scale
        layer.forget_edge(line)
    bare = zooming_frame(scene, view, tiles=False)
    around = view.mapFromScene(near).boundingRect().intersected(view.viewport().rect())
    tiled, live, bare = (frame.copy(around) for frame in (tiled, live, bare))
    assert looks_apart(tiled, live) < 0.2 * looks_apart(bare, live)
