"""Before an existing SQLite workspace is upgraded, a copy of it as it was is kept beside it."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from consensus_app.storage.engine import create_workspace_engine
from consensus_app.storage.migrate import HEAD_REVISION, upgrade
from consensus_app.storage.workspace import open_workspace
from consensus_app.ui.settings import UiSettings
from tests.window_fixtures import open_window, settings  # noqa: F401 - fixtures

OLD = "0004"
PEOPLE = [("Ingrid Solberg", "ingrid@havn.no"), ("김민준", "minjun@havn.no"), ("پرستو رضایی", None)]


def _old_workspace(path: Path) -> None:
    """A workspace written by the app at schema 0004, with an account and its people."""
    engine = create_workspace_engine(f"sqlite:///{path}")
    upgrade(engine, OLD)
    with engine.begin() as db:
        db.execute(text("INSERT INTO account (id, key, name) VALUES (1, 'havn', 'Havn Shipping ASA')"))
        for number, (name, email) in enumerate(PEOPLE, start=1):
            db.execute(
                text(
                    "INSERT INTO stakeholder (id, account_id, key, name, email, function, profile) "
                    "VALUES (:id, 1, :key, :name, :email, 'finance', 'unknown')"
                ),
                {"id": number, "key": f"s-{number}", "name": name, "email": email},
            )
    engine.dispose()


def _read(path: Path) -> tuple[str, list[str], set[str]]:
    with sqlite3.connect(path) as db:
        revision = db.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        names = [row[0] for row in db.execute("SELECT name FROM stakeholder ORDER BY id")]
        columns = {row[1] for row in db.execute("PRAGMA table_info(stakeholder)")}
    return revision, names, columns


def test_opening_an_older_workspace_keeps_a_copy_of_it_as_it_was(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    database = tmp_path / "workspace.db"
    _old_workspace(database)
    (tmp_path / "workspace.db.before-0004.bak").write_bytes(b"an older copy")  # from a past upgrade
    with caplog.at_level(logging.WARNING):
        workspace = open_workspace(str(database))
    backup = workspace.migration_backup
    workspace.close()
    assert backup is not None and backup.path == tmp_path / f"workspace.db.before-{HEAD_REVISION}.bak"
    revision, names, columns = _read(backup.path)
    assert revision == OLD and names == [name for name, _ in PEOPLE]
    assert "external_id" not in columns  # the old schema, as it was
    assert _read(database)[0] == HEAD_REVISION and "external_id" in _read(database)[2]
    assert sorted(p.name for p in tmp_path.glob("*.bak")) == [backup.path.name]  # only the last copy
    assert str(backup.path) in caplog.text and f"{OLD} → {HEAD_REVISION}" in caplog.text


def test_a_new_or_current_workspace_is_not_copied(tmp_path: Path) -> None:
    database = tmp_path / "workspace.db"
    for _ in range(2):  # created, then opened at head
        workspace = open_workspace(str(database))
        assert workspace.migration_backup is None
        workspace.close()
    assert list(tmp_path.glob("*.bak")) == []


def test_the_window_says_where_the_copy_is(qtbot: QtBot, tmp_path: Path, settings: UiSettings) -> None:
    database = tmp_path / "workspace.db"
    _old_workspace(database)
    workspace = open_workspace(str(database))
    window = open_window(qtbot, workspace, settings)
    message = window.statusBar().currentMessage()
    assert "upgraded" in message and str(tmp_path / f"workspace.db.before-{HEAD_REVISION}.bak") in message
    window.close()
    workspace.close()
