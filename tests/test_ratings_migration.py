"""Schema 0011: colleagues' ratings; upgrading keeps every agreed value, and a rating needs its field's
scale and (for a stance or influence) a pursuit."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from consensus_app.storage.engine import create_workspace_engine
from consensus_app.storage.migrate import alembic_config, current_revision, upgrade

pytestmark = pytest.mark.engines("sqlite", "postgresql")


def test_upgrading_to_0011_keeps_agreed_values_and_back_down_keeps_them_too(db_url: str) -> None:
    from alembic import command

    engine = create_workspace_engine(db_url)
    upgrade(engine, "0010")
    with engine.begin() as db:
        db.execute(text("INSERT INTO account (id, key, name, version) VALUES (1, 'acme', 'Acme', 1)"))
        db.execute(
            text(
                "INSERT INTO stakeholder (id, account_id, key, name, function, profile, version) "
                "VALUES (1, 1, 'ji-woo', '김지우', 'finance', 'skeptic', 1)"
            )
        )
        db.execute(
            text(
                "INSERT INTO pursuit (id, account_id, key, name, stage, status, version) "
                "VALUES (1, 1, 'p', 'Platform', 'problem_definition', 'open', 1)"
            )
        )
    upgrade(engine, "0011")
    assert current_revision(engine) == "0011"
    with engine.begin() as db:
        assert db.execute(text("SELECT profile FROM stakeholder")).scalar() == "skeptic"
        db.execute(
            text(
                "INSERT INTO person_rating (field, value, day, rater_id, rater_name, pursuit_id, "
                "stakeholder_id) "
                "VALUES ('stance', '-2', '2026-12-01', 'u1', 'Ana Lima', 1, 1)"
            )
        )
    with pytest.raises(IntegrityError), engine.begin() as db:  # a stance belongs to a pursuit
        db.execute(
            text(
                "INSERT INTO person_rating (field, value, day, rater_id, rater_name, pursuit_id, "
                "stakeholder_id) "
                "VALUES ('stance', '1', '2026-12-01', 'u2', 'Ben', NULL, 1)"
            )
        )
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0010")
    assert "person_rating" not in inspect(engine).get_table_names()
    with engine.connect() as db:
        assert db.execute(text("SELECT name, profile FROM stakeholder")).all() == [("김지우", "skeptic")]
    engine.dispose()
