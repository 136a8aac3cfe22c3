"""The server going away mid-session: the user is told, edits wait and are saved when it is back."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from consensus_app.core.interchange import check_document
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.errors import DatabaseUnavailableError
from consensus_app.storage.workspace import Workspace, open_workspace
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.settings import UiSettings
from tests.acceptance_kit import settle
from tests.conftest import minimal_document
from tests.pg_server import PgServer
from tests.window_fixtures import acme, open_window, settings  # noqa: F401 - fixtures


def _reconnect(qtbot: QtBot, window: MainWindow) -> None:
    outbox = window.controller.outbox
    outbox.probe()
    qtbot.waitUntil(lambda: outbox.online, timeout=15_000)


def test_an_edit_made_while_the_database_is_away_waits_and_is_saved_later(
    qtbot: QtBot, acme: Workspace, settings: UiSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, acme, settings)
    real_update = type(acme.repos.stakeholders).update

    def away(*_args: object, **_kwargs: object) -> None:
        raise DatabaseUnavailableError("the workspace database at test failed: server closed the connection")

    monkeypatch.setattr(type(acme.repos.stakeholders), "update", away)
    assert window.controller.edit_stakeholder(2, title="Chief Financial Officer")  # kept, not refused
    assert window.offline_banner.isVisible()
    assert "1 change is waiting" in window.offline_banner.text()
    assert window.controller.pursuit_map is not None  # the map stays on screen

    monkeypatch.setattr(type(acme.repos.stakeholders), "update", real_update)
    _reconnect(qtbot, window)
    assert acme.repos.stakeholders.get(2).title == "Chief Financial Officer"
    assert "Reconnected" in window.offline_banner.text()
    assert "1 waiting change saved" in window.offline_banner.text()
    window.undo_action.trigger()  # the replayed edit is an ordinary, undoable one
    assert acme.repos.stakeholders.get(2).title != "Chief Financial Officer"


@pytest.fixture
def team(pg_server: PgServer, pg_url: str) -> Iterator[Workspace]:
    workspace = open_workspace(pg_url, actor="tester")
    import_document(workspace, check_document(minimal_document()))
    yield workspace
    _allow(pg_server, pg_url, True)
    workspace.close()


def _allow(server: PgServer, url: str, allowed: bool) -> None:
    name = url.rsplit("/", 1)[1]
    with server.admin.connect() as db:
        db.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS {str(allowed).lower()}'))
        if not allowed:  # and cut the sessions already open, as a server going down does
            db.execute(
                text(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'")
            )


def test_a_real_server_going_away_and_coming_back(
    qtbot: QtBot, team: Workspace, pg_server: PgServer, pg_url: str, settings: UiSettings
) -> None:
    window = open_window(qtbot, team, settings)
    _allow(pg_server, pg_url, False)
    window.controller.edit_stakeholder(2, title="typed while the server was down")
    settle(window)  # on a team server the edit is tried in a worker
    assert window.offline_banner.isVisible() and "waiting" in window.offline_banner.text()
    window.controller.outbox.probe()  # still away: stays offline, keeps the edit
    qtbot.waitUntil(lambda: window.controller.outbox._probe is None, timeout=15_000)
    assert not window.controller.outbox.online and window.controller.outbox.pending

    _allow(pg_server, pg_url, True)
    _reconnect(qtbot, window)
    settle(window)  # the kept edit is sent again through the worker
    assert team.repos.stakeholders.get(2).title == "typed while the server was down"
    assert window.controller.pursuit_map.node(2).title == "typed while the server was down"  # type: ignore[union-attr]


def test_closing_with_edits_still_waiting_asks_first(
    qtbot: QtBot, acme: Workspace, settings: UiSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = open_window(qtbot, acme, settings)

    def away(*_args: object, **_kwargs: object) -> None:
        raise DatabaseUnavailableError("the workspace database at test failed: gone")

    monkeypatch.setattr(type(acme.repos.stakeholders), "update", away)
    monkeypatch.setattr(type(acme), "ping", away)
    window.controller.edit_stakeholder(2, title="not saved yet")
    asked: list[str] = []

    def keep_open(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", keep_open)
    window.close()
    assert window.isVisible() and "1 change is waiting" in asked[0]
    assert "Edit Lee Park" in asked[0]
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a, **_k: QMessageBox.StandardButton.Discard)
    window.close()
    assert not window.isVisible()
