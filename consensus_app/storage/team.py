"""Team workspaces on a server: the URL people save (never with a password) and a connection check."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError

from consensus_app.i18n import _
from consensus_app.storage.engine import create_workspace_engine, redacted
from consensus_app.storage.errors import DatabaseUnavailableError
from consensus_app.storage.migrate import HEAD_REVISION, current_revision, known_revisions


@dataclass(frozen=True)
class ServerCheck:
    server: str  # e.g. "PostgreSQL 15.18"
    schema: str  # "empty", "current", "older" or "newer"

    @property
    def usable(self) -> bool:
        return self.schema != "newer"

    def describe(self) -> str:
        said = {
            "empty": _("The database is empty: a new team workspace will be set up."),
            "current": _("The team workspace is ready."),
            "older": _("The workspace will be upgraded to this version of the app."),
            "newer": _(
                "But the workspace was written by a newer version of Consensus: update the app first."
            ),
        }
        return _("Connected to {server}. {state}").format(server=self.server, state=said[self.schema])


def team_url(host: str, port: int, database: str, user: str, password: str | None = None) -> str:
    """A PostgreSQL URL; without a password unless one is given (for this session only)."""
    url = URL.create(
        "postgresql+psycopg",
        username=user or None,
        password=password or None,
        host=host,
        port=port,
        database=database,
    )
    return url.render_as_string(hide_password=False)


def without_password(url: str) -> str:
    """The URL to remember: libpq finds the password in PGPASSWORD or ~/.pgpass next time."""
    # URL.set() ignores None; URL is a named tuple, so replace the field itself.
    return make_url(url)._replace(password=None).render_as_string(hide_password=False)


def check_server(url: str) -> ServerCheck:
    """Connect and look at the workspace schema, changing nothing."""
    engine = create_workspace_engine(url)
    try:
        with engine.connect() as connection:
            version = connection.execute(text("SHOW server_version")).scalar_one()
        found = current_revision(engine)
    except DBAPIError as exc:
        raise DatabaseUnavailableError(
            _("cannot reach {server}: {reason}").format(server=redacted(url), reason=exc.orig)
        ) from exc
    finally:
        engine.dispose()
    if found is None:
        schema = "empty"
    elif found == HEAD_REVISION:
        schema = "current"
    elif found in known_revisions():
        schema = "older"
    else:
        schema = "newer"
    return ServerCheck(f"PostgreSQL {str(version).split()[0]}", schema)
