"""Connecting to a team workspace: tested first, remembered without the password."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import shiboken6
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from consensus_app.storage.team import check_server, team_url, without_password
from consensus_app.storage.workspace import open_workspace
from consensus_app.ui import connect_dialog
from consensus_app.ui.connect_dialog import ConnectDialog
from consensus_app.ui.settings import UiSettings
from tests.pg_server import PgServer
from tests.window_fixtures import settings  # noqa: F401 - fixtures


def _wait_for_answer(qtbot: QtBot, dialog: ConnectDialog) -> None:
    # A condition, not waitSignal: a refused connection can finish before a signal spy is set up.
    qtbot.waitUntil(
        lambda: dialog.test_button.isEnabled() and dialog.outcome.text() != "Connecting…", timeout=15_000
    )


def test_the_remembered_url_never_holds_the_password() -> None:
    url = team_url("db.example", 5433, "team", "dana", "s3cret")
    assert make_url(url).password == "s3cret"  # used for this session
    assert "s3cret" not in without_password(url) and make_url(without_password(url)).port == 5433


def test_an_unreachable_server_is_said_plainly_and_cannot_be_connected_to(
    qtbot: QtBot, settings: UiSettings
) -> None:
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(1)  # nothing listens there
    dialog.database.setText("team")
    assert dialog.test() is not None
    _wait_for_answer(qtbot, dialog)
    assert "cannot reach" in dialog.outcome.text() and not dialog.connect_button.isEnabled()
    assert settings.text("workspace/team_url") == ""


def test_a_real_server_is_checked_then_remembered(
    qtbot: QtBot, settings: UiSettings, pg_server: PgServer, pg_url: str, tmp_path: Path
) -> None:
    assert check_server(pg_url).schema == "empty"
    open_workspace(pg_url).close()  # someone set the team workspace up
    assert check_server(pg_url).schema == "current"
    url = make_url(pg_url)
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    dialog.host.setText(url.host or "")
    dialog.port.setValue(url.port or 5432)
    dialog.database.setText(url.database or "")
    dialog.user.setText(url.username or "")
    dialog.password.setText("typed-once")  # the test server trusts local connections
    assert dialog.test() is not None
    _wait_for_answer(qtbot, dialog)
    assert "The team workspace is ready" in dialog.outcome.text() and dialog.connect_button.isEnabled()
    dialog.connect_button.click()
    remembered = settings.text("workspace/team_url")
    assert make_url(remembered).database == url.database and "typed-once" not in remembered
    again = ConnectDialog(settings)  # the next time, the fields come back (but not the password)
    qtbot.addWidget(again)
    assert again.database.text() == url.database and again.password.text() == ""


def test_closing_the_dialog_while_the_test_runs_is_quiet(
    qtbot: QtBot, settings: UiSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server answers after the user closed the dialog: nothing is shown, nothing is raised."""
    answer = threading.Event()

    def slow_check(url: str) -> object:
        answer.wait(10)
        raise ConnectionError("refused")

    monkeypatch.setattr(connect_dialog, "check_server", slow_check)
    dialog = ConnectDialog(settings)
    dialog.host.setText("db.example")
    dialog.database.setText("team")
    task = dialog.test()
    assert task is not None
    shiboken6.delete(dialog)  # closed and gone, as when its window closes
    with qtbot.waitSignal(task.sig_finished, timeout=10_000):
        answer.set()
