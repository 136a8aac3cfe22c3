"""The View menu and the map's toolbar: the three layouts, Reset layout, Fit, Zoom in and out, the
committee view and Everyone; Edit ▸ Find; File ▸ Quit (the window closes and remembers itself)."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication, QToolBar
from pytestqt.qtbot import QtBot

from consensus_app.storage.workspace import Workspace
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.settings import UiSettings
from tests.acceptance_kit import (
    covers,
    menu_action,
    nordlys,  # noqa: F401 - fixture
    person_id,
    status,
    window,  # noqa: F401 - fixture
)
from tests.window_fixtures import open_window, settings  # noqa: F401 - fixture


def _settled(qtbot: QtBot, window: MainWindow) -> dict[int, tuple[float, float]]:
    qtbot.waitUntil(lambda: not window.scene.is_animating() and not window.layouts.busy, timeout=20_000)
    return dict(window.scene.node_positions())


@covers("action:layout-org", "action:layout-influence", "action:layout-grid")
def test_each_layout_rearranges_the_cards_and_is_remembered(qtbot: QtBot, window: MainWindow) -> None:
    org = _settled(qtbot, window)
    cfo, ceo = person_id(window, "Øystein Bråten"), person_id(window, "Ingrid Solberg")
    assert org[ceo][1] < org[cfo][1]  # the org chart puts a manager above their report
    seen = {"org": org}
    for name in ("influence", "grid", "org"):
        menu_action(window, "View", f"layout-{name}").trigger()
        seen[name] = _settled(qtbot, window)
        assert window.controller.layout == name
        assert menu_action(window, "View", f"layout-{name}").isChecked()
    assert seen["grid"] != seen["org"] and seen["influence"] != seen["org"]
    assert set(seen["grid"]) == set(seen["org"])  # the same people, placed differently
    assert window.backdrop is not None
    window.close()
    assert window.settings.text("map/layout", "") == "org"


@covers("action:reset-layout")
def test_reset_layout_forgets_cards_moved_by_hand(qtbot: QtBot, window: MainWindow) -> None:
    placed = _settled(qtbot, window)
    nur = person_id(window, "Nur Aini")
    window.scene.move_nodes({nur: (4000.0, 4000.0)})  # as a drag leaves it
    window.controller.move_nodes({nur: (placed[nur], (4000.0, 4000.0))})
    assert window.controller.saved_positions()[nur] == (4000.0, 4000.0)
    menu_action(window, "View", "reset-layout").trigger()
    assert window.controller.saved_positions() == {}
    assert _settled(qtbot, window)[nur] == placed[nur]


@covers("action:fit", "action:zoom-in", "action:zoom-out")
def test_fit_and_zoom_change_what_the_map_shows(qtbot: QtBot, window: MainWindow) -> None:
    _settled(qtbot, window)
    view = window.view
    menu_action(window, "View", "fit").trigger()
    fitted = view.zoom()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert all(visible.contains(QPointF(*p)) for p in window.scene.node_positions().values())
    menu_action(window, "View", "zoom-in").trigger()
    assert view.zoom() > fitted
    menu_action(window, "View", "zoom-out").trigger()
    menu_action(window, "View", "zoom-out").trigger()
    assert view.zoom() < fitted
    toolbar = window.findChild(QToolBar, "map-toolbar")
    assert "fit" in [a.objectName() for a in toolbar.actions()]


@covers("action:view-committee", "action:view-everyone")
def test_the_committee_view_and_everyone(qtbot: QtBot, window: MainWindow) -> None:
    members = {n.stakeholder_id for n in window.controller.pursuit_map.nodes if n.on_committee}  # type: ignore[union-attr]
    menu_action(window, "View", "view-everyone").trigger()
    everyone = set(window.scene.node_positions())
    assert len(everyone) == 32
    menu_action(window, "View", "view-committee").trigger()
    shown = set(window.scene.node_positions())
    assert members <= shown < everyone
    assert person_id(window, "Putri Lestari") not in shown  # an HR partner who links nobody on it
    assert status(window)  # it says what is shown and what is left out


@covers("action:find")
def test_find_puts_the_cursor_in_the_search_box(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    menu_action(window, "Edit", "find").trigger()
    # (The window's own focus widget: under load the offscreen window may not be active yet.)
    assert window.navigator.search.hasFocus() or window.focusWidget() is window.navigator.search
    qtbot.keyClicks(window.navigator.search, "Fleet")
    proxy = window.navigator.proxy
    assert proxy.rowCount() >= 1


@covers("action:quit")
def test_quit_closes_the_window_and_it_reopens_where_it_was(
    qtbot: QtBot, window: MainWindow, nordlys: Workspace, settings: UiSettings
) -> None:
    menu_action(window, "View", "layout-grid").trigger()
    pursuit = window.controller.pursuit_id
    menu_action(window, "File", "quit").trigger()
    assert not window.isVisible()
    again = open_window(qtbot, nordlys, settings)
    assert again.controller.pursuit_id == pursuit and again.controller.layout == "grid"


def test_drag_a_card_then_undo_and_redo_the_move(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    placed = _settled(qtbot, window)
    nur = person_id(window, "Nur Aini")
    viewport = window.view.viewport()
    start = window.view.mapFromScene(QPointF(*placed[nur]))
    end = start + type(start)(120, 80)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 11):
        QTest.mouseMove(viewport, start + (end - start) * step / 10)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    moved = window.scene.node_positions()[nur]
    assert moved != placed[nur] and window.controller.saved_positions()[nur] == moved  # kept for next time
    assert menu_action(window, "Edit", "undo").text() == "&Undo Move card"
    menu_action(window, "Edit", "undo").trigger()
    qtbot.waitUntil(lambda: window.scene.node_positions()[nur] == placed[nur])
    menu_action(window, "Edit", "redo").trigger()
    qtbot.waitUntil(lambda: window.scene.node_positions()[nur] == moved)


def test_a_double_click_on_a_card_puts_the_cursor_in_the_inspectors_name(
    qtbot: QtBot, window: MainWindow
) -> None:
    from tests.acceptance_kit import double_click

    placed = _settled(qtbot, window)
    window.activateWindow()
    double_click(
        qtbot,
        window.view.viewport(),
        window.view.mapFromScene(QPointF(*placed[person_id(window, "Nur Aini")])),
    )
    assert window.inspector.name.text() == "Nur Aini"
    assert window.inspector.name.hasFocus() or QApplication.focusWidget() is window.inspector.name
