"""The analysis tabs beside the inspector, driven on the 32-person account: the Assessment (findings,
the faction overlay, what-if), the Themes (bridges, themes, the who-voices-what matrix) and the
Messages (drafts, kits, copy, save to the library; the library's search, status, approve)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QListWidget
from pytestqt.qtbot import QtBot

from consensus_app.storage.workspace import Workspace
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.map.faction_overlay import BrokerRings, FactionTints
from consensus_app.ui.settings import UiSettings
from models import MessageStatus, PriorityKind
from tests.acceptance_kit import covers, nordlys, person_id, redo, status, undo  # noqa: F401 - fixture
from tests.window_fixtures import open_window, settings  # noqa: F401 - fixture

SHARED = [  # the same need, in several functions' words: themes the group shares, drafts built on them
    ("cfo", "Real-time fuel consumption reporting for every vessel in the fleet"),
    ("cfo", "Fuel consumption costs reported weekly per vessel"),
    ("coo", "Real-time fuel consumption data for vessel operations planning"),
    ("coo", "Vessel fuel consumption visible to operations in real time"),
    ("data", "One data platform for fuel consumption and vessel performance data"),
    ("fleet", "Vessel performance and fuel consumption compared across the fleet"),
    ("cio", "Fuel consumption data from every vessel in one platform"),
]


@pytest.fixture
def analysed(qtbot: QtBot, nordlys: Workspace, settings: UiSettings) -> Iterator[MainWindow]:
    """The window once its assessment, themes and drafts have arrived."""
    people = {p.key: p.id for p in nordlys.repos.stakeholders.for_account(1)}
    for key, text in SHARED:
        nordlys.repos.priorities.create(
            account_id=1, stakeholder_id=people[key], text=text, kind=PriorityKind.GOAL
        )
    window = open_window(qtbot, nordlys, settings)
    window.resize(1440, 900)
    insights = window.insights
    qtbot.waitUntil(lambda: window.assessment.assessment is not None, timeout=30_000)
    qtbot.waitUntil(lambda: insights.themes.themes.topLevelItemCount() > 0, timeout=30_000)
    qtbot.waitUntil(lambda: insights.messaging.drafts.count() > 0, timeout=30_000)
    yield window


def _click_row(qtbot: QtBot, items: QListWidget, row: int) -> None:
    items.scrollToItem(items.item(row))
    qtbot.mouseClick(
        items.viewport(), Qt.MouseButton.LeftButton, pos=items.visualItemRect(items.item(row)).center()
    )


def _lit(window: MainWindow) -> set[int]:
    return set(window.scene._highlighted)


@covers("panel:assessment.findings", "panel:assessment.overlay_box")
def test_findings_point_at_their_people_and_the_overlay_shows_factions(
    qtbot: QtBot, analysed: MainWindow
) -> None:
    window = analysed
    window.assessment_dock.raise_()
    panel = window.assessment
    rows = [panel.findings.item(i).text() for i in range(panel.findings.count())]
    assert any("opposed" in row.lower() or "approver" in row.lower() for row in rows), rows
    _click_row(qtbot, panel.findings, 0)
    assert _lit(window)  # the people the finding concerns, ringed on the map
    overlay = [i for i in window.scene.items() if isinstance(i, FactionTints | BrokerRings)]
    assert overlay == []
    qtbot.mouseClick(panel.overlay_box, Qt.MouseButton.LeftButton)
    assert [i for i in window.scene.items() if isinstance(i, FactionTints | BrokerRings)]
    qtbot.mouseClick(panel.overlay_box, Qt.MouseButton.LeftButton)
    assert [i for i in window.scene.items() if isinstance(i, FactionTints | BrokerRings)] == []


@covers(
    "panel:assessment.what_if_button",
    "panel:what_if.person",
    "panel:what_if.happens",
    "panel:what_if.target",
    "panel:what_if.add_button",
    "panel:what_if.list",
    "panel:what_if.remove_button",
    "panel:what_if.back_button",
)
def test_what_if_imagines_changes_and_saves_nothing(qtbot: QtBot, analysed: MainWindow) -> None:
    window = analysed
    window.assessment_dock.raise_()
    panel, box = window.assessment, window.assessment.what_if
    real = panel.assessment
    assert real is not None
    qtbot.mouseClick(panel.what_if_button, Qt.MouseButton.LeftButton)
    assert panel.banner.isVisible() and box.isVisible()
    box.person.setCurrentIndex(box.person.findText("Øystein Bråten"))
    box.happens.setCurrentIndex(box.happens.findData(2))
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.scenario is not None)
    assert panel.scenario.delta > 0 and panel.score.text().startswith(f"{real.score} → ")  # type: ignore[union-attr]
    box.person.setCurrentIndex(box.person.findText("佐藤 美咲"))
    box.happens.setCurrentIndex(box.happens.count() - 1)  # gains influence over…
    assert box.target.isEnabled()
    box.target.setCurrentIndex(box.target.findText("Ingrid Solberg"))
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    assert [box.list.item(i).text() for i in range(box.list.count())] == [
        "Øystein Bråten becomes advocate",
        "佐藤 美咲 gains influence over Ingrid Solberg",
    ]
    _click_row(qtbot, box.list, 1)
    qtbot.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)
    assert box.list.count() == 1
    qtbot.mouseClick(box.back_button, Qt.MouseButton.LeftButton)
    assert not panel.banner.isVisible() and panel.scenario is None
    assert panel.score.text() == f"{real.score} / 100"
    seats = window.controller.repos.committee.for_pursuit(window.controller.pursuit_id)  # type: ignore[arg-type]
    assert next(m for m in seats if m.stakeholder_id == person_id(window, "Øystein Bråten")).stance == -1


@covers("panel:themes.bridges", "panel:themes.themes", "panel:themes.matrix")
def test_themes_point_at_the_people_who_voice_them(qtbot: QtBot, analysed: MainWindow) -> None:
    window = analysed
    window.insights.themes_dock.raise_()
    panel = window.insights.themes
    assert panel.bridges.count() > 0
    _click_row(qtbot, panel.bridges, 0)
    assert len(_lit(window)) >= 2  # a bridge spans several people
    window.scene.highlight([])
    tree = panel.themes
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(tree.topLevelItem(0)).center()
    )
    assert _lit(window)
    window.scene.highlight([])
    header = panel.matrix.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionViewportPosition(0) + 5, 5)
    )
    assert _lit(window)  # a theme's column: the people who voice it


@covers(
    "panel:messaging.drafts",
    "panel:messaging.kits",
    "panel:messaging.copy_text",
    "panel:messaging.copy_markdown",
    "panel:messaging.save_button",
)
def test_a_draft_is_read_copied_and_saved_to_the_library(qtbot: QtBot, analysed: MainWindow) -> None:
    window = analysed
    window.insights.messaging_dock.raise_()
    panel = window.insights.messaging
    _click_row(qtbot, panel.drafts, 0)
    title = panel.editor.toPlainText().partition("\n")[0]
    assert title and _lit(window)
    qtbot.mouseClick(panel.copy_text, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == panel.editor.toPlainText()
    qtbot.mouseClick(panel.copy_markdown, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text().startswith("#")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert status(window) == f"Saved “{title}” to the message library as a draft"
    saved = window.controller.repos.messages.for_account(1)
    assert [(m.title, m.status) for m in saved] == [(title, MessageStatus.DRAFT)]
    recipients = saved[0].stakeholder_ids
    assert recipients
    assert undo(qtbot, window) == f"&Undo Save “{title}” to the library"
    assert window.controller.repos.messages.for_account(1) == []
    redo(qtbot, window)
    assert [m.title for m in window.controller.repos.messages.for_account(1)] == [title]
    assert window.controller.repos.messages.get(saved[0].id).stakeholder_ids == recipients  # the same people
    panel.tabs.setCurrentWidget(panel.kits)
    assert panel.kits.count() > 0  # Nur Aini and Ragnhild Østby: supportive mobilizers
    _click_row(qtbot, panel.kits, 0)
    assert len(_lit(window)) == 1  # a kit is for one person
    assert not panel.save_button.isEnabled()  # so it is not a library message


@covers(
    "panel:library.search",
    "panel:library.status",
    "panel:library.results",
    "panel:library.approve_button",
    "panel:library.draft_button",
    "panel:library.copy_button",
)
def test_the_library_finds_approves_and_copies_a_message(qtbot: QtBot, analysed: MainWindow) -> None:
    window = analysed
    window.insights.messaging_dock.raise_()
    messaging = window.insights.messaging
    _click_row(qtbot, messaging.drafts, 0)
    qtbot.mouseClick(messaging.save_button, Qt.MouseButton.LeftButton)
    library = messaging.library
    messaging.tabs.setCurrentWidget(library)
    assert library.results.count() == 1
    qtbot.keyClicks(library.search, "no such words anywhere")
    assert library.results.count() == 0
    library.search.clear()
    _click_row(qtbot, library.results, 0)
    qtbot.mouseClick(library.approve_button, Qt.MouseButton.LeftButton)
    message = window.controller.repos.messages.for_account(1)[0]
    assert message.status is MessageStatus.APPROVED
    assert undo(qtbot, window) == f"&Undo Approve “{message.title}”"
    assert window.controller.repos.messages.for_account(1)[0].status is MessageStatus.DRAFT
    assert library.results.item(0).text().endswith("· draft")  # the list follows the undo
    redo(qtbot, window)
    library.status.setCurrentIndex(library.status.findData(MessageStatus.DRAFT))
    assert library.results.count() == 0
    library.status.setCurrentIndex(library.status.findData(MessageStatus.APPROVED))
    _click_row(qtbot, library.results, 0)
    qtbot.mouseClick(library.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == message.body
    qtbot.mouseClick(library.draft_button, Qt.MouseButton.LeftButton)
    assert window.controller.repos.messages.for_account(1)[0].status is MessageStatus.DRAFT
