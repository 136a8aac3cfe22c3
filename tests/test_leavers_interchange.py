"""People who left travel in interchange files (version 2): `stakeholders[].left_on` and
`pursuits[].departures` (the seats they held), exported, checked against the schema and imported
into another workspace as they were, so CHAMPION_LEFT reads the same; a version 1 file still
imports (nobody has left) and refuses the new fields; a departure naming a stranger or a day no
calendar has is refused at its path. No Qt."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path

import pytest

from consensus_app.core.analytics.assessment import assess
from consensus_app.core.interchange import InterchangeError, check_document, load_document
from consensus_app.core.pursuit_map import build_pursuit_map
from consensus_app.exporters.interchange_json import export_document
from consensus_app.operations.leavers import mark_left
from consensus_app.operations.operation import Ledger
from consensus_app.operations.steps import Versions
from consensus_app.resources import resource_path
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import Workspace, open_workspace
from models import Profile
from tests.conftest import write_json
from tests.large_accounts import ACCOUNT_32, account_document

pytestmark = pytest.mark.engines("sqlite", "postgresql")
LEFT_ON = date(2026, 11, 30)
TODAY = date(2026, 12, 7)


def _left(workspace: Workspace) -> tuple[list[tuple[str, date | None]], list[tuple[object, ...]]]:
    people = workspace.repos.stakeholders.for_account(1)
    keys = {p.id: p.key for p in people}
    seats = workspace.repos.former_seats.of_pursuit(1)
    return (
        sorted((p.key, p.left_on) for p in people if p.left_on),
        [(keys[s.stakeholder_id], s.left_on, s.role, s.approver, s.stance, s.influence) for s in seats],
    )


def _champion_left(workspace: Workspace) -> list[str]:
    pursuit_map = build_pursuit_map(workspace.repos.accounts.snapshot(1), 1)
    return [f.message for f in assess(pursuit_map, TODAY).findings if f.code == "CHAMPION_LEFT"]


def test_people_who_left_go_out_and_come_back_as_they_were(workspace: Workspace, tmp_path: Path) -> None:
    import_document(workspace, check_document(account_document(*ACCOUNT_32)))
    seat = workspace.repos.committee.for_pursuit(1)[0]
    workspace.repos.stakeholders.update(seat.stakeholder_id, profile=Profile.TEACHER)
    workspace.repos.committee.update(seat.id, stance=2)
    outsider = next(
        p.id
        for p in workspace.repos.stakeholders.for_account(1)
        if p.id not in {m.stakeholder_id for m in workspace.repos.committee.for_pursuit(1)}
    )
    ledger = Ledger(workspace, Versions(), lambda _c: True)
    for person in (seat.stakeholder_id, outsider):
        operation = mark_left(workspace.repos, person, LEFT_ON)
        assert operation is not None
        operation.apply(ledger)
    assert len(_champion_left(workspace)) == 1

    exported = export_document(workspace)
    people = {p["id"]: p for p in exported["accounts"][0]["stakeholders"]}
    key = workspace.repos.stakeholders.get(seat.stakeholder_id).key
    assert people[key]["left_on"] == "2026-11-30"
    assert sum("left_on" in p for p in people.values()) == 2
    (departures,) = [q["departures"] for q in exported["accounts"][0]["pursuits"]]
    assert departures == [
        {
            "stakeholder": key,
            "left_on": "2026-11-30",
            "role": seat.role.value,
            "approver": seat.approver,
            "stance": 2,
            "influence": seat.influence,
            **({"journey_stage": seat.journey_stage.value} if seat.journey_stage else {}),
        }
    ]

    path = write_json(tmp_path / "with-leavers.json", exported)
    again = open_workspace(str(tmp_path / "again.db"))
    try:
        import_document(again, load_document(path))  # checked against the version 2 schema first
        assert _left(again) == _left(workspace)
        assert _champion_left(again) == _champion_left(workspace)
        assert export_document(again)["accounts"] == exported["accounts"]
    finally:
        again.close()


def test_a_version_1_file_still_imports_with_nobody_gone(workspace: Workspace, tmp_path: Path) -> None:
    old = json.loads(resource_path("demo_workspace.json").read_text(encoding="utf-8"))
    old["version"] = 1  # the demo holds nothing version 2 added: read as a version 1 file
    import_document(workspace, load_document(write_json(tmp_path / "demo-v1.json", old)))
    assert not any(p.left_on for p in workspace.repos.stakeholders.for_account(1))
    exported = export_document(workspace)
    assert exported["version"] == 2
    assert all("departures" not in q for account in exported["accounts"] for q in account["pursuits"])


def test_a_departure_naming_a_stranger_or_an_impossible_day_is_refused_at_its_path() -> None:
    document = account_document(*ACCOUNT_32)
    document["accounts"][0]["stakeholders"][3]["left_on"] = "2026-11-30"
    pursuit = document["accounts"][0]["pursuits"][0]
    pursuit["departures"] = [{"stakeholder": "s-404", "left_on": "2026-02-30", "role": "champion"}]
    with pytest.raises(InterchangeError) as caught:
        check_document({**copy.deepcopy(document), "version": 2})
    assert [str(p) for p in caught.value.problems] == [
        '$.accounts[0].pursuits[0].departures[0].left_on: left_on "2026-02-30" is not a valid date '
        "(YYYY-MM-DD)"
    ]
    pursuit["departures"][0]["left_on"] = "2026-02-28"
    with pytest.raises(InterchangeError) as caught:
        check_document({**copy.deepcopy(document), "version": 2})
    assert [str(p) for p in caught.value.problems] == [
        '$.accounts[0].pursuits[0].departures[0].stakeholder: unknown stakeholder "s-404"'
    ]
    with pytest.raises(InterchangeError, match=r"left_on|departures"):
        check_document({**document, "version": 1})  # version 1 knows neither
