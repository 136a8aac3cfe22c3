"""Builds the running app: the window first, then its workspace opened behind it. Nothing global."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from consensus_app.resources import resource_path
from consensus_app.storage import ENV_VAR
from consensus_app.ui.controller import WorkspaceController
from consensus_app.ui.demo_switch import BACK_HOME, OPEN_DEMO, fresh_demo_file
from consensus_app.ui.error_reporting import report_uncaught_errors
from consensus_app.ui.language import apply_language, chosen_language
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.opening import WorkspaceOpening
from consensus_app.ui.settings import UiSettings
from consensus_app.ui.tasks import stop_all as stop_all_tasks

# Qt platforms that draw on a display server; any other (offscreen, minimal, vnc, eglfs…) needs none.
_DISPLAY_PLATFORMS = ("xcb", "wayland")


def missing_display(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> str | None:
    """Why no window can be opened here, or None. On Linux and the BSDs Qt needs an X11 or Wayland
    display; without one it aborts with a misleading message about a missing xcb library."""
    if platform.startswith(("win", "darwin", "cygwin")):
        return None
    # QT_QPA_PLATFORM may list fallbacks ("wayland;xcb") and options ("vnc:size=800x600").
    wanted = [name.split(":")[0].strip() for name in environ.get("QT_QPA_PLATFORM", "").split(";")]
    wanted = [name for name in wanted if name]
    if wanted and not all(name.startswith(_DISPLAY_PLATFORMS) for name in wanted):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY") or environ.get("WAYLAND_SOCKET"):
        return None
    runtime = environ.get("XDG_RUNTIME_DIR")
    if runtime and Path(runtime, "wayland-0").exists():  # Qt's default Wayland socket
        return None
    return (
        "consensus-app: no display found (DISPLAY and WAYLAND_DISPLAY are not set): run it in a desktop "
        "session or set DISPLAY, or use the command-line commands (consensus-app --help)"
    )


def _reopen_on(app: QApplication, window: MainWindow, asked: list[str], url: str) -> None:
    """Close the window and end its event loop, to reopen on `url` (unless the close was refused)."""
    asked.append(url)
    if window.close():
        app.quit()  # even if another top-level window (a dialog, the portfolio board) is open
    else:
        asked.clear()


def run_gui(db: str | None = None, demo: bool = False, smoke: bool = False, lang: str | None = None) -> int:
    if QApplication.instance() is None and (problem := missing_display()) is not None:
        print(problem, file=sys.stderr)
        return 1
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Consensus")
    app.setOrganizationName("Consensus")
    app.setWindowIcon(QIcon(str(resource_path("icons", "consensus.svg"))))
    # From here on an error nobody caught is logged (with the settings' own warnings) and shown.
    report_uncaught_errors()
    settings = UiSettings()
    # Before the first window: its words, and Persian's right-to-left layout, come from here.
    apply_language(app, lang or chosen_language(settings))
    # Without --db or CONSENSUS_DB, reopen the team workspace the user last connected to.
    remembered = (
        None if (db or demo or os.environ.get(ENV_VAR)) else settings.text("workspace/team_url") or None
    )
    target = db or remembered
    if remembered and target == remembered:
        from consensus_app.ui.team_password import team_target  # the team's password, if it needs one

        target = remembered = team_target(settings, remembered)
    home = (target, remembered)  # where File ▸ Back to your workspace returns from the demo
    with tempfile.TemporaryDirectory(prefix="consensus-demo-") as scratch:
        while True:  # once per workspace: File ▸ Workspace reopens the window on another one
            controller = WorkspaceController()
            window = MainWindow(controller, settings, demo=demo)
            switch: list[str] = []
            window.workspace_menu.sig_switch.connect(
                lambda url, w=window, asked=switch: _reopen_on(app, w, asked, url)
            )
            opening = WorkspaceOpening(window, target, remembered, demo, Path(scratch))
            opening.sig_given_up.connect(lambda: app.exit(1))
            window.show()
            if smoke:  # --smoke: report the first frame and the first map, then close
                from consensus_app.ui.smoke import SmokeCheck

                SmokeCheck(app, window)
            status = app.exec()
            stop_all_tasks()  # a worker still opening the workspace must not outlive the window
            if controller.is_open:
                controller.workspace.close()
            if not switch:
                return status
            if switch[0] == OPEN_DEMO:  # a fresh demo copy of its own: the user's file is untouched
                home = home if demo else (target, remembered)
                fresh_demo_file(Path(scratch))
                target, demo, remembered = None, True, None
            elif switch[0] == BACK_HOME:
                (target, remembered), demo = home, False
            else:
                target, demo, remembered = switch[0] or None, False, None
                home = (target, remembered)
