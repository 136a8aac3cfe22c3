"""`consensus-app changes`: the same notes as the window and the brief, in a terminal."""

from __future__ import annotations

from pathlib import Path

import pytest

from consensus_app.cli import main
from consensus_app.storage.identity import save_display_name
from consensus_app.storage.workspace import open_workspace
from tests.conftest import minimal_document, write_json


def test_changes_lists_notes_by_day_and_person(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CONSENSUS_USER", raising=False)
    save_display_name("Ingrid Solberg")  # the command line writes as the user of identity.json
    assert (
        main(["--db", str(db_path), "import", str(write_json(tmp_path / "a.json", minimal_document()))]) == 0
    )
    with open_workspace(str(db_path), actor="이서연") as colleague:
        lee = next(s for s in colleague.repos.stakeholders.list_where() if s.name == "Lee Park")
        sam = next(s for s in colleague.repos.stakeholders.list_where() if s.name == "Sam Okafor")
        colleague.repos.stakeholders.update(sam.id, reports_to_id=lee.id)  # already so: no change
        colleague.repos.stakeholders.update(lee.id, reports_to_id=None)
    capsys.readouterr()
    assert main(["changes", "--db", str(db_path), "--account", "acme"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1:] == [
        "  Ingrid Solberg",
        lines[2][:11] + "Imported account Acme Corp from a.json",
        "  이서연",
        lines[4][:11] + "Lee Park no longer reports to anyone",
    ]
    assert main(["changes", "--db", str(db_path), "--since", "2099-01-01"]) == 0
    assert capsys.readouterr().out == "No changes since 01 Jan 2099.\n"
