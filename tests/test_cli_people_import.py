"""`consensus-app import contacts.csv --account ID`, as a user types it."""

from __future__ import annotations

from pathlib import Path

import pytest

from consensus_app.cli import main
from consensus_app.storage.workspace import open_workspace
from tests.conftest import minimal_document, write_json

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
    assert "would import 1 people (1 create" in capsys.readouterr().out
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


def test_people_need_an_account(tmp_path: Path, acme: Path, capsys: pytest.CaptureFixture[str]) -> None:
    contacts = tmp_path / "c.csv"
    contacts.write_text(CONTACTS, encoding="utf-8")
    assert main(["import", str(contacts), "--db", str(acme)]) == 1
    assert "--account" in capsys.readouterr().err
