"""Edit ▸ Forget this person…: the window asks first, then the person is gone from the map, the table,
the undo history, the database and the file's bytes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from consensus_app.storage.errors import NotFoundError, StorageError
from consensus_app.ui.main_window import MainWindow
from tests.acceptance_kit import (
    card,
    covers,
    menu_action,
    nordlys,  # noqa: F401 - fixture
    person_id,
    select,
    status,
    table_names,
    window,  # noqa: F401 - fixture
)
from tests.window_fixtures import settings  # noqa: F401 - fixture

NAME, EMAIL, PRIORITY = "高橋 健太", "cio@nordlys.example", "データ基盤を一つにまとめたい"


def _answer(button: str, seen: list[str]) -> None:
    """The next confirmation dialog is answered with `button`, and its text kept."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(f"{box.windowTitle()}\n{box.text()}")
        next(b for b in box.buttons() if b.text().replace("&", "") == button).click()

    QTimer.singleShot(0, click)


def _file_bytes(window: MainWindow) -> bytes:
    database = Path(str(window.controller.workspace.engine.url.database))
    return b"".join(p.read_bytes() for p in database.parent.glob(database.name + "*") if p.is_file())


@covers("action:forget-person")
def test_forget_a_person_from_the_edit_menu(qtbot: QtBot, window: MainWindow) -> None:
    controller = window.controller
    sid = person_id(window, NAME)
    controller.edit_stakeholder(sid, title="CIO & CDO")  # an undoable step that holds their old title
    assert window.forget_action.isEnabled() is False  # nobody selected yet
    select(qtbot, window, NAME)
    forget = menu_action(window, "Edit", "forget-person")

    seen: list[str] = []
    _answer("Cancel", seen)
    forget.trigger()
    assert "cannot be undone" in seen[0] and NAME in seen[0] and "Nordlys Shipping ASA" in seen[0]
    assert card(window, NAME) is not None and controller.repos.stakeholders.get(sid).name == NAME

    _answer("Forget", seen)
    forget.trigger()
    qtbot.waitUntil(lambda: window.forget.task is None and card(window, NAME) is None, timeout=20_000)
    assert NAME not in table_names(window) and status(window).startswith(
        f"Forgot {NAME}: 1 priority, 1 committee seat, 1 tie"
    )
    assert controller.undo_stack.count() == 0 and not window.undo_action.isEnabled()
    assert not window.forget_action.isEnabled()  # nobody is selected any more
    try:
        controller.repos.stakeholders.get(sid)
        raise AssertionError("the person is still in the database")
    except NotFoundError:
        pass
    data = _file_bytes(window)
    for trace in (NAME, EMAIL, PRIORITY):
        assert trace.encode() not in data, trace


def test_after_a_failed_erasure_the_person_can_be_forgotten_again(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "consensus_app.ui.forget_person.show_error",
        lambda _parent, title, message, _exc=None: shown.append(f"{title}: {message}"),
    )

    def server_away(_workspace: object, _sid: int) -> None:
        raise StorageError("the team server did not answer")

    monkeypatch.setattr("consensus_app.storage.forget.forget_person", server_away)
    sid = person_id(window, NAME)
    select(qtbot, window, NAME)
    _answer("Forget", [])
    window.forget_action.trigger()
    qtbot.waitUntil(lambda: window.forget.task is None and bool(shown), timeout=20_000)
    assert shown == [f"{NAME} could not be forgotten: the team server did not answer"]
    assert window.forget_action.isEnabled()  # still selected: they may try again
    assert card(window, NAME) is not None and window.controller.repos.stakeholders.get(sid).name == NAME


def test_a_server_away_before_asking_is_said_not_raised(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "consensus_app.ui.forget_person.show_error",
        lambda _parent, title, message, _exc=None: shown.append(f"{title}: {message}"),
    )
    select(qtbot, window, NAME)

    def server_away(_account_id: int) -> None:
        raise StorageError("the team server did not answer")

    monkeypatch.setattr(window.controller.repos.accounts, "get", server_away)
    window.forget_action.trigger()
    assert shown == [f"{NAME} could not be forgotten: the team server did not answer"]
    assert QApplication.activeModalWidget() is None and window.forget_action.isEnabled()
    monkeypatch.undo()
    assert window.controller.repos.stakeholders.get(person_id(window, NAME)).name == NAME
