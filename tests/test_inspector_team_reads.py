"""On a team server a click on a card never waits for the network: the inspector reads the person's
contact fields, priorities and buying-stage history in a worker. A server that does not answer
just then leaves the panel saying so, with no error dialog, and the next click reads again."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from consensus_app.operations.reads import Reads
from consensus_app.storage.errors import DatabaseUnavailableError
from consensus_app.ui.main_window import MainWindow
from tests.acceptance_kit import (
    inspector_priorities,
    nordlys,  # noqa: F401 - fixture
    select,
    type_and_enter,
    window,  # noqa: F401 - fixture
)
from tests.window_fixtures import settings  # noqa: F401 - fixture

pytestmark = pytest.mark.engines("postgresql")


def test_a_click_reads_the_person_off_the_gui_thread(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[str] = []
    real = Reads.priorities_of

    def spy(self: Reads, stakeholder_id: int) -> object:
        threads.append(threading.current_thread().name)
        return real(self, stakeholder_id)

    monkeypatch.setattr(Reads, "priorities_of", spy)
    select(qtbot, window, "Lars Haugen")
    type_and_enter(qtbot, window.inspector.new_priority, "Fewer surprises in fuel and port costs")
    select(qtbot, window, "Lars Haugen")
    assert "Fewer surprises in fuel and port costs" in inspector_priorities(window)
    assert window.inspector.email.text() and window.inspector.email.isEnabled()
    assert threads and threading.main_thread().name not in threads


def test_a_server_away_at_the_click_is_said_in_the_panel_and_the_next_click_reads_again(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = Reads.priorities_of
    select(qtbot, window, "Lars Haugen")
    type_and_enter(qtbot, window.inspector.new_priority, "Fewer surprises in fuel and port costs")
    assert inspector_priorities(window) == ["Fewer surprises in fuel and port costs"]
    shown_email = window.inspector.email.text()
    assert shown_email

    def away(self: Reads, stakeholder_id: int) -> object:
        raise DatabaseUnavailableError("the team server does not answer")

    monkeypatch.setattr(Reads, "priorities_of", away)
    select(qtbot, window, "Ingrid Solberg")
    select(qtbot, window, "Lars Haugen")
    assert inspector_priorities(window) == ["Not read: the team server does not answer"]
    assert not window.inspector.email.isEnabled()  # nothing typed there can overwrite what is stored
    notice = window.inspector.priorities.item(0)
    window.inspector.priorities.itemDoubleClicked.emit(notice)  # not a priority: nothing to edit
    monkeypatch.setattr(Reads, "priorities_of", real)
    select(qtbot, window, "Ingrid Solberg")
    select(qtbot, window, "Lars Haugen")
    assert inspector_priorities(window) == ["Fewer surprises in fuel and port costs"]
    assert window.inspector.email.text() == shown_email
