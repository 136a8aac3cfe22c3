"""File ▸ Open the demo workspace shows a fresh demo copy and leaves the user's own workspace alone;
on the demo, the status bar says so and File ▸ Back to your workspace returns to the user's file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from consensus_app.resources import DEMO_WORKSPACE, resource_path
from consensus_app.storage.demo import create_demo_workspace
from consensus_app.storage.workspace import open_workspace
from consensus_app.ui.controller import WorkspaceController
from consensus_app.ui.demo_switch import BACK_HOME, OPEN_DEMO
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.settings import UiSettings
from tests.acceptance_kit import (
    ACCOUNT,
    covers,
    menu_action,
    nordlys,  # noqa: F401 - fixture
    nordlys_document,
    window,  # noqa: F401 - fixture
)
from tests.window_fixtures import settings  # noqa: F401 - fixture

DEMO_NAMES = [a["name"] for a in json.loads(resource_path(*DEMO_WORKSPACE).read_text("utf-8"))["accounts"]]


def _navigator_accounts(window: MainWindow) -> list[str]:
    model = window.navigator.model
    return [model.item(row).text() for row in range(model.rowCount())]


@covers("action:demo")
def test_open_the_demo_from_the_file_menu_leaves_the_users_workspace_alone(
    qtbot: QtBot, window: MainWindow
) -> None:
    action = menu_action(window, "File", "demo")
    assert action.text().replace("&", "") == "Open the demo workspace"
    with qtbot.waitSignal(window.workspace_menu.sig_switch, timeout=5_000) as asked:
        action.trigger()
    assert asked.args == [OPEN_DEMO]  # the app reopens the window on a fresh demo copy
    assert [a.name for a in window.controller.repos.accounts.list()] == [ACCOUNT]
    assert _navigator_accounts(window) == [ACCOUNT]


def test_the_demo_window_says_it_is_the_demo_and_offers_the_way_back(
    qtbot: QtBot, tmp_path: Path, settings: UiSettings
) -> None:
    demo = create_demo_workspace(tmp_path / "demo.db")
    window = MainWindow(WorkspaceController(demo), settings, demo=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: _navigator_accounts(window) == DEMO_NAMES, timeout=20_000)
    notice = window.demo_notice
    assert notice.isVisible() and "your own workspace is untouched" in notice.text()
    back = menu_action(window, "File", "demo")
    assert back.text().replace("&", "") == "Back to your workspace"
    with qtbot.waitSignal(window.workspace_menu.sig_switch, timeout=5_000) as asked:
        back.trigger()
    assert asked.args == [BACK_HOME]
    demo.close()


_PROBE = """
import json, os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from consensus_app.ui.main_window import MainWindow

app = QApplication(sys.argv)
seen = []

class EachNewWindow(QObject):
    def eventFilter(self, obj, event):
        # (The windows themselves are kept: a closed window's id could be the next one's.)
        if event.type() == QEvent.Type.Paint and isinstance(obj, MainWindow) and obj not in seen:
            seen.append(obj)
            QTimer.singleShot(0, lambda: when_open(obj))
        return False

def when_open(window):
    if not window.controller.is_open or window.navigator.model.rowCount() == 0:
        QTimer.singleShot(20, lambda: when_open(window))
        return
    model = window.navigator.model
    action = next(a for a in window.findChildren(QAction) if a.objectName() == "demo")
    print(json.dumps({
        "accounts": [model.item(i).text() for i in range(model.rowCount())],
        "menu": action.text().replace("&", ""),
        "demo": window.is_demo,
    }), flush=True)
    if len(seen) < 4:  # the user's, the demo, the user's again, the demo again
        action.trigger()
    else:  # seen all four (the demo's themes may still be computing: not waited for)
        os._exit(0)

probe = EachNewWindow()
app.installEventFilter(probe)
from consensus_app.cli import main
sys.exit(main(["--db", sys.argv[1]]))
"""


@pytest.mark.slow
def test_the_app_opens_a_fresh_demo_and_goes_back_to_the_users_workspace(tmp_path: Path) -> None:
    from consensus_app.core.interchange import check_document
    from consensus_app.storage.bulk_import import import_document

    mine = tmp_path / "mine.db"
    workspace = open_workspace(str(mine))
    import_document(workspace, check_document(nordlys_document()))
    workspace.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, str(mine)],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    windows = [json.loads(line) for line in result.stdout.strip().splitlines() if line.startswith("{")]
    assert windows == [
        {"accounts": [ACCOUNT], "menu": "Open the demo workspace", "demo": False},
        {"accounts": DEMO_NAMES, "menu": "Back to your workspace", "demo": True},
        {"accounts": [ACCOUNT], "menu": "Open the demo workspace", "demo": False},
        {"accounts": DEMO_NAMES, "menu": "Back to your workspace", "demo": True},  # a new copy
    ]
    workspace = open_workspace(str(mine))
    assert [a.name for a in workspace.repos.accounts.list()] == [ACCOUNT]  # the user's file untouched
    workspace.close()
