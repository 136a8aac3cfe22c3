"""Builds the running app: engine → repositories → window. Nothing global."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from consensus_app.resources import resource_path
from consensus_app.storage.workspace import Workspace, open_workspace
from consensus_app.ui.controller import WorkspaceController
from consensus_app.ui.error_dialog import show_error
from consensus_app.ui.main_window import MainWindow


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
    with tempfile.TemporaryDirectory(prefix="consensus-demo-") as scratch:
        try:
            workspace = _open(db, demo, Path(scratch))
        except Exception as exc:
            show_error(None, "Cannot open the workspace", str(exc), exc)
            return 1
        window = MainWindow(WorkspaceController(workspace))
        window.show()
        status = app.exec()
        workspace.close()
    return status
