"""Each buyer's journey and the readiness readings travel in interchange files (version 2,
`pursuits[].journey` and `pursuits[].readiness`): exported, checked against the schema, imported
into another workspace as they were (the seats' last moves too), kept by a re-import with
--replace; a version 1 file still imports with its members' stages and no history; a move naming
a stranger is refused at its path. No Qt."""

from __future__ import annotations

import copy
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from consensus_app.core.analytics.assessment import assess
from consensus_app.core.interchange import InterchangeError, check_document, load_document
from consensus_app.core.pursuit_map import build_pursuit_map
from consensus_app.core.readiness import reading_of
from consensus_app.exporters.interchange_json import export_document
from consensus_app.operations.journey import move_stage
from consensus_app.operations.operation import Ledger
from consensus_app.operations.steps import Versions
from consensus_app.resources import resource_path
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.readiness import keep_reading, readings
from consensus_app.storage.workspace import Workspace, open_workspace
from models import BuyingStage
from tests.conftest import write_json
from tests.large_accounts import ACCOUNT_32, account_document

pytestmark = pytest.mark.engines("sqlite", "postgresql")
PROBLEM, SOLUTION, SUPPLIER = BuyingStage
MOVES = [  # seat number, stage, day, note
    (0, SUPPLIER, date(2026, 11, 2), "Referansesamtale med rederiet"),
    (1, SOLUTION, date(2026, 11, 9), "ワークショップで課題に合意"),
    (0, SOLUTION, date(2026, 11, 20), "بازبینی امنیتی دوباره باز شد"),
    (2, SUPPLIER, date(2026, 11, 21), None),
]


def _journeyed(workspace: Workspace) -> None:
    import_document(workspace, check_document(account_document(*ACCOUNT_32)))
    seats = workspace.repos.accounts.snapshot(1).committee[1]
    ledger = Ledger(workspace, Versions(), lambda _conflict: True)
    start = datetime(2026, 11, 1, 9, tzinfo=UTC)
    for n, (seat, stage, day, note) in enumerate(MOVES):
        operation = move_stage(workspace.repos, seats[seat].id, "move", stage, note=note, day=day)
        assert operation is not None
        operation.apply(ledger)
        pursuit_map = build_pursuit_map(workspace.repos.accounts.snapshot(1), 1)
        when = start + timedelta(days=7 * n)
        keep_reading(workspace, 1, reading_of(assess(pursuit_map, when.date()), pursuit_map, when, n == 1))


def _history(workspace: Workspace) -> tuple[list[Any], list[Any], list[Any]]:
    """Moves and seats by file id (ids in the database differ between workspaces), and readings."""
    keys = {s.id: s.key for s in workspace.repos.stakeholders.for_account(1)}
    moves = [
        (keys[m.stakeholder_id], m.day, m.from_stage, m.to_stage, m.note)
        for m in workspace.repos.journey.moves(1)
    ]
    seats = [
        (keys[m.stakeholder_id], m.journey_stage, m.journey_from, m.journey_since)
        for m in workspace.repos.accounts.snapshot(1).committee[1]
    ]
    kept = [
        (r.day, r.reviewed, r.score, {keys[s]: v for s, v in r.stages.items()}, [f.code for f in r.findings])
        for r in readings(workspace, 1)
    ]
    return moves, seats, kept


def test_the_journey_and_readings_go_out_and_come_back_as_they_were(
    workspace: Workspace, tmp_path: Path
) -> None:
    _journeyed(workspace)
    exported = export_document(workspace)
    (pursuit,) = exported["accounts"][0]["pursuits"]
    assert pursuit["journey"][2] == {
        "stakeholder": pursuit["journey"][0]["stakeholder"],
        "day": "2026-11-20",
        "from": "supplier_selection",
        "to": "solution_identification",
        "note": "بازبینی امنیتی دوباره باز شد",
        "by": "tester",
    }
    assert "note" not in pursuit["journey"][3]  # absent, not null
    assert [r["reviewed"] for r in pursuit["readiness"]] == [False, True, False, False]
    assert all(k.startswith("s-") for r in pursuit["readiness"] for k in r["reading"]["stages"])

    path = write_json(tmp_path / "with-journey.json", exported)
    again = open_workspace(str(tmp_path / "again.db"))
    try:
        import_document(again, load_document(path))  # checked against the version 2 schema first
        assert _history(again) == _history(workspace)
        assert export_document(again)["accounts"] == exported["accounts"]
        # A re-import over the account (--replace) keeps the history the file carries.
        import_document(again, load_document(path), replace=True)
        assert _history(again) == _history(workspace)
    finally:
        again.close()


def test_a_version_1_file_still_imports_with_stages_and_no_history(
    workspace: Workspace, tmp_path: Path
) -> None:
    old = json.loads(resource_path("demo_workspace.json").read_text(encoding="utf-8"))
    old["version"] = 1  # the demo holds nothing version 2 added: as a version 1 file
    assert not any("journey" in q or "readiness" in q for a in old["accounts"] for q in a["pursuits"])
    import_document(workspace, load_document(write_json(tmp_path / "demo-v1.json", old)))
    staged = [
        m
        for account in old["accounts"]
        for q in account["pursuits"]
        for m in q["committee"]
        if "journey_stage" in m
    ]
    assert staged, "the demo's members have stages"
    pursuits = [p.id for p in workspace.repos.pursuits.list_where()]
    assert all(workspace.repos.journey.moves(p) == [] and readings(workspace, p) == [] for p in pursuits)
    exported = export_document(workspace)
    assert all(
        "journey" not in q and "readiness" not in q for a in exported["accounts"] for q in a["pursuits"]
    )


def test_a_move_naming_a_stranger_or_a_bad_stage_is_refused_at_its_path() -> None:
    document = {**account_document(*ACCOUNT_32), "version": 2}
    pursuit = document["accounts"][0]["pursuits"][0]
    pursuit["journey"] = [{"stakeholder": "s-1", "day": "2026-11-02", "to": "negotiation"}]
    with pytest.raises(InterchangeError) as caught:
        check_document(copy.deepcopy(document))
    assert any(str(p).startswith("$.accounts[0].pursuits[0].journey[0].to") for p in caught.value.problems)
    pursuit["journey"] = [{"stakeholder": "s-404", "day": "2026-11-02", "to": "supplier_selection"}]
    with pytest.raises(InterchangeError) as caught:
        check_document(copy.deepcopy(document))
    assert [str(p) for p in caught.value.problems] == [
        '$.accounts[0].pursuits[0].journey[0].stakeholder: unknown stakeholder "s-404"'
    ]


def test_two_readings_of_one_day_are_refused_at_the_second() -> None:
    """One reading a day (and one review): a second is named where it is, before any import."""
    document = {**account_document(*ACCOUNT_32), "version": 2}
    pursuit = document["accounts"][0]["pursuits"][0]
    reading = {"day": "2026-11-02", "taken_at": "2026-11-02T09:00:00Z", "score": 60, "reading": {}}
    review = {**reading, "reviewed": True}
    pursuit["readiness"] = [reading, review, {**reading, "taken_at": "2026-11-02T17:00:00Z"}]
    with pytest.raises(InterchangeError) as caught:
        check_document(copy.deepcopy(document))
    assert [str(p) for p in caught.value.problems] == [
        "$.accounts[0].pursuits[0].readiness[2].day: a second reading on 2026-11-02 (already at readiness[0])"
    ]
