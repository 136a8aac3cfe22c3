"""`consensus-app import contacts.csv --account ID`, as a user types it."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from consensus_app.cli import main
from consensus_app.storage.workspace import open_workspace
from tests.conftest import minimal_document, write_json
from tests.crm_export import HEADERS, nordlys_rows, write_csv, write_xlsx

CONTACTS = "Full Name,Job Title,Dept,E-mail,Boss\nAna Lima,COO,Operations,ana@acme.example,Dana Ruiz\n"


@pytest.fixture
def acme(tmp_path: Path, db_path: Path) -> Path:
    assert (
        main(["--db", str(db_path), "import", str(write_json(tmp_path / "a.json", minimal_document()))]) == 0
    )
    return db_path


def _names(db: Path) -> dict[str, str | None]:
    with open_workspace(str(db)) as ws:
        people = ws.repos.stakeholders.for_account(ws.repos.accounts.find_by_key("acme").id)  # type: ignore[union-attr]
    names = {p.id: p.name for p in people}
    return {p.name: names.get(p.reports_to_id) for p in people}  # type: ignore[arg-type]


def test_people_import_with_a_mapping_file_and_a_dry_run_first(
    tmp_path: Path, acme: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    contacts = tmp_path / "contacts.csv"
    contacts.write_text(CONTACTS, encoding="utf-8-sig")
    mapping = write_json(
        tmp_path / "m.json",
        {
            "name": "Full Name",
            "title": "Job Title",
            "function": "Dept",
            "email": "E-mail",
            "reports_to": "Boss",
        },
    )
    args = ["import", str(contacts), "--db", str(acme), "--account", "acme", "--mapping", str(mapping)]
    capsys.readouterr()
    assert main([*args, "--dry-run"]) == 0
    assert "would import 1 person (1 new, 0 updated, 0 unchanged)" in capsys.readouterr().out
    assert "Ana Lima" not in _names(acme)
    assert main(args) == 0
    assert "1 new, 0 updated" in capsys.readouterr().out
    assert _names(acme)["Ana Lima"] == "Dana Ruiz"  # reports to someone already at the account


def test_a_file_with_problems_lists_them_and_changes_nothing(
    tmp_path: Path, acme: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    contacts = tmp_path / "bad.csv"
    contacts.write_text(
        "Name,Email,Manager\nAna,ana@x.example,Nobody Known\n,b@x.example,\n", encoding="utf-8"
    )
    before = _names(acme)
    assert main(["import", str(contacts), "--db", str(acme), "--account", "acme"]) == 1
    err = capsys.readouterr().err
    assert "bad.csv was not imported; nothing was changed" in err
    assert "line 2: reports to 'Nobody Known'" in err and "line 3: no name" in err
    assert _names(acme) == before


# --- starting from the CRM file alone ---------------------------------------------------------------


def _accounts(db: Path) -> dict[str, int]:
    with open_workspace(str(db)) as ws:
        return {a.name: len(ws.repos.stakeholders.for_account(a.id)) for a in ws.repos.accounts.list()}


@pytest.mark.parametrize("write", [write_csv, write_xlsx])
def test_the_crm_file_alone_creates_its_account_and_a_reimport_updates(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str], write: Any
) -> None:
    suffix = ".csv" if write is write_csv else ".xlsx"
    report = write(tmp_path / f"nordlys{suffix}", nordlys_rows())
    assert main(["import", str(report), "--db", str(db_path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "→ Nordlys Shipping ASA (a new account): would import 32 people (32 new" in out
    assert _accounts(db_path) == {}
    assert main(["import", str(report), "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "into Nordlys Shipping ASA (acct-nordlys-shipping-asa, a new account): 32 new, 0 updated" in out
    assert _accounts(db_path) == {"Nordlys Shipping ASA": 32}
    renamed = [
        [*r[:3], "Chief Digital Officer" if r[1] == "Takeshi" else r[3], *r[4:]] for r in nordlys_rows()
    ]
    assert main(["import", str(write(tmp_path / f"again{suffix}", renamed)), "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "0 new, 1 updated, 31 unchanged" in out and "Found already there: 32 by CRM id." in out
    assert _accounts(db_path) == {"Nordlys Shipping ASA": 32}


def test_the_dry_run_shows_which_rule_found_each_person(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    no_ids = write_csv(tmp_path / "no-ids.csv", [r[1:] for r in nordlys_rows()], HEADERS[1:])
    assert main(["import", str(no_ids), "--db", str(db_path)]) == 0
    capsys.readouterr()
    assert main(["import", str(no_ids), "--db", str(db_path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "(0 new, 0 updated, 32 unchanged)" in out
    assert re.search(r"line 13 +Kari Nordmann +unchanged \(matched by name and title\)", out)
    assert re.search(r"line 2 +Ingrid Solberg +unchanged \(matched by email\)", out)


def test_an_account_name_that_could_be_several_accounts_is_refused_with_them(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_workspace(str(db_path)) as ws:
        ws.repos.accounts.create(key="nordlys", name="Nordlys Shipping")
        ws.repos.accounts.create(key="nordlys-group", name="Nordlys Shipping Group")
    report = write_csv(tmp_path / "nordlys.csv", nordlys_rows())
    assert main(["import", str(report), "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert "the Account Name 'Nordlys Shipping ASA' could be Nordlys Shipping (nordlys), " in err
    assert "Nordlys Shipping Group (nordlys-group); nothing was imported" in err
    # Choosing one by name: the file names another account, so it asks for --yes first.
    assert main(["import", str(report), "--db", str(db_path), "--account", "nordlys shipping"]) == 1
    err = capsys.readouterr().err
    assert "says these people work at 'Nordlys Shipping ASA', not at Nordlys Shipping (nordlys)" in err
    assert "--yes" in err and _accounts(db_path) == {"Nordlys Shipping": 0, "Nordlys Shipping Group": 0}
    assert main(["import", str(report), "--db", str(db_path), "--account", "nordlys shipping", "--yes"]) == 0
    assert _accounts(db_path) == {"Nordlys Shipping": 32, "Nordlys Shipping Group": 0}


def test_a_file_with_two_accounts_imports_both_or_neither(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hanbit = "Hanbit Logistics"
    rows = [
        *nordlys_rows(),
        ["003KR001", "Seo-yeon", "Han", "CFO", "han@hanbit.example", hanbit, "", "Finance"],
        ["003KR002", "Dae-ho", "Yoon", "CIO", "yoon@hanbit.example", hanbit, "Nobody Known", "IT"],
    ]
    assert main(["import", str(write_csv(tmp_path / "two.csv", rows)), "--db", str(db_path)]) == 1
    assert "line 35: reports to 'Nobody Known'" in capsys.readouterr().err
    assert _accounts(db_path) == {}  # Nordlys was fine, but nothing of the file was written
    rows[-1][6] = "Seo-yeon Han"
    assert main(["import", str(write_csv(tmp_path / "two.csv", rows)), "--db", str(db_path)]) == 0
    assert _accounts(db_path) == {"Nordlys Shipping ASA": 32, "Hanbit Logistics": 2}


def test_people_who_left_are_listed_and_removed_only_with_the_flag(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", str(write_csv(tmp_path / "a.csv", nordlys_rows())), "--db", str(db_path)]) == 0
    fresh = write_csv(tmp_path / "fresh.csv", [r for r in nordlys_rows() if r[1] not in ("Leila", "Rizky")])
    capsys.readouterr()
    assert main(["import", str(fresh), "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "2 people at Nordlys Shipping ASA are not in this export — left the company? " in out
    assert "Leila Moradi, Rizky Pratama" in out
    assert "Nothing was changed for them; add --mark-missing-left" in out
    assert _accounts(db_path) == {"Nordlys Shipping ASA": 32}
    assert main(["import", str(fresh), "--db", str(db_path), "--remove-missing"]) == 0
    assert "30 unchanged, 0 priorities added, 2 people removed." in capsys.readouterr().out
    assert _accounts(db_path) == {"Nordlys Shipping ASA": 30}


def test_a_file_without_an_account_column_needs_the_account(
    tmp_path: Path, acme: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    contacts = tmp_path / "c.csv"
    contacts.write_text(CONTACTS, encoding="utf-8")
    assert main(["import", str(contacts), "--db", str(acme)]) == 1
    err = capsys.readouterr().err
    assert "c.csv has no Account Name column: say where these people work with --account NAME" in err
    assert "Acme Corp (acme)" in err
    assert main(["import", str(contacts), "--db", str(acme), "--account", "ACM"]) == 0  # a prefix
    assert "into Acme Corp (acme): 1 new" in capsys.readouterr().out


def test_the_crm_ids_travel_in_an_interchange_file_and_still_find_people(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = write_csv(tmp_path / "nordlys.csv", nordlys_rows())
    assert main(["import", str(report), "--db", str(db_path)]) == 0
    exported = tmp_path / "nordlys.json"
    assert main(["export", "--db", str(db_path), "--account", "nordlys", "-o", str(exported)]) == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    people = {p["name"]: p for p in document["accounts"][0]["stakeholders"]}
    assert people["Arash Rahimi"]["external_id"] == "0035g00000NLS009"
    elsewhere = tmp_path / "laptop.db"
    assert main(["import", str(exported), "--db", str(elsewhere)]) == 0
    capsys.readouterr()
    assert main(["import", str(report), "--db", str(elsewhere)]) == 0
    assert "0 new, 0 updated, 32 unchanged" in capsys.readouterr().out
    twice = document["accounts"][0]["stakeholders"]
    twice[1]["external_id"] = twice[0]["external_id"]
    bad = write_json(tmp_path / "bad.json", document)
    assert main(["import", str(bad), "--db", str(tmp_path / "x.db")]) == 1
    err = capsys.readouterr().err
    assert "$.accounts[0].stakeholders[1].external_id" in err and "duplicate CRM id" in err


def test_rows_without_an_account_name_are_named_by_line(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = nordlys_rows()
    rows[4][5] = rows[9][5] = ""
    assert main(["import", str(write_csv(tmp_path / "gaps.csv", rows)), "--db", str(db_path)]) == 1
    assert (
        "gaps.csv: lines 6, 11 have no Account Name; fill it in, or give --account NAME"
        in capsys.readouterr().err
    )
    assert _accounts(db_path) == {}
