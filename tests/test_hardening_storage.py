"""Text no engine or export can hold is refused on every engine, naming the field, and a database
error never prints the statement's parameters — people's names, e-mails, notes (issue 15.7)."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import insert, text

from consensus_app.cli import main
from consensus_app.core.interchange import check_document
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.errors import ConstraintError, StorageError, database_reason
from consensus_app.storage.workspace import Workspace, open_workspace
from models import Stakeholder
from tests.large_accounts import ACCOUNT_32, account_document

pytestmark = pytest.mark.engines("sqlite", "postgresql")

DOCUMENT = account_document(*ACCOUNT_32)
SECRET_NOTE = "Wants the CFO job; do not share"
SECRET_EMAIL = "ingrid.private@example.no"


@pytest.fixture
def account(workspace: Workspace) -> Workspace:
    import_document(workspace, check_document(DOCUMENT))
    return workspace


def _people(workspace: Workspace) -> list[str]:
    account_id = workspace.repos.accounts.list()[0].id
    return sorted(p.name for p in workspace.repos.stakeholders.for_account(account_id))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Ingrid\u0000", "NUL character (U+0000) at character 7"),
        ("Ingrid\u000bHaugen", "control character (U+000B, vertical tab)"),
        ("Ingrid\ufffe", "non-character (U+FFFE)"),
        ("Ingrid\udc80", "lone surrogate U+DC80"),
    ],
)
def test_an_edit_with_a_character_no_engine_or_export_holds_is_refused_by_field(
    account: Workspace, text: str, words: str
) -> None:
    before = _people(account)
    repo = account.repos.stakeholders
    person = repo.for_account(account.repos.accounts.list()[0].id)[4]
    with pytest.raises(ConstraintError, match=f"stakeholder: notes contains .*{re.escape(words)}"):
        repo.update(person.id, notes=text)
    with pytest.raises(ConstraintError, match="stakeholder: name contains"):
        repo.create(account_id=person.account_id, name=text)
    assert _people(account) == before
    assert repo.get(person.id).notes == person.notes


def test_a_database_error_names_the_reason_never_the_parameters(account: Workspace) -> None:
    account_id = account.repos.accounts.list()[0].id
    taken = account.repos.stakeholders.for_account(account_id)[0].key
    row = {
        "key": taken,  # already used in this account
        "name": "Ingrid Haugen",
        "email": SECRET_EMAIL,
        "notes": SECRET_NOTE,
        "account_id": account_id,
        "function": "finance",
        "profile": "unknown",
    }
    with pytest.raises(StorageError) as refused, account.write() as session:
        session.execute(insert(Stakeholder), [row, {**row, "key": "s-new"}])
    message = str(refused.value)
    assert "already has this id" in message
    for secret in (SECRET_NOTE, SECRET_EMAIL, "INSERT", "parameters"):
        assert secret not in message
    cause = refused.value.__cause__  # what --debug shows: the statement, the parameters hidden
    assert cause is not None and SECRET_NOTE not in str(cause) and SECRET_EMAIL not in str(cause)


@pytest.mark.engines("sqlite")
def test_copying_a_workspace_with_a_nul_to_a_server_says_why_without_the_data(
    tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """An older version let a NUL into SQLite; PostgreSQL cannot store it. The copy fails with
    the driver's reason, not the INSERT and ten rows of names, e-mails and notes."""
    source = tmp_path / "old.db"
    with open_workspace(str(source), actor="tester") as workspace:
        import_document(workspace, check_document(DOCUMENT))
    with sqlite3.connect(source) as raw:
        raw.execute("UPDATE stakeholder SET notes = ?, email = ?", (SECRET_NOTE, SECRET_EMAIL))
        raw.execute("UPDATE stakeholder SET name = name || char(0) WHERE key = 's-7'")
    assert main(["copy", "--from", str(source), "--to", pg_url]) == 1
    err = capsys.readouterr().err
    assert "NUL" in err
    for secret in (SECRET_NOTE, SECRET_EMAIL, "INSERT", "[parameters", "Kristiansen"):
        assert secret not in err
    with pytest.raises(Exception) as debug:  # --debug shows the traceback, parameters hidden
        main(["copy", "--debug", "--from", str(source), "--to", pg_url])
    assert SECRET_NOTE not in str(debug.value) and "hidden" in str(debug.value)


def test_text_stored_before_the_check_does_not_block_other_edits(account: Workspace) -> None:
    """A note an older version stored with a vertical tab: editing the title still works; only
    text the user types is checked."""
    with account.write() as session:
        session.execute(
            text("UPDATE stakeholder SET notes = :notes WHERE key = 's-4'"), {"notes": "old\u000bnote"}
        )
    repo = account.repos.stakeholders
    person = next(p for p in repo.for_account(account.repos.accounts.list()[0].id) if p.key == "s-4")
    assert repo.update(person.id, title="Chief Data Officer").title == "Chief Data Officer"
    assert repo.get(person.id).notes == "old\u000bnote"
    with pytest.raises(ConstraintError, match="notes contains a control character"):
        repo.update(person.id, notes="new\u000bnote")


def test_postgresql_row_details_are_cut_from_a_reason() -> None:
    """PostgreSQL adds the whole failing row to some errors; the message keeps the reason only."""
    failed = Exception("statement")
    failed.orig = Exception(  # type: ignore[attr-defined]
        'new row for relation "stakeholder" violates check constraint "x"\n'
        f"DETAIL:  Failing row contains (7, s-7, Ingrid Haugen, {SECRET_EMAIL}, {SECRET_NOTE})."
    )
    assert database_reason(failed) == 'new row for relation "stakeholder" violates check constraint "x"'
