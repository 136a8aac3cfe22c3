"""The Messages tab's language chooser, driven on the 32-person account: the drafts start in the
committee's language; choosing Persian writes the drafts and the kits' pieces again in Persian,
right to left; a saved draft keeps its language; the choice is remembered for the pursuit when
the window opens again; choosing Korean writes them in Korean."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from consensus_app.core.messaging.templates import templates_for
from consensus_app.storage.team import without_password
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.export_dialog import ExportDialog
from consensus_app.ui.export_kinds import Kind
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.messaging_panel import MessagingPanel
from consensus_app.ui.settings import UiSettings
from models import BuyingStage, PriorityKind
from tests.acceptance_kit import covers, nordlys  # noqa: F401 - fixture
from tests.test_acceptance_panels import SHARED
from tests.window_fixtures import open_window, settings  # noqa: F401 - fixture

STAGE = BuyingStage.SOLUTION_IDENTIFICATION  # the pursuit's stage


def _heading(language: str) -> str:
    """The words a group draft's title opens with in this language (before the quoted lead)."""
    return templates_for(language).group[STAGE].title.split("$")[0].strip()


def _share_heading(language: str) -> str:
    return templates_for(language).kit_share[STAGE].title.split("$")[0].strip()


def _drafted(qtbot: QtBot, window: MainWindow) -> MessagingPanel:
    panel = window.insights.messaging
    window.insights.messaging_dock.raise_()
    qtbot.waitUntil(lambda: panel.drafts.count() > 0 and panel.language.isEnabled(), timeout=30_000)
    return panel


def _choose(qtbot: QtBot, panel: MessagingPanel, language: str) -> None:
    panel.language.setCurrentIndex(panel.language.findData(language))
    qtbot.waitUntil(
        lambda: (
            panel.messaging is not None and panel.messaging.language == language and panel.drafts.count() > 0
        ),
        timeout=30_000,
    )


def _click_row(qtbot: QtBot, items: QListWidget, row: int) -> None:
    qtbot.mouseClick(
        items.viewport(), Qt.MouseButton.LeftButton, pos=items.visualItemRect(items.item(row)).center()
    )


@covers("panel:messaging.language")
def test_the_user_switches_the_drafts_language_and_it_is_kept(
    qtbot: QtBot, nordlys: Workspace, settings: UiSettings
) -> None:
    people = {p.key: p.id for p in nordlys.repos.stakeholders.for_account(1)}
    for key, text in SHARED:
        nordlys.repos.priorities.create(
            account_id=1, stakeholder_id=people[key], text=text, kind=PriorityKind.GOAL
        )
    window = open_window(qtbot, nordlys, settings)
    panel = _drafted(qtbot, window)
    # Most approvers write English: the drafts start in English, and the chooser says why.
    assert panel.language.currentData() == "en"
    assert panel.language.currentText() == "English — the committee's language"
    assert panel.editor.toPlainText().startswith(_heading("en"))

    _choose(qtbot, panel, "fa")
    _click_row(qtbot, panel.drafts, 0)
    text = panel.editor.toPlainText()
    assert text.startswith(_heading("fa")), text  # the words the customer reads are Persian
    assert "Fuel consumption" in text or "fuel consumption" in text  # their words, as they wrote them
    option = panel.editor.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    assert panel.drafts.item(0).textAlignment() & Qt.AlignmentFlag.AlignRight
    panel.tabs.setCurrentWidget(panel.kits)
    _click_row(qtbot, panel.kits, 0)
    assert _share_heading("fa") in panel.editor.toPlainText()  # the kit's shareable piece too
    panel.tabs.setCurrentWidget(panel.drafts)
    _click_row(qtbot, panel.drafts, 0)

    # Saving keeps the language: the library holds the Persian text, marked Persian.
    title, _, body = panel.editor.toPlainText().partition("\n")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(nordlys.repos.messages.for_account(1)))
    (saved,) = nordlys.repos.messages.for_account(1)
    assert (saved.language, saved.title, saved.body) == ("fa", title, body.strip())

    # The choice belongs to the pursuit: the window opens again with Persian drafts.
    window.close()
    again = open_window(qtbot, nordlys, settings)
    panel = _drafted(qtbot, again)
    qtbot.waitUntil(lambda: panel.messaging is not None and panel.messaging.language == "fa", timeout=30_000)
    assert panel.language.currentData() == "fa"
    assert panel.editor.toPlainText().startswith(_heading("fa"))

    _choose(qtbot, panel, "ko")
    _click_row(qtbot, panel.drafts, 0)
    assert panel.editor.toPlainText().startswith(_heading("ko"))
    assert panel.editor.document().defaultTextOption().textDirection() == Qt.LayoutDirection.LeftToRight
    pursuit_id = again.controller.pursuit_id
    assert pursuit_id is not None
    assert settings.draft_language(without_password(nordlys.url), pursuit_id) == "ko"

    # The review brief and deck export the drafts in the language chosen here.
    again.export_action.trigger()
    dialog = again.findChild(ExportDialog)
    assert dialog is not None
    dialog.kind.setCurrentIndex(dialog.kind.findData(Kind.BRIEF.value))
    assert dialog.request(dialog.default_path()).drafts_language == "ko"
    dialog.reject()
