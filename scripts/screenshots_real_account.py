"""Screenshots of a real-sized account's map at Fit to view: 32 and 120 people, committee and everyone.

The accounts are tests/large_accounts.py's (a CEO with twelve directors; Norwegian, Japanese,
Persian, Indonesian and Korean names). Run under a display at the window's usual size:

    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python scripts/screenshots_real_account.py [folder]

Writes PNGs to the folder (default: a temporary one) and prints their paths.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from consensus_app.core.interchange import check_document
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import open_workspace
from consensus_app.ui.settings import UiSettings
from scripts.screenshots import _grab, _settle, _window
from tests.large_accounts import ACCOUNT_32, ACCOUNT_120, account_document


def main(out: Path) -> int:
    app = QApplication(sys.argv)
    out.mkdir(parents=True, exist_ok=True)
    shots = []
    for people, committee in (ACCOUNT_32, ACCOUNT_120):
        with tempfile.TemporaryDirectory() as scratch:
            settings = UiSettings(QSettings(str(Path(scratch) / "ui.ini"), QSettings.Format.IniFormat))
            workspace = open_workspace(f"sqlite:///{Path(scratch) / 'w.db'}", actor="screenshots")
            import_document(workspace, check_document(account_document(people, committee)))
            window = _window(workspace, settings)
            window.resize(1440, 900)
            _settle(app, window)
            shots.append(_grab(window, out / f"account-{people}-committee.png"))
            window.committee_view.everyone_action.trigger()
            _settle(app, window)
            shots.append(_grab(window, out / f"account-{people}-everyone.png"))
            window.committee_view.committee_action.trigger()
            window.view.set_legend_expanded(True)
            _settle(app, window)
            shots.append(_grab(window, out / f"account-{people}-legend-open.png"))
            window.close()
            workspace.close()
    for shot in shots:
        print(shot)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp())))
