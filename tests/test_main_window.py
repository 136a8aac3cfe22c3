"""The main window driven as a user would: create, connect, undo, redo, reload."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from consensus_app.core.interchange import check_document
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import Workspace, open_workspace
from consensus_app.ui import main_window as main_window_module
from consensus_app.ui.demo_switch import OPEN_DEMO
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.settings import UiSettings
from models import RelationshipKind
from tests.conftest import minimal_document
from tests.window_fixtures import acme, open_window, settings  # noqa: F401 - fixtures


def _names_on_map(window: MainWindow) -> set[str]:
    assert window.controller.pursuit_map is not None
    return {n.name for n in window.controller.pursuit_map.nodes}


def _ties(window: MainWindow) -> set[tuple[int, int, str]]:
    assert window.controller.pursuit_map is not None
    return {
        (e.source_id, e.target_id, e.kind.value)
        for e in window.controller.pursuit_map.edges
        if e.relationship_id
    }


def _view_point(window: MainWindow, stakeholder_id: int) -> QPoint:
    x, y = window.scene.node_positions()[stakeholder_id]
    from PySide6.QtCore import QPointF

    return window.view.mapFromScene(QPointF(x, y))


def test_an_empty_workspace_opens_on_the_welcome_page(
    qtbot: QtBot, workspace: Workspace, settings: UiSettings
) -> None:
    window = open_window(qtbot, workspace, settings)
    assert window.pages.currentWidget() is window.welcome
    intro = window.welcome.intro
    assert intro.height() >= intro.heightForWidth(intro.width()) > intro.fontMetrics().height()  # all lines
    # Its demo button asks the app for a fresh demo copy of its own: this workspace stays empty.
    with qtbot.waitSignal(window.workspace_menu.sig_switch, timeout=5_000) as asked:
        window.welcome.sig_open_demo.emit()
    assert asked.args == [OPEN_DEMO]
    assert workspace.repos.accounts.list() == []


def test_the_first_pursuit_opens_with_its_map_and_committee(
    qtbot: QtBot, acme: Workspace, settings: UiSettings
) -> None:
    window = open_window(qtbot, acme, settings)
    assert _names_on_map(window) == {"Dana Ruiz", "Lee Park", "Sam Okafor"}
    assert window.committee.model.rowCount() == 2  # Dana is at the account but not on this committee
    assert len(window.scene.node_positions()) == 3


def test_create_a_stakeholder_through_the_inspector_then_undo_and_redo(
    qtbot: QtBot, acme: Workspace, settings: UiSettings
) -> None:
    window = open_window(qtbot, acme, settings)
    window.new_person_action.trigger()
    qtbot.keyClicks(window.inspector.name, "Ana Lima")
    window.inspector.function.set_value(window.inspector.function.itemData(0))
    qtbot.mouseClick(window.inspector.add_button, Qt.MouseButton.LeftButton)
    assert "Ana Lima" in _names_on_map(window)
    assert window.committee.model.rowCount() == 3
    assert window.undo_action.text() == "&Undo Add Ana Lima"

    window.undo_action.trigger()
    assert "Ana Lima" not in _names_on_map(window)
    assert window.committee.model.rowCount() == 2
    window.redo_action.trigger()
    assert "Ana Lima" in _names_on_map(window)
    assert window.committee.model.rowCount() == 3


def test_a_blank_name_is_refused_inline(qtbot: QtBot, acme: Workspace, settings: UiSettings) -> None:
    window = open_window(qtbot, acme, settings)
    window.new_person_action.trigger()
    qtbot.mouseClick(window.inspector.add_button, Qt.MouseButton.LeftButton)
    assert window.inspector.name_error.isVisible()
    assert window.inspector.name_error.text() == "A name is required."
    assert len(acme.repos.stakeholders.for_account(1)) == 3


def test_a_reporting_cycle_is_refused_inline(qtbot: QtBot, acme: Workspace, settings: UiSettings) -> None:
    window = open_window(qtbot, acme, settings)
    window.scene.select_stakeholders([1])  # Dana, the CEO
    inspector = window.inspector
    inspector.reports_to.setCurrentIndex(inspector.reports_to.findData(3))  # Sam reports (via Lee) to Dana
    assert inspector.reports_error.isVisible()
    assert "Dana Ruiz → Sam Okafor → Lee Park → Dana Ruiz" in inspector.reports_error.text()
    assert acme.repos.stakeholders.get(1).reports_to_id is None


def test_connect_two_nodes_by_dragging_then_undo_and_redo(
    qtbot: QtBot, acme: Workspace, settings: UiSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(main_window_module, "choose_relationship_kind", lambda *_: RelationshipKind.ALLIES)
    window = open_window(qtbot, acme, settings)
    viewport = window.view.viewport()
    start, end = _view_point(window, 1), _view_point(window, 3)
    modifier = Qt.KeyboardModifier.ShiftModifier  # Shift+drag from a card draws a tie
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, modifier, start)
    for step in range(1, 11):
        QTest.mouseMove(viewport, start + (end - start) * step / 10)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifier, end)
    assert (1, 3, "allies") in _ties(window)

    window.undo_action.trigger()
    assert (1, 3, "allies") not in _ties(window)
    window.redo_action.trigger()
    assert (1, 3, "allies") in _ties(window)


def test_a_reloaded_workspace_shows_the_same_map(
    qtbot: QtBot, acme: Workspace, settings: UiSettings, db_path: Path
) -> None:
    window = open_window(qtbot, acme, settings)
    old = window.scene.node_positions()[2]
    window.scene.move_nodes({2: (640.0, 480.0)})  # as a drag leaves it
    window.controller.move_nodes({2: (old, (640.0, 480.0))})
    window.controller.link_people(1, 3, RelationshipKind.CONFLICTS)
    before = (_names_on_map(window), _ties(window), window.scene.node_positions()[2])
    window.close()

    again = open_workspace(str(db_path))
    reopened = open_window(qtbot, again, settings)
    assert reopened.controller.pursuit_id == window.controller.pursuit_id
    qtbot.waitUntil(lambda: reopened.scene.node_positions().get(2) == (640.0, 480.0))
    assert (_names_on_map(reopened), _ties(reopened), reopened.scene.node_positions()[2]) == before
    again.close()


def test_moving_cards_is_one_undoable_command(qtbot: QtBot, acme: Workspace, settings: UiSettings) -> None:
    window = open_window(qtbot, acme, settings)
    old = window.scene.node_positions()
    window.scene.move_nodes({1: (10.0, 10.0), 2: (300.0, 10.0)})  # as a drag leaves them
    window.controller.move_nodes({1: (old[1], (10.0, 10.0)), 2: (old[2], (300.0, 10.0))})
    assert window.undo_action.text() == "&Undo Move 2 cards"
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: window.scene.node_positions()[1] == old[1])
    assert window.scene.node_positions()[2] == old[2]


def test_deleting_from_the_map_can_be_undone(qtbot: QtBot, acme: Workspace, settings: UiSettings) -> None:
    window = open_window(qtbot, acme, settings)
    window.scene.select_stakeholders([2])
    window.delete_action.trigger()
    assert "Lee Park" not in _names_on_map(window)
    window.undo_action.trigger()
    assert "Lee Park" in _names_on_map(window)
    assert window.committee.model.rowCount() == 2


def test_window_state_and_last_pursuit_are_restored(
    qtbot: QtBot, acme: Workspace, settings: UiSettings
) -> None:
    second = minimal_document(id="globex", name="Globex")
    import_document(acme, check_document(second))
    window = open_window(qtbot, acme, settings)
    window.navigator.select_pursuit(2)
    window.layout_actions["grid"].trigger()
    window.close()
    reopened = open_window(qtbot, acme, settings)
    assert reopened.controller.pursuit_id == 2
    assert reopened.layout_actions["grid"].isChecked()


def test_renaming_and_deleting_a_pursuit_from_the_navigator_can_be_undone(
    qtbot: QtBot, acme: Workspace, settings: UiSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from consensus_app.ui.dialogs import PursuitDialog
    from models import BuyingStage

    def edit(dialog: PursuitDialog) -> int:
        assert dialog.name.text() == "Analytics platform"  # the form opens with what is saved
        dialog.name.setText("Data platform")
        dialog.stage.set_value(BuyingStage.SUPPLIER_SELECTION)
        return 1

    window = open_window(qtbot, acme, settings)
    monkeypatch.setattr(PursuitDialog, "exec", edit)
    window.navigator.sig_rename_requested.emit("pursuit", 1)
    pursuit = acme.repos.pursuits.get(1)
    assert (pursuit.name, pursuit.stage) == ("Data platform", BuyingStage.SUPPLIER_SELECTION)
    assert pursuit.value == 250000
    assert "Data platform" in window.navigator.model.item(0).child(0).text()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.navigator.sig_delete_requested.emit("pursuit", 1)
    assert acme.repos.pursuits.for_account(1) == []
    assert window.controller.pursuit_map is None
    window.undo_action.trigger()
    assert [p.name for p in acme.repos.pursuits.for_account(1)] == ["Data platform"]
    assert len(acme.repos.committee.for_pursuit(1)) == 2


def test_a_relationship_is_changed_from_its_menu_on_the_map(
    qtbot: QtBot, acme: Workspace, settings: UiSettings
) -> None:
    from consensus_app.ui.map.edge_item import EdgeItem

    window = open_window(qtbot, acme, settings)
    edge = next(e for e in window.scene.edge_items() if isinstance(e, EdgeItem) and e.relationship_id == 1)
    at = window.view.mapFromScene(edge.path.pointAtPercent(0.5))

    def choose_allies() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        menu.setActiveAction(next(a for a in menu.actions() if a.text().startswith("Allies")))
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(50, choose_allies)
    window._on_view_menu(at)
    assert acme.repos.relationships.get(1).kind.value == "allies"
    window.undo_action.trigger()
    assert acme.repos.relationships.get(1).kind.value == "influences"
