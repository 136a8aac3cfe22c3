"""`consensus-app copy`: a workspace onto a server and back, every row, id and version intact."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select

from consensus_app.cli import main
from consensus_app.exporters.interchange_json import export_document
from consensus_app.storage.demo import create_demo_workspace
from consensus_app.storage.workspace import open_workspace
from consensus_app.storage.workspace_copy import CopyRefusedError, copy_workspace, tables

pytestmark = pytest.mark.engines("sqlite", "postgresql")


@pytest.fixture
def source(tmp_path: Path) -> str:
    """The demo workspace after a working session: edits, a delete, a new manager, positions, messages."""
    path = tmp_path / "laptop.db"
    with create_demo_workspace(path, actor="dana") as ws:
        repos = ws.repos
        account = repos.accounts.list()[0]
        people = repos.stakeholders.for_account(account.id)
        first = people[0]
        # someone added later (a higher id) becomes the manager of the first person
        chair = repos.stakeholders.create(account_id=account.id, name="Board chair", title="Chair")
        repos.stakeholders.update(first.id, expected_version=first.version, reports_to_id=chair.id)
        pursuit = repos.pursuits.for_account(account.id)[0]
        member = repos.committee.for_pursuit(pursuit.id)[0]
        repos.committee.update(member.id, stance=2, notes="Agreed the shared view · 합의")
        repos.committee.update(member.id, influence=5)
        repos.relationships.delete(repos.relationships.for_account(account.id)[0].id)
        message = repos.messages.create(
            account_id=account.id, pursuit_id=pursuit.id, title="One view of cost", body="…"
        )
        repos.messages.set_recipients(message.id, [first.id, chair.id])
        repos.positions.save(pursuit.id, "org", {first.id: (12.5, -40.25), chair.id: (0.0, 0.0)})
    return str(path)


def _dump(url: str) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, in key order; moments compared in UTC."""
    engine = create_engine(url if "://" in url else f"sqlite:///{url}")
    dumped: dict[str, list[dict[str, Any]]] = {}
    with engine.connect() as db:
        for table in tables():
            rows = db.execute(select(table).order_by(*table.primary_key.columns)).mappings()
            dumped[table.name] = [
                {
                    k: (v.replace(tzinfo=UTC) if v.tzinfo is None else v.astimezone(UTC))
                    if isinstance(v, datetime)
                    else v
                    for k, v in row.items()
                }
                for row in rows
            ]
    engine.dispose()
    return dumped


def _export(url: str) -> dict[str, Any]:
    with open_workspace(url) as ws:
        document = export_document(ws)
    document.pop("exported_at", None)
    return document


def test_a_workspace_goes_to_the_server_and_back_unchanged(source: str, db_url: str, tmp_path: Path) -> None:
    back = str(tmp_path / "back.db")
    there = copy_workspace(source, db_url)
    home = copy_workspace(db_url, back)

    original = _dump(source)
    assert original["change_log"] and original["node_position"] and original["message_recipient"]
    assert _dump(db_url) == original
    assert _dump(back) == original
    assert there.rows == home.rows == {name: len(rows) for name, rows in original.items()}
    assert _export(db_url) == _export(source) == _export(back)
    with open_workspace(back) as ws:
        first = ws.repos.stakeholders.for_account(1)[0]
        assert ws.repos.stakeholders.get(first.reports_to_id).name == "Board chair"
        assert ws.repos.positions.get(1, "org")[first.id] == (12.5, -40.25)
        assert [c.actor for c in ws.repos.changes.since(datetime(2000, 1, 1, tzinfo=UTC))][-1] == "dana"


def test_new_rows_after_a_copy_get_new_ids(source: str, db_url: str) -> None:
    copy_workspace(source, db_url)
    with open_workspace(db_url) as ws:
        highest = max(s.id for a in ws.repos.accounts.list() for s in ws.repos.stakeholders.for_account(a.id))
        created = ws.repos.stakeholders.create(account_id=1, name="New face")
        assert created.id == highest + 1
        assert ws.repos.messages.create(account_id=1, title="Next", body="…").id > 1


def test_a_target_that_holds_data_is_refused_and_left_alone(source: str, db_url: str) -> None:
    with open_workspace(db_url) as ws:
        ws.repos.accounts.create(name="Already here")
    before = _dump(db_url)
    with pytest.raises(CopyRefusedError, match=r"is not empty \(1 account, 1 workspace user, 1 change log\)"):
        copy_workspace(source, db_url)
    assert _dump(db_url) == before


@pytest.mark.engines("sqlite")
def test_a_missing_source_is_refused_not_created(tmp_path: Path, db_url: str) -> None:
    with pytest.raises(CopyRefusedError, match="there is no workspace at"):
        copy_workspace(str(tmp_path / "typo.db"), db_url)
    assert not (tmp_path / "typo.db").exists()


def test_the_copy_command(source: str, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["copy", "--from", source, "--to", db_url]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Copied ") and re.search(r"\bstakeholder: \d", out)
    assert not re.search(r"\b\d+ (account|stakeholder|priority)\b", out)  # never "38 stakeholder"
    assert main(["copy", "--from", source, "--to", db_url]) == 1
    assert "is not empty" in capsys.readouterr().err
