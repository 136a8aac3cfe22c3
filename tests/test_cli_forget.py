"""`consensus-app forget`: a person erased from the command line, only when confirmed."""

from __future__ import annotations

from pathlib import Path

import pytest

from consensus_app.cli import main
from consensus_app.core.interchange import check_document
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import open_workspace
from tests.test_forget import EMAIL, NAME, PRIORITY, account_with_the_person


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "workspace.db"
    with open_workspace(str(path)) as workspace:
        import_document(workspace, check_document(account_with_the_person()))
    return path


def _names(database: Path) -> list[str]:
    with open_workspace(str(database)) as workspace:
        return [p.name for p in workspace.repos.stakeholders.for_account(1)]


def test_without_yes_nothing_is_forgotten(database: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["forget", "--db", str(database), "--account", "Nordhavn Shipping ASA", NAME])
    assert status == 1 and NAME in _names(database)
    err = capsys.readouterr().err
    assert "cannot be undone" in err and "--yes" in err


def test_forget_with_yes_erases_the_person_and_says_what_went(
    database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["forget", "--db", str(database), "--account", "nordhavn shipping asa", EMAIL, "--yes"])
    out = capsys.readouterr().out
    assert status == 0 and out.startswith(f"Forgot {NAME}: 2 priorities, 1 committee seat")
    assert NAME not in _names(database) and len(_names(database)) == 31
    data = database.read_bytes()
    assert NAME.encode() not in data and PRIORITY.encode() not in data and EMAIL.encode() not in data


def test_a_name_that_is_not_exact_is_refused_with_the_reason(
    database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["forget", "--db", str(database), "--account", "Nordhavn Shipping ASA", "Take", "--yes"]) == 1
    assert "nobody at this account is called 'Take'" in capsys.readouterr().err
    assert main(["forget", "--db", str(database), "--account", "Nordhavn", NAME, "--yes"]) == 1
    assert "no account 'Nordhavn'" in capsys.readouterr().err and NAME in _names(database)
