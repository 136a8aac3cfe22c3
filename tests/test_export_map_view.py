"""Map exports keep the cards the user placed and follow the window's Committee / Everyone choice."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from consensus_app.cli import main
from consensus_app.core.interchange import check_document
from consensus_app.exporters.map_source import load_map_source
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.export_dialog import ExportDialog
from consensus_app.ui.exports.map_scene import committee_source
from consensus_app.ui.settings import UiSettings
from tests.large_accounts import ACCOUNT_32, account_document, member_keys
from tests.window_fixtures import open_window, settings  # noqa: F401 - fixtures


@pytest.fixture
def nordhavn(workspace: Workspace) -> tuple[Workspace, int, dict[str, Any]]:
    document = account_document(*ACCOUNT_32)
    import_document(workspace, check_document(document))
    return workspace, workspace.repos.pursuits.list_where()[0].id, document


def member_id(workspace: Workspace, document: dict[str, Any]) -> int:
    key = member_keys(*ACCOUNT_32)[0]
    return next(s.id for s in workspace.repos.stakeholders.list_where() if s.key == key)


def test_a_committee_card_the_user_placed_is_exported_where_it_was_put(
    qapp: Any, nordhavn: tuple[Workspace, int, dict[str, Any]]
) -> None:
    workspace, pursuit, document = nordhavn
    person = member_id(workspace, document)
    workspace.repos.positions.save(pursuit, "org", {person: (5000.0, 5000.0)})
    source = committee_source(load_map_source(workspace, pursuit, "org"))
    assert len(source.pursuit_map.nodes) < 32  # the committee view of a large account
    assert source.positions[person] == (5000.0, 5000.0)
    assert set(source.positions) == {n.stakeholder_id for n in source.pursuit_map.nodes}


def test_everyone_exports_every_person(qapp: Any, nordhavn: tuple[Workspace, int, dict[str, Any]]) -> None:
    workspace, pursuit, _document = nordhavn
    source = committee_source(load_map_source(workspace, pursuit, "org", committee_only=False))
    assert len(source.pursuit_map.nodes) == 32 and "32 people" in source.subtitle


def test_the_export_dialog_follows_the_windows_everyone_choice(
    qtbot: QtBot,
    nordhavn: tuple[Workspace, int, dict[str, Any]],
    settings: UiSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    workspace, pursuit, _document = nordhavn
    window = open_window(qtbot, workspace, settings)
    window.controller.open_pursuit(pursuit)
    window.committee_view.everyone_action.trigger()  # View > Everyone
    path = tmp_path / "map.svg"
    monkeypatch.setattr(
        "consensus_app.ui.export_dialog.QFileDialog.getSaveFileName", lambda *_args: (str(path), "")
    )
    dialog = ExportDialog(window.controller, window.settings, window)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("svg"))
    assert dialog.request(path).committee_only is False
    dialog._on_export()
    qtbot.waitUntil(path.exists, timeout=20000)
    assert "32 people" in path.read_text("utf-8")  # the subtitle counts who is drawn
    window.committee_view.committee_action.trigger()  # View > Committee
    assert dialog.request(path).committee_only is True


def test_the_command_line_exports_the_committee_view_unless_told_everyone(
    nordhavn: tuple[Workspace, int, dict[str, Any]], db_path: Path, tmp_path: Path
) -> None:
    committee, everyone = tmp_path / "committee.svg", tmp_path / "everyone.svg"
    assert main(["export", "--db", str(db_path), "-o", str(committee)]) == 0
    assert main(["export", "--db", str(db_path), "-o", str(everyone), "--everyone"]) == 0
    assert "10 on the committee" in committee.read_text("utf-8")
    assert "32 people" not in committee.read_text("utf-8") and "32 people" in everyone.read_text("utf-8")
