"""Relationships on the map: drawn with Shift+drag from one card to another (the kind picked from the
menu at the drop point), then changed and deleted from the line's right-click menu; undo and redo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.map.edge_item import EdgeItem
from models import RelationshipKind
from tests.acceptance_kit import (
    card,
    context_menu_choice,
    covers,
    menu_action,
    nordlys,  # noqa: F401 - fixture
    person_id,
    redo,
    undo,
    window,  # noqa: F401 - fixture
)
from tests.window_fixtures import settings  # noqa: F401 - fixture

KINDS = [kind.value for kind in RelationshipKind]


def _point(window: MainWindow, name: str) -> QPoint:
    x, y = window.scene.node_positions()[person_id(window, name)]
    return window.view.mapFromScene(QPointF(x, y))


def _draw_tie(window: MainWindow, source: str, target: str) -> None:
    viewport = window.view.viewport()
    start, end = _point(window, source), _point(window, target)
    shift = Qt.KeyboardModifier.ShiftModifier
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, shift, start)
    for step in range(1, 11):
        QTest.mouseMove(viewport, start + (end - start) * step / 10)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, shift, end)


def _ties(window: MainWindow) -> set[tuple[str, str, str]]:
    """The lines on the map: (from, to, kind)."""
    names = {item.stakeholder_id: item.node.name for item in window.scene.node_items()}
    return {
        (names[e.source_id], names[e.target_id], e.kind.value)
        for e in window.controller.pursuit_map.edges  # type: ignore[union-attr]
        if e.relationship_id is not None and e.source_id in names and e.target_id in names
    }


def _saved(window: MainWindow) -> set[tuple[int, int, str, int]]:
    return {
        (r.source_id, r.target_id, r.kind.value, r.strength)
        for r in window.controller.repos.relationships.for_account(1)
    }


@covers(*(f"action:new-tie-{kind}" for kind in KINDS))
@pytest.mark.parametrize("kind", KINDS)
def test_draw_a_relationship_then_undo_and_redo(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    source, target = "Nur Aini", "Øystein Bråten"
    with context_menu_choice(monkeypatch, f"new-tie-{kind}") as menus:
        _draw_tie(window, source, target)
    assert len(menus) == 1  # the kind was asked at the drop point
    assert (source, target, kind) in _ties(window)
    tie = (person_id(window, source), person_id(window, target), kind, 2)
    assert tie in _saved(window)
    assert undo(qtbot, window).startswith("&Undo Add ")
    assert (source, target, kind) not in _ties(window) and tie not in _saved(window)
    redo(qtbot, window)
    assert (source, target, kind) in _ties(window) and tie in _saved(window)


def test_a_drawn_line_dismissed_without_a_kind_adds_nothing(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _saved(window)
    with context_menu_choice(monkeypatch, None):
        _draw_tie(window, "Nur Aini", "Øystein Bråten")
    assert _saved(window) == before and window.controller.undo_stack.count() == 0


def _right_click_tie(window: MainWindow, key: str) -> None:
    record = next(r for r in window.controller.repos.relationships.for_account(1) if r.key == key)
    edge = next(
        e for e in window.scene.edge_items() if isinstance(e, EdgeItem) and e.relationship_id == record.id
    )
    at = window.view.mapFromScene(edge.path.pointAtPercent(0.5))
    window.view.customContextMenuRequested.emit(at)


@covers(
    *(f"action:tie-kind-{kind}" for kind in KINDS),
    *(f"action:tie-strength-{level}" for level in (1, 2, 3)),
    "action:tie-delete",
)
def test_change_a_relationship_from_its_menu_then_undo_each(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = window.controller.repos.relationships
    tie_id = next(r.id for r in repo.for_account(1) if r.key == "r-1")  # Nur Aini influences 高橋 健太
    for kind in ["allies", "conflicts", "dotted_line", "influences"]:
        with context_menu_choice(monkeypatch, f"tie-kind-{kind}"):
            _right_click_tie(window, "r-1")
        assert repo.get(tie_id).kind.value == kind
        assert ("Nur Aini", "高橋 健太", kind) in _ties(window)
    for level in (1, 2, 3):
        with context_menu_choice(monkeypatch, f"tie-strength-{level}"):
            _right_click_tie(window, "r-1")
        assert repo.get(tie_id).strength == level
    assert undo(qtbot, window) == "&Undo Change relationship strength"
    assert repo.get(tie_id).strength == 2
    with context_menu_choice(monkeypatch, "tie-delete"):
        _right_click_tie(window, "r-1")
    assert tie_id not in {r.id for r in repo.for_account(1)}
    assert not any(t[:2] == ("Nur Aini", "高橋 健太") for t in _ties(window))
    assert undo(qtbot, window) == "&Undo Delete relationship"
    assert repo.get(tie_id).strength == 2 and ("Nur Aini", "高橋 健太", "influences") in _ties(window)
    redo(qtbot, window)
    assert tie_id not in {r.id for r in repo.for_account(1)}


def test_a_line_selected_on_the_map_is_deleted_from_the_edit_menu(qtbot: QtBot, window: MainWindow) -> None:
    repo = window.controller.repos.relationships
    tie = next(r for r in repo.for_account(1) if r.key == "r-2")  # 佐藤 美咲 allies Øystein Bråten
    edge = next(
        e for e in window.scene.edge_items() if isinstance(e, EdgeItem) and e.relationship_id == tie.id
    )
    window.scene.clearSelection()
    edge.setSelected(True)
    menu_action(window, "Edit", "delete").trigger()
    assert tie.id not in {r.id for r in repo.for_account(1)}
    assert ("佐藤 美咲", "Øystein Bråten", "allies") not in _ties(window)
    assert card(window, "佐藤 美咲") is not None  # only the line went
    assert undo(qtbot, window) == "&Undo Delete 1 item"
    assert ("佐藤 美咲", "Øystein Bråten", "allies") in _ties(window)
