"""Where workspaces live, how they open, and what the repositories refuse."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from consensus_app.core.interchange import check_document
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.engine import database_url, default_database_path
from consensus_app.storage.errors import (
    ConstraintError,
    DatabaseUnavailableError,
    NotFoundError,
    ReportingCycleError,
)
from consensus_app.storage.workspace import Workspace, open_workspace
from models import ChangeAction, Profile
from tests.conftest import minimal_document

pytestmark = pytest.mark.engines("sqlite", "postgresql")


@pytest.fixture
def acme(workspace: Workspace) -> Workspace:
    import_document(workspace, check_document(minimal_document()))
    return workspace


def _person(ws: Workspace, key: str):  # type: ignore[no-untyped-def]
    return next(p for p in ws.repos.stakeholders.for_account(1) if p.key == key)


# --- where the database is ---------------------------------------------------------


def test_the_default_workspace_is_a_file_in_the_users_data_folder(isolated_user_folders: Path) -> None:
    path = default_database_path()
    assert path.is_relative_to(isolated_user_folders / "data")
    assert database_url(None, environ={}) == f"sqlite:///{path}"


def test_the_flag_wins_over_the_environment_which_wins_over_the_default(tmp_path: Path) -> None:
    env = {"CONSENSUS_DB": "postgresql+psycopg://team@db.example/consensus"}
    assert database_url(str(tmp_path / "mine.db"), environ=env) == f"sqlite:///{tmp_path / 'mine.db'}"
    assert database_url(None, environ=env) == env["CONSENSUS_DB"]


@pytest.mark.engines("sqlite")
def test_sqlite_workspaces_use_wal_and_enforce_foreign_keys(workspace: Workspace) -> None:
    with workspace.engine.connect() as db:
        assert db.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert db.execute(text("PRAGMA foreign_keys")).scalar() == 1
        with pytest.raises(IntegrityError):
            db.execute(
                text(
                    "INSERT INTO stakeholder (account_id, key, name, function, profile) "
                    "VALUES (42, 'x', 'Ghost', 'it', 'unknown')"
                )
            )


def test_the_schema_itself_refuses_an_out_of_range_stance(acme: Workspace) -> None:
    with acme.engine.begin() as db, pytest.raises(IntegrityError, match="stance"):
        db.execute(text("UPDATE committee_member SET stance = 3"))


def test_an_unreachable_database_gives_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnavailableError, match="cannot open the workspace"):
        open_workspace("postgresql+psycopg://nobody:secret@127.0.0.1:9/consensus?connect_timeout=2")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(DatabaseUnavailableError):
        open_workspace(str(blocker / "workspace.db"))


def test_the_password_never_appears_in_errors() -> None:
    with pytest.raises(DatabaseUnavailableError) as caught:
        open_workspace("postgresql+psycopg://nobody:s3cret-pw@127.0.0.1:9/consensus?connect_timeout=2")
    assert "s3cret-pw" not in str(caught.value)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "notes.db"
    fake.write_text("these are my notes, not a database" * 100)
    with pytest.raises(DatabaseUnavailableError, match=r"notes\.db"):
        open_workspace(str(fake))
    assert fake.read_text().startswith("these are my notes")


# --- repositories ---------------------------------------------------------------------


def test_records_are_plain_objects_that_outlive_their_session(acme: Workspace) -> None:
    person = _person(acme, "s-cfo")
    acme.close()
    assert person.name == "Lee Park"
    assert person.model_dump()["function"] == "finance"


def test_a_reporting_cycle_is_refused_with_the_names_in_it(acme: Workspace) -> None:
    ceo, it = _person(acme, "s-ceo"), _person(acme, "s-it")
    with pytest.raises(ReportingCycleError) as caught:
        acme.repos.stakeholders.update(ceo.id, reports_to_id=it.id)
    assert (
        str(caught.value)
        == "this would make a reporting cycle: Dana Ruiz → Sam Okafor → Lee Park → Dana Ruiz"
    )
    assert _person(acme, "s-ceo").reports_to_id is None


def test_a_manager_from_another_account_is_refused(acme: Workspace) -> None:
    import_document(acme, check_document(minimal_document(id="globex", name="Globex")))
    outsider = acme.repos.stakeholders.for_account(2)[0]
    with pytest.raises(ConstraintError, match="another account"):
        acme.repos.stakeholders.update(_person(acme, "s-it").id, reports_to_id=outsider.id)


def test_a_10000_character_name_is_refused_and_the_old_name_kept(acme: Workspace) -> None:
    cfo = _person(acme, "s-cfo")
    with pytest.raises(ConstraintError, match="name is too long"):
        acme.repos.stakeholders.update(cfo.id, name="x" * 10_000)
    assert _person(acme, "s-cfo").name == "Lee Park"


def test_a_blank_name_or_a_malformed_language_is_refused(acme: Workspace) -> None:
    cfo = _person(acme, "s-cfo")
    with pytest.raises(ConstraintError, match="name must not be empty"):
        acme.repos.stakeholders.update(cfo.id, name="   ")
    with pytest.raises(ConstraintError, match="language has the wrong form"):
        acme.repos.stakeholders.update(cfo.id, language="Korean")


def test_a_new_stakeholder_gets_a_stable_id_and_a_valid_profile(acme: Workspace) -> None:
    created = acme.repos.stakeholders.create(account_id=1, name="Ana Lima", profile="teacher")
    assert created.key.startswith("s-") and created.profile is Profile.TEACHER
    with pytest.raises(ConstraintError, match="profile"):
        acme.repos.stakeholders.create(account_id=1, name="X", profile="wizard")


def test_removing_a_manager_leaves_the_team_without_one(acme: Workspace) -> None:
    acme.repos.stakeholders.delete(_person(acme, "s-cfo").id)
    assert _person(acme, "s-it").reports_to_id is None
    assert [m.stakeholder_id for m in acme.repos.committee.for_pursuit(1)] == [_person(acme, "s-it").id]


def test_every_change_is_logged_with_who_and_what(acme: Workspace) -> None:
    start = datetime.now(UTC)
    member = acme.repos.committee.for_pursuit(1)[0]
    acme.repos.committee.update(member.id, stance=1)
    acme.repos.relationships.create(account_id=1, source_id=1, target_id=2, kind="allies")
    changes = acme.repos.changes.since(start, account_id=1)
    assert [(c.actor, c.action, c.entity) for c in changes] == [
        ("tester", ChangeAction.UPDATE, "committee member"),
        ("tester", ChangeAction.CREATE, "relationship"),
    ]
    assert changes[0].summary == "Changed stance of Lee Park"
    assert json.loads(changes[0].details or "{}") == {"stance": [-1, 1]}
    assert changes[0].pursuit_id == 1
    assert changes[0].at.tzinfo is not None and changes[0].at >= start


def test_the_import_itself_is_in_the_change_log(acme: Workspace) -> None:
    history = acme.repos.changes.since(datetime(2000, 1, 1, tzinfo=UTC))
    assert [(c.action, c.entity_key) for c in history] == [(ChangeAction.IMPORT, "acme")]


def test_a_relationship_to_oneself_is_refused(acme: Workspace) -> None:
    with pytest.raises(ConstraintError, match="two different people"):
        acme.repos.relationships.create(account_id=1, source_id=1, target_id=1, kind="allies")


def test_a_missing_row_is_reported_not_crashed_on(acme: Workspace) -> None:
    with pytest.raises(NotFoundError, match="may have been deleted"):
        acme.repos.stakeholders.update(999, name="Nobody")


def test_reading_an_account_back_gives_everything_in_it(acme: Workspace) -> None:
    snapshot = acme.repos.accounts.snapshot(1)
    assert (len(snapshot.stakeholders), len(snapshot.relationships), len(snapshot.priorities)) == (3, 1, 2)
    assert [m.key for m in snapshot.committee[1]] == ["m-1", "m-2"]
    assert [snapshot.stakeholder_keys()[i] for i in snapshot.messages[0].stakeholder_ids] == ["s-cfo", "s-it"]


def test_the_storage_layers_refusals_read_in_the_users_language(acme: Workspace) -> None:
    from consensus_app.i18n import use_language

    with use_language("ko"), pytest.raises(NotFoundError) as missing:
        acme.repos.stakeholders.update(999, name="Nobody")
    assert str(missing.value) == "사람 999이(가) 없습니다(삭제되었을 수 있습니다)"
    with use_language("fa"), pytest.raises(ConstraintError) as oneself:
        acme.repos.relationships.create(account_id=1, source_id=1, target_id=1, kind="allies")
    assert str(oneself.value) == "یک پیوند باید دو نفر متفاوت را به هم وصل کند"
    with use_language("ja"), pytest.raises(ConstraintError) as stranger:
        acme.repos.relationships.create(account_id=1, source_id=1, target_id=999, kind="allies")
    assert str(stranger.value) == "二人目の人物が存在しません"
