"""File ▸ Open the demo workspace: a fresh copy of the demo in the window, the user's own workspace
untouched.

The window asks the app (consensus_app/app.py) to reopen on a new demo copy, the way File ▸ Workspace
asks it to reopen on a team server; on the demo the same File entry goes back to the workspace the
user came from, and the status bar says which workspace is open.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:
    from consensus_app.ui.main_window import MainWindow

# What the window asks the app to reopen on (never a database URL).
OPEN_DEMO = "consensus:open-demo"
BACK_HOME = "consensus:back-home"
DEMO_FILE = "demo.db"


def demo_action_text(on_demo: bool) -> str:
    if on_demo:
        return QCoreApplication.translate("MainWindow", "Back to &your workspace")
    return QCoreApplication.translate("MainWindow", "Open the &demo workspace")


def ask_to_switch(window: MainWindow) -> None:
    """The demo from the user's workspace, or the user's workspace from the demo."""
    window.workspace_menu.sig_switch.emit(BACK_HOME if window.is_demo else OPEN_DEMO)


def show_demo_notice(window: MainWindow) -> QLabel:
    """Say, for as long as the demo is open, that it is not the user's workspace."""
    notice = QLabel(
        QCoreApplication.translate(
            "MainWindow",
            "Demo workspace: a fresh copy, your own workspace is untouched (File ▸ Back to your workspace)",
        )
    )
    notice.setObjectName("demo-notice")
    notice.setStyleSheet("color: #8A5A00; font-weight: bold; padding: 0 8px;")
    window.statusBar().addPermanentWidget(notice)
    return notice


def fresh_demo_file(scratch: Path) -> None:
    """Opening the demo again starts from a new copy, not the one explored before."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        (scratch / f"{DEMO_FILE}{suffix}").unlink(missing_ok=True)
