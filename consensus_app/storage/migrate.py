"""Schema migrations (Alembic), shipped inside the package and applied on open."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from consensus_app.storage.errors import SchemaTooNewError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision`; refuse a database written by a newer app."""
    with engine.begin() as connection:
        found = MigrationContext.configure(connection).get_current_revision()
        known = {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
        if found is not None and found not in known:
            raise SchemaTooNewError(
                f"this workspace was written by a newer version of Consensus (schema {found}); "
                "update the app to open it"
            )
        command.upgrade(alembic_config(connection), revision)
