"""An open workspace: the engine, the one place writes go through, and the repositories."""

from __future__ import annotations

import json
import logging
import os
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, insert, text
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlmodel import Session

from consensus_app.i18n import _
from consensus_app.storage.constraint_messages import describe_integrity_error
from consensus_app.storage.engine import create_workspace_engine, database_url, redacted, sqlite_file
from consensus_app.storage.errors import (
    ConstraintError,
    DatabaseUnavailableError,
    database_reason,
    without_row_data,
)
from consensus_app.storage.identity import ACTOR_ENV_VAR, Identity, load_identity, login_name
from consensus_app.storage.migrate import MigrationBackup, upgrade
from models import ChangeAction, ChangeLogEntry, WorkspaceUser
from models.enums import NAME_MAX

log = logging.getLogger(__name__)

__all__ = ["ACTOR_ENV_VAR", "Identity", "Workspace", "default_actor", "open_workspace"]


def default_actor(environ: Mapping[str, str] = os.environ) -> str:
    """A name for scripts that give none: $CONSENSUS_USER, else the operating-system login."""
    return environ.get(ACTOR_ENV_VAR, "").strip() or login_name()


def as_identity(actor: Identity | str | None) -> Identity:
    """Who writes: an identity as given, one for a bare name, else this user's (identity.json)."""
    if isinstance(actor, Identity):
        return actor
    return Identity.named(actor) if actor else load_identity()


