"""The command line as a person types it: pursuits by name, prefixes, words, plurals, dates, pipes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import insert

from consensus_app.cli import main
from consensus_app.storage.workspace import open_workspace
from models import Account, BuyingStage
from tests.conftest import minimal_document, write_json


@pytest.fixture
def imported(tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    document = minimal_document()
    globex = minimal_document(id="globex", name="Globex Shipping")["accounts"][0]
    document["accounts"].append(globex)
    assert main(["--db", str(db_path), "import", str(write_json(tmp_path / "two.json", document))]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Imported 2 accounts: 6 stakeholders, 2 relationships, 4 priorities, 2 pursuits")
    return db_path


def test_a_pursuit_is_added_by_the_account_name_and_listed_in_words(
    imported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["pursuits", "add", "--db", str(imported), "--account", "glob", "Fleet visibility 2027"]
    assert main([*args, "--stage", "supplier", "--value", "1,200,000", "--currency", "nok"]) == 0
    out = capsys.readouterr().out
    assert "Added the pursuit Fleet visibility 2027 (opp-fleet-visibility-2027) to Globex Shipping" in out
    assert "supplier selection · open · 1,200,000 NOK" in out
    with open_workspace(str(imported)) as ws:
        account = ws.repos.accounts.find_by_key("globex")
        assert account is not None
        added = [p for p in ws.repos.pursuits.for_account(account.id) if p.name == "Fleet visibility 2027"]
    assert added[0].stage is BuyingStage.SUPPLIER_SELECTION and added[0].value == 1_200_000
    assert main(["pursuits", "--db", str(imported), "--account", "Globex Shipping"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Globex Shipping (globex) · 2 pursuits\n")
    assert "opp-1  Analytics platform · solution identification · open · 250,000 USD" in out
    assert "· 2 committee members" in out and "· 0 committee members" in out


def test_values_a_person_mistypes_are_refused_with_the_expected_form(
    imported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add = ["pursuits", "add", "--db", str(imported), "--account", "acme", "Renewal"]
    for extra, said in [
        (
            ["--stage", "negotiation"],
            "'negotiation' is not a buying stage; choose one of: problem definition,",
        ),
        (["--close-date", "31/03/2027"], "'31/03/2027' is not a date; write it as YYYY-MM-DD"),
        (["--value", "a lot"], "'a lot' is not an amount"),
        (["--currency", "kroner"], "'kroner' is not a currency code"),
    ]:
        with pytest.raises(SystemExit) as exited:
            main([*add, *extra])
        assert exited.value.code == 2
        assert said in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["analyze", "--db", str(imported), "--account", "acme", "--as-of", "7.12.2026"])
    err = capsys.readouterr().err
    assert "invalid fromisoformat" not in err and "write it as YYYY-MM-DD" in err


def test_accounts_and_pursuits_are_found_by_name_or_prefix_and_an_unclear_one_is_refused(
    imported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_workspace(str(imported)) as ws:
        ws.repos.accounts.create(key="globex-air", name="Globex Air")
    assert main(["analyze", "--db", str(imported), "--account", "acme corp", "--json"]) == 0
    assert '"account": "acme"' in capsys.readouterr().out
    assert main(["analyze", "--db", str(imported), "--account", "glob"]) == 1
    err = capsys.readouterr().err
    assert "'glob' could be 2 accounts: Globex Shipping (globex), Globex Air (globex-air)" in err
    # A pursuit's name is enough on its own when only one account has it.
    with open_workspace(str(imported)) as ws:
        acme = ws.repos.accounts.find_by_key("acme")
        assert acme is not None
        ws.repos.pursuits.create(account_id=acme.id, key="opp-ren", name="Renewal 2028")
    assert main(["analyze", "--db", str(imported), "--pursuit", "renewal", "--json"]) == 0
    assert '"pursuit": "opp-ren"' in capsys.readouterr().out
    assert main(["analyze", "--db", str(imported), "--pursuit", "analytics"]) == 1
    assert "'analytics' could be 2 pursuits" in capsys.readouterr().err


def test_a_brief_named_v_brief_is_written_as_a_pdf_and_the_command_says_where(
    imported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--db", str(imported), "--account", "acme", "-o", str(tmp_path / "v.brief")]) == 0
    written = tmp_path / "v.brief.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert f"to {written}" in capsys.readouterr().out
    assert not (tmp_path / "v.brief").exists()


def test_a_listing_cut_short_by_its_reader_ends_quietly(tmp_path: Path, db_path: Path) -> None:
    with open_workspace(str(db_path)) as ws, ws.write() as session:
        session.execute(insert(Account), [{"key": f"a-{i}", "name": f"Account {i}"} for i in range(3000)])
    done = subprocess.run(
        f"{sys.executable} -m consensus_app --db {db_path} accounts | head -1",
        shell=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.stdout == "a-0  Account 0 · 0 people\n"
    assert done.stderr == ""


def test_with_one_account_a_pursuit_needs_no_account_and_with_two_it_asks(
    tmp_path: Path, db_path: Path, imported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["pursuits", "add", "--db", str(imported), "Renewal"]) == 1
    err = capsys.readouterr().err
    assert "say which account" in err and "Acme Corp (acme), Globex Shipping (globex)" in err
    single = tmp_path / "single.db"
    assert (
        main(["--db", str(single), "import", str(write_json(tmp_path / "a.json", minimal_document()))]) == 0
    )
    assert main(["pursuits", "add", "--db", str(single), "Renewal", "--close-date", "2027-06-30"]) == 0
    assert "to Acme Corp: problem definition · open · closes 2027-06-30" in capsys.readouterr().out
