"""The map canvas driven as a user would: mouse, wheel and keys on the view, and what they see."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsPathItem
from pytestqt.qtbot import QtBot

from consensus_app.core.pursuit_map import EdgeKind, MapEdge, MapNode, PursuitMap
from consensus_app.ui.map import MapScene, MapView, palette, render_scene_image
from consensus_app.ui.map.card import border_pen
from consensus_app.ui.map.legend import legend_size, paint_legend
from consensus_app.ui.map.render import export_rect
from models import BuyingRole, Function, Profile

POSITIONS = {1: (0.0, 0.0), 2: (-300.0, 220.0), 4: (300.0, 220.0)}  # 3 has none: the grid places it


def small_map(stance_of_2: int = -1) -> PursuitMap:
    nodes = [
        MapNode(1, "ceo", "Dana Ruiz", "CEO", Function.EXECUTIVE, Profile.GO_GETTER, None, 1,
                BuyingRole.EXECUTIVE_SPONSOR, True, 2, 5, date(2026, 5, 1)),
        MapNode(2, "cfo", "Lee Park", "CFO", Function.FINANCE, Profile.SKEPTIC, 1, 2,
                BuyingRole.ECONOMIC_BUYER, True, stance_of_2, 4),
        MapNode(3, "mkt", "田中 美咲", "マーケティング部長", Function.MARKETING, Profile.UNKNOWN, 1),
        MapNode(4, "ops", "سارا احمدی", "مدیر عملیات", Function.OPERATIONS, Profile.BLOCKER, 2, 4,
                BuyingRole.DECISION_MAKER, False, -2, 3),
    ]  # fmt: skip
    edges = [
        MapEdge(2, 1, EdgeKind.REPORTS_TO),
        MapEdge(3, 1, EdgeKind.REPORTS_TO),
        MapEdge(4, 2, EdgeKind.REPORTS_TO),
        MapEdge(4, 2, EdgeKind.INFLUENCES, 3, relationship_id=10),
        MapEdge(2, 4, EdgeKind.ALLIES, 1, relationship_id=11),
        MapEdge(4, 1, EdgeKind.CONFLICTS, 2, relationship_id=12),
    ]
    return PursuitMap(1, 1, "Acme — Analytics", nodes, edges)


@pytest.fixture
def canvas(qtbot: QtBot) -> tuple[MapScene, MapView]:
    scene = MapScene()
    view = MapView(scene)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    scene.set_map(small_map(), POSITIONS)
    view.show()
    qtbot.waitExposed(view)
    view.set_zoom(1.0)
    view.centerOn(QPointF(0, 150))
    return scene, view


def collect(signal) -> list:  # type: ignore[no-untyped-def]
    received: list = []
    signal.connect(lambda *args: received.append(args if len(args) > 1 else args[0]))
    return received


def at(view: MapView, scene_point: QPointF | tuple[float, float]) -> QPoint:
    return view.mapFromScene(QPointF(*scene_point) if isinstance(scene_point, tuple) else scene_point)


def card_point(scene: MapScene, sid: int, dx: float = -40.0, dy: float = 0.0) -> QPointF:
    """A point on a card, left of its centre (away from the connector handle on its right edge)."""
    return scene.node_item(sid).pos() + QPointF(dx, dy)


def drag(view: MapView, start: QPoint, end: QPoint, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    viewport = view.viewport()
    QTest.mouseMove(viewport, start)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, modifier, start)
    for step in range(1, 6):  # several moves, as a hand would make
        QTest.mouseMove(viewport, start + (end - start) * step / 5)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifier, end)


def wheel(view: MapView, pos: QPoint, delta: int) -> None:
    event = QWheelEvent(
        QPointF(pos), QPointF(view.viewport().mapToGlobal(pos)), QPoint(0, 0), QPoint(0, delta),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(view.viewport(), event)


# --- building ---------------------------------------------------------------------------------


def test_set_map_makes_one_card_per_person_and_one_line_per_edge(canvas: tuple[MapScene, MapView]) -> None:
    scene, _view = canvas
    assert sorted(item.stakeholder_id for item in scene.node_items()) == [1, 2, 3, 4]
    assert sorted((e.edge.source_id, e.edge.target_id, e.kind.value) for e in scene.edge_items()) == sorted(
        (e.source_id, e.target_id, e.kind.value) for e in small_map().edges
    )
    # The person without a position is placed where it covers nobody.
    placed = scene.node_item(3).scene_card_rect()
    assert all(not placed.intersects(scene.node_item(sid).scene_card_rect()) for sid in (1, 2, 4))
    assert scene.node_positions()[1] == (0.0, 0.0)


def test_lines_end_at_card_borders_and_reporting_arrows_point_at_the_manager(
    canvas: tuple[MapScene, MapView],
) -> None:
    scene, _view = canvas
    line = next(e for e in scene.edge_items() if e.kind == EdgeKind.REPORTS_TO and e.edge.source_id == 2)
    manager, report = scene.node_item(1).scene_card_rect(), scene.node_item(2).scene_card_rect()
    start = line.path.pointAtPercent(0)
    assert not report.adjusted(3, 3, -3, -3).contains(start) and report.adjusted(-3, -3, 3, 3).contains(start)
    assert line.arrow is not None
    tip = line.arrow[0]  # the arrow's tip touches the manager's card, from outside
    assert not manager.adjusted(3, 3, -3, -3).contains(tip) and manager.adjusted(-3, -3, 3, 3).contains(tip)
    assert not line.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsSelectable  # reporting lines are not
    tie = next(e for e in scene.edge_items() if e.relationship_id == 10)
    assert tie.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsSelectable


def test_lines_between_the_same_two_people_do_not_overlap(canvas: tuple[MapScene, MapView]) -> None:
    scene, _view = canvas
    between = [e for e in scene.edge_items() if {e.edge.source_id, e.edge.target_id} == {2, 4}]
    assert len(between) == 3
    middles = [e.path.pointAtPercent(0.5) for e in between]
    for i, a in enumerate(middles):
        for b in middles[i + 1 :]:
            assert (a - b).manhattanLength() > 20


def test_non_members_are_faded_dashed_and_say_so(canvas: tuple[MapScene, MapView]) -> None:
    scene, _view = canvas
    outsider, member = scene.node_item(3), scene.node_item(2)
    assert outsider.opacity() < 0.7 and member.opacity() == 1.0
    assert outsider.look.stance is None
    assert border_pen(None).style() == Qt.PenStyle.DashLine
    assert border_pen(-1).style() == Qt.PenStyle.SolidLine
    assert "Not on this pursuit's committee" in outsider.tooltip()
    tip = member.tooltip()
    assert all(word in tip for word in ("Lee Park", "CFO", "Economic buyer", "skeptical", "4 of 5", "never"))
    assert "2026-05-01" in scene.node_item(1).tooltip()


def test_cards_keep_cjk_and_persian_names_and_align_right_to_left_text(
    canvas: tuple[MapScene, MapView],
) -> None:
    scene, _view = canvas
    japanese, persian = scene.node_item(3).look.lines[0], scene.node_item(4).look.lines[0]
    assert japanese[2] == "田中 美咲" and persian[2] == "سارا احمدی"
    assert persian[3] & Qt.AlignmentFlag.AlignRight and japanese[3] & Qt.AlignmentFlag.AlignLeft


def test_cards_grow_with_influence(canvas: tuple[MapScene, MapView]) -> None:
    scene, _view = canvas
    assert scene.node_item(1).width == 230 and scene.node_item(3).width == 170
    assert scene.node_item(2).width > scene.node_item(4).width


# --- mouse and keyboard -------------------------------------------------------------------------


def test_dragging_two_selected_cards_reports_one_move_with_both(canvas: tuple[MapScene, MapView]) -> None:
    scene, view = canvas
    scene.select_stakeholders([1, 2])
    moves = collect(scene.sig_nodes_moved)
    start = at(view, card_point(scene, 1))
    drag(view, start, start + QPoint(80, 40))
    assert len(moves) == 1
    assert set(moves[0]) == {1, 2}
    (old1, new1), (old2, new2) = moves[0][1], moves[0][2]
    assert old1 == (0.0, 0.0) and old2 == (-300.0, 220.0)
    assert new1 == pytest.approx((80.0, 40.0), abs=1.5) and new2 == pytest.approx((-220.0, 260.0), abs=1.5)
    assert scene.node_positions()[2] == pytest.approx(new2)
    assert scene.node_positions()[4] == POSITIONS[4]  # not selected: stays


def test_a_click_without_moving_reports_no_move_and_selects(canvas: tuple[MapScene, MapView]) -> None:
    scene, view = canvas
    moves, selections = collect(scene.sig_nodes_moved), collect(scene.sig_selection_changed)
    point = at(view, card_point(scene, 4))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert moves == []
    assert selections == [[4]] and scene.selected_stakeholders() == [4]


def test_lines_follow_a_dragged_card(canvas: tuple[MapScene, MapView]) -> None:
    scene, view = canvas
    line = next(e for e in scene.edge_items() if e.kind == EdgeKind.REPORTS_TO and e.edge.source_id == 2)
    before = line.path.pointAtPercent(0)
    start = at(view, card_point(scene, 2))
    drag(view, start, start + QPoint(0, 100))
    assert line.path.pointAtPercent(0).y() == pytest.approx(before.y() + 100, abs=2)


def test_dragging_from_the_connector_handle_onto_a_card_requests_a_connection(
    canvas: tuple[MapScene, MapView],
) -> None:
    scene, view = canvas
    requests = collect(scene.sig_connect_requested)
    moves = collect(scene.sig_nodes_moved)
    source = scene.node_item(1)
    handle = at(view, source.mapToScene(source.handle_center()))
    target = at(view, card_point(scene, 4))
    viewport = view.viewport()
    QTest.mouseMove(viewport, handle)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, handle)
    QTest.mouseMove(viewport, (handle + target) / 2)
    QTest.mouseMove(viewport, target)
    # While dragging, a dashed line follows the mouse and the card under it is marked.
    assert any(isinstance(item, QGraphicsPathItem) for item in scene.items())
    assert scene.node_item(4).stands_out()
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
    assert requests == [(1, 4)]
    assert moves == [] and source.pos() == QPointF(0, 0)  # the card itself did not move
    assert not any(isinstance(item, QGraphicsPathItem) for item in scene.items())


def test_a_connection_dropped_on_empty_canvas_requests_nothing(canvas: tuple[MapScene, MapView]) -> None:
    scene, view = canvas
    requests = collect(scene.sig_connect_requested)
    source = scene.node_item(1)
    handle = at(view, source.mapToScene(source.handle_center()))
    drag(view, handle, at(view, (600.0, -200.0)))
    assert requests == []
    drag(view, handle, at(view, card_point(scene, 1)))  # dropped back on itself: nothing either
    assert requests == []


def test_shift_drag_from_anywhere_on_a_card_connects(canvas: tuple[MapScene, MapView]) -> None:
    scene, view = canvas
    requests = collect(scene.sig_connect_requested)
    drag(
        view,
        at(view, card_point(scene, 2)),
        at(view, card_point(scene, 4)),
        Qt.KeyboardModifier.ShiftModifier,
    )
    assert requests == [(2, 4)]
    assert scene.node_positions()[2] == POSITIONS[2]


def test_delete_requests_deletion_of_the_selected_people_and_ties(canvas: tuple[MapScene, MapView]) -> None:
    scene, view = canvas
    deletions = collect(scene.sig_delete_requested)
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert deletions == []  # nothing selected, nothing asked
    scene.select_stakeholders([4, 2])
    next(e for e in scene.edge_items() if e.relationship_id == 12).setSelected(True)
    QTest.keyClick(view, Qt.Key.Key_Delete)
    QTest.keyClick(view, Qt.Key.Key_Backspace)
    assert deletions == [([2, 4], [12]), ([2, 4], [12])]


def test_double_click_asks_to_edit_the_person(canvas: tuple[MapScene, MapView]) -> None:
    scene, view = canvas
    edits = collect(scene.sig_edit_requested)
    QTest.mouseDClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        at(view, card_point(scene, 2)),
    )
    assert edits == [2]


def test_rubber_band_on_the_background_selects_the_cards_inside(canvas: tuple[MapScene, MapView]) -> None:
    scene, view = canvas
    selections = collect(scene.sig_selection_changed)
    drag(view, at(view, (-470.0, -80.0)), at(view, (140.0, 290.0)))
    assert scene.selected_stakeholders() == [1, 2]
    assert selections[-1] == [1, 2]


def test_middle_button_drag_pans_without_touching_the_map(canvas: tuple[MapScene, MapView]) -> None:
    scene, view = canvas
    moves = collect(scene.sig_nodes_moved)
    start = at(view, card_point(scene, 1))
    before = view.mapToScene(start)
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, start + QPoint(120, 60))
    QTest.mouseRelease(
        viewport, Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier, start + QPoint(120, 60)
    )
    assert view.mapToScene(start + QPoint(120, 60)) == before  # the map moved with the mouse
    assert moves == [] and scene.node_positions()[1] == (0.0, 0.0)


def test_space_drag_pans_instead_of_moving_the_card(canvas: tuple[MapScene, MapView]) -> None:
    scene, view = canvas
    moves = collect(scene.sig_nodes_moved)
    view.setFocus()
    start = at(view, card_point(scene, 2))
    before = view.mapToScene(start)
    QTest.keyPress(view, Qt.Key.Key_Space)
    drag(view, start, start + QPoint(-90, -40))
    QTest.keyRelease(view, Qt.Key.Key_Space)
    assert view.mapToScene(start + QPoint(-90, -40)) == before
    assert moves == [] and scene.node_positions()[2] == POSITIONS[2]
    drag(view, at(view, card_point(scene, 2)), at(view, card_point(scene, 2)) + QPoint(20, 0))
    assert list(moves[0]) == [2]  # Space released: dragging moves cards again


# --- zoom, fit, legend ----------------------------------------------------------------------------


def test_wheel_zooms_under_the_mouse_and_is_clamped(canvas: tuple[MapScene, MapView]) -> None:
    scene, view = canvas
    zooms = collect(view.sig_zoom_changed)
    point = at(view, card_point(scene, 4))
    under = view.mapToScene(point)
    wheel(view, point, 120)
    assert view.zoom() > 1.1 and zooms
    assert (view.mapToScene(point) - under).manhattanLength() < 3  # the point under the mouse stays put
    for _ in range(40):
        wheel(view, point, 120)
    assert view.zoom() == pytest.approx(4.0)
    for _ in range(80):
        wheel(view, point, -120)
    assert view.zoom() == pytest.approx(0.1)


def test_fit_to_view_shows_every_card_clear_of_the_legend(canvas: tuple[MapScene, MapView]) -> None:
    scene, view = canvas
    view.set_zoom(4.0)
    view.fit_to_view()
    visible = QRectF(view.viewport().rect())
    for item in scene.node_items():
        on_screen = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        assert visible.contains(QRectF(on_screen)), item.node.name
        assert not view.legend_rect().intersects(QRectF(on_screen)), item.node.name


def test_zoomed_out_cards_are_drawn_in_batches_but_stay_interactive(
    canvas: tuple[MapScene, MapView], qtbot: QtBot
) -> None:
    scene, view = canvas
    view.set_zoom(0.3)
    card = scene.node_item(2)
    assert scene.is_batched() and card.flags() & QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
    moves = collect(scene.sig_nodes_moved)
    start = at(view, card_point(scene, 2, dx=-20))
    drag(view, start, start + QPoint(30, 0))
    assert list(moves[0]) == [2] and moves[0][2][1][0] == pytest.approx(-200.0, abs=4)
    assert card.isSelected() and not card.flags() & QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
    view.set_zoom(1.0)
    assert scene.is_batched()  # while it zooms, one layer draws every card (from its picture)
    qtbot.waitUntil(lambda: not scene.is_batched())  # still again: close up, cards draw themselves
    assert not card.flags() & QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


def test_zoomed_out_a_still_map_shows_each_name_large_enough_to_read_and_a_zooming_one_does_not(
    canvas: tuple[MapScene, MapView], monkeypatch: pytest.MonkeyPatch
) -> None:
    scene, view = canvas
    drawn: list[tuple[str, float, bool]] = []
    monkeypatch.setattr(
        "consensus_app.ui.map.node_layer.paint_far_name",
        lambda _painter, name, _area, lod, _color, rtl, _wide=None: drawn.append((name, lod, rtl)),
    )
    view.set_zoom(0.4)
    scene.set_interacting(False)
    view.viewport().repaint()
    assert scene.is_batched()
    shown = {name for name, _lod, _rtl in drawn}
    assert {"Dana Ruiz", "Lee Park", "田中 美咲", "سارا احمدی"} <= shown
    assert all(rtl == (name == "سارا احمدی") for name, _lod, rtl in drawn)  # Persian aligns right
    drawn.clear()
    scene.set_interacting(True, zooming=True)
    view.viewport().repaint()
    assert drawn == []  # while the map zooms, the cards skip their names
    scene.set_interacting(False)
    drawn.clear()
    scene.set_interacting(True)  # a pan: the names stay (no flicker with every drag of the canvas)
    view.viewport().repaint()
    assert {"Dana Ruiz", "Lee Park"} <= {name for name, _lod, _rtl in drawn}


def test_far_names_wrap_on_words_and_elide_what_does_not_fit(qtbot: QtBot) -> None:
    from consensus_app.ui.map.far_names import far_name_lines

    assert far_name_lines("Margaret Halvorsen", 150, 24, 2) == ("Margaret", "Halvorsen")
    assert far_name_lines("Margaret Halvorsen", 150, 24, 1)[0].endswith("…")
    three = far_name_lines("Maria del Carmen Fernández-Ortega", 150, 24, 2)
    assert len(three) == 2 and three[0] == "Maria del" and three[1].endswith("…")
    assert far_name_lines("Bo Li", 150, 24, 2) == ("Bo Li",)
    assert far_name_lines("Wolfeschlegelsteinhausenbergerdorff", 150, 24, 2)[0].endswith("…")
    # What does not fit loses whole words ("Margaret …"), never half of one ("Marg…").
    assert far_name_lines("Margaret Halvorsen", 180, 24, 1) == ("Margaret …",)
    assert three[1] == "Carmen …"


def test_a_name_is_wrapped_whole_or_not_at_all(qtbot: QtBot) -> None:
    from consensus_app.ui.map.far_names import _font, wrapped_lines

    metrics = _font(24)[1]  # widths from the font in use, so the test holds whatever fonts are installed

    def widest(*words: str) -> float:
        return max(metrics.horizontalAdvance(w) for w in words) + 1

    one_word = widest("Øystein", "Kristiansen")
    assert wrapped_lines("Øystein Kristiansen", (one_word, one_word), 24) == ("Øystein", "Kristiansen")
    assert wrapped_lines("Øystein Kristiansen", (widest("Øystein Kristiansen"),), 24) == (
        "Øystein Kristiansen",
    )
    one_each = widest("Siti", "Rahmawati", "Nurhaliza")  # each word fits a line, no two do
    assert wrapped_lines("Siti Rahmawati Nurhaliza", (one_each, one_each), 24) is None  # three lines' worth
    long = "Wolfeschlegelsteinhausenbergerdorff"
    assert wrapped_lines(long, (widest(long) - 2, widest(long) - 2), 24) is None


def test_a_long_name_makes_its_card_taller_or_wider_never_cut(qtbot: QtBot) -> None:
    from consensus_app.ui.map.card import (
        CARD_HEIGHT,
        TALL_CARD_HEIGHT,
        WIDEST_CARD,
        card_look,
        card_width,
    )
    from consensus_app.ui.map.far_names import fitted_name

    def member(name: str, influence: int = 5) -> MapNode:
        return MapNode(7, "p7", name, "Manager, Finance", Function.FINANCE, Profile.GUIDE, None, 1,
                       BuyingRole.USER, False, 1, influence)  # fmt: skip

    short = card_look(member("Ana Silva", influence=1))
    assert (short.width, short.height) == (card_width(1), CARD_HEIGHT)  # influence sets the width
    long = card_look(member("Muhammad A. Rizky Pratama Wijaya"))
    assert long.height == TALL_CARD_HEIGHT and long.width <= WIDEST_CARD
    # At a third of full size (a 25-member committee fitted to a laptop window) it reads whole, in
    # three lines of 9 px, and up close its lines hold every word of it.
    area, wide = long.name_area, long.name_wide
    lod = 0.34
    size, lines, whole = fitted_name(
        long.name, (area.left(), area.top(), area.width(), area.height()), (wide.left(), wide.width()), lod
    )
    assert whole and " ".join(lines) == long.name and len(lines) == 3 and size * lod >= 8.5
    up_close = " ".join(text for _rect, index, text, _align in long.lines if index == 0)
    assert up_close == long.name and all(rect.bottom() <= long.height / 2 for rect, *_ in long.lines)
    # A word wider than a narrow card's far-zoom line widens that card instead of being cut.
    word = card_look(replace(member("Siti Rahmawati"), member_id=None))  # off the committee: 170 px
    assert card_width(1) < word.width <= WIDEST_CARD and word.height == CARD_HEIGHT
    outsider = card_look(replace(member("Muhammad A. Rizky Pratama Wijaya"), member_id=None))
    assert outsider.height == CARD_HEIGHT  # only committee members' cards grow taller


def test_legend_is_drawn_in_the_view_and_can_be_hidden(canvas: tuple[MapScene, MapView]) -> None:
    _scene, view = canvas
    view.centerOn(QPointF(5000, 5000))  # empty canvas under the legend

    def legend_pixels_differ_from_canvas() -> bool:
        image = view.viewport().grab().toImage()
        rect = view.legend_rect().toRect()
        canvas_color = QColor(palette.CANVAS_COLOR)
        samples = [image.pixelColor(rect.left() + x, rect.top() + y) for x in range(5, rect.width(), 7)
                   for y in range(5, rect.height(), 7)]  # fmt: skip
        return sum(color != canvas_color for color in samples) > len(samples) // 2

    assert view.is_legend_visible() and legend_pixels_differ_from_canvas()
    view.set_legend_visible(False)
    assert not legend_pixels_differ_from_canvas()


def test_paint_legend_paints_its_whole_size() -> None:
    size = legend_size()
    image = QImage(int(size.width()) + 20, int(size.height()) + 20, QImage.Format.Format_ARGB32)
    image.fill(QColor("#000000"))
    painter = QPainter(image)
    rect = paint_legend(painter, QPointF(10, 10), opacity=1.0)
    painter.end()
    assert rect.size() == size
    assert image.pixelColor(int(rect.center().x()), int(rect.bottom()) - 3) == QColor("#FFFFFF")
    assert image.pixelColor(5, 5) == QColor("#000000")


# --- programmatic changes -------------------------------------------------------------------------


def test_move_nodes_moves_cards_and_lines_without_reporting_a_drag(canvas: tuple[MapScene, MapView]) -> None:
    scene, _view = canvas
    moves = collect(scene.sig_nodes_moved)
    conflict = next(e for e in scene.edge_items() if e.relationship_id == 12)
    scene.move_nodes({1: (900.0, 0.0)})
    assert scene.node_positions()[1] == (900.0, 0.0)
    assert (
        scene.node_item(1).scene_card_rect().adjusted(-4, -4, 4, 4).contains(conflict.path.pointAtPercent(1))
    )
    assert moves == []
    assert scene.sceneRect().contains(scene.node_item(1).sceneBoundingRect())  # the scene grew


def test_move_nodes_can_animate(canvas: tuple[MapScene, MapView], qtbot: QtBot) -> None:
    scene, _view = canvas
    moves = collect(scene.sig_nodes_moved)
    scene.move_nodes({2: (-600.0, 400.0), 4: (600.0, 400.0)}, animate=True)
    assert scene.is_animating() and scene.node_positions()[2] != (-600.0, 400.0)
    qtbot.waitUntil(lambda: not scene.is_animating(), timeout=2000)
    assert scene.node_positions()[2] == (-600.0, 400.0) and scene.node_positions()[4] == (600.0, 400.0)
    assert moves == []


def test_selection_survives_set_map(canvas: tuple[MapScene, MapView]) -> None:
    scene, _view = canvas
    scene.select_stakeholders([2, 4])
    next(e for e in scene.edge_items() if e.relationship_id == 11).setSelected(True)
    selections = collect(scene.sig_selection_changed)
    scene.set_map(small_map(stance_of_2=1), scene.node_positions())
    assert scene.selected_stakeholders() == [2, 4]
    assert scene.selected_relationships() == [11]
    assert scene.node_item(2).look.stance == 1  # the new data is shown
    assert selections == []  # same people selected: no change to report
    scene.set_map(replace(small_map(), nodes=small_map().nodes[:3], edges=small_map().edges[:2]), POSITIONS)
    assert scene.selected_stakeholders() == [2] and selections == [[2]]


def test_highlight_rings_some_and_dims_the_others(canvas: tuple[MapScene, MapView]) -> None:
    scene, _view = canvas
    scene.highlight([1, 2])
    assert scene.node_item(1).is_highlighted() and scene.node_item(2).is_highlighted()
    assert scene.node_item(4).opacity() < 0.5
    lit = next(e for e in scene.edge_items() if e.kind == EdgeKind.REPORTS_TO and e.edge.source_id == 2)
    assert lit.opacity_class() == pytest.approx(1.0)  # between highlighted people
    other = next(e for e in scene.edge_items() if e.kind == EdgeKind.REPORTS_TO and e.edge.source_id == 4)
    assert other.opacity_class() == pytest.approx(1.0)  # touches a highlighted person
    assert next(e for e in scene.edge_items() if e.relationship_id == 10).opacity_class() == pytest.approx(
        1.0
    )
    scene.highlight([3])
    assert next(e for e in scene.edge_items() if e.relationship_id == 10).opacity_class() < 0.2
    scene.highlight([])
    assert not scene.node_item(1).is_highlighted() and scene.node_item(4).opacity() == 1.0
    assert next(e for e in scene.edge_items() if e.relationship_id == 10).opacity_class() == 1.0


# --- export ---------------------------------------------------------------------------------------


def test_render_scene_image_contains_every_card_and_grows_with_the_map(
    canvas: tuple[MapScene, MapView],
) -> None:
    scene, _view = canvas
    scene.select_stakeholders([1])
    image = render_scene_image(scene, scale=1.0)
    area = export_rect(scene)
    assert (image.width(), image.height()) == (
        pytest.approx(area.width(), abs=1),
        pytest.approx(area.height(), abs=1),
    )
    for item in scene.node_items():
        band = item.scene_card_rect()
        x, y = band.left() + 6 - area.left(), band.center().y() + 14 - area.top()  # inside the stance band
        pixel = image.pixelColor(int(x), int(y))
        expected = (
            palette.stance_color(item.node.stance)
            if item.node.on_committee
            else QColor(palette.NOT_MEMBER_COLOR)
        )
        if not item.node.on_committee:  # faded: blended towards the white background
            expected = palette.blend(expected, QColor("#FFFFFF"), item.opacity())
        assert abs(pixel.red() - expected.red()) + abs(pixel.green() - expected.green()) < 40, item.node.name
    scene.move_nodes({4: (3000.0, 2000.0)})
    bigger = render_scene_image(scene, scale=1.0)
    assert bigger.width() > image.width() + 2000 and bigger.height() > image.height() + 1500
    doubled = render_scene_image(scene, scale=2.0, include_legend=False)
    assert doubled.width() == pytest.approx(2 * export_rect(scene, include_legend=False).width(), abs=2)
