"""The messaging panel: drafts from the shared themes, edited and re-checked, saved, found, approved."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QTextCursor
from pytestqt.qtbot import QtBot

from consensus_app.core.messaging.render import draft_as_text
from consensus_app.storage.demo import create_demo_workspace
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.messaging_panel import MessagingPanel
from consensus_app.ui.settings import UiSettings
from models import MessageStatus
from tests.window_fixtures import open_window, settings  # noqa: F401 - fixtures


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Workspace]:
    workspace = create_demo_workspace(tmp_path / "demo.db")
    yield workspace
    workspace.close()


@pytest.fixture
def panel(qtbot: QtBot, demo: Workspace, settings: UiSettings) -> MessagingPanel:
    window: MainWindow = open_window(qtbot, demo, settings)
    panel = window.insights.messaging
    qtbot.waitUntil(lambda: panel.messaging is not None, timeout=30_000)
    return panel


def test_drafts_arrive_for_the_open_pursuit_and_show_who_they_speak_to(panel: MessagingPanel) -> None:
    assert panel.messaging is not None and panel.messaging.drafts
    assert panel.drafts.count() == len(panel.messaging.drafts)
    first = panel.messaging.drafts[0]
    assert panel.editor.toPlainText().startswith(first.title)
    assert len(first.functions) >= 2  # a bridge: it brings functions together
    assert "supplier selection" in panel.heading.text()
    window = panel.window()
    assert isinstance(window, MainWindow)
    assert not any(card.is_highlighted() for card in window.scene.node_items())  # nobody picked it yet
    panel.drafts.setCurrentRow(1)  # the user picks a draft: its people light up
    assert any(card.is_highlighted() for card in window.scene.node_items())


def test_an_edit_that_speaks_to_one_function_is_flagged(qtbot: QtBot, panel: MessagingPanel) -> None:
    panel.editor.setPlainText("Lower cost for Finance\n\nFinance wants a lower total cost of ownership.")
    assert panel.warnings.isVisible() and "⚠" in panel.warnings.text()
    assert "Finance" in panel.warnings.text() or "one function" in panel.warnings.text()
    # The drafted text, shown again, bridges functions: no warning.
    panel.drafts.setCurrentItem(None)
    panel.drafts.setCurrentRow(0)
    assert panel.editor.toPlainText().startswith(panel.messaging.drafts[0].title)  # type: ignore[union-attr]
    assert not panel.warnings.isVisible()


def test_a_saved_draft_is_found_in_the_library_and_can_be_approved(
    panel: MessagingPanel, demo: Workspace
) -> None:
    panel.editor.setPlainText(panel.editor.toPlainText().replace("\n\n", "\n\nEdited by the AE. ", 1))
    panel.save_button.click()
    panel.tabs.setCurrentWidget(panel.library)
    library = panel.library
    library.search.setText("edited by the ae")
    assert library.results.count() == 1
    library.results.setCurrentRow(0)
    library.approve_button.click()
    assert library.current() is not None and library.current().status is MessageStatus.APPROVED  # type: ignore[union-attr]
    library.status.setCurrentIndex(library.status.findData(MessageStatus.DRAFT))
    assert library.results.count() == 0


def test_copy_markdown_puts_a_heading_on_the_clipboard(panel: MessagingPanel) -> None:
    panel.copy_markdown.click()
    assert QGuiApplication.clipboard().text().startswith("## ")
    panel.tabs.setCurrentWidget(panel.kits)
    if panel.kits.count():
        panel.kits.setCurrentRow(0)
        assert panel.editor.isReadOnly() and not panel.save_button.isEnabled()


def test_an_edit_that_quotes_words_nobody_wrote_is_flagged(qtbot: QtBot, panel: MessagingPanel) -> None:
    first = panel.messaging.drafts[0]  # type: ignore[union-attr]
    panel.editor.setFocus()
    panel.editor.moveCursor(QTextCursor.MoveOperation.End)
    panel.editor.textCursor().insertText("\n\nAs the board put it: \u201cWe must sign by Friday\u201d.")
    assert panel.warnings.isVisible()
    assert "which nobody on the committee wrote" in panel.warnings.text()
    panel.editor.setPlainText(draft_as_text(first))  # the draft as generated is clean
    assert "nobody on the committee wrote" not in panel.warnings.text()
