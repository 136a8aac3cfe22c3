"""Builds the running app: engine → repositories → window. Nothing global."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from consensus_app.resources import resource_path
from consensus_app.storage.engine import ENV_VAR
from consensus_app.storage.workspace import Workspace, open_workspace
from consensus_app.ui.controller import WorkspaceController
from consensus_app.ui.error_dialog import show_error
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.settings import UiSettings


def _open(db: str | None, demo: bool, scratch: Path) -> Workspace:
    if demo:
        from consensus_app.storage.demo import create_demo_workspace

        return create_demo_workspace(scratch / "demo.db")
    return open_workspace(db)


def run_gui(db: str | None = None, demo: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Consensus")
    app.setOrganizationName("Consensus")
    app.setWindowIcon(QIcon(str(resource_path("icons", "consensus.svg"))))
    settings = UiSettings()
    # Without --db or CONSENSUS_DB, reopen the team workspace the user last connected to.
    remembered = (
        None if (db or demo or os.environ.get(ENV_VAR)) else settings.text("workspace/team_url") or None
    )
    target = db or remembered
    with tempfile.TemporaryDirectory(prefix="consensus-demo-") as scratch:
        while True:  # once per workspace: File ▸ Workspace reopens the window on another one
            try:
                workspace = _open(target, demo, Path(scratch))
            except Exception as exc:
                if target is not None and target == remembered:
                    show_error(
                        None,
                        "Cannot reach the team workspace",
                        f"{exc}\n\nOpening your local workspace.",
                        exc,
                    )
                    target = remembered = None
                    continue
                show_error(None, "Cannot open the workspace", str(exc), exc)
                return 1
            window = MainWindow(WorkspaceController(workspace), settings)
            switch: list[str] = []
            window.workspace_menu.sig_switch.connect(
                lambda url, w=window, asked=switch: (asked.append(url), w.close())
            )
            window.show()
            status = app.exec()
            workspace.close()
            if not switch:
                return status
            target, demo = switch[0] or None, False
