"""Schema migrations (Alembic), shipped inside the package and applied on open.

Opening a workspace that is already current must not cost Alembic's import and script
scan on every start, so the head revision is also written here (a test keeps the two in
step), and a brand-new database is created from the models and stamped, as Alembic's
own documentation advises; both give exactly the schema the migrations build.
"""

from __future__ import annotations

import glob
import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlmodel import SQLModel

import models  # noqa: F401  (registers every table on SQLModel.metadata)
from consensus_app.i18n import _
from consensus_app.storage.errors import SchemaTooNewError
from models import plan as _mutual_plan  # noqa: F401  (the mutual plan's table, migration 0008)

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
HEAD_REVISION = "0012"
BACKUP_INFIX = ".before-"  # workspace.db.before-0005.bak: the file as it was before 0005


@dataclass(frozen=True)
class MigrationBackup:
    """The copy of a SQLite workspace taken before its schema was upgraded."""

    path: Path
    from_revision: str
    to_revision: str

    def describe(self) -> str:
        return _(
            "The workspace was upgraded to this version of Consensus (schema {old} → {new}); a copy "
            "of it as it was is kept at {path}"
        ).format(old=self.from_revision, new=self.to_revision, path=self.path)


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


def upgrade(engine: Engine, revision: str = "head") -> MigrationBackup | None:
    """Bring the schema to `revision`; refuse a database written by a newer app.

    An existing SQLite workspace is copied aside first (the copy is returned); a new one, or one
    already at `revision`, is not.
    """
    with engine.begin() as connection:
        found = _revision(connection)
        if revision == "head" and found == HEAD_REVISION:
            return None
        if revision == "head" and found is None and not inspect(connection).get_table_names():
            SQLModel.metadata.create_all(connection)
            connection.execute(
                text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
            )
            connection.execute(text("INSERT INTO alembic_version VALUES (:head)"), {"head": HEAD_REVISION})
            return None
        if found is not None and found not in known_revisions():
            raise SchemaTooNewError(
                _(
                    "this workspace was written by a newer version of Consensus (schema {schema}); "
                    "update the app to open it"
                ).format(schema=found)
            )
        target = HEAD_REVISION if revision == "head" else revision
        backup = None
        if found is not None and found != target and _is_sqlite_file(engine):
            backup = back_up_sqlite(Path(str(engine.url.database)), found, target)
        from alembic import command

        command.upgrade(alembic_config(connection), revision)
    if backup is not None:
        log.warning("%s", backup.describe())
    return backup


def _is_sqlite_file(engine: Engine) -> bool:
    database = engine.url.database
    return engine.url.get_backend_name() == "sqlite" and bool(database) and database != ":memory:"


def back_up_sqlite(database: Path, from_revision: str, to_revision: str) -> MigrationBackup:
    """Copy the SQLite file beside itself with SQLite's backup API (consistent, WAL included); only the
    latest copy is kept."""
    path = database.with_name(f"{database.name}{BACKUP_INFIX}{to_revision}.bak")
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    source, copy = sqlite3.connect(database), sqlite3.connect(partial)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()
    os.replace(partial, path)  # never a half-written copy under the final name
    for older in database.parent.glob(f"{glob.escape(database.name)}{BACKUP_INFIX}*.bak"):
        if older != path:
            older.unlink(missing_ok=True)
    return MigrationBackup(path, from_revision, to_revision)
