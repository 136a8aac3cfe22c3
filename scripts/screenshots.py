"""Screenshots of the demo workspace for the README and for looking at the UI.

Run under a display (xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots.py);
writes PNGs to docs/screenshots/ (or the folder given) and prints their paths.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from consensus_app.storage.demo import create_demo_workspace
from consensus_app.storage.workspace import Workspace, open_workspace
from consensus_app.ui.controller import WorkspaceController
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.settings import UiSettings


def _settle(app: QApplication, window: MainWindow) -> None:
    """Let layout workers and animations finish before grabbing."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtTest import QTest

    for _ in range(40):
        QThreadPool.globalInstance().waitForDone(100)
        app.processEvents()
        QTest.qWait(50)
    window.view.fit_to_view()
    app.processEvents()


def _window(workspace: Workspace, settings: UiSettings) -> MainWindow:
    window = MainWindow(WorkspaceController(workspace), settings)
    window.resize(1600, 1000)
    window.show()
    return window


def _grab(window: MainWindow, path: Path) -> Path:
    window.grab().save(str(path))
    return path


def main(out: Path) -> int:
    app = QApplication(sys.argv)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        settings = UiSettings(QSettings(str(Path(scratch) / "ui.ini"), QSettings.Format.IniFormat))
        workspace = create_demo_workspace(Path(scratch) / "demo.db")
        window = _window(workspace, settings)
        shots = []
        for layout, name in (
            ("org", "main-window"),
            ("influence", "influence-layout"),
            ("grid", "grid-layout"),
        ):
            window.layout_actions[layout].trigger()
            _settle(app, window)
            shots.append(_grab(window, out / f"{name}.png"))
        window.layout_actions["org"].trigger()
        window.assessment_dock.raise_()
        window.assessment.overlay_box.setChecked(True)
        window.assessment.findings.setCurrentRow(0)
        _settle(app, window)
        shots.append(_grab(window, out / "assessment.png"))
        # What-if: the blocker comes round to neutral.
        from consensus_app.core.analytics.whatif import SetStance

        window.assessment.what_if_button.setChecked(True)
        brandt = next(n for n in window.controller.pursuit_map.nodes if n.name.startswith("Dr. Robert"))
        window.assessment.what_if.add(SetStance(brandt.stakeholder_id, 0))
        _settle(app, window)
        shots.append(_grab(window, out / "what-if.png"))
        window.assessment.what_if_button.setChecked(False)
        window.assessment.overlay_box.setChecked(False)
        window.insights.themes_dock.raise_()
        window.insights.themes.bridges.setCurrentRow(0)
        _settle(app, window)
        shots.append(_grab(window, out / "themes.png"))
        window.insights.messaging_dock.raise_()
        _settle(app, window)
        shots.append(_grab(window, out / "messages.png"))
        # The Korean manufacturer's pursuit: Hangul names on the cards and in the table.
        repos = workspace.repos
        pursuits = [p for a in repos.accounts.list() for p in repos.pursuits.for_account(a.id)]
        korean = next(p for p in pursuits if any("\uac00" <= c <= "\ud7a3" for c in p.name))
        window.inspector_dock.raise_()
        window.navigator.select_pursuit(korean.id)
        _settle(app, window)
        shots.append(_grab(window, out / "korean-account.png"))
        window.close()
        workspace.close()
        # The first start on an empty workspace.
        empty = open_workspace(str(Path(scratch) / "empty.db"))
        window = _window(empty, settings)
        _settle(app, window)
        shots.append(_grab(window, out / "welcome.png"))
        window.close()
        empty.close()
    print("\n".join(str(p) for p in shots))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")))
