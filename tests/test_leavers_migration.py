"""Schema 0010: a person's day of leaving and the seats they held; upgrading keeps every person."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from consensus_app.storage.engine import create_workspace_engine
from consensus_app.storage.migrate import alembic_config, current_revision, upgrade

pytestmark = pytest.mark.engines("sqlite", "postgresql")


def test_upgrading_to_0010_keeps_people_present_and_back_down_keeps_them_too(db_url: str) -> None:
    from alembic import command

    engine = create_workspace_engine(db_url)
    upgrade(engine, "0009")
    with engine.begin() as db:
        db.execute(text("INSERT INTO account (id, key, name, version) VALUES (1, 'acme', 'Acme', 1)"))
        db.execute(
            text(
                "INSERT INTO stakeholder (id, account_id, key, name, function, profile, version) "
                "VALUES (1, 1, 'ji-woo', '김지우', 'finance', 'go_getter', 1)"
            )
        )
    upgrade(engine, "0010")
    assert current_revision(engine) == "0010"
    with engine.connect() as db:
        assert db.execute(text("SELECT name, left_on FROM stakeholder")).all() == [("김지우", None)]
        assert db.execute(text("SELECT count(*) FROM former_seat")).scalar() == 0
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0009")
    assert "former_seat" not in inspect(engine).get_table_names()
    with engine.connect() as db:
        assert db.execute(text("SELECT name FROM stakeholder")).all() == [("김지우",)]
    engine.dispose()