class Workspace:
    """A database holding accounts. Build it with `open_workspace`."""

    def __init__(self, engine: Engine, url: str, actor: Identity | str | None = None) -> None:
        from consensus_app.storage.repositories import Repositories  # circular at import time

        self.engine = engine
        # The write in progress on this thread, so writes inside it join its transaction.
        self._open_write: ContextVar[Session | None] = ContextVar(f"write-{id(self)}", default=None)
        self.url = url
        self.identity = as_identity(actor)
        # Marks this opening's change-log entries, so a window tells its own writes from those of
        # anyone else — including a command run by the same user.
        self.origin = uuid.uuid4().hex
        # The SQLite file as opened. If it is replaced on disk (deleted and made again by a command,
        # a backup restored over it), pooled connections still hold the old file while its -wal and
        # -shm names now belong to the new one: reads then fail with "database disk image is
        # malformed" or "no such table" although both files are intact. See `follow_replaced_file`.
        self._file = sqlite_file(url)
        self._file_id = _file_id(self._file)
        self.generation = 0  # goes up each time the pool is reopened on a replaced file
        # The copy taken before this opening upgraded the schema, for the window to mention.
        self.migration_backup: MigrationBackup | None = None
        self.repos = Repositories(self)

    @property
    def actor(self) -> str:
        """The name colleagues see for this user's changes."""
        return self.identity.display_name

    def set_identity(self, identity: Identity) -> None:
        """Write as `identity` from now on, and record its (new) name for all its past entries."""
        self.identity = identity
        with self.write() as session:
            self._record_user(session)

    @property
    def display_url(self) -> str:
        return redacted(self.url)

    def follow_replaced_file(self) -> bool:
        """Reopen the pool if the SQLite file was replaced since it was opened (True then)."""
        if self._file is None:
            return False
        now = _file_id(self._file)
        if now is None or now == self._file_id:
            return False  # unchanged, or gone (the connections still hold the old one)
        log.warning("%s was replaced on disk; reopening it", self._file)
        self._file_id = now
        self.engine.dispose()  # checked-out connections close when they come back
        self.generation += 1
        return True

    @contextmanager
    def read(self) -> Iterator[Session]:
        outer = self._open_write.get()
        if outer is not None:  # a read inside a write sees what the write has done so far
            yield outer
            return
        self.follow_replaced_file()
        with _translated(self.display_url), Session(self.engine) as session:
            yield session

    @property
    def in_write(self) -> bool:
        """Whether a write is open on this thread (a new write would join it)."""
        return self._open_write.get() is not None

    @contextmanager
    def write(self) -> Iterator[Session]:
        """The one place writes happen: a transaction that commits or changes nothing.

        A write inside another (on the same thread) is part of it: several repository calls in
        one `with workspace.write():` block commit together or not at all.
        """
        outer = self._open_write.get()
        if outer is not None:
            yield outer
            return
        self.follow_replaced_file()
        with (
            _translated(self.display_url),
            Session(self.engine, expire_on_commit=False) as session,
            session.begin(),
        ):
            token = self._open_write.set(session)
            try:
                yield session
            finally:
                self._open_write.reset(token)

    def log_change(
        self,
        session: Session,
        *,
        action: ChangeAction,
        entity: str,
        summary: str,
        account_id: int | None,
        pursuit_id: int | None = None,
        entity_key: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        if not session.info.get("user_recorded"):
            self._record_user(session)
        session.execute(
            insert(ChangeLogEntry),
            [
                {
                    # One time for the whole transaction: its entries read back as one operation.
                    "at": session.info.setdefault("change_at", datetime.now(UTC)),
                    "actor": self.actor[:NAME_MAX],
                    "actor_id": self.identity.user_id,
                    "origin": self.origin,
                    "account_id": account_id,
                    "pursuit_id": pursuit_id,
                    "entity": entity,
                    "entity_key": entity_key,
                    "action": action,
                    "summary": summary[:2000],
                    "details": json.dumps(details, ensure_ascii=False, default=str) if details else None,
                }
            ],
        )

    def _record_user(self, session: Session) -> None:
        """Upsert this user's display name (once per transaction; both engines have ON CONFLICT)."""
        session.info["user_recorded"] = True
        values = {
            "id": self.identity.user_id,
            "display_name": self.actor[:NAME_MAX],
            "updated_at": datetime.now(UTC),
        }
        # Each dialect's module only when it is used (PostgreSQL's costs 20 ms to import).
        from sqlalchemy.dialects.postgresql import insert as pg_insert
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        make = pg_insert if self.engine.dialect.name == "postgresql" else sqlite_insert
        table = WorkspaceUser.__table__  # type: ignore[attr-defined]
        statement = make(table).values(values)
        session.execute(
            statement.on_conflict_do_update(
                index_elements=[table.c.id],
                set_={
                    "display_name": statement.excluded.display_name,
                    "updated_at": statement.excluded.updated_at,
                },
                where=table.c.display_name != statement.excluded.display_name,
            )
        )

    @property
    def is_team(self) -> bool:
        """On a shared database server rather than in a local file."""
        return self.engine.dialect.name != "sqlite"

    def ping(self) -> None:
        """Raise DatabaseUnavailableError unless the database answers (cheap; for reconnecting)."""
        with self.read() as session:
            session.execute(text("SELECT 1"))

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _file_id(path: str | None) -> tuple[int, int] | None:
    if path is None:
        return None
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


@contextmanager
def _translated(where: str) -> Iterator[None]:
    """Turn driver errors into storage errors a user can read."""
    try:
        yield
    except IntegrityError as exc:
        raise ConstraintError(without_row_data(describe_integrity_error(exc))) from exc
    except OperationalError as exc:
        reason = database_reason(exc)
        raise DatabaseUnavailableError(
            _("the workspace database at {where} failed: {reason}").format(where=where, reason=reason)
        ) from exc
    except DBAPIError as exc:  # the driver's reason only: the statement's parameters are user data
        raise ConstraintError(
            _("the database at {where} refused it: {reason}").format(where=where, reason=database_reason(exc))
        ) from exc


def open_workspace(
    db: str | None = None, *, actor: Identity | str | None = None, busy_timeout_s: float | None = None
) -> Workspace:
    """Open (creating if needed) the workspace at `db`, migrating its schema to this app's.

    `actor` is who writes: an Identity, a bare name, or (None) this user's from identity.json.
    `busy_timeout_s`: how long a write waits for another writer (SQLite; None: the command
    line's minute), then fails as busy.
    """
    url = database_url(db)
    engine = None
    try:
        engine = create_workspace_engine(url, busy_timeout_s)
        backup = upgrade(engine)
    except (DBAPIError, OSError) as exc:
        if engine is not None:
            engine.dispose()
        reason = getattr(exc, "orig", None) or exc
        raise DatabaseUnavailableError(
            _("cannot open the workspace at {where}: {reason}").format(where=redacted(url), reason=reason)
        ) from exc
    except Exception:
        if engine is not None:
            engine.dispose()
        raise
    log.info("opened workspace %s", redacted(url))
    workspace = Workspace(engine, url, actor)
    workspace.migration_backup = backup
    return workspace
