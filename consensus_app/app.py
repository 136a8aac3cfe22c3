"""Builds the running app: the window first, then its workspace opened behind it. Nothing global."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from consensus_app.resources import resource_path
from consensus_app.storage import ENV_VAR
from consensus_app.ui.controller import WorkspaceController
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.opening import WorkspaceOpening
from consensus_app.ui.settings import UiSettings
from consensus_app.ui.tasks import stop_all as stop_all_tasks


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
            controller = WorkspaceController()
            window = MainWindow(controller, settings)
            switch: list[str] = []
            window.workspace_menu.sig_switch.connect(
                lambda url, w=window, asked=switch: (asked.append(url), w.close())
            )
            opening = WorkspaceOpening(window, target, remembered, demo, Path(scratch))
            opening.sig_given_up.connect(lambda: app.exit(1))
            window.show()
            status = app.exec()
            stop_all_tasks()  # a worker still opening the workspace must not outlive the window
            if controller.is_open:
                controller.workspace.close()
            if not switch:
                return status
            target, demo, remembered = switch[0] or None, False, None
