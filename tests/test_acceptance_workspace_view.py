"""Window acceptance: View ▸ Reload and Edit ▸ Preferences…, driven from their menus on the 32-person
Nordlys account. (The command-line import beside the window is in test_window_sees_cli.py.)"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from consensus_app.core.change_notes import change_notes
from consensus_app.storage.identity import identity_path, load_identity
from consensus_app.storage.workspace import Workspace, open_workspace
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.preferences_dialog import PreferencesDialog
from tests.acceptance_kit import covers, node, nordlys, window  # noqa: F401 - fixtures
from tests.window_fixtures import settings  # noqa: F401 - fixture


def _menu_action(window: MainWindow, menu: str, name: str) -> QAction:
    bar_menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == menu)
    return next(a for a in bar_menu.actions() if a.objectName() == name)  # type: ignore[union-attr]


@covers("action:reload")
def test_view_reload_shows_what_others_wrote_at_once(
    qtbot: QtBot, window: MainWindow, nordlys: Workspace
) -> None:
    window.live.timer.stop()  # only the menu brings it in
    someone = next(n for n in window.controller.pursuit_map.nodes if n.member_id is not None)  # type: ignore[union-attr]
    with open_workspace(nordlys.url, actor="Øystein Håland") as colleague:
        colleague.repos.stakeholders.update(someone.stakeholder_id, title="Konserndirektør")
        colleague.repos.accounts.create(name="Vestfjord Ferjer AS")
    reload = _menu_action(window, "View", "reload")
    assert reload.shortcut().toString() == "F5"
    reload.trigger()
    assert node(window, someone.name).title == "Konserndirektør"  # the map and the table
    model = window.navigator.model
    assert "Vestfjord Ferjer AS" in [model.index(r, 0).data() for r in range(model.rowCount())]
    assert window.live.notice.text() == "Reloaded from the workspace"


@covers("action:preferences")
def test_preferences_renames_me_on_every_change_i_made(
    qtbot: QtBot, window: MainWindow, nordlys: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CONSENSUS_USER", raising=False)
    nordlys.set_identity(load_identity())  # as the app opens it: this user's identity.json
    someone = next(n for n in window.controller.pursuit_map.nodes if n.member_id is not None)  # type: ignore[union-attr]
    window.controller.edit_member(someone.member_id, "influence", 6 - someone.influence)  # type: ignore[arg-type]
    _menu_action(window, "Edit", "preferences").trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PreferencesDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PreferencesDialog)
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Sigrid Bjørnstad")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    # Saved in a worker (on a team server it may take a moment): the workspace has the new name.
    qtbot.waitUntil(
        lambda: nordlys.repos.changes.authors().get(nordlys.identity.user_id) == "Sigrid Bjørnstad"
    )
    assert json.loads(identity_path().read_text(encoding="utf-8"))["display_name"] == "Sigrid Bjørnstad"
    changes = nordlys.repos.changes
    notes = change_notes(changes.since(datetime(2000, 1, 1, tzinfo=UTC)), changes.people(), changes.authors())
    assert notes[-1].author == "Sigrid Bjørnstad"  # the edit made before the rename
    assert notes[-1].text == f"{someone.name}: influence {someone.influence} → {6 - someone.influence}"
