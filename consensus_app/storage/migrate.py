"""Schema migrations (Alembic), shipped inside the package and applied on open.

Opening a workspace that is already current must not cost Alembic's import and script
scan on every start, so the head revision is also written here (a test keeps the two in
step), and a brand-new database is created from the models and stamped, as Alembic's
own documentation advises; both give exactly the schema the migrations build.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlmodel import SQLModel

import models  # noqa: F401  (registers every table on SQLModel.metadata)
from consensus_app.storage.errors import SchemaTooNewError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
HEAD_REVISION = "0005"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def _revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return _revision(connection)


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision`; refuse a database written by a newer app."""
    with engine.begin() as connection:
        found = _revision(connection)
        if revision == "head" and found == HEAD_REVISION:
            return
        if revision == "head" and found is None and not inspect(connection).get_table_names():
            SQLModel.metadata.create_all(connection)
            connection.execute(
                text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
            )
            connection.execute(text("INSERT INTO alembic_version VALUES (:head)"), {"head": HEAD_REVISION})
            return
        if found is not None and found not in known_revisions():
            raise SchemaTooNewError(
                f"this workspace was written by a newer version of Consensus (schema {found}); "
                "update the app to open it"
            )
        from alembic import command

        command.upgrade(alembic_config(connection), revision)
