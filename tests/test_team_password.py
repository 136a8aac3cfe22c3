"""No team password ever reaches the settings, a log or a message; it is remembered only in a real
system keychain, and asked for when there is none."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from consensus_app.cli import main as cli_main
from consensus_app.storage.engine import database_url
from consensus_app.storage.errors import DatabaseUrlError
from consensus_app.storage.keychain import SERVICE, system_keychain
from consensus_app.storage.team import without_password
from consensus_app.storage.workspace import open_workspace
from consensus_app.ui.connect_dialog import NO_KEYCHAIN, PASSWORD_POLICY_KEY, TEAM_URL_KEY, ConnectDialog
from consensus_app.ui.settings import UiSettings
from consensus_app.ui.team_password import team_target
from tests.keychain_fixtures import MemoryKeychain, memory_keychain, no_keychain  # noqa: F401 - fixtures
from tests.pg_server import PgServer
from tests.window_fixtures import open_window, settings  # noqa: F401 - fixtures

# Characters a URL would have to escape; the dialog takes them as they are.
PASSWORD = "Kø@l:p/ss%wörd#7731"


def _fill(dialog: ConnectDialog, url: str, password: str = PASSWORD) -> None:
    server = make_url(url)
    dialog.host.setText(server.host or "")
    dialog.port.setValue(server.port or 5432)
    dialog.database.setText(server.database or "")
    dialog.user.setText(server.username or "")
    dialog.password.setText(password)


def _keychain_known(qtbot: QtBot, dialog: ConnectDialog) -> None:
    qtbot.waitUntil(lambda: dialog.keychain_note.text() != "Looking for the system keychain…", timeout=10_000)


def _connect_through_the_menu(
    qtbot: QtBot, window: QWidget, url: str, remember: bool
) -> tuple[str, list[str]]:
    """File ▸ Workspace ▸ Connect…: fill the dialog, test, connect. Returns the URL the app reopens on
    and every text the dialog showed."""
    shown: list[str] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConnectDialog) or dialog.keychain_task.cancelled:
            QTimer.singleShot(20, drive)
            return
        if dialog.keychain_note.text() == "Looking for the system keychain…":
            QTimer.singleShot(20, drive)
            return
        _fill(dialog, url)
        dialog.remember.setChecked(remember)
        dialog.test()
        wait_for_answer(dialog)

    def wait_for_answer(dialog: ConnectDialog) -> None:
        if not dialog.connect_button.isEnabled():
            shown.append(dialog.outcome.text())
            QTimer.singleShot(20, lambda: wait_for_answer(dialog))
            return
        shown.extend(label.text() for label in dialog.findChildren(type(dialog.outcome)))
        shown.extend(edit.text() for edit in (dialog.host, dialog.database, dialog.user))
        dialog.connect_button.click()

    menu = window.workspace_menu  # type: ignore[attr-defined]
    connect = next(a for a in menu.actions() if a.text().startswith("&Connect"))
    with qtbot.waitSignal(menu.sig_switch, timeout=20_000) as switched:
        QTimer.singleShot(0, drive)
        connect.trigger()
    return switched.args[0], shown


def _files_holding(folder: Path, secret: str) -> list[Path]:
    """Files whose bytes hold the secret, plainly or URL-escaped, and settings files whose keys or
    values do once QSettings has decoded them (it escapes keys in its own way)."""
    texts = {secret, quote(secret, safe="")}
    needles = {encoded for text in texts for encoded in (text.encode(), text.encode("utf-16-le"))}
    found = []
    for path in (p for p in folder.rglob("*") if p.is_file()):
        if any(needle in path.read_bytes() for needle in needles):
            found.append(path)
        elif path.suffix in (".ini", ".conf"):
            stored = QSettings(str(path), QSettings.Format.IniFormat)
            decoded = [f"{key}={stored.value(key)}" for key in stored.allKeys()]
            if any(text in entry for text in texts for entry in decoded):
                found.append(path)
    return found


@pytest.mark.parametrize("remember", [False, True], ids=["asked-for", "remembered"])
def test_a_password_typed_to_connect_is_nowhere_on_disk_nor_in_the_logs(
    qtbot: QtBot,
    pg_server: PgServer,
    pg_url: str,
    tmp_path: Path,
    isolated_user_folders: Path,
    memory_keychain: MemoryKeychain,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
    remember: bool,
) -> None:
    caplog.set_level(logging.DEBUG)
    ini = tmp_path / "settings" / "Consensus.ini"
    settings = UiSettings(QSettings(str(ini), QSettings.Format.IniFormat))
    local = open_workspace(str(tmp_path / "local.db"))
    window = open_window(qtbot, local, settings)
    reopen_on, shown = _connect_through_the_menu(qtbot, window, pg_url, remember)
    window.close()
    local.close()
    assert make_url(reopen_on).password == PASSWORD  # this session connects with it, escaped right

    # The app reopens on the team workspace (as app.run_gui does), and is closed again.
    team = open_workspace(reopen_on)
    window = open_window(qtbot, team, settings)
    assert window.statusBar().currentMessage().find(PASSWORD) == -1
    window.close()
    team.close()
    settings.sync()

    assert not any(PASSWORD in text for text in shown)
    assert settings.text(TEAM_URL_KEY) == without_password(reopen_on)
    assert settings.text(PASSWORD_POLICY_KEY) == ("keychain" if remember else "ask")
    assert ini.exists() and _files_holding(ini.parent, PASSWORD) == []
    assert _files_holding(isolated_user_folders, PASSWORD) == []
    out, err = capfd.readouterr()
    assert PASSWORD not in caplog.text + out + err
    remembered = memory_keychain.entries
    assert remembered == ({(SERVICE, without_password(reopen_on)): PASSWORD} if remember else {})

    # The next start finds the password in the keychain, or asks for it.
    asked: list[str] = []

    def ask(url: str, _parent: QWidget | None) -> str:
        asked.append(url)
        return "typed-at-start"

    target = team_target(settings, settings.text(TEAM_URL_KEY), ask=ask)
    assert target is not None
    assert make_url(target).password == (PASSWORD if remember else "typed-at-start")
    assert asked == ([] if remember else [without_password(reopen_on)])


def test_without_a_keychain_there_is_no_remember_box_and_the_password_is_asked_for(
    qtbot: QtBot, settings: UiSettings, no_keychain: None
) -> None:
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    _keychain_known(qtbot, dialog)
    assert not dialog.remember.isVisible() and dialog.keychain_note.text() == NO_KEYCHAIN
    _fill(dialog, "postgresql+psycopg://dana@db.example:5433/team")
    dialog._on_accept()
    assert settings.text(PASSWORD_POLICY_KEY) == "ask"
    assert team_target(settings, settings.text(TEAM_URL_KEY), ask=lambda _u, _p: None) is None  # cancelled


@pytest.mark.parametrize("module", ["keyrings.alt.file", "keyring.backends.null", "keyring.backends.fail"])
def test_plain_text_and_empty_keyrings_are_not_keychains(
    module: str, memory_keychain: MemoryKeychain
) -> None:
    assert system_keychain() is memory_keychain
    memory_keychain.__class__ = type("Stand-in", (MemoryKeychain,), {"__module__": module})
    assert system_keychain() is None


def test_a_remembered_password_is_offered_again_and_forgotten_when_unticked(
    qtbot: QtBot, settings: UiSettings, memory_keychain: MemoryKeychain
) -> None:
    url = "postgresql+psycopg://dana@db.example:5433/team"
    first = ConnectDialog(settings)
    qtbot.addWidget(first)
    first.show()
    _keychain_known(qtbot, first)
    assert first.remember.isVisible() and not first.keychain_note.isVisible()
    _fill(first, url)
    first.remember.setChecked(True)
    with qtbot.waitSignal(first.accepted, timeout=10_000):
        first._on_accept()
    assert memory_keychain.entries == {(SERVICE, url): PASSWORD}

    again = ConnectDialog(settings)  # the fields come back, the password stays in the keychain
    qtbot.addWidget(again)
    again.show()
    _keychain_known(qtbot, again)
    assert again.password.text() == "" and again.remember.isChecked()
    assert make_url(again.url()).password == PASSWORD
    again.remember.setChecked(False)
    with qtbot.waitSignal(again.accepted, timeout=10_000):
        again._on_accept()
    assert memory_keychain.entries == {} and settings.text(PASSWORD_POLICY_KEY) == "ask"


def _watch(keychain: MemoryKeychain, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """Each write to the keychain, and whether it ran on the GUI thread."""
    calls: list[tuple[str, bool]] = []

    def watching(name: str) -> Any:
        original = getattr(keychain, name)

        def watched(*args: Any) -> Any:
            calls.append((name, threading.current_thread() is threading.main_thread()))
            return original(*args)

        return watched

    for name in ("set_password", "delete_password"):
        monkeypatch.setattr(keychain, name, watching(name))
    return calls


def _connect(qtbot: QtBot, settings: UiSettings, url: str, remember: bool) -> ConnectDialog:
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    _keychain_known(qtbot, dialog)
    _fill(dialog, url)
    dialog.remember.setChecked(remember)
    dialog._on_accept()
    return dialog


def test_the_keychain_is_written_off_the_gui_thread_and_only_when_something_changes(
    qtbot: QtBot, settings: UiSettings, memory_keychain: MemoryKeychain, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = "postgresql+psycopg://dana@db.example:5433/team"
    calls = _watch(memory_keychain, monkeypatch)
    unticked = _connect(qtbot, settings, url, remember=False)
    assert not unticked.isVisible() and calls == []  # connected, and nothing was remembered to forget

    unlocked = threading.Event()  # the keychain waits for the user to unlock it
    saving = memory_keychain.set_password
    monkeypatch.setattr(memory_keychain, "set_password", lambda *args: (unlocked.wait(10), saving(*args))[1])
    ticked = _connect(qtbot, settings, url, remember=True)
    assert ticked.isVisible() and ticked.outcome.text() == "Saving the password in the system keychain…"
    with qtbot.waitSignal(ticked.accepted, timeout=10_000):
        unlocked.set()
    assert calls == [("set_password", False)] and memory_keychain.entries == {(SERVICE, url): PASSWORD}

    with qtbot.waitSignal(_connect(qtbot, settings, url, remember=False).accepted, timeout=10_000):
        pass
    assert calls[1:] == [("delete_password", False)] and memory_keychain.entries == {}


def test_a_keychain_that_refuses_is_said_and_the_dialog_stays_open(
    qtbot: QtBot, settings: UiSettings, memory_keychain: MemoryKeychain, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(*_args: Any) -> None:
        raise PermissionError("the keychain is locked")

    monkeypatch.setattr(memory_keychain, "set_password", locked)
    dialog = _connect(qtbot, settings, "postgresql+psycopg://dana@db.example:5433/team", remember=True)
    qtbot.waitUntil(lambda: "did not save the password" in dialog.outcome.text(), timeout=10_000)
    assert dialog.isVisible() and settings.text(TEAM_URL_KEY) == "" and memory_keychain.entries == {}


def test_an_old_settings_key_holding_a_password_is_dropped(tmp_path: Path) -> None:
    ini = tmp_path / "old.ini"
    old = QSettings(str(ini), QSettings.Format.IniFormat)
    old.setValue("version", 2)
    old.setValue("last_pursuit/postgresql+psycopg:||dana:hunter2@db.example:5432|team", 7)
    old.setValue("last_pursuit/sqlite:||||home|dana|workspace.db", 3)
    old.sync()
    settings = UiSettings(QSettings(str(ini), QSettings.Format.IniFormat))
    settings.sync()
    assert b"hunter2" not in ini.read_bytes()
    assert settings.last_pursuit("sqlite:////home/dana/workspace.db") == 3


UNESCAPED = "postgresql+psycopg://dana:p@ss@db.example/team"


def test_a_url_whose_password_holds_an_unescaped_at_is_refused_plainly(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(DatabaseUrlError, match="holds an @") as refused:
        database_url(UNESCAPED)
    assert "ss@db.example" not in str(refused.value) and "%40" in str(refused.value)
    assert database_url(UNESCAPED.replace("p@ss", "p%40ss")).endswith("@db.example/team")
    assert cli_main(["accounts", "--db", UNESCAPED]) == 1  # refused before any connection is tried
    err = capsys.readouterr().err
    assert "holds an @" in err and "ss@db.example" not in err and "p@ss" not in err


def test_the_dialog_escapes_what_it_is_given(qtbot: QtBot, settings: UiSettings) -> None:
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    _fill(dialog, "postgresql+psycopg://dana@db.example:5433/team")
    built = make_url(dialog.url())
    assert (built.password, built.host, built.port) == (PASSWORD, "db.example", 5433)
    assert database_url(dialog.url()) == dialog.url()
