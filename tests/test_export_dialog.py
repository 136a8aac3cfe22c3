"""File > Export…: defaults from the window, remembered folder and kind, exports, failures."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from consensus_app.storage.workspace import Workspace
from consensus_app.ui import error_dialog
from consensus_app.ui.controller import WorkspaceController
from consensus_app.ui.export_dialog import ExportDialog
from consensus_app.ui.export_kinds import Kind
from consensus_app.ui.settings import UiSettings
from tests.window_fixtures import acme, open_window, settings  # noqa: F401 - fixtures


@pytest.fixture
def controller(acme: Workspace) -> WorkspaceController:
    controller = WorkspaceController(acme)
    controller.layout = "grid"
    controller.open_pursuit(next(p.id for p in acme.repos.pursuits.list_where() if p.key == "opp-1"))
    return controller


def make_dialog(qtbot: QtBot, controller: WorkspaceController, settings: UiSettings) -> ExportDialog:
    dialog = ExportDialog(controller, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog._preview_timer.isActive())
    return dialog


def choose(dialog: ExportDialog, kind: Kind) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind.value))
    dialog._preview_timer.timeout.emit()


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """QFileDialog answers `path`; returns the folders it was opened in."""
    asked: list[str] = []

    def answer(_parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return str(path), ""

    monkeypatch.setattr("consensus_app.ui.export_dialog.QFileDialog.getSaveFileName", answer)
    return asked


def test_defaults_come_from_the_open_pursuit_and_layout(
    qtbot: QtBot, controller: WorkspaceController, settings: UiSettings
) -> None:
    dialog = make_dialog(qtbot, controller, settings)
    assert dialog.current_kind is Kind.PNG and dialog.layout_box.currentData() == "grid"
    assert dialog.default_path() == Path.home() / "Acme Corp - Analytics platform - map.png"
    assert not dialog.preview.image.pixmap().isNull()  # the map as it will be written
    assert dialog._form.isRowVisible(dialog.scale) and not dialog._form.isRowVisible(dialog.since)
    choose(dialog, Kind.COMMITTEE_CSV)
    assert dialog.preview.stack.currentWidget() is dialog.preview.table
    names = {dialog.preview.table.item(r, 1).text() for r in range(dialog.preview.table.rowCount())}
    assert names == {"Lee Park", "Sam Okafor"}
    choose(dialog, Kind.BRIEF)
    assert dialog._form.isRowVisible(dialog.since) and not dialog._form.isRowVisible(dialog.scale)
    assert dialog.preview.text.text() == "Preparing the brief…"  # gathered in a worker
    qtbot.waitUntil(lambda: "pages: title, map, committee (2)" in dialog.preview.note.text(), timeout=20000)
    assert dialog.preview.stack.currentWidget() is dialog.preview.image
    choose(dialog, Kind.GEXF)
    assert "Gephi" in dialog.preview.text.text()


def test_an_export_through_the_dialog_remembers_the_folder_and_kind(
    qtbot: QtBot,
    controller: WorkspaceController,
    settings: UiSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = make_dialog(qtbot, controller, settings)
    choose(dialog, Kind.COMMITTEE_CSV)
    asked = save_as(monkeypatch, tmp_path / "committee")  # no suffix: the kind's is added
    with qtbot.waitSignal(dialog.sig_exported, timeout=20_000) as exported:
        dialog.export_button.click()
    out = tmp_path / "committee.csv"
    assert exported.args == [f"Exported the committee (csv) to {out}"]
    assert asked == [str(Path.home() / "Acme Corp - Analytics platform - committee.csv")]
    with out.open(encoding="utf-8-sig", newline="") as handle:
        assert sorted(row["Name"] for row in csv.DictReader(handle)) == ["Lee Park", "Sam Okafor"]
    qtbot.waitUntil(lambda: dialog.task is None)

    again = make_dialog(qtbot, controller, settings)
    assert again.current_kind is Kind.COMMITTEE_CSV
    assert again.default_path() == tmp_path / "Acme Corp - Analytics platform - committee.csv"


def test_the_brief_exports_through_the_dialog(
    qtbot: QtBot,
    controller: WorkspaceController,
    settings: UiSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings.set_text("export/kind", "brief")
    dialog = make_dialog(qtbot, controller, settings)
    assert dialog.current_kind is Kind.BRIEF
    save_as(monkeypatch, tmp_path / "review.pdf")
    with qtbot.waitSignal(dialog.sig_exported, timeout=30_000):
        dialog.export_button.click()
    assert (tmp_path / "review.pdf").read_bytes().startswith(b"%PDF-")
    qtbot.waitUntil(lambda: dialog.task is None)


def test_a_failed_export_is_shown_and_leaves_no_file(
    qtbot: QtBot,
    controller: WorkspaceController,
    settings: UiSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from consensus_app.ui.exports.brief import document

    painted: list[object] = []

    def paint_then_fail(*args: Any) -> None:
        painted.append(args)
        if len(painted) == 3:
            raise OSError("the disk is full")

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(document, "_paint_page", paint_then_fail)
    monkeypatch.setattr(
        error_dialog, "show_error", lambda _parent, title, message, _exc=None: shown.append((title, message))
    )
    dialog = make_dialog(qtbot, controller, settings)
    choose(dialog, Kind.BRIEF)
    folder = tmp_path / "exports"
    folder.mkdir()
    save_as(monkeypatch, folder / "review.pdf")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    qtbot.waitUntil(lambda: dialog.task is None)
    assert shown == [("Export failed", "review.pdf was not written.\n\nthe disk is full")]
    assert list(folder.iterdir()) == []  # not even the temporary file
    assert dialog.isVisible() and dialog.export_button.isEnabled()


def test_file_export_opens_the_dialog_with_ctrl_e(
    qtbot: QtBot, acme: Workspace, settings: UiSettings
) -> None:
    window = open_window(qtbot, acme, settings)
    assert window.export_action.shortcut().toString() == "Ctrl+E"
    assert window.export_action.isEnabled()  # the first pursuit opened with the window
    window.export_action.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.layout_box.currentData() == window.controller.layout
    dialog.reject()
