"""Screenshots of the window in each language the app speaks (issue 17), Persian mirrored.

    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python scripts/screenshots_languages.py [ko ja fa id]

Writes, per language, docs/screenshots/lang-<code>-main.png (the map, the committee table and the
inspector on a selected member), lang-<code>-assessment.png, -themes.png, -messages.png and
-export.png (File ▸ Export… on the review brief), at 1440 × 900, and prints their paths. Korean
shows the Korean demo account; the others the first one. Needs fonts for the scripts
(fonts-noto-cjk, fonts-noto-core).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from consensus_app.storage.demo import create_demo_workspace
from consensus_app.ui.controller import WorkspaceController
from consensus_app.ui.language import apply_language
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.settings import UiSettings

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import _settle

SIZE = (1440, 900)  # a common laptop screen: the docks' tabs must read at this width


def _grab(widget: QWidget, path: Path, shots: list[Path]) -> None:
    widget.grab().save(str(path))
    shots.append(path)


def _export_dialog(app: QApplication, window: MainWindow, settings: UiSettings, path: Path) -> Path:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtTest import QTest

    from consensus_app.ui.export_dialog import ExportDialog

    settings.set_text("export/kind", "brief")
    dialog = ExportDialog(window.controller, settings, window)
    dialog.show()
    for _ in range(60):  # the brief's preview is gathered in a worker
        QThreadPool.globalInstance().waitForDone(100)
        app.processEvents()
        QTest.qWait(50)
    dialog.grab().save(str(path))
    dialog.close()
    return path


def shoot(app: QApplication, lang: str, out: Path, scratch: Path) -> list[Path]:
    apply_language(app, lang)
    settings = UiSettings(QSettings(str(scratch / f"ui-{lang}.ini"), QSettings.Format.IniFormat))
    workspace = create_demo_workspace(scratch / f"demo-{lang}.db")
    window = MainWindow(WorkspaceController(workspace), settings)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    window.resize(min(SIZE[0], screen.width()), min(SIZE[1], screen.height()))
    window.show()
    _settle(app, window)
    if lang == "ko":
        repos = workspace.repos
        pursuits = [p for a in repos.accounts.list() for p in repos.pursuits.for_account(a.id)]
        korean = next(p for p in pursuits if any("\uac00" <= c <= "\ud7a3" for c in p.name))
        window.navigator.select_pursuit(korean.id)
        _settle(app, window)
    member = next(n for n in window.controller.pursuit_map.nodes if n.stance >= 1)
    window.sync.table_selection([member.stakeholder_id])  # as a click on the member's row
    window.inspector_dock.raise_()
    _settle(app, window)
    shots: list[Path] = []
    _grab(window, out / f"lang-{lang}-main.png", shots)
    window.assessment_dock.raise_()
    window.assessment.findings.setCurrentRow(0)
    _settle(app, window)
    _grab(window, out / f"lang-{lang}-assessment.png", shots)
    window.insights.themes_dock.raise_()
    _settle(app, window)
    _grab(window, out / f"lang-{lang}-themes.png", shots)
    window.insights.messaging_dock.raise_()
    _settle(app, window)
    _grab(window, out / f"lang-{lang}-messages.png", shots)
    shots.append(_export_dialog(app, window, settings, out / f"lang-{lang}-export.png"))
    window.close()
    workspace.close()
    return shots


def main(languages: list[str], out: Path) -> int:
    app = QApplication(sys.argv)
    out.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    with tempfile.TemporaryDirectory() as scratch:
        for lang in languages:
            shots += shoot(app, lang, out, Path(scratch))
    print("\n".join(str(p) for p in shots))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["ko", "ja", "fa", "id"], Path("docs/screenshots")))
