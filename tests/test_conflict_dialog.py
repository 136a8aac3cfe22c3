"""Edits in the window name the version the user saw; a change someone else saved is not overwritten
unless the user says so in the conflict dialog."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from consensus_app.core.interchange import check_document
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.errors import ConcurrentEditError, StorageError
from consensus_app.storage.workspace import Workspace, open_workspace
from consensus_app.ui.conflict_dialog import ConflictDialog
from consensus_app.ui.controller import WorkspaceController
from tests.conftest import minimal_document


@pytest.fixture
def setting(workspace: Workspace, db_url: str) -> Iterator[tuple[WorkspaceController, Workspace, list[str]]]:
    """The window's controller on the pursuit, another user's workspace, and the answers given."""
    import_document(workspace, check_document(minimal_document()))
    controller = WorkspaceController(workspace)
    controller.open_pursuit(1)
    asked: list[str] = []
    other = open_workspace(db_url, actor="bob")
    yield controller, other, asked
    other.close()


def _answer(controller: WorkspaceController, asked: list[str], overwrite: bool) -> None:
    def resolve(conflict: ConcurrentEditError) -> bool:
        asked.append(str(conflict))
        return overwrite

    controller.resolve_conflict = resolve


def _lee(controller: WorkspaceController):  # type: ignore[no-untyped-def]
    assert controller.pursuit_map is not None
    return next(n for n in controller.pursuit_map.nodes if n.name == "Lee Park")


def test_an_edit_with_nobody_else_around_asks_nothing(
    setting: tuple[WorkspaceController, Workspace, list[str]],
) -> None:
    controller, _, asked = setting
    _answer(controller, asked, overwrite=False)
    controller.edit_member(_lee(controller).member_id, "stance", 2)
    controller.edit_member(_lee(controller).member_id, "influence", 4)  # the map reloaded: no conflict
    assert (_lee(controller).stance, _lee(controller).influence, asked) == (2, 4, [])


def test_reload_keeps_the_other_change_and_shows_it(
    setting: tuple[WorkspaceController, Workspace, list[str]],
) -> None:
    controller, bob, asked = setting
    _answer(controller, asked, overwrite=False)
    bob.repos.committee.update(_lee(controller).member_id, stance=1)
    with pytest.raises(StorageError, match="not changed"):
        controller.edit_member(_lee(controller).member_id, "stance", 2)
    assert asked == [
        "bob changed committee member Lee Park after you opened it: stance -1 → 1. Your edit was not saved."
    ]
    assert _lee(controller).stance == 1  # the map now shows Bob's value
    assert controller.undo_stack.count() == 0


def test_overwrite_saves_over_the_other_change_and_can_be_undone(
    setting: tuple[WorkspaceController, Workspace, list[str]],
) -> None:
    controller, bob, asked = setting
    _answer(controller, asked, overwrite=True)
    lee = _lee(controller)
    bob.repos.stakeholders.update(lee.stakeholder_id, title="Group CFO")
    assert controller.edit_stakeholder(lee.stakeholder_id, title="Finance director")
    assert len(asked) == 1 and _lee(controller).title == "Finance director"
    controller.undo_stack.undo()
    assert _lee(controller).title == "Group CFO"  # undo gives back what was there before the overwrite


def test_a_delete_of_someone_just_edited_asks_first(
    setting: tuple[WorkspaceController, Workspace, list[str]],
) -> None:
    controller, bob, asked = setting
    _answer(controller, asked, overwrite=False)
    lee = _lee(controller)
    bob.repos.stakeholders.update(lee.stakeholder_id, profile="teacher")
    controller.delete_items([lee.stakeholder_id], [])
    assert "Your delete was not saved" in asked[0]
    assert _lee(controller).profile.value == "teacher"

    _answer(controller, asked, overwrite=True)
    bob.repos.stakeholders.update(lee.stakeholder_id, profile="skeptic")
    controller.delete_items([lee.stakeholder_id], [])
    assert "Lee Park" not in [n.name for n in controller.pursuit_map.nodes]  # type: ignore[union-attr]


def test_the_dialog_names_what_changed_and_offers_reload_or_overwrite(
    qtbot: QtBot, setting: tuple[WorkspaceController, Workspace, list[str]]
) -> None:
    controller, bob, _ = setting
    lee = _lee(controller)
    bob.repos.committee.update(lee.member_id, stance=1, notes="<b>met</b>")
    with pytest.raises(ConcurrentEditError) as caught:
        controller.repos.committee.update(lee.member_id, expected_version=1, stance=2)
    dialog = ConflictDialog(caught.value)
    qtbot.addWidget(dialog)
    assert "stance</b>: -1 → 1" in dialog.text() and "&lt;b&gt;met&lt;/b&gt;" in dialog.text()
    assert [dialog.reload_button.text(), dialog.overwrite_button.text()] == ["Reload", "Overwrite"]
    assert dialog.defaultButton() is dialog.reload_button
    dialog.overwrite_button.click()
    assert dialog.overwrite_chosen()
