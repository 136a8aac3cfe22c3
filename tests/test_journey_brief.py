"""The review brief carries where each buyer is, the readiness trend and what changed since the
last review, and the analysis JSON carries the journey findings: a 40-person account."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from consensus_app.cli import main
from consensus_app.core.analytics.assessment import assess
from consensus_app.core.interchange import check_document
from consensus_app.core.pursuit_map import build_pursuit_map
from consensus_app.core.readiness import reading_of
from consensus_app.operations.journey import move_stage
from consensus_app.operations.operation import Ledger
from consensus_app.operations.steps import Versions
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.readiness import keep_reading
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.exports.brief import write_brief
from models import BuyingStage
from tests.large_accounts import account_document, member_indexes, person_name
from tests.test_brief import POPPLER, page_texts

pytestmark = pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftoppm) is not installed")
APPROVER = person_name(member_indexes(40, 14)[0])


@pytest.fixture
def reviewed(workspace: Workspace) -> Workspace:
    """Reviewed three weeks ago; since then the pursuit went to supplier selection and the first
    approver back to problem definition."""
    document = account_document(40, 14)
    pursuit = document["accounts"][0]["pursuits"][0]  # type: ignore[index]
    for seat in pursuit["committee"]:
        seat["journey_stage"] = "solution_identification"
    import_document(workspace, check_document(document))
    then = datetime.now(UTC) - timedelta(days=21)

    def keep(when: datetime, reviewed: bool = False) -> None:
        pursuit_map = build_pursuit_map(workspace.repos.accounts.snapshot(1), 1)
        keep_reading(workspace, 1, reading_of(assess(pursuit_map, when.date()), pursuit_map, when, reviewed))

    keep(then)
    keep(then + timedelta(minutes=5), reviewed=True)
    workspace.repos.pursuits.update(1, stage=BuyingStage.SUPPLIER_SELECTION)
    seat = workspace.repos.accounts.snapshot(1).committee[1][0]
    move = move_stage(workspace.repos, seat.id, "move", BuyingStage.PROBLEM_DEFINITION, note="New CFO")
    assert move is not None
    move.apply(Ledger(workspace, Versions(), lambda _conflict: True))
    keep(datetime.now(UTC) - timedelta(days=1))
    return workspace


def test_the_brief_has_the_trend_and_what_changed_since_the_last_review(
    qapp: QApplication, reviewed: Workspace, tmp_path: Path
) -> None:
    pdf = write_brief(reviewed, 1, tmp_path / "brief.pdf")
    text = " ".join(" ".join(page.split()) for page in page_texts(pdf))
    assert "Where each buyer is, and readiness over time" in text
    assert "The group is at solution identification; the pursuit at supplier selection" in text
    assert APPROVER in text and "moved back, behind" in text
    assert "Since the last review" in text and "New: Some buyers are behind (" + APPROVER in text
    assert f"Moved: {APPROVER}, solution identification → problem definition" in text
    assert "review" in text.split("Readiness over time")[1]


def test_the_analysis_json_names_the_journey_findings_with_their_research(
    reviewed: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--db", reviewed.url, "analyze", "--json"]) == 0
    findings = {f["code"]: f for f in json.loads(capsys.readouterr().out)["findings"]}
    lag, loop = findings["JOURNEY_LAG"], findings["LOOPING"]
    assert lag["severity"] == "critical" and loop["severity"] == "warning"
    assert lag["stakeholders"] == loop["stakeholders"] == ["s-" + str(member_indexes(40, 14)[0])]
    assert "no decision" in lag["research"] and "Gartner" in loop["research"]
