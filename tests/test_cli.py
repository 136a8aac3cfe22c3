"""The headless commands, as a user types them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from consensus_app.cli import main
from consensus_app.storage.errors import NotFoundError
from tests.conftest import minimal_document, write_json


@pytest.fixture
def imported(tmp_path: Path, db_path: Path) -> Path:
    assert (
        main(["--db", str(db_path), "import", str(write_json(tmp_path / "acme.json", minimal_document()))])
        == 0
    )
    return db_path


def test_accounts_lists_accounts_with_their_pursuits(
    imported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["accounts", "--db", str(imported)]) == 0
    out = capsys.readouterr().out
    assert "acme  Acme Corp · Manufacturing · 3 people" in out
    assert "opp-1  Analytics platform · solution identification · open · 250,000 USD" in out


def test_the_environment_variable_chooses_the_database(
    imported: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CONSENSUS_DB", str(imported))
    assert main(["accounts"]) == 0
    assert "Acme Corp" in capsys.readouterr().out


def test_export_writes_one_account_as_an_interchange_file(imported: Path, tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    assert (
        main(["export", "--db", str(imported), "--format", "json", "--account", "acme", "-o", str(out)]) == 0
    )
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["format"] == "consensus-map" and document["version"] == 2
    assert [a["id"] for a in document["accounts"]] == ["acme"]


def test_an_unknown_account_is_an_error_without_a_traceback(
    imported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--db", str(imported), "--account", "nope", "-o", str(tmp_path / "x.json")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("consensus-app: error: no account 'nope' (the accounts: Acme Corp (acme))")
    assert "Traceback" not in err
    assert not (tmp_path / "x.json").exists()


def test_debug_shows_the_traceback(imported: Path, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        main(
            ["--debug", "export", "--db", str(imported), "--account", "nope", "-o", str(tmp_path / "x.json")]
        )


def test_importing_twice_says_how_to_replace(
    imported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_json(tmp_path / "acme.json", minimal_document())
    assert main(["import", "--db", str(imported), str(source)]) == 1
    assert "--replace" in capsys.readouterr().err
    assert main(["import", "--db", str(imported), "--replace", str(source)]) == 0


def test_a_missing_file_is_a_clear_error(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", "--db", str(db_path), "/no/such/file.json"]) == 1
    assert "/no/such/file.json" in capsys.readouterr().err


@pytest.mark.slow
def test_the_installed_command_runs_headless(imported: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    result = subprocess.run(
        [sys.executable, "-m", "consensus_app", "accounts", "--db", str(imported)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Acme Corp" in result.stdout
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from consensus_app.cli import main; main(['accounts', '--db', "
            f"{str(imported)!r}]); print('PySide6' in sys.modules)",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert probe.stdout.strip().endswith("False"), "headless commands must not load Qt"
