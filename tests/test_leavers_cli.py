"""A fresh CRM export without someone only proposes that they left: `consensus-app import` lists
them; `--mark-missing-left` marks them (kept, off the committees) and `analyze --json` then raises
CHAMPION_LEFT with its research; people marked once are not proposed again."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from consensus_app.cli import main
from consensus_app.storage.workspace import open_workspace
from models import BuyingRole, Profile
from tests.crm_export import nordlys_rows, write_csv

# Leila is the supportive go-getter; Rizky a supportive guide (a talker); the rest stay.
SEATED = {
    "Leila Moradi": (Profile.GO_GETTER, 2, BuyingRole.CHAMPION),
    "Rizky Pratama": (Profile.GUIDE, 1, BuyingRole.USER),
    "Ingrid Solberg": (Profile.TEACHER, 1, BuyingRole.ECONOMIC_BUYER),
    "Øystein Haugland": (Profile.SKEPTIC, 0, BuyingRole.DECISION_MAKER),
    "Takeshi Yamamoto": (Profile.CLIMBER, -1, BuyingRole.TECHNICAL_EVALUATOR),
    "Dewi Kusumawati": (Profile.FRIEND, 1, BuyingRole.INFLUENCER),
}


def _seat_a_committee(db: Path) -> None:
    with open_workspace(str(db)) as ws:
        account = ws.repos.accounts.list()[0]
        pursuit = ws.repos.pursuits.create(account_id=account.id, name="Fleet telemetry")
        people = {p.name: p for p in ws.repos.stakeholders.for_account(account.id)}
        for name, (profile, stance, role) in SEATED.items():
            ws.repos.stakeholders.update(people[name].id, profile=profile)
            ws.repos.committee.create(
                pursuit_id=pursuit.id, stakeholder_id=people[name].id, stance=stance, role=role, approver=True
            )


def _left(db: Path) -> dict[str, date]:
    with open_workspace(str(db)) as ws:
        return {p.name: p.left_on for p in ws.repos.stakeholders.for_account(1) if p.left_on is not None}


def test_an_export_without_two_people_proposes_then_marks_them_as_left_and_the_analysis_raises_champion_left(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", str(write_csv(tmp_path / "a.csv", nordlys_rows())), "--db", str(db_path)]) == 0
    _seat_a_committee(db_path)
    fresh = write_csv(tmp_path / "fresh.csv", [r for r in nordlys_rows() if r[1] not in ("Leila", "Rizky")])
    capsys.readouterr()

    assert main(["import", str(fresh), "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "2 people at Nordlys Shipping ASA are not in this export — left the company? Leila Moradi" in out
    assert "add --mark-missing-left to mark them as left the company" in out
    assert _left(db_path) == {}  # only proposed

    assert main(["import", str(fresh), "--db", str(db_path), "--mark-missing-left", "--dry-run"]) == 0
    assert "With --mark-missing-left they would be marked as left the company." in capsys.readouterr().out
    assert _left(db_path) == {}

    both = ["import", str(fresh), "--db", str(db_path), "--mark-missing-left", "--remove-missing"]
    assert main(both) == 1
    assert "not both" in capsys.readouterr().err

    assert main(["import", str(fresh), "--db", str(db_path), "--mark-missing-left"]) == 0
    out = capsys.readouterr().out
    assert "Marked as left the company (not in this export): Leila Moradi, Rizky Pratama." in out
    assert _left(db_path) == {"Leila Moradi": date.today(), "Rizky Pratama": date.today()}
    with open_workspace(str(db_path)) as ws:
        assert len(ws.repos.stakeholders.for_account(1)) == 32  # nobody removed
        assert len(ws.repos.committee.for_pursuit(1)) == 4
        assert {s.role for s in ws.repos.former_seats.of_pursuit(1)} == {BuyingRole.CHAMPION, BuyingRole.USER}

    assert main(["import", str(fresh), "--db", str(db_path)]) == 0
    assert "not in this export" not in capsys.readouterr().out  # marked once, not proposed again

    assert main(["analyze", "--db", str(db_path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    found = [f for f in report["findings"] if f["code"] == "CHAMPION_LEFT"]
    assert len(found) == 1
    assert "Leila Moradi (champion, left" in found[0]["message"] and "Rizky" not in found[0]["message"]
    assert "Challenger Customer" in found[0]["research"]
    assert "CHAMPION_LEFT" in [c for d in report["deductions"] for c in d["findings"]]
