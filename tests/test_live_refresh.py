"""Others' edits reach the open window: the map reloads, the selection stays, typing is not lost."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from consensus_app.storage.workspace import Workspace, open_workspace
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.settings import UiSettings
from tests.window_fixtures import acme, open_window, settings  # noqa: F401 - fixtures


@pytest.fixture
def colleague(acme: Workspace) -> Iterator[Workspace]:
    """The same workspace opened by someone else (another session, another name)."""
    other = open_workspace(acme.url, actor="Dana Ruiz")
    yield other
    other.close()


def _title(window: MainWindow, stakeholder_id: int) -> str | None:
    assert window.controller.pursuit_map is not None
    return window.controller.pursuit_map.node(stakeholder_id).title


def _poll(qtbot: QtBot, window: MainWindow) -> None:
    window.live.poll()
    qtbot.waitUntil(lambda: window.live._task is None, timeout=10_000)


def test_a_colleagues_edit_shows_up_and_the_selection_stays(
    qtbot: QtBot, acme: Workspace, colleague: Workspace, settings: UiSettings
) -> None:
    window = open_window(qtbot, acme, settings)
    window.scene.select_stakeholders([2])
    colleague.repos.stakeholders.update(2, title="Chief Financial Officer")
    _poll(qtbot, window)
    assert _title(window, 2) == "Chief Financial Officer"
    assert window.scene.selected_stakeholders() == [2]
    assert (
        window.live.notice.text()
        == "Updated from the workspace — Dana Ruiz: Lee Park: title CFO → Chief Financial Officer"
    )
    # In the status bar once the passing message of the pursuit's opening (8 s) has gone.
    qtbot.waitUntil(window.live.notice.isVisible, timeout=10_000)


def test_my_own_edits_do_not_trigger_a_reload(qtbot: QtBot, acme: Workspace, settings: UiSettings) -> None:
    window = open_window(qtbot, acme, settings)
    acme.repos.stakeholders.update(2, title="written here")
    shown = window.controller.pursuit_map
    _poll(qtbot, window)
    assert window.controller.pursuit_map is shown  # nothing reloaded behind the user's back


def test_the_same_user_writing_from_elsewhere_is_not_taken_for_this_window(
    qtbot: QtBot, acme: Workspace, settings: UiSettings
) -> None:
    window = open_window(qtbot, acme, settings)
    with open_workspace(acme.url, actor=acme.identity) as command_line:  # same person, another process
        command_line.repos.stakeholders.update(2, title="Group CFO")
    _poll(qtbot, window)
    assert _title(window, 2) == "Group CFO"
    assert window.live.notice.text() == (
        "Updated from the workspace — tester: Lee Park: title CFO → Group CFO"
    )


def test_the_reload_waits_while_the_user_is_typing(
    qtbot: QtBot, acme: Workspace, colleague: Workspace, settings: UiSettings
) -> None:
    window = open_window(qtbot, acme, settings)
    window.scene.select_stakeholders([3])
    name = window.inspector.name
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)
    qtbot.keyClick(name, Qt.Key.Key_End)
    qtbot.keyClicks(name, " Jr")  # typed, not yet saved
    colleague.repos.stakeholders.update(2, title="Chief Financial Officer")
    _poll(qtbot, window)
    assert _title(window, 2) != "Chief Financial Officer"
    assert name.text().endswith(" Jr")  # nothing typed was lost
    qtbot.keyClick(name, Qt.Key.Key_Return)  # saved: now the others' change may come in
    window.view.setFocus()
    _poll(qtbot, window)
    assert _title(window, 2) == "Chief Financial Officer"
    assert window.controller.pursuit_map.node(3).name.endswith(" Jr")  # type: ignore[union-attr]
