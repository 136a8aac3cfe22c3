"""The plan for deciding together travels in interchange files (version 2, `pursuits[].plan`):
exported, checked against the schema, imported into another workspace as it was; a version 1
file still imports (no plan); a step naming someone who is not at the account is refused at its
path. No Qt."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from consensus_app.core.interchange import InterchangeError, check_document, load_document
from consensus_app.exporters.interchange_json import export_document
from consensus_app.resources import resource_path
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import Workspace, open_workspace
from models.plan import PlanStepStatus
from tests.conftest import write_json
from tests.large_accounts import ACCOUNT_32, account_document

pytestmark = pytest.mark.engines("sqlite", "postgresql")

STEPS = [  # title, the customer's owner, ours, due, status
    ("Agree the problem statement", "s-1", "Ana Silva", date(2026, 11, 2), PlanStepStatus.DONE),
    ("船隊データの試験運用", "s-5", None, date(2026, 12, 1), PlanStepStatus.IN_PROGRESS),
    ("بررسی امنیتی", None, "Tom Berg", None, PlanStepStatus.PLANNED),
]


def _steps(workspace: Workspace) -> list[tuple[Any, ...]]:
    pursuit = workspace.repos.pursuits.list_where()[0]
    keys = {s.id: s.key for s in workspace.repos.stakeholders.for_account(pursuit.account_id)}
    return [
        (s.key, s.title, keys.get(s.buyer_owner_id), s.seller_owner, s.due, s.status)
        for s in workspace.repos.plan_steps.for_pursuit(pursuit.id)
    ]


def test_a_plan_goes_out_and_comes_back_as_it_was(workspace: Workspace, tmp_path: Path) -> None:
    import_document(workspace, check_document(account_document(*ACCOUNT_32)))
    pursuit = workspace.repos.pursuits.list_where()[0]
    people = {s.key: s.id for s in workspace.repos.stakeholders.for_account(pursuit.account_id)}
    for position, (title, owner, ours, due, status) in enumerate(STEPS):
        workspace.repos.plan_steps.create(
            pursuit_id=pursuit.id,
            title=title,
            buyer_owner_id=people[owner] if owner else None,
            seller_owner=ours,
            due=due,
            status=status,
            position=position,
        )
    exported = export_document(workspace)
    (plan,) = [q["plan"] for q in exported["accounts"][0]["pursuits"]]
    assert plan[0] == {
        "id": plan[0]["id"],
        "title": "Agree the problem statement",
        "buyer_owner": "s-1",
        "seller_owner": "Ana Silva",
        "due": "2026-11-02",
        "status": "done",
    }
    assert [step["title"] for step in plan] == [title for title, *_ in STEPS]  # in the team's order
    assert "buyer_owner" not in plan[2] and "due" not in plan[2]  # absent, not null

    path = write_json(tmp_path / "with-plan.json", exported)
    again = open_workspace(str(tmp_path / "again.db"))
    try:
        import_document(again, load_document(path))  # checked against the version 2 schema first
        assert _steps(again) == _steps(workspace)
        assert export_document(again)["accounts"] == exported["accounts"]
    finally:
        again.close()


def test_a_version_1_file_still_imports_without_a_plan(workspace: Workspace, tmp_path: Path) -> None:
    old = json.loads(resource_path("demo_workspace.json").read_text(encoding="utf-8"))
    old["version"] = 1  # the demo holds nothing version 2 added: read as a version 1 file
    import_document(workspace, load_document(write_json(tmp_path / "demo-v1.json", old)))
    assert workspace.repos.plan_steps.list_where() == []
    exported = export_document(workspace)
    assert exported["version"] == 2
    assert all("plan" not in q for account in exported["accounts"] for q in account["pursuits"])


def test_a_plan_in_a_version_1_file_or_naming_a_stranger_is_refused_at_its_path() -> None:
    document = account_document(*ACCOUNT_32)
    pursuit = document["accounts"][0]["pursuits"][0]
    pursuit["plan"] = [{"id": "step-1", "title": "Pilot", "buyer_owner": "s-404", "status": "someday"}]
    with pytest.raises(InterchangeError) as caught:
        check_document({**copy.deepcopy(document), "version": 2})
    problems = [str(p) for p in caught.value.problems]
    assert any(p.startswith("$.accounts[0].pursuits[0].plan[0].status") for p in problems), problems
    pursuit["plan"][0]["status"] = "planned"
    with pytest.raises(InterchangeError) as caught:
        check_document({**copy.deepcopy(document), "version": 2})
    assert [str(p) for p in caught.value.problems] == [
        '$.accounts[0].pursuits[0].plan[0].buyer_owner: unknown stakeholder "s-404"'
    ]
    with pytest.raises(InterchangeError, match=r"pursuits\[0\]"):
        check_document({**document, "version": 1})  # version 1 has no plans
