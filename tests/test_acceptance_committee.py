"""Committee seats, through the inspector and the committee table: seat someone, set role, approver,
stance, influence and last engaged, unseat them; edit every table column through its editor (type or
pick, then Enter); undo and redo each; the card, the row and the database agree."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from consensus_app.storage.workspace import Workspace
from consensus_app.ui.committee_model import CommitteeColumn as C
from consensus_app.ui.delegates import OptionalDateEdit
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.settings import UiSettings
from models import BuyingRole, CommitteeMemberRecord, Function, Profile
from tests.acceptance_kit import (
    card,
    commit_cell,
    covers,
    nordlys,  # noqa: F401 - fixture
    open_cell_editor,
    person_id,
    redo,
    select,
    table_names,
    table_text,
    undo,
    view_index,
    window,  # noqa: F401 - fixture
)
from tests.window_fixtures import open_window, settings  # noqa: F401 - fixture


def _seat(window: MainWindow, name: str) -> CommitteeMemberRecord | None:
    sid = person_id(window, name)
    pursuit = window.controller.pursuit_id
    assert pursuit is not None
    return next(
        (m for m in window.controller.repos.committee.for_pursuit(pursuit) if m.stakeholder_id == sid), None
    )


def _show_everyone(window: MainWindow) -> None:
    """The map shows the whole account (View ▸ Everyone, where the committee view exists)."""
    everyone = [a for a in window.findChildren(QAction) if a.objectName() == "view-everyone"]
    if everyone:
        everyone[0].trigger()


@covers(
    "inspector:on-committee",
    "inspector:role",
    "inspector:approver",
    "inspector:stance",
    "inspector:influence",
    "inspector:last-engaged",
)
def test_seat_someone_and_assess_them_in_the_inspector_then_undo_all(
    qtbot: QtBot, window: MainWindow
) -> None:
    _show_everyone(window)
    inspector = window.inspector
    select(qtbot, window, "Siti Rahayu")
    assert not inspector.on_committee.isChecked() and not inspector.stance.isEnabled()
    qtbot.mouseClick(inspector.on_committee, Qt.MouseButton.LeftButton)
    assert "Siti Rahayu" in table_names(window) and _seat(window, "Siti Rahayu") is not None
    assert inspector.stance.isEnabled()

    inspector.role.setCurrentIndex(inspector.role.findData(BuyingRole.INFLUENCER))
    inspector.role.setCurrentIndex(inspector.role.findData(BuyingRole.USER))
    qtbot.mouseClick(inspector.approver, Qt.MouseButton.LeftButton)
    inspector.stance.setCurrentIndex(inspector.stance.findData(2))
    inspector.influence.setFocus()
    inspector.influence.selectAll()
    qtbot.keyClicks(inspector.influence, "4")
    inspector.last_engaged.setDate(QDate(2026, 11, 30))

    seat = _seat(window, "Siti Rahayu")
    assert seat is not None
    assert (seat.role, seat.approver, seat.stance, seat.influence, seat.last_engaged) == (
        BuyingRole.USER,
        True,
        2,
        4,
        date(2026, 11, 30),
    )
    shown = card(window, "Siti Rahayu")
    assert shown is not None and (shown.stance, shown.approver, shown.influence) == (2, True, 4)
    assert table_text(window, "Siti Rahayu", C.STANCE) == "advocate"
    assert table_text(window, "Siti Rahayu", C.LAST_ENGAGED) == "2026-11-30"

    assert undo(qtbot, window) == "&Undo Change last engaged of Siti Rahayu"
    assert _seat(window, "Siti Rahayu").last_engaged is None  # type: ignore[union-attr]
    while window.controller.undo_stack.canUndo():
        undo(qtbot, window)
    assert _seat(window, "Siti Rahayu") is None and "Siti Rahayu" not in table_names(window)
    while window.controller.undo_stack.canRedo():
        redo(qtbot, window)
    assert _seat(window, "Siti Rahayu").stance == 2  # type: ignore[union-attr]
    assert table_text(window, "Siti Rahayu", C.STANCE) == "advocate"


def test_unseat_someone_from_the_inspector_then_undo(qtbot: QtBot, window: MainWindow) -> None:
    select(qtbot, window, "Lars Haugen")
    qtbot.mouseClick(window.inspector.on_committee, Qt.MouseButton.LeftButton)
    assert "Lars Haugen" not in table_names(window) and _seat(window, "Lars Haugen") is None
    assert undo(qtbot, window) == "&Undo Remove Lars Haugen from the committee"
    seat = _seat(window, "Lars Haugen")
    assert seat is not None and (seat.role, seat.influence) == (BuyingRole.PROCUREMENT, 2)
    assert "Lars Haugen" in table_names(window)


@covers(
    "table:name",
    "table:title",
    "table:function",
    "table:role",
    "table:approver",
    "table:stance",
    "table:influence",
    "table:profile",
    "table:last_engaged",
)
def test_edit_every_column_of_the_committee_table_then_undo_all(qtbot: QtBot, window: MainWindow) -> None:
    repos = window.controller.repos
    arch = person_id(window, "山本 大輔")
    person_before, seat_before = repos.stakeholders.get(arch), _seat(window, "山本 大輔")

    title = open_cell_editor(window, "山本 大輔", C.TITLE)
    assert isinstance(title, QLineEdit) and title.text() == "Enterprise Architect"
    title.selectAll()
    qtbot.keyClicks(title, "Chief Architect")
    commit_cell(qtbot, window, title)

    def pick(column: C, label: str) -> None:
        combo = open_cell_editor(window, "山本 大輔", column)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findText(label))
        combo.activated.emit(combo.currentIndex())  # a pick from the list commits at once

    pick(C.FUNCTION, "security")
    pick(C.ROLE, "champion")
    pick(C.PROFILE, "go-getter")
    stance = open_cell_editor(window, "山本 大輔", C.STANCE)
    stance.setCurrentIndex(stance.findText("+1 supportive"))
    commit_cell(qtbot, window, stance)
    influence = open_cell_editor(window, "山本 大輔", C.INFLUENCE)
    assert isinstance(influence, QSpinBox)
    influence.lineEdit().selectAll()
    qtbot.keyClicks(influence, "5")
    commit_cell(qtbot, window, influence)
    engaged = open_cell_editor(window, "山本 大輔", C.LAST_ENGAGED)
    assert isinstance(engaged, OptionalDateEdit)
    qtbot.mouseClick(engaged.today_button, Qt.MouseButton.LeftButton)
    window.committee.view.setCurrentIndex(view_index(window, "山本 大輔", C.APPROVER))
    qtbot.keyClick(window.committee.view, Qt.Key.Key_Space)
    name = open_cell_editor(window, "山本 大輔", C.NAME)
    name.selectAll()
    qtbot.keyClicks(name, "Daisuke Yamamoto")
    commit_cell(qtbot, window, name)

    person, seat = repos.stakeholders.get(arch), _seat(window, "Daisuke Yamamoto")
    assert (person.name, person.title, person.function, person.profile) == (
        "Daisuke Yamamoto",
        "Chief Architect",
        Function.SECURITY,
        Profile.GO_GETTER,
    )
    assert seat is not None
    assert (seat.role, seat.stance, seat.influence, seat.approver, seat.last_engaged) == (
        BuyingRole.CHAMPION,
        1,
        5,
        True,
        date.today(),
    )
    shown = card(window, "Daisuke Yamamoto")
    assert shown is not None and (shown.title, shown.stance, shown.influence) == ("Chief Architect", 1, 5)
    assert [table_text(window, "Daisuke Yamamoto", c) for c in (C.FUNCTION, C.ROLE, C.PROFILE)] == [
        "security",
        "champion",
        "go-getter",
    ]

    assert undo(qtbot, window) == "&Undo Edit 山本 大輔"
    assert card(window, "山本 大輔") is not None and "山本 大輔" in table_names(window)
    while window.controller.undo_stack.canUndo():
        undo(qtbot, window)
    assert repos.stakeholders.get(arch).model_dump(exclude={"version"}) == person_before.model_dump(
        exclude={"version"}
    )
    seat_after = _seat(window, "山本 大輔")
    assert seat_before is not None and seat_after is not None
    assert seat_after.model_dump(exclude={"version", "last_verified"}) == seat_before.model_dump(
        exclude={"version", "last_verified"}
    )
    assert table_text(window, "山本 大輔", C.STANCE) == "neutral"
    redo(qtbot, window)
    assert repos.stakeholders.get(arch).title == "Chief Architect"


def test_a_name_cleared_in_the_table_is_refused_with_a_message(qtbot: QtBot, window: MainWindow) -> None:
    name = open_cell_editor(window, "Nur Aini", C.NAME)
    name.selectAll()
    qtbot.keyClick(name, Qt.Key.Key_Delete)
    commit_cell(qtbot, window, name)
    assert "name cannot be blank" in window.statusBar().currentMessage()
    assert window.controller.repos.stakeholders.get(person_id(window, "Nur Aini")).name == "Nur Aini"
    assert window.controller.undo_stack.count() == 0


def test_on_a_120_person_account_a_stance_set_in_the_table_reaches_card_and_database(
    qtbot: QtBot, workspace: Workspace, settings: UiSettings
) -> None:
    from consensus_app.core.interchange import check_document
    from consensus_app.storage.bulk_import import import_document
    from tests.large_accounts import ACCOUNT_120, account_document, member_keys

    import_document(workspace, check_document(account_document(*ACCOUNT_120)))
    window = open_window(qtbot, workspace, settings)
    assert window.committee.model.rowCount() == 25 and window.committee.count_label.text() == "25 members"
    key = member_keys(*ACCOUNT_120)[7]
    person = next(p for p in workspace.repos.stakeholders.for_account(1) if p.key == key)
    combo = open_cell_editor(window, person.name, C.STANCE)
    combo.setCurrentIndex(combo.findText("-2 opposed"))
    commit_cell(qtbot, window, combo)
    assert table_text(window, person.name, C.STANCE) == "opposed"
    assert card(window, person.name).stance == -2  # type: ignore[union-attr]
    seat = next(m for m in workspace.repos.committee.for_pursuit(1) if m.stakeholder_id == person.id)
    assert seat.stance == -2 and seat.last_verified == date.today()  # setting it is checking it


def test_a_click_on_someones_stance_then_f2_edits_their_stance_not_their_name(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Clicking a cell selects the person on the map too; the cell clicked must stay the current one."""
    view = window.committee.view
    index = view_index(window, "Nur Aini", C.STANCE)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    assert window.inspector.name.text() == "Nur Aini"  # the map and the inspector follow the table
    assert view.currentIndex().column() == C.STANCE
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert isinstance(view.indexWidget(index), QComboBox)
