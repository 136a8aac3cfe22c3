"""The shipped Alembic migrations build exactly the schema the models declare, and keep data."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlmodel import SQLModel

from consensus_app.storage.engine import create_workspace_engine
from consensus_app.storage.errors import SchemaTooNewError
from consensus_app.storage.migrate import current_revision, head_revision, upgrade
from consensus_app.storage.workspace import open_workspace

pytestmark = pytest.mark.engines("sqlite", "postgresql")


def _engine(url: str):  # type: ignore[no-untyped-def]
    return create_workspace_engine(url)


def _migrate_step_by_step(engine) -> None:  # type: ignore[no-untyped-def]
    from alembic import command

    from consensus_app.storage.migrate import alembic_config

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")


@pytest.mark.parametrize("how", ["migrations", "new database fast path"])
def test_the_schema_is_exactly_the_tables_the_models_declare(db_url: str, how: str) -> None:
    engine = _engine(db_url)
    if how == "migrations":
        _migrate_step_by_step(engine)
    else:
        upgrade(engine)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
        tables = set(inspect(connection).get_table_names())
    assert differences == []
    assert tables == set(SQLModel.metadata.tables) | {"alembic_version"}
    assert current_revision(engine) == head_revision()


def test_the_head_revision_written_in_the_code_is_the_last_migration() -> None:
    from consensus_app.storage.migrate import HEAD_REVISION

    assert head_revision() == HEAD_REVISION


def test_upgrading_from_the_first_migration_keeps_every_row(db_url: str) -> None:
    engine = _engine(db_url)
    upgrade(engine, "0001")
    with engine.begin() as db:
        db.execute(text("INSERT INTO account (id, key, name) VALUES (1, 'acme', 'Acme Corp')"))
        db.execute(
            text(
                "INSERT INTO stakeholder (id, account_id, key, name, function, profile) VALUES "
                "(1, 1, 's-ceo', 'Dana Ruiz', 'executive', 'go_getter'),"
                "(2, 1, 's-cfo', '박지훈', 'finance', 'skeptic')"
            )
        )
        db.execute(text("UPDATE stakeholder SET reports_to_id = 1 WHERE id = 2"))
        db.execute(
            text(
                "INSERT INTO pursuit (id, account_id, key, name, stage, status, value, close_date) VALUES "
                "(1, 1, 'opp-1', 'Platform', 'supplier_selection', 'open', 1250000.5, '2027-03-31')"
            )
        )
        db.execute(
            text(
                "INSERT INTO committee_member"
                " (pursuit_id, stakeholder_id, key, role, approver, stance, influence) "
                "VALUES (1, 2, 'm-1', 'economic_buyer', TRUE, -2, 5)"
            )
        )
        db.execute(
            text(
                "INSERT INTO priority (account_id, stakeholder_id, key, text, kind, importance, language) "
                "VALUES (1, 2, 'p-1', '총소유비용 절감', 'goal', 5, 'ko')"
            )
        )
    engine.dispose()

    workspace = open_workspace(db_url)  # opening migrates to head
    repos = workspace.repos
    people = repos.stakeholders.for_account(1)
    assert [(p.name, p.reports_to_id) for p in people] == [("Dana Ruiz", None), ("박지훈", 1)]
    pursuit = repos.pursuits.get(1)
    assert (pursuit.value, str(pursuit.close_date), pursuit.stage.value) == (
        1250000.5,
        "2027-03-31",
        "supplier_selection",
    )
    member = repos.committee.for_pursuit(1)[0]
    assert (member.approver, member.stance, member.influence, member.version) == (True, -2, 5, 1)
    assert repos.priorities.for_stakeholder(2)[0].text == "총소유비용 절감"
    # and what the later migrations added works on the old data
    message = repos.messages.create(account_id=1, pursuit_id=1, title="Shared view", body="…")
    assert repos.messages.set_recipients(message.id, [1, 2]).stakeholder_ids == [1, 2]
    workspace.close()


def test_a_database_from_a_newer_app_is_refused_untouched(db_url: str) -> None:
    engine = _engine(db_url)
    upgrade(engine)
    with engine.begin() as db:
        db.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    with pytest.raises(SchemaTooNewError, match="newer version of Consensus"):
        upgrade(engine)
    assert current_revision(engine) == "9999_from_the_future"


def test_opening_a_workspace_from_a_newer_app_says_to_update_the_app(db_url: str) -> None:
    open_workspace(db_url).close()
    engine = _engine(db_url)
    with engine.begin() as db:
        db.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    with pytest.raises(SchemaTooNewError) as caught:
        open_workspace(db_url)
    assert str(caught.value) == (
        "this workspace was written by a newer version of Consensus (schema 0099); update the app to open it"
    )
    assert current_revision(engine) == "0099"
    assert "version" in {c["name"] for c in inspect(engine).get_columns("stakeholder")}  # schema untouched
    engine.dispose()


def test_every_migration_can_be_undone(db_url: str) -> None:
    from alembic import command

    from consensus_app.storage.migrate import alembic_config

    engine = _engine(db_url)
    upgrade(engine)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "base")
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
