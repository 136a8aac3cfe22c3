"""Where the workspace lives: a database URL from a flag, the environment or the default.

The default is a SQLite file in the user's data folder. SQLite connections get WAL
(readers never block the writer) and foreign keys (off by default in SQLite).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import StaticPool

from consensus_app.i18n import N_, _
from consensus_app.storage import ENV_VAR
from consensus_app.storage.errors import DatabaseUrlError

APP_DIR_NAME = "Consensus"
BUSY_TIMEOUT_S = 60  # SQLite: how long a write waits for another writer to finish (command line)
# The window's edits run on its GUI thread: it waits only a little, then says the workspace is busy.
WINDOW_BUSY_TIMEOUT_S = 4


def default_database_path() -> Path:
    return platformdirs.user_data_path(APP_DIR_NAME, appauthor=False) / "workspace.db"


def database_url(db: str | None = None, environ: Mapping[str, str] = os.environ) -> str:
    """The URL to open: `db` (a path or URL), else $CONSENSUS_DB, else the default file."""
    value = db or environ.get(ENV_VAR) or str(default_database_path())
    if "://" in value:
        _check_url(value)
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


_ESCAPING = N_("write @ as %40, : as %3A, / as %2F and % as %25 in the user name and password")


def _check_url(value: str) -> None:
    """Refuse a URL that cannot mean what was meant, without repeating it (it may hold a password)."""
    try:
        parsed = make_url(value)
    except Exception:
        raise DatabaseUrlError(_("the database URL is not valid: {how}").format(how=_(_ESCAPING))) from None
    if "@" in (parsed.host or ""):
        # An unescaped @ in the password: what follows it would be taken for the server's name.
        raise DatabaseUrlError(
            _(
                "the database URL's password or user name holds an @: {how} (File ▸ Workspace ▸ "
                "Connect to team workspace… takes the password as it is)"
            ).format(how=_(_ESCAPING))
        )


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_file(url: str) -> str | None:
    """The file a SQLite URL names (None for a server or an in-memory database)."""
    parsed = make_url(url)
    database = parsed.database
    if parsed.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return None
    return database


def create_workspace_engine(url: str, busy_timeout_s: float | None = None) -> Engine:
    """`busy_timeout_s`: how long a write waits for another writer (SQLite; None: BUSY_TIMEOUT_S)."""
    busy_timeout_s = BUSY_TIMEOUT_S if busy_timeout_s is None else busy_timeout_s
    kwargs: dict[str, Any] = {}
    if is_sqlite(url):
        database = make_url(url).database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        else:  # one shared in-memory database, not one per connection
            kwargs["poolclass"] = StaticPool
        # A writer waits this long for another to finish (the longest import, 40,000 people,
        # holds the lock for seconds; see docs/benchmarks.md) before it gives up.
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": busy_timeout_s}
    else:
        kwargs["pool_pre_ping"] = True
    # Errors never carry the statement's parameters (people's names, e-mails, notes) into
    # messages or logs; the driver's reason is enough (storage.errors.database_reason).
    engine = create_engine(url, hide_parameters=True, **kwargs)
    if is_sqlite(url):
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "handle_error", lambda context: _say_who_holds_it(context, busy_timeout_s))
    return engine


def _say_who_holds_it(context: Any, busy_timeout_s: float) -> None:
    """SQLite's "database is locked", after waiting `busy_timeout_s`, in words a user can act on."""
    original = context.original_exception
    if isinstance(original, sqlite3.OperationalError) and str(original) == "database is locked":
        original.args = (
            f"database is locked: the workspace is busy — another program (a command-line import, "
            f"or another Consensus window) has been writing to it for over {busy_timeout_s:g} s; "
            "try again when it is done",
        )


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")  # safe with WAL, much faster commits
    cursor.close()


def redacted(url: str) -> str:
    """Where the workspace is, for messages and logs: a file path, or a URL without its password."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        return parsed.database
    return parsed.render_as_string(hide_password=True)
