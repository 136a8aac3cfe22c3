"""Priorities, through the inspector: typed in their words then Enter (the shipped bug: Enter did
nothing), edited by a double-click, removed with the button; undo and redo of each."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from consensus_app.ui.main_window import MainWindow
from models import PriorityKind
from tests.acceptance_kit import (
    compose,
    covers,
    double_click,
    inspector_priorities,
    nordlys,  # noqa: F401 - fixture
    person_id,
    redo,
    select,
    type_and_enter,
    undo,
    window,  # noqa: F401 - fixture
)
from tests.window_fixtures import settings  # noqa: F401 - fixture


def _saved(window: MainWindow, name: str) -> list[str]:
    return [p.text for p in window.controller.repos.priorities.for_stakeholder(person_id(window, name))]


@covers("inspector:new-priority")
def test_a_priority_typed_then_enter_is_added_and_can_be_undone(qtbot: QtBot, window: MainWindow) -> None:
    select(qtbot, window, "Øystein Bråten")
    type_and_enter(qtbot, window.inspector.new_priority, "Fewer surprises in fuel costs")
    assert inspector_priorities(window) == ["Hold opex flat through 2027", "Fewer surprises in fuel costs"]
    assert window.inspector.new_priority.text() == ""  # sent: the field is ready for the next one
    added = window.controller.repos.priorities.for_stakeholder(person_id(window, "Øystein Bråten"))[-1]
    assert (added.text, added.kind, added.account_id) == (
        "Fewer surprises in fuel costs",
        PriorityKind.GOAL,
        1,
    )

    assert undo(qtbot, window) == "&Undo Add a priority of Øystein Bråten"
    assert inspector_priorities(window) == ["Hold opex flat through 2027"]
    assert _saved(window, "Øystein Bråten") == ["Hold opex flat through 2027"]
    redo(qtbot, window)
    assert inspector_priorities(window)[-1] == "Fewer surprises in fuel costs"
    assert _saved(window, "Øystein Bråten")[-1] == "Fewer surprises in fuel costs"


def test_priorities_in_korean_japanese_and_persian_are_kept_as_typed(
    qtbot: QtBot, window: MainWindow
) -> None:
    select(qtbot, window, "高橋 健太")
    field = window.inspector.new_priority
    for words in ("클라우드 비용을 줄이고 싶다", "運航データをリアルタイムで見たい", "هزینه سوخت کمتر"):
        compose(qtbot, field, words)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert _saved(window, "高橋 健太") == [
        "データ基盤を一つにまとめたい",
        "클라우드 비용을 줄이고 싶다",
        "運航データをリアルタイムで見たい",
        "هزینه سوخت کمتر",
    ]
    assert inspector_priorities(window) == _saved(window, "高橋 健太")
    listed = window.inspector.priorities
    sides = [Qt.AlignmentFlag(listed.item(i).textAlignment()) & Qt.AlignmentFlag.AlignRight for i in range(4)]
    assert [bool(side) for side in sides] == [False, False, False, True]  # Persian starts on the right


@covers("inspector:priorities")
def test_a_double_click_edits_a_priority_in_their_words(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(_parent: object, _title: str, _label: str, text: str = "", **_kw: object) -> tuple[str, bool]:
        asked.append(text)
        return "  قراردادها باید کوتاه و شفاف باشند ", True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    select(qtbot, window, "پریسا رحیمی")
    items = window.inspector.priorities
    rect = items.visualItemRect(items.item(0))
    double_click(qtbot, items.viewport(), rect.center())
    assert asked == ["قراردادها باید شفاف باشند"]  # the dialog opens on what is saved
    assert inspector_priorities(window) == ["قراردادها باید کوتاه و شفاف باشند"]
    assert _saved(window, "پریسا رحیمی") == ["قراردادها باید کوتاه و شفاف باشند"]

    assert undo(qtbot, window) == "&Undo Edit a priority of پریسا رحیمی"
    assert _saved(window, "پریسا رحیمی") == ["قراردادها باید شفاف باشند"]
    assert inspector_priorities(window) == ["قراردادها باید شفاف باشند"]
    redo(qtbot, window)
    assert _saved(window, "پریسا رحیمی") == ["قراردادها باید کوتاه و شفاف باشند"]


@covers("inspector:remove-priority")
def test_remove_a_priority_then_undo_and_redo(qtbot: QtBot, window: MainWindow) -> None:
    select(qtbot, window, "佐藤 美咲")
    items = window.inspector.priorities
    qtbot.mouseClick(
        items.viewport(), Qt.MouseButton.LeftButton, pos=items.visualItemRect(items.item(0)).center()
    )
    qtbot.mouseClick(window.inspector.remove_priority, Qt.MouseButton.LeftButton)
    assert inspector_priorities(window) == [] and _saved(window, "佐藤 美咲") == []
    assert undo(qtbot, window) == "&Undo Remove a priority of 佐藤 美咲"
    assert inspector_priorities(window) == ["No vessel data leaves the EU"]
    redo(qtbot, window)
    assert _saved(window, "佐藤 美咲") == []


def test_remove_with_nothing_chosen_removes_nothing(qtbot: QtBot, window: MainWindow) -> None:
    select(qtbot, window, "佐藤 美咲")
    qtbot.mouseClick(window.inspector.remove_priority, Qt.MouseButton.LeftButton)
    assert _saved(window, "佐藤 美咲") == ["No vessel data leaves the EU"]


def test_unsent_priority_text_is_cleared_when_another_person_is_selected(
    qtbot: QtBot, window: MainWindow
) -> None:
    select(qtbot, window, "Øystein Bråten")
    qtbot.keyClicks(window.inspector.new_priority, "Half a thought about Øystein")
    window.controller.refresh()  # another edit or a colleague's change reloads the same person
    assert window.inspector.new_priority.text() == "Half a thought about Øystein"
    select(qtbot, window, "Nur Aini")
    assert window.inspector.new_priority.text() == ""
    qtbot.keyClick(window.inspector.new_priority, Qt.Key.Key_Return)
    assert _saved(window, "Nur Aini") == []  # nothing meant for Øystein lands on Nur
