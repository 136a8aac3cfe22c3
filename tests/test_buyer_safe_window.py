"""File > Export… → "For the customer" in the running window: offered for the brief and the deck
only, said in the preview and the file's name, and what it writes holds nothing internal."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from consensus_app.core.interchange import check_document
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.export_dialog import ExportDialog
from consensus_app.ui.export_kinds import Kind
from consensus_app.ui.settings import UiSettings
from tests.deck_reading import all_text, open_deck
from tests.large_accounts import ACCOUNT_32, account_document
from tests.window_fixtures import open_window, settings  # noqa: F401 - fixtures


def _save_as(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    def answer(_parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        return str(target), ""

    monkeypatch.setattr("consensus_app.ui.export_dialog.QFileDialog.getSaveFileName", answer)


def test_the_buyer_safe_brief_and_deck_are_chosen_in_the_export_dialog(
    qtbot: QtBot, workspace: Workspace, settings: UiSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = account_document(*ACCOUNT_32)
    document["accounts"][0]["pursuits"][0]["committee"][0]["notes"] = "Wants the CFO job ZQSECRET"
    import_document(workspace, check_document(document))
    pursuit = workspace.repos.pursuits.list_where()[0]
    workspace.repos.plan_steps.create(pursuit_id=pursuit.id, title="Pilot on two vessels", seller_owner="Ana")
    window = open_window(qtbot, workspace, settings)
    qtbot.waitUntil(lambda: window.export_action.isEnabled())
    window.export_action.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None

    dialog.kind.setCurrentIndex(dialog.kind.findData(Kind.PNG.value))
    assert dialog.for_customer.isHidden()  # a map image has no buyer-safe version
    dialog.kind.setCurrentIndex(dialog.kind.findData(Kind.BRIEF.value))
    assert not dialog.for_customer.isHidden() and not dialog.for_customer.isChecked()  # internal by default
    dialog.for_customer.click()
    preview = dialog.preview  # the buyer-safe brief's first page, and what it holds in words
    qtbot.waitUntil(lambda: "for the customer's committee" in preview.note.text(), timeout=60_000)
    assert (
        preview.stack.currentWidget() is preview.image
        and "no stance, influence, profiles" in preview.note.text()
    )
    assert dialog.layout_box.isHidden() and dialog.since.isHidden()  # no map, no changes in it
    assert not dialog.page.isHidden()
    name = "Nordhavn Shipping ASA - Fleet telemetry platform - brief for the customer.pdf"
    assert dialog.default_path().name == name
    target = tmp_path / "for the committee.pdf"
    _save_as(monkeypatch, target)
    with qtbot.waitSignal(dialog.sig_exported, timeout=60_000):
        dialog.export_button.click()
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "A PLAN FOR DECIDING TOGETHER" in text and "Pilot on two vessels" in text
    assert "ZQSECRET" not in text and "Stance" not in text and "Readiness" not in text

    window.export_action.trigger()  # again, for the deck: the choice is the dialog's, each time
    dialog = next(d for d in window.findChildren(ExportDialog) if d.isVisible())
    dialog.kind.setCurrentIndex(dialog.kind.findData(Kind.PPTX.value))
    assert not dialog.for_customer.isChecked()
    dialog.for_customer.click()
    assert dialog.default_path().name.endswith("deck for the customer.pptx")
    qtbot.waitUntil(lambda: "review deck for the customer's committee" in dialog.preview.text.text())
    deck_path = tmp_path / "for the committee.pptx"
    _save_as(monkeypatch, deck_path)
    with qtbot.waitSignal(dialog.sig_exported, timeout=60_000):
        dialog.export_button.click()
    slides = all_text(open_deck(deck_path))
    assert "Our plan for deciding together" in slides and "Pilot on two vessels" in slides
    assert "ZQSECRET" not in slides and "Stance" not in slides
