"""The committee table: its item model (checked with qtmodeltester) and the widget, driven with qtbot."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QSpinBox, QWidget

from consensus_app.core.pursuit_map import MapNode
from consensus_app.ui.committee_model import CommitteeColumn as C
from consensus_app.ui.committee_model import CommitteeModel, MemberIdRole, SortRole, StakeholderIdRole
from consensus_app.ui.committee_table import CommitteeTable
from consensus_app.ui.delegates import OptionalDateEdit
from models import BuyingRole, Function, Profile

Edit = tuple[int, str, object]


def node(sid: int, name: str, title: str, function: Function, stance: int = 0, **member: Any) -> MapNode:
    """A committee member; `member` sets the remaining MapNode fields (profile, role, influence, …)."""
    fields: dict[str, Any] = {"member_id": 100 + sid, "role": BuyingRole.INFLUENCER}
    fields["profile"] = Profile.UNKNOWN
    fields.update(member)
    return MapNode(sid, f"s-{sid}", name, title, function, reports_to_id=None, stance=stance, **fields)


def committee() -> list[MapNode]:
    return [
        node(1, "Dana Ruiz", "CEO", Function.EXECUTIVE, 1, role=BuyingRole.EXECUTIVE_SPONSOR, influence=5,
             profile=Profile.GO_GETTER, approver=True, last_engaged=date(2025, 3, 2)),
        node(2, "Lee Park", "CFO", Function.FINANCE, -1, role=BuyingRole.ECONOMIC_BUYER, approver=True,
             influence=5, profile=Profile.SKEPTIC),
        node(3, "김민준", "재무 기획 팀장", Function.FINANCE, 2, profile=Profile.TEACHER, influence=3),
        node(4, "Priya Raman", "Director of Procurement", Function.PROCUREMENT, -2,
             role=BuyingRole.PROCUREMENT, profile=Profile.BLOCKER),
        node(5, "Sam Okafor", "VP IT", Function.IT, 0, role=BuyingRole.TECHNICAL_EVALUATOR),
        MapNode(6, "s-6", "Not On Committee", "Finance analyst", Function.FINANCE, Profile.GUIDE, None),
    ]  # fmt: skip


@pytest.fixture
def edits() -> list[Edit]:
    return []


@pytest.fixture
def model(qapp: Any, edits: list[Edit]) -> CommitteeModel:
    model = CommitteeModel(lambda *edit: edits.append(edit))
    model.set_rows(committee())
    return model


@pytest.fixture
def table(qtbot: Any, edits: list[Edit]) -> CommitteeTable:
    table = CommitteeTable(lambda *edit: edits.append(edit))
    qtbot.addWidget(table)
    table.model.set_rows(committee())
    table.resize(1200, 400)
    table.show()
    qtbot.waitExposed(table)
    return table


def replace_if(n: MapNode, stakeholder_id: int, **changes: Any) -> MapNode:
    return dataclasses.replace(n, **changes) if n.stakeholder_id == stakeholder_id else n


def cell(model: CommitteeModel, stakeholder_id: int, column: C) -> QModelIndex:
    row = model.row_for_stakeholder(stakeholder_id)
    assert row is not None
    return model.index(row, column)


def view_index(table: CommitteeTable, stakeholder_id: int, column: C) -> QModelIndex:
    return table.proxy.mapFromSource(cell(table.model, stakeholder_id, column))


def shown_ids(table: CommitteeTable) -> list[int]:
    return [table.proxy.index(row, 0).data(StakeholderIdRole) for row in range(table.proxy.rowCount())]


# -- the model -------------------------------------------------------------------------------------


@pytest.mark.qt_log_level_fail("WARNING")  # the C++ tester reports failures as warnings
@pytest.mark.parametrize("force_py", [False, True], ids=["qt-tester", "py-tester"])
def test_model_passes_modeltester_through_refreshes_and_resets(
    qtmodeltester: Any, model: CommitteeModel, force_py: bool
) -> None:
    qtmodeltester.check(model, force_py=force_py)
    changed = [replace_if(n, 2, stance=2, influence=4) for n in committee()]
    model.set_rows(changed)  # same members, new values
    model.set_rows(committee()[2:])  # a different set of members
    model.set_rows([])
    model.set_rows(committee())


def test_rows_are_committee_members_with_human_words(model: CommitteeModel) -> None:
    assert model.rowCount() == 5
    assert model.row_for_stakeholder(6) is None  # not on the committee
    lee = model.row_for_stakeholder(2)
    assert lee is not None

    def show(column: C, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return model.index(lee, column).data(role)

    assert [show(c) for c in (C.NAME, C.TITLE, C.FUNCTION, C.ROLE, C.STANCE, C.INFLUENCE, C.PROFILE)] == [
        "Lee Park", "CFO", "finance", "economic buyer", "skeptical", "5", "skeptic"
    ]  # fmt: skip
    assert show(C.LAST_ENGAGED) == "never"
    assert show(C.APPROVER, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert show(C.ROLE, Qt.ItemDataRole.EditRole) == BuyingRole.ECONOMIC_BUYER
    assert show(C.STANCE, SortRole) == -1
    assert show(C.LAST_ENGAGED, SortRole) == ""
    assert show(C.NAME, StakeholderIdRole) == 2
    assert show(C.NAME, MemberIdRole) == 102
    assert "doubts" in show(C.STANCE, Qt.ItemDataRole.ToolTipRole)
    assert "Mobilizer: drives change in their organisation" in show(C.PROFILE, Qt.ItemDataRole.ToolTipRole)
    icon = show(C.STANCE, Qt.ItemDataRole.DecorationRole)
    assert icon.pixmap(12, 12).toImage().pixelColor(6, 6) == QColor("#E69F00")
    assert model.headerData(C.LAST_ENGAGED, Qt.Orientation.Horizontal) == "Last engaged"
    assert model.headerData(C.APPROVER, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)

    dana = cell(model, 1, C.LAST_ENGAGED)
    assert dana.data() == "2025-03-02"
    assert dana.data(SortRole) == "2025-03-02"
    assert dana.data(Qt.ItemDataRole.EditRole) == date(2025, 3, 2)


def test_setdata_hands_the_edit_to_the_hook_and_waits_for_set_rows(
    model: CommitteeModel, edits: list[Edit], qtbot: Any
) -> None:
    index = cell(model, 2, C.STANCE)
    with qtbot.assertNotEmitted(model.dataChanged):
        assert model.setData(index, 2)
    assert edits == [(102, "stance", 2)]
    assert index.data() == "skeptical"  # unchanged until the window refreshes

    refreshed = [replace_if(n, 2, stance=2) for n in committee()]
    with qtbot.waitSignal(model.dataChanged) as changed, qtbot.assertNotEmitted(model.modelReset):
        model.set_rows(refreshed)
    assert changed.args[0].row() == changed.args[1].row() == index.row()
    assert index.data() == "advocate"


def test_setdata_gives_each_field_its_domain_type(model: CommitteeModel, edits: list[Edit]) -> None:
    assert model.setData(cell(model, 5, C.APPROVER), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert model.setData(cell(model, 5, C.ROLE), "champion")
    assert model.setData(cell(model, 5, C.FUNCTION), Function.SECURITY)
    assert model.setData(cell(model, 5, C.PROFILE), "go_getter")
    assert model.setData(cell(model, 5, C.INFLUENCE), 4)
    assert model.setData(cell(model, 5, C.LAST_ENGAGED), QDate(2025, 4, 1))
    assert model.setData(cell(model, 1, C.LAST_ENGAGED), None)
    assert model.setData(cell(model, 5, C.NAME), "  Samuel Okafor ")
    assert model.setData(cell(model, 5, C.TITLE), "")
    assert edits == [
        (105, "approver", True),
        (105, "role", BuyingRole.CHAMPION),
        (105, "function", Function.SECURITY),
        (105, "profile", Profile.GO_GETTER),
        (105, "influence", 4),
        (105, "last_engaged", date(2025, 4, 1)),
        (101, "last_engaged", None),
        (105, "name", "Samuel Okafor"),
        (105, "title", None),
    ]
    assert type(edits[1][2]) is BuyingRole and type(edits[5][2]) is date


def test_unchanged_or_invalid_values_never_reach_the_hook(
    model: CommitteeModel, edits: list[Edit], qtbot: Any
) -> None:
    assert model.setData(cell(model, 2, C.STANCE), -1)  # the same value: nothing to undo
    with qtbot.waitSignal(model.sig_edit_failed):
        assert not model.setData(cell(model, 2, C.INFLUENCE), 9)
    with qtbot.waitSignal(model.sig_edit_failed):
        assert not model.setData(cell(model, 2, C.NAME), "   ")
    assert not model.setData(cell(model, 2, C.STANCE), 1, Qt.ItemDataRole.DisplayRole)
    assert edits == []


def test_a_hook_that_raises_fails_the_edit_with_its_message(qtbot: Any) -> None:
    def refuse(member_id: int, field: str, value: object) -> None:
        raise ValueError("The database is read-only")

    model = CommitteeModel(refuse)
    model.set_rows(committee())
    with qtbot.waitSignal(model.sig_edit_failed) as failed:
        assert model.setData(cell(model, 2, C.STANCE), 2) is False
    assert failed.args == ["The database is read-only"]
    assert cell(model, 2, C.STANCE).data() == "skeptical"


# -- the widget ------------------------------------------------------------------------------------


def open_editor(table: CommitteeTable, stakeholder_id: int, column: C) -> Any:
    index = view_index(table, stakeholder_id, column)
    table.view.setCurrentIndex(index)
    table.view.edit(index)
    editor = table.view.indexWidget(index)
    assert editor is not None, "no editor opened"
    return editor


def commit(qtbot: Any, table: CommitteeTable, editor: QWidget) -> None:
    """Enter commits like a spreadsheet; the delegate does it on the next turn of the event loop."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.view.state() != QAbstractItemView.State.EditingState)


