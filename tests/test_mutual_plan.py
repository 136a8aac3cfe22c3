"""A pursuit's plan for deciding together, without Qt: steps kept in the database on both engines,
added, edited and removed as undoable operations, owners checked, and what outlives whom."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from consensus_app.core.interchange import check_document
from consensus_app.operations import edits
from consensus_app.operations.operation import Ledger
from consensus_app.operations.steps import Versions
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.errors import ConstraintError
from consensus_app.storage.workspace import Workspace
from models.plan import PlanStepStatus
from tests.conftest import minimal_document

pytestmark = pytest.mark.engines("sqlite", "postgresql")


@pytest.fixture
def acme(workspace: Workspace) -> Workspace:
    import_document(workspace, check_document(minimal_document()))
    return workspace


def _ledger(ws: Workspace) -> Ledger:
    def resolve(conflict: object) -> bool:
        raise AssertionError(f"unexpected conflict: {conflict}")

    return Ledger(ws, Versions(), resolve)


def _person(ws: Workspace, name: str) -> int:
    return next(p.id for p in ws.repos.stakeholders.for_account(1) if p.name == name)


def test_a_step_is_added_edited_and_removed_each_undoable(acme: Workspace) -> None:
    ledger, lee = _ledger(acme), _person(acme, "Lee Park")
    add = edits.add_plan_step(
        1, "Security review of the pilot", buyer_owner_id=lee, seller_owner="Ana Silva", due=date(2027, 1, 15)
    )
    assert add.text == "Add the plan step “Security review of the pilot”"
    add.apply(ledger)
    (step,) = acme.repos.plan_steps.for_pursuit(1)
    assert (step.buyer_owner_id, step.seller_owner, step.due) == (lee, "Ana Silva", date(2027, 1, 15))
    assert step.status is PlanStepStatus.PLANNED

    edit = edits.edit_plan_step(acme.repos, step.id, status=PlanStepStatus.DONE)
    assert edit is not None and edit.text == "Edit the plan step “Security review of the pilot”"
    assert edits.edit_plan_step(acme.repos, step.id, seller_owner="Ana Silva") is None  # nothing to change
    edit.apply(ledger)
    assert acme.repos.plan_steps.get(step.id).status is PlanStepStatus.DONE
    edit.revert(ledger)
    assert acme.repos.plan_steps.get(step.id).status is PlanStepStatus.PLANNED

    remove = edits.remove_plan_step(step.id, step.title)
    remove.apply(ledger)
    assert acme.repos.plan_steps.for_pursuit(1) == []
    remove.revert(ledger)  # the very same step comes back
    (back,) = acme.repos.plan_steps.for_pursuit(1)
    assert (back.id, back.key, back.buyer_owner_id) == (step.id, step.key, lee)
    add.revert(ledger)
    assert acme.repos.plan_steps.for_pursuit(1) == []
    changes = [c.summary for c in acme.repos.changes.since(date(2000, 1, 1), 1) if c.entity == "plan step"]
    assert changes[0] == "Added plan step “Security review of the pilot”"


def test_a_step_s_owner_must_work_at_the_account_and_its_title_must_not_be_empty(acme: Workspace) -> None:
    other = acme.repos.accounts.create(name="Globex")
    stranger = acme.repos.stakeholders.create(account_id=other.id, name="Hank Scorpio")
    with pytest.raises(ConstraintError, match="buyer's owner works at another account"):
        acme.repos.plan_steps.create(pursuit_id=1, title="Pilot", buyer_owner_id=stranger.id)
    with pytest.raises(ConstraintError, match="title must not be empty"):
        acme.repos.plan_steps.create(pursuit_id=1, title="  ")
    with pytest.raises(ConstraintError, match="status"):
        acme.repos.plan_steps.create(pursuit_id=1, title="Pilot", status="someday")
    assert acme.repos.plan_steps.for_pursuit(1) == []


def test_a_step_outlives_its_buyer_owner_but_not_its_pursuit(acme: Workspace) -> None:
    sam = _person(acme, "Sam Okafor")
    acme.repos.plan_steps.create(pursuit_id=1, title="Reference call", buyer_owner_id=sam, position=2)
    acme.repos.plan_steps.create(pursuit_id=1, title="Kick-off", position=1)
    acme.repos.stakeholders.delete(sam)
    steps = acme.repos.plan_steps.for_pursuit(1)
    assert [s.title for s in steps] == ["Kick-off", "Reference call"]  # in the team's order
    assert steps[1].buyer_owner_id is None
    acme.repos.pursuits.delete(1)
    assert acme.repos.plan_steps.list_where() == []


def test_a_step_is_overdue_past_its_date_until_it_is_done(acme: Workspace) -> None:
    step = acme.repos.plan_steps.create(pursuit_id=1, title="Pilot sign-off", due=date(2026, 11, 30))
    assert step.overdue(date(2026, 12, 1)) and not step.overdue(date(2026, 11, 30))
    done = acme.repos.plan_steps.update(step.id, status=PlanStepStatus.DONE)
    assert not done.overdue(date(2026, 12, 1))


def test_an_overdue_step_raises_a_finding_with_advice_and_research_in_the_analysis(
    acme: Workspace, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from consensus_app.cli import main
    from consensus_app.core.analytics.assessment import assess
    from consensus_app.core.pursuit_map import build_pursuit_map

    lee, today = _person(acme, "Lee Park"), date.today()
    acme.repos.plan_steps.create(
        pursuit_id=1,
        title="Pilot sign-off",
        buyer_owner_id=lee,
        seller_owner="Ana",
        due=today - timedelta(days=3),
    )
    acme.repos.plan_steps.create(
        pursuit_id=1, title="Kick-off", due=today - timedelta(days=30), status="done"
    )
    acme.repos.plan_steps.create(pursuit_id=1, title="Board decision", due=today + timedelta(days=30))
    the_map = build_pursuit_map(acme.repos.accounts.snapshot(1), 1)
    assert [step.title for step in the_map.plan] == ["Pilot sign-off", "Kick-off", "Board decision"]
    overdue = [f for f in assess(the_map, today).findings if f.code == "PLAN_STEP_OVERDUE"]
    assert len(overdue) == 1  # done and future steps raise nothing
    (finding,) = overdue
    assert finding.stakeholders == (lee,)
    assert (
        "“Pilot sign-off” was due 3 days ago" in finding.message
        and "Lee Park (Ana on our side)" in finding.message
    )
    assert finding.research and "Gartner" in finding.research
    assert any("PLAN_STEP_OVERDUE" in d.codes for d in assess(the_map, today).deductions)

    assert main(["analyze", "--db", db_url, "--account", "acme", "--pursuit", "opp-1", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    codes = [f["code"] for f in _findings_of(report)]
    assert "PLAN_STEP_OVERDUE" in codes


def _findings_of(report: object) -> list[dict[str, object]]:
    """The findings wherever the analysis JSON keeps them."""
    if isinstance(report, dict):
        if "findings" in report and isinstance(report["findings"], list):
            return report["findings"]
        return [f for value in report.values() for f in _findings_of(value)]
    if isinstance(report, list):
        return [f for value in report for f in _findings_of(value)]
    return []


def test_the_plan_is_a_sheet_of_the_xlsx_export_with_overdue_days(acme: Workspace, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from consensus_app.exporters.pursuit_data import export_tables

    lee, today = _person(acme, "Lee Park"), date.today()
    acme.repos.plan_steps.create(
        pursuit_id=1, title="경영진 승인", buyer_owner_id=lee, due=today - timedelta(days=4)
    )
    acme.repos.plan_steps.create(
        pursuit_id=1, title="=HYPERLINK(1)", seller_owner="Ana Silva", due=today, status="done", position=1
    )
    book = load_workbook(export_tables(acme, 1, tmp_path / "plan.xlsx", "xlsx"))
    assert book.sheetnames == ["Committee", "Priorities", "Plan"]
    rows = [[cell.value for cell in row] for row in book["Plan"].iter_rows()]
    assert rows[0] == [
        "Step",
        "Customer owner",
        "Customer owner ID",
        "Our owner",
        "Due",
        "Status",
        "Days overdue",
    ]
    assert rows[1][:4] == ["경영진 승인", "Lee Park", "s-cfo", None] and rows[1][5:] == ["Planned", 4]
    assert rows[1][4].date() == today - timedelta(days=4)  # a date the spreadsheet can sort
    assert rows[2][0] == "'=HYPERLINK(1)" and rows[2][5:] == ["Done", None]  # no formula from a title


def test_forgetting_a_person_leaves_their_plan_steps_without_a_trace_of_them(acme: Workspace) -> None:
    from consensus_app.storage.forget import forget_person

    lee = _person(acme, "Lee Park")
    step = acme.repos.plan_steps.create(
        pursuit_id=1, title="Budget sign-off with Lee Park", buyer_owner_id=lee
    )
    forget_person(acme, lee)
    kept = acme.repos.plan_steps.get(step.id)
    assert kept.buyer_owner_id is None and "Lee Park" not in kept.title  # the step stays, ownerless


def test_an_edit_over_a_colleague_s_newer_change_of_a_step_is_asked_about(acme: Workspace) -> None:
    from consensus_app.operations.operation import KeptTheirs
    from consensus_app.storage.errors import ConcurrentEditError
    from consensus_app.storage.plan_steps import PLAN_STEP
    from consensus_app.storage.workspace import open_workspace

    step = acme.repos.plan_steps.create(pursuit_id=1, title="Pilot")
    versions = Versions()
    versions.show(PLAN_STEP, [step])  # what the window shows
    with open_workspace(acme.url, actor="bob") as colleague:
        colleague.repos.plan_steps.update(step.id, title="Pilot on two vessels")
    asked: list[ConcurrentEditError] = []

    def keep_theirs(conflict: ConcurrentEditError) -> bool:
        asked.append(conflict)
        return False

    edit = edits.edit_plan_step(acme.repos, step.id, status=PlanStepStatus.DONE)
    assert edit is not None
    with pytest.raises(KeptTheirs):  # the user kept the colleague's version: nothing lands
        edit.apply(Ledger(acme, versions, keep_theirs))
    assert asked and acme.repos.plan_steps.get(step.id).status is PlanStepStatus.PLANNED
