"""Storage tests on both engines: SQLite always, PostgreSQL when CONSENSUS_TEST_PG names a server.

A test module opts in with `pytestmark = pytest.mark.engines("sqlite", "postgresql")`; a
test can narrow that with its own `@pytest.mark.engines("sqlite")`. Every test that uses
`db_url` (directly or through `workspace`) then runs once per engine, and on PostgreSQL
it gets a fresh database (CREATE DATABASE from template0), dropped after the test.

`CONSENSUS_TEST_PG` is the URL of a server where this user may create databases, e.g. the
throw-away cluster `scripts/pg_test_server.sh start` prints (`.ci/run` starts one). Without
it, the first test that needs PostgreSQL starts such a cluster itself when PostgreSQL 15 is
installed (`scripts/bootstrap.sh --test` installs it) and stops it after the session; only
without PostgreSQL at all are the PostgreSQL variants skipped.
"""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

ENV_VAR = "CONSENSUS_TEST_PG"
ENGINES = ("sqlite", "postgresql")
SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "pg_test_server.sh"


def pg_admin_url() -> str | None:
    return os.environ.get(ENV_VAR) or None


@dataclass
class PgServer:
    """The test server: makes and drops databases, and can be restarted."""

    admin_url: str
    admin: Engine

    def create_database(self) -> str:
        name = f"consensus_test_{uuid.uuid4().hex[:12]}"
        with self.admin.connect() as db:
            db.execute(text(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'"))
        return make_url(self.admin_url).set(database=name).render_as_string(hide_password=False)

    def drop_database(self, url: str) -> None:
        name = make_url(url).database
        with self.admin.connect() as db:
            db.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def restart(self) -> None:
        """Restart the server (every open connection is cut), waiting until it accepts new ones."""
        with self.admin.connect() as db:
            data_directory = db.execute(text("SHOW data_directory")).scalar_one()
        self.admin.dispose()
        subprocess.run(
            ["bash", str(SCRIPT), "restart", str(Path(data_directory).parent)],
            check=True,
            capture_output=True,
            timeout=120,
        )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "engines(*names): run the test on these database engines (sqlite, postgresql)"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db_url" not in metafunc.fixturenames:
        return
    marker = metafunc.definition.get_closest_marker("engines")
    if marker is None:
        return
    engines = [e for e in marker.args if e in ENGINES]
    metafunc.parametrize("db_url", engines, indirect=True, ids=engines)


PG_BIN = Path(os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin"))


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PgServer]:
    url = pg_admin_url()
    state: Path | None = None
    if url is None:
        if not (PG_BIN / "initdb").exists():
            pytest.skip(f"no PostgreSQL test server ({ENV_VAR} is unset and PostgreSQL 15 is not installed)")
        state = tmp_path_factory.mktemp("pg") / "state"
        env = {**os.environ, "CONSENSUS_PG_STATE": str(state)}
        started = subprocess.run(
            ["bash", str(SCRIPT), "start"], check=True, capture_output=True, text=True, timeout=180, env=env
        )
        url = started.stdout.strip().splitlines()[-1]
    admin = create_engine(url, isolation_level="AUTOCOMMIT", pool_pre_ping=True)
    try:
        yield PgServer(url, admin)
    finally:
        admin.dispose()
        if state is not None:
            env = {**os.environ, "CONSENSUS_PG_STATE": str(state)}
            subprocess.run(
                ["bash", str(SCRIPT), "stop"], check=False, capture_output=True, timeout=120, env=env
            )


@pytest.fixture
def db_url(request: pytest.FixtureRequest, db_path: Path) -> Iterator[str]:
    """The URL of this test's empty database: a SQLite file, or a fresh PostgreSQL database."""
    engine = getattr(request, "param", "sqlite")
    if engine == "sqlite":
        yield f"sqlite:///{db_path}"
        return
    server: PgServer = request.getfixturevalue("pg_server")
    url = server.create_database()
    try:
        yield url
    finally:
        server.drop_database(url)


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A fresh PostgreSQL database for tests that only make sense on a server."""
    url = pg_server.create_database()
    try:
        yield url
    finally:
        pg_server.drop_database(url)