def test_editing_in_the_view_reaches_the_hook_with_domain_types(
    table: CommitteeTable, edits: list[Edit], qtbot: Any
) -> None:
    combo = open_editor(table, 2, C.STANCE)
    assert isinstance(combo, QComboBox)
    assert combo.currentText() == "-1 skeptical"
    assert combo.itemText(0) == "-2 opposed"
    combo.setCurrentIndex(combo.findText("+2 advocate"))
    commit(qtbot, table, combo)

    spin = open_editor(table, 2, C.INFLUENCE)
    assert isinstance(spin, QSpinBox) and (spin.minimum(), spin.maximum()) == (1, 5)
    spin.setValue(3)
    commit(qtbot, table, spin)

    roles = open_editor(table, 2, C.ROLE)
    roles.setCurrentIndex(roles.findText("decision maker"))
    roles.activated.emit(roles.currentIndex())  # picking from the list commits at once

    date_editor = open_editor(table, 2, C.LAST_ENGAGED)
    assert isinstance(date_editor, OptionalDateEdit) and date_editor.value() is None
    date_editor.set_value(date(2025, 5, 6))
    commit(qtbot, table, date_editor.date_edit)

    dana = open_editor(table, 1, C.LAST_ENGAGED)
    qtbot.mouseClick(dana.clear_button, Qt.MouseButton.LeftButton)

    name = open_editor(table, 2, C.NAME)
    assert isinstance(name, QLineEdit)
    name.setText("이서연")
    commit(qtbot, table, name)

    table.view.setCurrentIndex(view_index(table, 5, C.APPROVER))
    qtbot.keyClick(table.view, Qt.Key.Key_Space)

    table.view.setCurrentIndex(view_index(table, 5, C.TITLE))
    qtbot.keyClick(table.view, Qt.Key.Key_F2)  # F2, or typing, starts editing like a spreadsheet
    assert table.view.state() == QAbstractItemView.State.EditingState
    qtbot.keyClick(table.view.focusWidget(), Qt.Key.Key_Escape)
    table.view.setCurrentIndex(view_index(table, 5, C.TITLE))
    qtbot.keyClicks(table.view, "C")
    assert isinstance(table.view.focusWidget(), QLineEdit)
    assert table.view.focusWidget().text() == "C"
    qtbot.keyClick(table.view.focusWidget(), Qt.Key.Key_Escape)

    assert edits == [
        (102, "stance", 2),
        (102, "influence", 3),
        (102, "role", BuyingRole.DECISION_MAKER),
        (102, "last_engaged", date(2025, 5, 6)),
        (101, "last_engaged", None),
        (102, "name", "이서연"),
        (105, "approver", True),
    ]
    assert [type(value) for _m, _f, value in edits] == [int, int, BuyingRole, date, type(None), str, bool]


