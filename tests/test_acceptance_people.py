"""People, through the window: add one from the toolbar, edit every field in the inspector, delete
from the Edit menu and the keyboard; undo and redo each; what the map, the committee table, the
inspector and the database then hold."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar
from pytestqt.qtbot import QtBot

from consensus_app.storage.errors import NotFoundError
from consensus_app.ui.committee_model import CommitteeColumn as C
from consensus_app.ui.main_window import MainWindow
from models import Function, Profile
from tests.acceptance_kit import (
    card,
    covers,
    inspector_priorities,
    menu_action,
    nordlys,  # noqa: F401 - fixture
    person_id,
    redo,
    select,
    table_names,
    table_text,
    type_and_enter,
    undo,
    window,  # noqa: F401 - fixture
)
from tests.window_fixtures import settings  # noqa: F401 - fixture


def _click_toolbar(qtbot: QtBot, window: MainWindow, name: str) -> None:
    toolbar = window.findChild(QToolBar, "map-toolbar")
    button = next(toolbar.widgetForAction(a) for a in toolbar.actions() if a.objectName() == name)
    assert button.isEnabled(), f"the toolbar's {name} button is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@covers(
    "action:new-person",
    "inspector:name",
    "inspector:title",
    "inspector:function",
    "inspector:profile",
    "inspector:reports-to",
    "inspector:personal-win",
    "inspector:email",
    "inspector:add",
)
def test_add_a_person_from_the_toolbar_then_undo_and_redo(qtbot: QtBot, window: MainWindow) -> None:
    inspector = window.inspector
    _click_toolbar(qtbot, window, "new-person")
    assert "New stakeholder" in inspector.heading.text() and inspector.name.hasFocus()
    qtbot.keyClicks(inspector.name, "Håkon Øverli")
    qtbot.keyClicks(inspector.title_edit, "Head of Vessel Performance")
    inspector.function.setCurrentIndex(inspector.function.findData(Function.OPERATIONS))
    inspector.profile.setCurrentIndex(inspector.profile.findData(Profile.TEACHER))
    inspector.reports_to.setCurrentIndex(inspector.reports_to.findText("Ragnhild Østby"))
    qtbot.keyClicks(inspector.personal_win, "Cut fuel burn by 8 %")
    qtbot.keyClicks(inspector.email, "hakon@nordlys.example")
    qtbot.mouseClick(inspector.add_button, Qt.MouseButton.LeftButton)

    shown = card(window, "Håkon Øverli")
    assert shown is not None and shown.on_committee and shown.title == "Head of Vessel Performance"
    assert "Håkon Øverli" in table_names(window)
    assert table_text(window, "Håkon Øverli", C.FUNCTION) == "operations"
    saved = window.controller.repos.stakeholders.get(person_id(window, "Håkon Øverli"))
    assert (saved.function, saved.profile, saved.personal_win, saved.email) == (
        Function.OPERATIONS,
        Profile.TEACHER,
        "Cut fuel burn by 8 %",
        "hakon@nordlys.example",
    )
    assert saved.reports_to_id == person_id(window, "Ragnhild Østby")
    assert len(window.controller.repos.stakeholders.for_account(1)) == 33

    assert undo(qtbot, window) == "&Undo Add Håkon Øverli"
    assert card(window, "Håkon Øverli") is None and "Håkon Øverli" not in table_names(window)
    assert len(window.controller.repos.stakeholders.for_account(1)) == 32
    redo(qtbot, window)
    assert card(window, "Håkon Øverli") is not None and "Håkon Øverli" in table_names(window)
    assert window.controller.repos.stakeholders.get(saved.id).email == "hakon@nordlys.example"


def test_edit_every_field_of_a_person_in_the_inspector_then_undo_each(
    qtbot: QtBot, window: MainWindow
) -> None:
    inspector, repo = window.inspector, window.controller.repos.stakeholders
    lars = person_id(window, "Lars Haugen")
    before = repo.get(lars)
    select(qtbot, window, "Lars Haugen")
    type_and_enter(qtbot, inspector.title_edit, "Procurement Director")
    type_and_enter(qtbot, inspector.name, "Lars Erik Haugen")
    inspector.function.setCurrentIndex(inspector.function.findData(Function.FINANCE))
    inspector.profile.setCurrentIndex(inspector.profile.findData(Profile.SKEPTIC))
    inspector.reports_to.setCurrentIndex(inspector.reports_to.findText("Øystein Bråten"))
    type_and_enter(qtbot, inspector.personal_win, "A clean audit")
    type_and_enter(qtbot, inspector.email, "lars.haugen@nordlys.example")

    after = repo.get(lars)
    assert (after.name, after.title, after.function, after.profile) == (
        "Lars Erik Haugen",
        "Procurement Director",
        Function.FINANCE,
        Profile.SKEPTIC,
    )
    assert (after.reports_to_id, after.personal_win, after.email) == (
        person_id(window, "Øystein Bråten"),
        "A clean audit",
        "lars.haugen@nordlys.example",
    )
    shown = card(window, "Lars Erik Haugen")
    assert shown is not None and shown.title == "Procurement Director" and shown.profile is Profile.SKEPTIC
    assert table_text(window, "Lars Erik Haugen", C.TITLE) == "Procurement Director"
    assert table_text(window, "Lars Erik Haugen", C.FUNCTION) == "finance"
    assert "Lars Erik Haugen" in inspector.heading.text()

    steps = [undo(qtbot, window) for _ in range(7)]
    assert all(step.startswith("&Undo Edit Lars") for step in steps), steps
    assert repo.get(lars) == before.model_copy(update={"version": repo.get(lars).version})
    assert card(window, "Lars Haugen") is not None and table_text(window, "Lars Haugen", C.TITLE) == (
        "Chief Procurement Officer"
    )
    redo(qtbot, window)
    assert repo.get(lars).title == "Procurement Director"


def test_a_blank_name_is_refused_and_the_person_keeps_theirs(qtbot: QtBot, window: MainWindow) -> None:
    select(qtbot, window, "Dewi Kusumawati")
    type_and_enter(qtbot, window.inspector.name, "")
    assert window.inspector.name_error.text() == "A name is required."
    assert (
        window.controller.repos.stakeholders.get(person_id(window, "Dewi Kusumawati")).name
        == "Dewi Kusumawati"
    )
    assert window.controller.undo_stack.count() == 0


@covers("action:delete")
def test_delete_a_person_from_the_edit_menu_then_undo_and_redo(qtbot: QtBot, window: MainWindow) -> None:
    repos = window.controller.repos
    ciso = person_id(window, "佐藤 美咲")
    select(qtbot, window, "佐藤 美咲")
    assert inspector_priorities(window) == ["No vessel data leaves the EU"]
    menu_action(window, "Edit", "delete").trigger()
    assert card(window, "佐藤 美咲") is None and "佐藤 美咲" not in table_names(window)
    with pytest.raises(NotFoundError):
        repos.stakeholders.get(ciso)
    assert repos.priorities.for_stakeholder(ciso) == []
    assert window.inspector._node is None  # the inspector no longer shows someone who is gone

    assert undo(qtbot, window) == "&Undo Delete 1 item"
    assert card(window, "佐藤 美咲") is not None and "佐藤 美咲" in table_names(window)
    assert table_text(window, "佐藤 美咲", C.STANCE) == "opposed"  # the seat came back with the person
    assert [p.text for p in repos.priorities.for_stakeholder(ciso)] == ["No vessel data leaves the EU"]
    redo(qtbot, window)
    assert card(window, "佐藤 美咲") is None


def test_the_delete_key_on_the_map_deletes_the_selected_people(qtbot: QtBot, window: MainWindow) -> None:
    names = ["Nur Aini", "Ragnhild Østby"]
    assert all(card(window, n) is not None for n in names)
    window.scene.select_stakeholders([person_id(window, n) for n in names])
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert all(card(window, n) is None for n in names)
    assert len(window.controller.repos.stakeholders.for_account(1)) == 30
    assert undo(qtbot, window) == "&Undo Delete 2 items"
    assert all(card(window, n) is not None for n in names)


def test_a_title_typed_without_enter_is_saved_when_the_user_clicks_another_card(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.activateWindow()
    select(qtbot, window, "Lars Haugen")
    field = window.inspector.title_edit
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Head of Category Management")
    select(qtbot, window, "Nur Aini")  # a click on her card: Lars's field loses focus first
    repo = window.controller.repos.stakeholders
    assert repo.get(person_id(window, "Lars Haugen")).title == "Head of Category Management"
    assert repo.get(person_id(window, "Nur Aini")).title == "Head of Data"
    assert field.text() == "Head of Data"


def test_enter_in_a_new_persons_form_adds_them(qtbot: QtBot, window: MainWindow) -> None:
    menu_action(window, "Edit", "new-person").trigger()
    qtbot.keyClicks(window.inspector.name, "Eivind Aas")
    qtbot.keyClick(window.inspector.name, Qt.Key.Key_Return)
    assert card(window, "Eivind Aas") is not None and "Eivind Aas" in table_names(window)
    assert len(window.controller.repos.stakeholders.for_account(1)) == 33
    assert not window.inspector.creating
