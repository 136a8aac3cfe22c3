"""A pursuit's owner (schema 0012), without Qt and on both engines: the named undoable edit, the
command line (`pursuits add --owner`, `pursuits owner`, `portfolio-board --owner`), and the
interchange file (version 2, optional `owner`), on the 32-person Nordlys account."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from consensus_app.cli import main
from consensus_app.core.interchange import InterchangeError, check_document, load_document
from consensus_app.exporters.interchange_json import export_document
from consensus_app.operations import edits
from consensus_app.operations.operation import Ledger
from consensus_app.operations.steps import Versions
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.portfolio_board import board_rows
from consensus_app.storage.workspace import Identity, Workspace, open_workspace
from tests.acceptance_kit import PURSUIT, nordlys, nordlys_document  # noqa: F401 - fixture
from tests.conftest import write_json

pytestmark = pytest.mark.engines("sqlite", "postgresql")
ANA = Identity.named("Ana Lima")
JIWOO = Identity.named("김지우")


def _colleague_writes(url: str, who: Identity) -> None:
    """A colleague edits the workspace once, so it knows their name (workspace_user)."""
    with open_workspace(url, actor=who) as theirs:
        account = theirs.repos.accounts.list()[0]
        theirs.repos.accounts.update(account.id, account.version, notes=f"Seen by {who.display_name}")


def _pursuit(workspace: Workspace, name: str) -> Any:
    return next(p for p in workspace.repos.pursuits.list_where() if p.name == name)


def test_making_a_colleague_owner_is_one_edit_that_undoes(nordlys: Workspace) -> None:
    workspace = nordlys
    fleet = _pursuit(workspace, PURSUIT)
    assert fleet.owner_id is None  # imported from a file without owners
    ledger = Ledger(workspace, Versions(), lambda _conflict: True)
    operation = edits.set_pursuit_owner(workspace.repos, fleet.id, (ANA.user_id, ANA.display_name))
    assert operation is not None and operation.text == "Make Ana Lima the owner of Fleet analytics"
    operation.apply(ledger)
    owned = _pursuit(workspace, PURSUIT)
    assert (owned.owner_id, owned.owner_name) == (ANA.user_id, "Ana Lima")
    assert edits.set_pursuit_owner(workspace.repos, fleet.id, (ANA.user_id, "Ana")) is None  # no change
    operation.revert(ledger)
    assert _pursuit(workspace, PURSUIT).owner_id is None
    operation.apply(ledger)  # redo
    assert _pursuit(workspace, PURSUIT).owner_id == ANA.user_id
    cleared = edits.set_pursuit_owner(workspace.repos, fleet.id, None)
    assert cleared is not None and cleared.text == "Leave Fleet analytics without an owner"


def test_the_command_line_gives_new_pursuits_to_their_creator_and_changes_owners(
    nordlys: Workspace, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = str(nordlys.url)
    _colleague_writes(url, ANA)
    _colleague_writes(url, JIWOO)
    monkeypatch.setenv("CONSENSUS_USER", "Ingrid Solberg")
    assert main(["--db", url, "pursuits", "add", "Havnedata 2027"]) == 0
    assert "owner Ingrid Solberg" in capsys.readouterr().out
    assert main(["--db", url, "pursuits", "add", "Bunkring", "--owner", "김지우"]) == 0
    assert main(["--db", url, "pursuits", "add", "Crew app", "--owner", "none"]) == 0
    capsys.readouterr()
    with open_workspace(url) as workspace:
        assert _pursuit(workspace, "Havnedata 2027").owner_id == Identity.named("Ingrid Solberg").user_id
        assert _pursuit(workspace, "Bunkring").owner_name == "김지우"
        assert _pursuit(workspace, "Crew app").owner_id is None

    # By the start of a name, or the user id; "none" gives it to nobody.
    assert main(["--db", url, "pursuits", "owner", "Crew app", "ana"]) == 0
    assert capsys.readouterr().out.strip() == "Ana Lima owns Crew app (Nordlys Shipping ASA) now"
    assert main(["--db", url, "pursuits", "owner", "Bunkring", ANA.user_id]) == 0
    assert main(["--db", url, "pursuits", "owner", "Havnedata", "none"]) == 0
    assert "Havnedata 2027 (Nordlys Shipping ASA) has no owner now" in capsys.readouterr().out
    assert main(["--db", url, "pursuits", "owner", "Havnedata", "Zed"]) == 1
    error = capsys.readouterr().err
    assert "--owner 'Zed': no colleague has this name or id" in error and "Ana Lima (" in error
    with open_workspace(url) as workspace:
        assert _pursuit(workspace, "Crew app").owner_id == ANA.user_id
        assert _pursuit(workspace, "Bunkring").owner_id == ANA.user_id
        assert _pursuit(workspace, "Havnedata 2027").owner_id is None
        logged = workspace.repos.changes.after(0)
        assert any(
            c.entity == "pursuit" and c.actor == "Ingrid Solberg" and "owner" in c.summary for c in logged
        )

    # The board's owner filter, on the screen and in a workbook.
    assert main(["--db", url, "portfolio-board", "--owner", "ana lima", "--no-assess"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split()[:3] == ["Account", "Pursuit", "Owner"]
    assert sorted(line.split("  ")[1].strip() for line in table[1:]) == ["Bunkring", "Crew app"]


def test_the_board_filters_by_owner_and_exports_it(
    nordlys: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = str(nordlys.url)
    fleet = _pursuit(nordlys, PURSUIT)
    operation = edits.set_pursuit_owner(nordlys.repos, fleet.id, (JIWOO.user_id, JIWOO.display_name))
    assert operation is not None
    operation.apply(Ledger(nordlys, Versions(), lambda _conflict: True))
    _colleague_writes(url, JIWOO)
    nordlys.repos.pursuits.create(account_id=fleet.account_id, key="opp-crew", name="Crew app")
    (row,) = [r for r in board_rows(nordlys) if r.pursuit == PURSUIT]
    assert (row.owner_id, row.owner) == (JIWOO.user_id, "김지우")

    out = tmp_path / "jiwoo.xlsx"
    assert main(["--db", url, "portfolio-board", "--owner", "김지우", "--no-assess", "-o", str(out)]) == 0
    assert "(owner 김지우)" in capsys.readouterr().out
    sheet = list(openpyxl.load_workbook(out)["Portfolio board"].iter_rows(values_only=True))
    assert [(r[1], r[2]) for r in sheet[1:]] == [(PURSUIT, "김지우")]
    out = tmp_path / "nobody.csv"
    assert main(["--db", url, "portfolio-board", "--owner", "none", "--no-assess", "-o", str(out)]) == 0
    assert "(no owner)" in capsys.readouterr().out
    assert "Crew app" in out.read_text(encoding="utf-8-sig") and PURSUIT not in out.read_text("utf-8-sig")
    assert main(["--db", url, "portfolio-board", "--owner", "Ana", "--no-assess"]) == 1
    assert "the owners are 김지우" in capsys.readouterr().err


def test_the_owner_travels_in_the_file_and_a_file_without_it_still_imports(
    nordlys: Workspace, tmp_path: Path
) -> None:
    fleet = _pursuit(nordlys, PURSUIT)
    operation = edits.set_pursuit_owner(nordlys.repos, fleet.id, ("u-reza", "رضا احمدی"))
    assert operation is not None
    operation.apply(Ledger(nordlys, Versions(), lambda _conflict: True))
    exported = export_document(nordlys)
    pursuit = next(q for q in exported["accounts"][0]["pursuits"] if q["name"] == PURSUIT)
    assert pursuit["owner"] == {"id": "u-reza", "name": "رضا احمدی"}
    path = write_json(tmp_path / "owned.json", exported)
    again = open_workspace(str(tmp_path / "again.db"))
    try:
        import_document(again, load_document(path))  # checked against the version 2 schema first
        owned = _pursuit(again, PURSUIT)
        assert (owned.owner_id, owned.owner_name) == ("u-reza", "رضا احمدی")
        # Nobody there knows Reza: the board shows the name kept with the pursuit.
        assert [r.owner for r in board_rows(again) if r.pursuit == PURSUIT] == ["رضا احمدی"]
    finally:
        again.close()

    old = {**nordlys_document(), "version": 1}  # as older releases wrote it: no owners
    elsewhere = open_workspace(str(tmp_path / "old.db"))
    try:
        import_document(elsewhere, load_document(write_json(tmp_path / "v1.json", old)))
        assert _pursuit(elsewhere, PURSUIT).owner_id is None
        assert all("owner" not in q for q in export_document(elsewhere)["accounts"][0]["pursuits"])
    finally:
        elsewhere.close()


@pytest.mark.parametrize(
    ("owner", "said"),
    [
        ({"id": "u-1"}, "missing required field(s): name"),
        ({"id": " ", "name": "Ana"}, ".owner.id: id must not be empty"),
        ({"id": "u-1", "name": "A" * 10_000}, ".owner.name: name is 10000 characters long; at most 200"),
        ({"id": "u-1", "name": "Ana\x07Lima"}, ".owner.name: contains a control character (U+0007"),
        ({"id": "u\x00-1", "name": "Ana"}, ".owner.id: contains a NUL character"),
    ],
)
def test_an_owner_without_a_name_or_an_id_is_refused_at_its_path(owner: dict[str, str], said: str) -> None:
    document = copy.deepcopy(nordlys_document())
    document["accounts"][0]["pursuits"][0]["owner"] = owner
    with pytest.raises(InterchangeError) as caught:
        check_document(document)
    problems = [str(p) for p in caught.value.problems]
    assert any(p.startswith("$.accounts[0].pursuits[0].owner") and said in p for p in problems), problems


def test_pursuits_owner_refuses_a_name_two_colleagues_share_and_takes_either_id(
    nordlys: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    url = str(nordlys.url)
    other_ana = Identity("u-ana-bergen", "Ana Lima", "Ana Lima")  # the same name, another person
    for who in (ANA, other_ana, Identity.named("Ana Lindqvist")):
        with open_workspace(url, actor=who) as theirs:  # each writes once: the workspace knows them
            account = theirs.repos.accounts.list()[0]
            theirs.repos.accounts.update(account.id, account.version, notes=f"Seen by {who.user_id}")
    assert main(["--db", url, "pursuits", "owner", PURSUIT, "Ana Lima"]) == 1
    error = capsys.readouterr().err
    assert f"Ana Lima ({ANA.user_id})" in error and "Ana Lima (u-ana-bergen)" in error
    assert "Lindqvist" not in error  # the whole name matched two; the start of another is not offered
    assert main(["--db", url, "pursuits", "owner", PURSUIT, "ana"]) == 1
    assert "Ana Lindqvist (" in capsys.readouterr().err
    assert _pursuit(nordlys, PURSUIT).owner_id is None  # nothing changed
    assert main(["--db", url, "pursuits", "owner", PURSUIT, "u-ana-bergen"]) == 0
    assert _pursuit(nordlys, PURSUIT).owner_id == "u-ana-bergen"
