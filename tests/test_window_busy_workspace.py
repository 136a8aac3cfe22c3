"""A window edit while another program writes the workspace: a short wait, then busy, nothing lost.

The command line waits a minute for another writer (engine.BUSY_TIMEOUT_S); the window's edits
run on its GUI thread, so its workspace waits only engine.WINDOW_BUSY_TIMEOUT_S.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from consensus_app.core.interchange import check_document
from consensus_app.storage import engine
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.opening import open_target
from consensus_app.ui.settings import UiSettings
from tests.large_accounts import ACCOUNT_32, account_document
from tests.window_fixtures import open_window, settings  # noqa: F401 - fixtures


@pytest.fixture
def window_workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Workspace]:
    """The workspace as the app opens it behind a window (ui/opening.py)."""
    # Both scaled down so the test is quick; the window's is the shorter, as in the app (4 s vs 60 s).
    monkeypatch.setattr(engine, "WINDOW_BUSY_TIMEOUT_S", 0.3)
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_S", 3)
    workspace = open_target(str(tmp_path / "w.db"), False, tmp_path)
    import_document(workspace, check_document(account_document(*ACCOUNT_32)))
    yield workspace
    workspace.close()


def test_a_window_edit_during_a_command_line_import_says_busy_at_once(
    qtbot: QtBot,
    window_workspace: Workspace,
    settings: UiSettings,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    window: MainWindow = open_window(qtbot, window_workspace, settings)
    qtbot.waitUntil(lambda: window.scene.pursuit_map is not None and bool(window.scene.pursuit_map.nodes))
    person = window.scene.pursuit_map.nodes[0]
    holder = sqlite3.connect(tmp_path / "w.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program writing, as an import does
    try:
        window.scene.select_stakeholders([person.stakeholder_id])
        window.delete_action.trigger()  # Edit > Delete
        # The edit is kept for a retry and the status bar says so, after the window's short wait.
        assert window.controller.outbox.pending and "1 change is waiting" in window.offline_banner.text()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    busy = [r.getMessage() for r in caplog.records if "the workspace is busy" in r.getMessage()]
    assert busy and "for over 0.3 s" in busy[0]  # the window's wait, not the command line's
    assert window_workspace.repos.stakeholders.get(person.stakeholder_id).name == person.name  # not lost
    window.close()  # the workspace is free now: the kept edit is saved before the window goes
    assert not window.isVisible() and not window.controller.outbox.pending
    assert person.stakeholder_id not in {s.id for s in window_workspace.repos.stakeholders.list_where()}
