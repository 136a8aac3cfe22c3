"""Edit ▸ Preferences…: the name colleagues see, kept over a stable id; renaming renames past changes."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from consensus_app.core.change_notes import by_day_and_author, change_notes
from consensus_app.storage import identity
from consensus_app.storage.identity import Identity, identity_path, load_identity
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.controller import WorkspaceController
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.preferences_dialog import PreferencesDialog
from consensus_app.ui.settings import UiSettings
from tests.window_fixtures import acme, open_window, settings  # noqa: F401 - fixtures


def _open_preferences(qtbot: QtBot, window: MainWindow) -> PreferencesDialog:
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert isinstance(edit, QMenu)
    action = next(a for a in edit.actions() if a.text() == "&Preferences…")
    assert not action.shortcut().isEmpty()
    action.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PreferencesDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PreferencesDialog)
    return dialog


def _authors(workspace: Workspace) -> set[str]:
    changes = workspace.repos.changes
    notes = change_notes(changes.since(datetime(2000, 1, 1, tzinfo=UTC)), changes.people(), changes.authors())
    return {a.author for day in by_day_and_author(notes) for a in day.authors}


def test_a_name_set_in_preferences_renames_all_my_changes(
    qtbot: QtBot, acme: Workspace, settings: UiSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CONSENSUS_USER", raising=False)
    acme.set_identity(load_identity())  # the window writes as this user, as the app opens it
    window = open_window(qtbot, acme, settings)
    window.controller.edit_member(
        next(m.id for m in acme.repos.committee.list_where() if m.key == "m-2"), "stance", 2
    )
    dialog = _open_preferences(qtbot, window)
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Ingrid Solberg")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: acme.repos.changes.authors().get(acme.identity.user_id) == "Ingrid Solberg")
    stored = json.loads(identity_path().read_text(encoding="utf-8"))
    assert stored == {"user_id": acme.identity.user_id, "display_name": "Ingrid Solberg"}
    # My stance edit (made before renaming) now reads with my new name; the fixture's import stays theirs.
    assert _authors(acme) == {"tester", "Ingrid Solberg"}
    assert acme.repos.changes.authors()[acme.identity.user_id] == "Ingrid Solberg"  # one row, renamed


def test_without_a_full_name_preferences_asks_for_one(
    qtbot: QtBot, acme: Workspace, settings: UiSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CONSENSUS_USER", raising=False)
    monkeypatch.setattr(identity, "os_full_name", lambda: None)
    monkeypatch.setattr(identity, "login_name", lambda: "root")
    window = open_window(qtbot, acme, settings)
    dialog = _open_preferences(qtbot, window)
    assert dialog.name.text() == ""  # not "root"
    assert "no full name for “root”" in dialog.hint.text()
    dialog.reject()
    assert "display_name" not in json.loads(identity_path().read_text(encoding="utf-8"))


def test_a_user_without_a_full_name_is_asked_for_one_when_the_workspace_opens(
    qtbot: QtBot, acme: Workspace, settings: UiSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CONSENSUS_USER", raising=False)
    monkeypatch.setattr(identity, "os_full_name", lambda: None)
    monkeypatch.setattr(identity, "login_name", lambda: "root")
    acme.set_identity(load_identity())
    window = MainWindow(WorkspaceController(), settings)  # as the app starts: the workspace opens after
    qtbot.addWidget(window)
    window.show()
    window.controller.attach(acme)
    qtbot.waitUntil(lambda: "Preferences" in window.statusBar().currentMessage(), timeout=5000)
    assert window.statusBar().currentMessage() == (
        "Your changes show as “root”: set your name in Edit ▸ Preferences… so colleagues know who made them"
    )


def test_a_window_gone_before_the_name_is_saved_is_harmless(
    qtbot: QtBot, acme: Workspace, settings: UiSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CONSENSUS_USER", raising=False)
    window = MainWindow(WorkspaceController(acme), settings)  # not qtbot's: this one is deleted
    window.show()
    qtbot.waitExposed(window)
    written = threading.Event()
    server_answers = threading.Event()  # a team server slow to take the write

    def slow_write(who: Identity) -> None:
        server_answers.wait(10)
        Workspace.set_identity(acme, who)
        written.set()

    monkeypatch.setattr(acme, "set_identity", slow_write)
    dialog = _open_preferences(qtbot, window)
    dialog.name.setText("Ingrid Solberg")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    # Destroyed without a close event (a close cancels the worker first, so the slot would not run).
    window.deleteLater()
    qtbot.waitUntil(lambda: not isValid(window))
    server_answers.set()  # the save finishes with no window left to say so in
    qtbot.waitUntil(written.is_set)
    qtbot.wait(50)  # the worker's "done" reaches the GUI thread: it must not raise there
    assert acme.repos.changes.authors()[acme.identity.user_id] == "Ingrid Solberg"
