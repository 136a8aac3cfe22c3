"""The main window on a temporary workspace and temporary settings, for the widget tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
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
    return window
