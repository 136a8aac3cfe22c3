"""The brief's preview is gathered in a worker: the export dialog answers while it is prepared."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from consensus_app.storage.workspace import Workspace
from consensus_app.ui.controller import WorkspaceController
from consensus_app.ui.export_dialog import ExportDialog
from consensus_app.ui.export_kinds import Kind
from consensus_app.ui.exports import brief
from consensus_app.ui.settings import UiSettings
from tests.window_fixtures import acme, settings  # noqa: F401 - fixtures


def test_the_dialog_answers_while_the_brief_preview_is_prepared(
    qtbot: QtBot,
    acme: Workspace,
    settings: UiSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    release, started = threading.Event(), threading.Event()
    real = brief.gather_brief

    def slow_gather(*args: Any, **kwargs: Any) -> Any:  # as the sentence encoder would be
        started.set()
        release.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(brief, "gather_brief", slow_gather)
    controller = WorkspaceController(acme)
    controller.open_pursuit(acme.repos.pursuits.list_where()[0].id)
    dialog = ExportDialog(controller, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData(Kind.BRIEF.value))
    dialog._preview_timer.timeout.emit()
    assert dialog.preview.text.text() == "Preparing the brief…"
    qtbot.waitUntil(started.is_set)
    dialog.kind.setCurrentIndex(dialog.kind.findData(Kind.COMMITTEE_CSV.value))  # still answers
    dialog._preview_timer.timeout.emit()
    assert dialog.preview.stack.currentWidget() is dialog.preview.table
    dialog.kind.setCurrentIndex(dialog.kind.findData(Kind.BRIEF.value))
    dialog._preview_timer.timeout.emit()
    assert dialog.preview.text.text() == "Preparing the brief…"
    release.set()
    qtbot.waitUntil(lambda: "pages: title, map, committee" in dialog.preview.note.text(), timeout=20000)
    assert dialog.preview.stack.currentWidget() is dialog.preview.image
