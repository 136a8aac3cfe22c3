"""Schema 0012: a pursuit's owner; upgrading keeps every pursuit (without an owner), and going back
down keeps them too."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from consensus_app.storage.engine import create_workspace_engine
from consensus_app.storage.migrate import alembic_config, current_revision, upgrade

pytestmark = pytest.mark.engines("sqlite", "postgresql")


def test_upgrading_to_0012_leaves_pursuits_unowned_and_back_down_keeps_them(db_url: str) -> None:
    from alembic import command

    engine = create_workspace_engine(db_url)
    upgrade(engine, "0011")
    with engine.begin() as db:
        db.execute(text("INSERT INTO account (id, key, name, version) VALUES (1, 'acme', '삼성 바이오', 1)"))
        db.execute(
            text(
                "INSERT INTO pursuit (id, account_id, key, name, stage, status, version) "
                "VALUES (1, 1, 'p', 'プラットフォーム', 'solution_identification', 'open', 3)"
            )
        )
    upgrade(engine, "0012")
    assert current_revision(engine) == "0012"
    with engine.begin() as db:
        assert db.execute(text("SELECT name, stage, version, owner_id, owner_name FROM pursuit")).all() == [
            ("プラットフォーム", "solution_identification", 3, None, None)
        ]
        db.execute(text("UPDATE pursuit SET owner_id = 'u-ana', owner_name = 'آنا لیما' WHERE id = 1"))
        assert db.execute(text("SELECT owner_id, owner_name FROM pursuit")).one() == ("u-ana", "آنا لیما")
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0011")
    assert {c["name"] for c in inspect(engine).get_columns("pursuit")}.isdisjoint({"owner_id", "owner_name"})
    with engine.connect() as db:
        assert db.execute(text("SELECT name, stage, version FROM pursuit")).all() == [
            ("プラットフォーム", "solution_identification", 3)
        ]
    engine.dispose()
