"""An open workspace: the engine, the one place writes go through, and the repositories."""

from __future__ import annotations

import getpass
import json
import logging
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, insert, text
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlmodel import Session

from consensus_app.storage.constraint_messages import describe_integrity_error
from consensus_app.storage.engine import create_workspace_engine, database_url, redacted
from consensus_app.storage.errors import ConstraintError, DatabaseUnavailableError
from consensus_app.storage.migrate import upgrade
from models import ChangeAction, ChangeLogEntry

log = logging.getLogger(__name__)


ACTOR_ENV_VAR = "CONSENSUS_USER"


def default_actor(environ: Mapping[str, str] = os.environ) -> str:
    """Who the change log names: $CONSENSUS_USER, else the operating-system user name."""
    configured = environ.get(ACTOR_ENV_VAR, "").strip()
    if configured:
        return configured
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in containers without a passwd entry
        return "unknown"


class Workspace:
    """A database holding accounts. Build it with `open_workspace`."""

    def __init__(self, engine: Engine, url: str, actor: str | None = None) -> None:
        from consensus_app.storage.repositories import Repositories  # circular at import time

        self.engine = engine
        # The write in progress on this thread, so writes inside it join its transaction.
        self._open_write: ContextVar[Session | None] = ContextVar(f"write-{id(self)}", default=None)
        self.url = url
        self.actor = actor or default_actor()
        self.repos = Repositories(self)

    @property
    def display_url(self) -> str:
        return redacted(self.url)

    @contextmanager
    def read(self) -> Iterator[Session]:
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
        session.execute(
            insert(ChangeLogEntry),
            [
                {
                    "at": datetime.now(UTC),
                    "actor": self.actor,
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


@contextmanager
def _translated(where: str) -> Iterator[None]:
    """Turn driver errors into storage errors a user can read."""
    try:
        yield
    except IntegrityError as exc:
        raise ConstraintError(describe_integrity_error(exc)) from exc
    except OperationalError as exc:
        raise DatabaseUnavailableError(f"the workspace database at {where} failed: {exc.orig}") from exc
    except DBAPIError as exc:
        raise ConstraintError(str(exc.orig)) from exc


def open_workspace(db: str | None = None, *, actor: str | None = None) -> Workspace:
    """Open (creating if needed) the workspace at `db`, migrating its schema to this app's."""
    url = database_url(db)
    engine = None
    try:
        engine = create_workspace_engine(url)
        upgrade(engine)
    except (DBAPIError, OSError) as exc:
        if engine is not None:
            engine.dispose()
        reason = getattr(exc, "orig", None) or exc
        raise DatabaseUnavailableError(f"cannot open the workspace at {redacted(url)}: {reason}") from exc
    except Exception:
        if engine is not None:
            engine.dispose()
        raise
    log.info("opened workspace %s", redacted(url))
    return Workspace(engine, url, actor)
