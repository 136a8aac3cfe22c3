"""The main window on a temporary workspace and temporary settings, for the widget tests."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.exceptions import TimeoutError as WaitTimeout
from pytestqt.qtbot import QtBot

from consensus_app.core.interchange import check_document
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.controller import WorkspaceController
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.settings import UiSettings
from tests.conftest import minimal_document


@pytest.fixture
def settings(tmp_path: Path) -> UiSettings:
    return UiSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def acme(workspace: Workspace) -> Iterator[Workspace]:
    import_document(workspace, check_document(minimal_document()))
    yield workspace


def open_window(qtbot: QtBot, workspace: Workspace, settings: UiSettings) -> MainWindow:
    window = MainWindow(WorkspaceController(workspace), settings)
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    qtbot.waitExposed(window)
    # Active, as the window a person works in: focus changes (a field left for a card) and
    # shortcuts (Ctrl+Z) reach only the active window, and under load activation comes late.
    window.activateWindow()
    # (Offscreen, a window opened after another one closed may stay inactive: not an error.)
    with contextlib.suppress(WaitTimeout):
        qtbot.waitUntil(window.isActiveWindow, timeout=3_000)
    return window
