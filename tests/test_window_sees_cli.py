"""The open window and `consensus-app import` run on the same SQLite file: what the command writes
appears without a restart, and both writing at once corrupts nothing."""

from __future__ import annotations

import csv
import logging
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from consensus_app.storage.identity import load_identity
from consensus_app.storage.workspace import Workspace, open_workspace
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.settings import UiSettings
from tests.conftest import minimal_document, write_json
from tests.window_fixtures import acme, open_window, settings  # noqa: F401 - fixtures

PEOPLE = ["Øystein Håland", "田中 美咲", "مریم رضایی", "김민준", "Dewi Kusumawati", "Sigrid Bjørnstad"]


def cli(db: str, *args: str) -> subprocess.CompletedProcess[str]:
    """`python -m consensus_app import …` in its own process, as a user runs it beside the window."""
    return subprocess.run(
        [sys.executable, "-m", "consensus_app", "--db", db, *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def nordlys(tmp_path: Path) -> Path:
    document = minimal_document(id="nordlys", name="Nordlys Shipping ASA")
    return write_json(tmp_path / "nordlys.json", document)


def contacts(tmp_path: Path, count: int, title: str = "Director") -> Path:
    """A CRM export of `count` people at Acme in several scripts, all reporting to Dana Ruiz."""
    path = tmp_path / "contacts.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["Name", "Title", "Email", "Reports To"])
        for n in range(count):
            writer.writerow(
                [f"{PEOPLE[n % len(PEOPLE)]} {n}", f"{title} {n}", f"p{n}@acme.example", "Dana Ruiz"]
            )
    return path


def account_names(window: MainWindow) -> list[str]:
    model = window.navigator.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def poll_until(qtbot: QtBot, window: MainWindow, condition: object) -> None:
    def done() -> bool:
        if window.live._task is None:
            window.live.poll()
        return bool(condition())  # type: ignore[operator]

    qtbot.waitUntil(done, timeout=20_000)


def menu_action(window: MainWindow, menu_title: str, text: str) -> object:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == menu_title)
    assert isinstance(menu, QMenu)
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def test_an_import_from_the_command_line_appears_in_an_empty_window(
    qtbot: QtBot, workspace: Workspace, settings: UiSettings, tmp_path: Path
) -> None:
    window = open_window(qtbot, workspace, settings)
    assert window.pages.currentWidget() is window.welcome
    done = cli(workspace.url, "import", str(nordlys(tmp_path)))
    assert done.returncode == 0, done.stderr
    poll_until(qtbot, window, lambda: window.controller.pursuit_map is not None)
    assert account_names(window) == ["Nordlys Shipping ASA"]
    assert window.pages.currentWidget() is window.main_split
    assert {n.name for n in window.controller.pursuit_map.nodes} >= {"Dana Ruiz", "Lee Park"}  # type: ignore[union-attr]
    assert "Imported account Nordlys Shipping ASA from nordlys.json" in window.live.notice.text()


def test_people_imported_from_the_command_line_join_the_open_map(
    qtbot: QtBot, acme: Workspace, settings: UiSettings, tmp_path: Path
) -> None:
    window = open_window(qtbot, acme, settings)
    messages: list[str] = []
    window.live.sig_updated.connect(messages.append)
    done = cli(acme.url, "import", str(contacts(tmp_path, 32)), "--account", "acme")
    assert done.returncode == 0, done.stderr
    poll_until(qtbot, window, lambda: len(window.controller.pursuit_map.nodes) >= 35)  # type: ignore[union-attr]
    names = {n.name for n in window.controller.pursuit_map.nodes}  # type: ignore[union-attr]
    assert {"田中 美咲 1", "مریم رضایی 2", "김민준 3"} <= names
    # The command ran as this user (the same identity.json), yet the window took it for news.
    me = load_identity().display_name
    (message,) = messages  # one line for the whole import, whichever way the import logs it
    assert message.startswith(f"Updated from the workspace — {me}: ")
    assert "Added 32 people" in message or "Imported 32 people from contacts.csv" in message


def test_view_reload_shows_another_accounts_new_data_at_once(
    qtbot: QtBot, acme: Workspace, settings: UiSettings, tmp_path: Path
) -> None:
    window = open_window(qtbot, acme, settings)
    window.live.timer.stop()  # only the menu brings it in
    assert cli(acme.url, "import", str(nordlys(tmp_path))).returncode == 0
    reload = menu_action(window, "&View", "Reload")
    assert reload.shortcut().toString() == "F5"  # type: ignore[attr-defined]
    reload.trigger()  # type: ignore[attr-defined]
    assert sorted(account_names(window)) == ["Acme Corp", "Nordlys Shipping ASA"]
    assert window.live.notice.text() == "Reloaded from the workspace"


def test_the_window_and_the_command_line_write_the_same_file_at_once(
    qtbot: QtBot, acme: Workspace, settings: UiSettings, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    window = open_window(qtbot, acme, settings)
    errors: list[str] = []
    window.controller.sig_error.connect(lambda title, message, _exc: errors.append(f"{title}: {message}"))
    member = next(m for m in acme.repos.committee.list_where() if m.key == "m-2")
    for round_ in range(4):
        file = contacts(tmp_path, 40, title=f"Director, round {round_}")
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "consensus_app",
                "--db",
                acme.url,
                "import",
                str(file),
                "--account",
                "acme",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        stance = 0
        while process.poll() is None:  # the user keeps editing while the command writes
            stance = 1 - stance
            window.controller.edit_member(member.id, "stance", stance)
            window.live.poll()
            qtbot.wait(20)
        _out, err = process.communicate()
        assert process.returncode == 0, err
        poll_until(qtbot, window, lambda r=round_: _titles_seen(window, r))
    assert errors == []
    assert not [r for r in caplog.records if "could not read the change log" in r.getMessage()]
    with open_workspace(acme.url) as check, check.read() as session:
        from sqlalchemy import text

        assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        assert len(check.repos.stakeholders.list_where()) == 43


def _titles_seen(window: MainWindow, round_: int) -> bool:
    pursuit_map = window.controller.pursuit_map
    return pursuit_map is not None and any(
        (n.title or "").endswith(f"round {round_} 0") for n in pursuit_map.nodes
    )


def test_a_workspace_file_replaced_on_disk_is_reopened_not_reported_malformed(
    qtbot: QtBot, acme: Workspace, settings: UiSettings, tmp_path: Path
) -> None:
    """Deleting the file and importing again (or restoring a copy over it) while the window is open:
    the window's pooled connections held the old file with the new one's -wal, and every read failed
    ("database disk image is malformed", "no such table") although both files were intact."""
    window = open_window(qtbot, acme, settings)
    errors: list[str] = []
    window.controller.sig_error.connect(lambda title, message, _exc: errors.append(f"{title}: {message}"))
    database = Path(acme.engine.url.database or "")
    copy = tmp_path / "restored.db"
    source, target = sqlite3.connect(database), sqlite3.connect(copy)
    source.backup(target)
    source.close()
    target.close()
    assert cli(str(copy), "import", str(nordlys(tmp_path))).returncode == 0
    # (With frames still in the old file's -wal, SQLite itself would lay them over the new file —
    # replacing a database in use is unsafe whatever the app does; see the report. Here they are in.)
    with sqlite3.connect(database) as flush:
        flush.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    os.replace(copy, database)  # a backup restored over the open workspace
    poll_until(qtbot, window, lambda: "Nordlys Shipping ASA" in account_names(window))
    assert window.live.notice.text() == "The workspace file was replaced on disk: showing it as it is now"
    window.controller.edit_member(
        next(m.id for m in acme.repos.committee.list_where() if m.key == "m-2"), "stance", 2
    )
    assert errors == []
    with sqlite3.connect(database) as check:
        stances = check.execute(
            "SELECT stance FROM committee_member WHERE key = 'm-2' ORDER BY id"
        ).fetchall()
    assert stances == [(2,), (1,)]  # the edit reached the new file (Acme's seat; Nordlys's is as imported)