def test_an_edit_that_refreshes_the_model_keeps_the_row_selected(qtbot: Any) -> None:
    """The window's real loop: the hook writes, then calls set_rows while the editor is committing."""
    rows = {n.stakeholder_id: n for n in committee()}
    table = CommitteeTable(lambda member_id, field, value: apply(member_id, field, value))

    def apply(member_id: int, field: str, value: object) -> None:
        target = next(n for n in rows.values() if n.member_id == member_id)
        rows[target.stakeholder_id] = dataclasses.replace(target, **{field: value})
        table.model.set_rows(list(rows.values()))

    qtbot.addWidget(table)
    table.model.set_rows(list(rows.values()))
    table.show()
    table.view.sortByColumn(C.STANCE, Qt.SortOrder.AscendingOrder)
    table.select_stakeholders([2])
    combo = open_editor(table, 2, C.STANCE)
    combo.setCurrentIndex(combo.findText("+2 advocate"))
    commit(qtbot, table, combo)
    assert view_index(table, 2, C.STANCE).data() == "advocate"
    assert set(shown_ids(table)[-2:]) == {2, 3}  # re-sorted among the advocates
    assert table.selected_stakeholder_ids() == [2]


def test_filter_matches_name_title_function_role_and_profile(table: CommitteeTable, qtbot: Any) -> None:
    assert table.filter_edit.placeholderText() == "Filter committee…"
    assert table.filter_edit.isClearButtonEnabled()
    qtbot.keyClicks(table.filter_edit, "FINANCE")
    assert sorted(shown_ids(table)) == [2, 3]  # the non-member in finance is not a row
    assert table.count_label.text() == "2 of 5 members"
    table.filter_edit.setText("blocker")
    assert shown_ids(table) == [4]
    table.filter_edit.setText("economic buyer")  # words of the role label
    assert shown_ids(table) == [2]
    table.filter_edit.setText("재무")
    assert shown_ids(table) == [3]
    table.filter_edit.setText("opposed")  # stance is not filtered on
    assert shown_ids(table) == []
    table.filter_edit.clear()
    assert len(shown_ids(table)) == 5


