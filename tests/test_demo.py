"""The built-in demo workspace: valid, lossless, and rich enough to show something."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from consensus_app.cli import main
from consensus_app.core.interchange import load_document
from consensus_app.resources import DEMO_WORKSPACE, resource_path
from models import MOBILIZERS, TALKERS, Profile

DEMO = resource_path(*DEMO_WORKSPACE)


@pytest.fixture(scope="module")
def demo() -> dict[str, Any]:
    return load_document(DEMO)


def test_import_then_export_gives_back_the_demo_file(tmp_path: Path) -> None:
    db, out = tmp_path / "demo.db", tmp_path / "out.json"
    assert main(["import", "--db", str(db), str(DEMO)]) == 0
    assert main(["export", "--db", str(db), "--format", "json", "-o", str(out)]) == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported["accounts"] == json.loads(DEMO.read_text(encoding="utf-8"))["accounts"]


def test_the_demo_file_is_stored_normalised(demo: dict[str, Any]) -> None:
    assert demo == json.loads(DEMO.read_text(encoding="utf-8"))


def test_three_accounts_from_different_industries(demo: dict[str, Any]) -> None:
    accounts = demo["accounts"]
    assert len(accounts) >= 3
    assert len({a["industry"] for a in accounts}) == len(accounts)
    for account in accounts:
        assert 6 <= len(account["stakeholders"]) <= 15, account["id"]
        assert 1 <= len(account["pursuits"]) <= 2, account["id"]
        assert any("reports_to" in s for s in account["stakeholders"])
        kinds = {r["kind"] for r in account["relationships"]}
        assert {"influences", "allies", "conflicts"} <= kinds, account["id"]


def test_every_stakeholder_has_four_to_eight_priorities(demo: dict[str, Any]) -> None:
    for account in demo["accounts"]:
        counts = Counter(p["stakeholder"] for p in account["priorities"])
        for person in account["stakeholders"]:
            assert 4 <= counts[person["id"]] <= 8, (account["id"], person["id"])


def test_pursuits_cover_all_three_buying_stages(demo: dict[str, Any]) -> None:
    stages = {q["stage"] for a in demo["accounts"] for q in a["pursuits"]}
    assert stages == {"problem_definition", "solution_identification", "supplier_selection"}


def test_profiles_mix_mobilizers_talkers_and_a_blocker(demo: dict[str, Any]) -> None:
    profiles = Counter(Profile(s["profile"]) for a in demo["accounts"] for s in a["stakeholders"])
    assert sum(profiles[p] for p in MOBILIZERS) >= 3
    assert sum(profiles[p] for p in TALKERS) >= 3
    assert profiles[Profile.BLOCKER] >= 1


def test_priorities_are_written_in_several_languages(demo: dict[str, Any]) -> None:
    by_account = {a["id"]: {p.get("language", "en") for p in a["priorities"]} for a in demo["accounts"]}
    assert any(languages & {"ko", "ja"} and len(languages) == 1 for languages in by_account.values()), (
        "one account writes all its priorities in Korean or Japanese"
    )
    assert any(languages & {"fa", "id"} for languages in by_account.values()), (
        "one stakeholder writes in Persian or Indonesian"
    )


_PROBE = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from consensus_app.ui.main_window import MainWindow

app = QApplication(sys.argv)

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, MainWindow):
            app.removeEventFilter(self)
            print(json.dumps(obj.pages.currentWidget().text()), flush=True)  # the first frame says
            wait_for_accounts(obj)
        return False

def wait_for_accounts(window):
    if not window.controller.is_open or window.navigator.model.rowCount() == 0:
        QTimer.singleShot(20, lambda: wait_for_accounts(window))
        return
    model = window.navigator.model
    print(json.dumps([model.item(i).text() for i in range(model.rowCount())]), flush=True)
    print(json.dumps(window.windowTitle()), flush=True)
    QTimer.singleShot(0, app.quit)

probe = FirstPaint()
app.installEventFilter(probe)
from consensus_app.cli import main
sys.exit(main(["--demo"]))
"""


@pytest.mark.slow
def test_consensus_app_demo_opens_a_window_then_the_demo_workspace(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    first_frame, accounts, title = (json.loads(line) for line in result.stdout.strip().splitlines()[-3:])
    assert first_frame == "Opening the workspace…"  # the window did not wait for the database
    demo = json.loads(DEMO.read_text(encoding="utf-8"))
    demo_names = [a["name"] for a in demo["accounts"]]
    assert accounts == demo_names
    assert title.startswith(demo["accounts"][0]["name"])  # the first pursuit's map is open
