"""A seller's first hour, replayed: from a CRM export to a brief a manager accepts (issue 12).

Run under a display:
    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python scripts/walkthrough.py [OUT]

A 32-contact Salesforce report of a Norwegian shipping company (names in Norwegian, Japanese,
Persian, Indonesian and Korean; a CEO with a dozen direct reports) is imported from the command
line while the window is open on an empty workspace; the window picks it up by itself. A pursuit
is added, the committee is set up and priorities are typed in the inspector, every tab is
opened, and the brief is exported. Each step is a screenshot in OUT (default
/tmp/consensus-walkthrough), with the brief's pages as PNG. It prints what it saved.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.crm_export: the report

from consensus_app.storage.workspace import open_workspace
from consensus_app.ui.controller import WorkspaceController
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.settings import UiSettings
from models import BuyingRole, Profile
from tests.crm_export import nordlys_rows, write_csv

PURSUIT = "Fleet fuel & emissions visibility 2027"
# name: (role, approver, stance, influence, profile, a priority in their own words)
COMMITTEE = {
    "Ingrid Solberg": (
        BuyingRole.EXECUTIVE_SPONSOR,
        True,
        1,
        5,
        Profile.SKEPTIC,
        "Meet the IMO 2030 emission targets without ordering new ships",
    ),
    "Øystein Haugland": (
        BuyingRole.ECONOMIC_BUYER,
        True,
        -1,
        5,
        Profile.SKEPTIC,
        "Cut fuel cost per voyage by eight percent",
    ),
    "Takeshi Yamamoto": (
        BuyingRole.TECHNICAL_EVALUATOR,
        False,
        1,
        4,
        Profile.TEACHER,
        "燃料消費を航海ごとにリアルタイムで把握したい",
    ),
    "Dewi Kusumawati": (
        BuyingRole.DECISION_MAKER,
        True,
        2,
        4,
        Profile.GO_GETTER,
        "Real-time fuel use for every voyage across the fleet",
    ),
    "Darius Karimi": (BuyingRole.LEGAL, False, 0, 3, Profile.UNKNOWN, "Vessel data must stay in the EU"),
    "Arash Rahimi": (
        BuyingRole.INFLUENCER,
        False,
        -1,
        3,
        Profile.BLOCKER,
        "داده‌های کشتی باید داخل اتحادیه اروپا بماند",
    ),
    "Haruka Sato": (
        BuyingRole.PROCUREMENT,
        False,
        0,
        3,
        Profile.GUIDE,
        "Keep capital spending flat through 2027",
    ),
    "Min-jun Kim": (
        BuyingRole.USER,
        False,
        2,
        3,
        Profile.GO_GETTER,
        "항해 중 예기치 않은 엔진 정지를 줄이고 싶습니다",
    ),
    "Kari Nordmann": (
        BuyingRole.CHAMPION,
        False,
        2,
        3,
        Profile.TEACHER,
        "One view of fuel and emissions per voyage for the board",
    ),
}


class Walk:
    def __init__(self, app: QApplication, out: Path, scratch: Path) -> None:
        self.app, self.out, self.scratch = app, out, scratch
        self.db = scratch / "workspace.db"
        self.shots: list[Path] = []
        settings = UiSettings(QSettings(str(scratch / "ui.ini"), QSettings.Format.IniFormat))
        self.workspace = open_workspace(str(self.db))
        self.window = MainWindow(WorkspaceController(self.workspace), settings)
        self.window.resize(1440, 860)
        self.window.show()
        self.settle()

    def settle(self, rounds: int = 30) -> None:
        for _ in range(rounds):
            QThreadPool.globalInstance().waitForDone(100)
            self.app.processEvents()
            QTest.qWait(40)

    def until(self, condition: object, what: str, seconds: float = 30) -> None:
        for _ in range(int(seconds * 10)):
            if condition():  # type: ignore[operator]
                return
            self.app.processEvents()
            QTest.qWait(100)
        raise SystemExit(f"walkthrough: gave up waiting for {what}")

    def shot(self, name: str) -> None:
        self.settle(10)
        path = self.out / f"{len(self.shots) + 1:02d}-{name}.png"
        self.window.grab().save(str(path))
        self.shots.append(path)

    def cli(self, *args: str) -> str:
        command = [sys.executable, "-m", "consensus_app", *args, "--db", str(self.db)]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode:
            raise SystemExit(f"walkthrough: {' '.join(args)} failed: {done.stderr.strip()}")
        return done.stdout

    def type_into(self, field: QLineEdit, text: str) -> None:
        """Type as a person does: keys for Latin text, the input method for other scripts."""
        field.setFocus()
        field.clear()
        if text.isascii():
            QTest.keyClicks(field, text)
        else:
            event = QInputMethodEvent()
            event.setCommitString(text)
            QApplication.sendEvent(field, event)
        QTest.keyClick(field, "\r")

    def select(self, name: str) -> None:
        pursuit_map = self.window.controller.pursuit_map
        assert pursuit_map is not None
        sid = next(n.stakeholder_id for n in pursuit_map.nodes if n.name == name)
        self.window.scene.select_stakeholders([sid])
        self.window.view.centerOn(self.window.scene.node_item(sid))
        self.until(lambda: self.window.inspector.name.text() == name, f"{name} in the inspector")

    def seat(self, name: str) -> None:
        role, approver, stance, influence, profile, priority = COMMITTEE[name]
        inspector = self.window.inspector
        self.select(name)
        inspector.profile.setCurrentIndex(inspector.profile.findData(profile))
        if not inspector.on_committee.isChecked():
            inspector.on_committee.click()
            self.until(lambda: inspector.role.isEnabled(), f"{name}'s seat")
        inspector.role.setCurrentIndex(inspector.role.findData(role))
        if inspector.approver.isChecked() != approver:
            inspector.approver.click()
        inspector.stance.setCurrentIndex(inspector.stance.findData(stance))
        inspector.influence.setValue(influence)
        self.type_into(inspector.new_priority, priority)
        self.until(
            lambda: any(
                priority in inspector.priorities.item(i).text() for i in range(inspector.priorities.count())
            ),
            f"{name}'s priority",
        )
        self.settle(3)


def main(out: Path) -> int:
    app = QApplication(sys.argv)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        walk = Walk(app, out, scratch)
        window = walk.window
        walk.shot("empty-workspace")

        contacts = write_csv(scratch / "contacts.csv", nordlys_rows())
        print(walk.cli("import", str(contacts)).strip())  # the account comes from the file
        walk.until(lambda: window.navigator.model.rowCount() > 0, "the imported account in the window")
        walk.shot("imported-from-the-crm")

        print(
            walk.cli(
                "pursuits",
                "add",
                "--account",
                "Nordlys",
                PURSUIT,
                "--stage",
                "solution",
                "--value",
                "4200000",
                "--currency",
                "NOK",
                "--close-date",
                "2027-06-30",
            ).strip()
        )
        walk.until(lambda: _open_pursuit(walk), "the new pursuit in the window")
        window.committee_view.set_committee_only(False)  # nobody is on the committee yet: see everyone
        walk.settle()
        window.view.fit_to_view()
        walk.shot("new-pursuit-everyone")

        for name in COMMITTEE:
            walk.seat(name)
        window.view.fit_to_view()
        walk.shot("committee-set-up-everyone")
        window.committee_view.set_committee_only(True)
        walk.settle()
        window.view.fit_to_view()
        walk.shot("committee-view")

        insights = window.insights
        for dock, name in (
            (insights.assessment_dock, "assessment"),
            (insights.themes_dock, "themes"),
            (insights.messaging_dock, "messages"),
        ):
            dock.raise_()
            walk.settle(60)
            walk.shot(name)
        window.inspector_dock.raise_()

        brief = scratch / "nordlys-brief.pdf"
        print(
            walk.cli(
                "export", "--account", "Nordlys", "--pursuit", "Fleet", "--format", "brief", "-o", str(brief)
            ).strip()
        )
        subprocess.run(["pdftoppm", "-r", "100", "-png", str(brief), str(out / "brief")], check=True)
        walk.shots += sorted(out.glob("brief-*.png"))
        window.close()
        walk.workspace.close()
    for path in walk.shots:
        print(path)
    return 0


def _open_pursuit(walk: Walk) -> bool:
    """Open the new pursuit from the navigator, as a click would."""
    repos = walk.workspace.repos
    pursuits = [p for a in repos.accounts.list() for p in repos.pursuits.for_account(a.id)]
    found = [p.id for p in pursuits if p.name == PURSUIT]
    if not (found and walk.window.navigator.select_pursuit(found[0])):
        return False
    return walk.window.controller.pursuit_map is not None


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/consensus-walkthrough")))