def test_sorting_by_stance_puts_opposed_first(table: CommitteeTable) -> None:
    table.view.sortByColumn(C.STANCE, Qt.SortOrder.AscendingOrder)
    stances = [table.proxy.index(row, C.STANCE).data(SortRole) for row in range(table.proxy.rowCount())]
    assert stances == [-2, -1, 0, 1, 2]
    assert table.proxy.index(0, C.STANCE).data() == "opposed"
    table.view.sortByColumn(C.ROLE, Qt.SortOrder.AscendingOrder)
    assert shown_ids(table)[0] == 2  # economic buyer leads the vocabulary's order


def test_selecting_rows_emits_stakeholder_ids(table: CommitteeTable, qtbot: Any) -> None:
    table.view.sortByColumn(C.NAME, Qt.SortOrder.AscendingOrder)
    first = table.view.visualRect(view_index(table, 4, C.NAME)).center()
    second = table.view.visualRect(view_index(table, 2, C.TITLE)).center()
    with qtbot.waitSignal(table.sig_selection_changed) as selected:
        qtbot.mouseClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=first)
    assert selected.args == [[4]]
    with qtbot.waitSignal(table.sig_selection_changed) as selected:
        qtbot.mouseClick(
            table.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, second
        )
    assert sorted(selected.args[0]) == [2, 4]


def test_select_stakeholders_selects_rows_without_echo(table: CommitteeTable, qtbot: Any) -> None:
    with qtbot.assertNotEmitted(table.sig_selection_changed):
        table.select_stakeholders([3, 5, 6, 999])  # 6 is not on the committee, 999 unknown
    assert sorted(table.selected_stakeholder_ids()) == [3, 5]
    selected_rows = {index.row() for index in table.view.selectionModel().selectedIndexes()}
    assert selected_rows == {view_index(table, 3, C.NAME).row(), view_index(table, 5, C.NAME).row()}
    with qtbot.assertNotEmitted(table.sig_selection_changed):
        table.select_stakeholders([])
    assert table.selected_stakeholder_ids() == []


def test_refresh_with_the_same_members_keeps_selection_and_scroll(table: CommitteeTable, qtbot: Any) -> None:
    table.view.sortByColumn(C.STANCE, Qt.SortOrder.AscendingOrder)
    table.select_stakeholders([1, 3])
    changed = [replace_if(n, 3, stance=-2) for n in committee()]
    with qtbot.assertNotEmitted(table.sig_selection_changed), qtbot.assertNotEmitted(table.model.modelReset):
        table.model.set_rows(list(reversed(changed)))  # same members, another order, one new stance
    assert sorted(table.selected_stakeholder_ids()) == [1, 3]
    assert view_index(table, 3, C.STANCE).data() == "opposed"


def test_a_new_set_of_members_keeps_the_selected_ones_that_remain(table: CommitteeTable, qtbot: Any) -> None:
    table.select_stakeholders([1, 2])
    with qtbot.waitSignal(table.sig_selection_changed) as selected:
        table.model.set_rows([n for n in committee() if n.stakeholder_id != 1])
    assert selected.args == [[2]]
    assert table.selected_stakeholder_ids() == [2]
