"""Screenshots of the window in each language the app speaks (issue 17), Persian mirrored.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots_languages.py [ko ja fa id]

Writes docs/screenshots/lang-<code>-main.png (the map, the committee table and the inspector on a
selected member) and lang-<code>-assessment.png / -themes.png, and prints their paths. Korean shows
the Korean demo account; the others the first one. Needs fonts for the scripts (fonts-noto-cjk,
fonts-noto-core).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from consensus_app.storage.demo import create_demo_workspace
from consensus_app.ui.controller import WorkspaceController
from consensus_app.ui.language import apply_language
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.settings import UiSettings

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import _settle


def shoot(app: QApplication, lang: str, out: Path, scratch: Path) -> list[Path]:
    apply_language(app, lang)
    settings = UiSettings(QSettings(str(scratch / f"ui-{lang}.ini"), QSettings.Format.IniFormat))
    workspace = create_demo_workspace(scratch / f"demo-{lang}.db")
    window = MainWindow(WorkspaceController(workspace), settings)
    window.resize(1600, 1000)
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
    shots = [out / f"lang-{lang}-main.png"]
    window.grab().save(str(shots[-1]))
    window.assessment_dock.raise_()
    window.assessment.findings.setCurrentRow(0)
    _settle(app, window)
    shots.append(out / f"lang-{lang}-assessment.png")
    window.grab().save(str(shots[-1]))
    window.insights.themes_dock.raise_()
    _settle(app, window)
    shots.append(out / f"lang-{lang}-themes.png")
    window.grab().save(str(shots[-1]))
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
