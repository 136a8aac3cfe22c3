"""File > Export… → "Review deck (PowerPoint)" in the running window: the slides' shape chosen in
the dialog, the deck written in a worker, the status bar saying so; and the deck's colours are
the map's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from consensus_app.core.interchange import check_document
from consensus_app.core.pursuit_map import EdgeKind
from consensus_app.exporters.deck import colors
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.export_dialog import ExportDialog
from consensus_app.ui.export_kinds import Kind
from consensus_app.ui.map import palette
from consensus_app.ui.settings import UiSettings
from tests.deck_reading import cards, open_deck, slides_titled, table_rows
from tests.large_accounts import ACCOUNT_32, account_document
from tests.window_fixtures import open_window, settings  # noqa: F401 - fixtures


def test_the_review_deck_exports_from_the_window_in_4_3(
    qtbot: QtBot,
    workspace: Workspace,
    settings: UiSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import_document(workspace, check_document(account_document(*ACCOUNT_32)))
    window = open_window(qtbot, workspace, settings)
    qtbot.waitUntil(lambda: window.export_action.isEnabled())
    window.export_action.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()

    dialog.kind.setCurrentIndex(dialog.kind.findData(Kind.PPTX.value))
    assert not dialog.aspect.isHidden() and dialog.aspect.currentData() == "16:9"  # offered, wide first
    qtbot.waitUntil(lambda: "editable PowerPoint deck" in dialog.preview.text.text())
    assert "10 on the committee" in dialog.preview.text.text()
    assert dialog.default_path().name == "Nordhavn Shipping ASA - Fleet telemetry platform - deck.pptx"
    dialog.aspect.setCurrentIndex(dialog.aspect.findData("4:3"))

    target = tmp_path / "review.pptx"

    def answer(_parent: Any, _title: str, _start: str, file_filter: str) -> tuple[str, str]:
        assert "*.pptx" in file_filter
        return str(target), ""

    monkeypatch.setattr("consensus_app.ui.export_dialog.QFileDialog.getSaveFileName", answer)
    with qtbot.waitSignal(dialog.sig_exported, timeout=60_000):
        dialog.export_button.click()
    qtbot.waitUntil(lambda: "review deck (powerpoint)" in window.statusBar().currentMessage())
    assert str(target) in window.statusBar().currentMessage()
    assert settings.text("export/kind", "") == "pptx"  # the next export starts from the deck

    deck = open_deck(target)
    assert deck.slide_width * 3 == deck.slide_height * 4
    shown = [name for slide in slides_titled(deck, "Committee map") for name in cards(slide)]
    rest = [name for slide in slides_titled(deck, "The rest of the account") for name in cards(slide)]
    assert len(shown) + len(rest) == 32 == len(set(shown + rest))  # every person of the account, once
    members = [row[0] for slide in slides_titled(deck, "Buying committee") for row in table_rows(slide)[1:]]
    stored = workspace.repos.accounts.snapshot(workspace.repos.accounts.list_where()[0].id)
    people = {p.id: p.name for p in stored.stakeholders}
    committee = next(iter(stored.committee.values()))
    assert sorted(members) == sorted(people[m.stakeholder_id] for m in committee)  # as the database holds


def test_a_deck_that_cannot_be_written_is_reported_and_leaves_no_file(
    qtbot: QtBot,
    workspace: Workspace,
    settings: UiSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pptx.presentation import Presentation

    from consensus_app.ui import error_dialog

    import_document(workspace, check_document(account_document(*ACCOUNT_32)))
    window = open_window(qtbot, workspace, settings)
    qtbot.waitUntil(lambda: window.export_action.isEnabled())
    window.export_action.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    dialog.kind.setCurrentIndex(dialog.kind.findData(Kind.PPTX.value))
    folder = tmp_path / "exports"
    folder.mkdir()
    monkeypatch.setattr(
        "consensus_app.ui.export_dialog.QFileDialog.getSaveFileName",
        lambda *_args: (str(folder / "review.pptx"), ""),
    )

    def full_disk(self: Presentation, _file: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Presentation, "save", full_disk)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        error_dialog, "show_error", lambda _parent, title, message, _exc=None: shown.append((title, message))
    )
    dialog.export_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
    qtbot.waitUntil(lambda: dialog.task is None)
    assert shown[0][0] == "Export failed"
    assert shown[0][1].startswith("review.pptx was not written.") and "No space left" in shown[0][1]
    assert list(folder.iterdir()) == []  # not even the temporary file
    assert dialog.isVisible() and dialog.export_button.isEnabled()  # the choices are still there


def test_the_deck_uses_the_maps_colours_and_words() -> None:
    assert {k: "#" + v for k, v in colors.STANCE_COLORS.items()} == palette.STANCE_COLORS
    assert colors.STANCE_WORDS == palette.STANCE_WORDS and colors.STANCE_SIGNS == palette.STANCE_SIGNS
    assert "#" + colors.NOT_MEMBER_COLOR == palette.NOT_MEMBER_COLOR
    assert "#" + colors.APPROVER_COLOR == palette.APPROVER_FILL
    assert palette.BADGE_FILL["blocker"] == "#" + colors.BLOCKER_COLOR
    assert colors.PROFILE_GROUPS == palette.PROFILE_GROUPS
    for kind in EdgeKind:
        assert "#" + colors.LINE_STYLES[kind].color == palette.EDGE_STYLES[kind].color
