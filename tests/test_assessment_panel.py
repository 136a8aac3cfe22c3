"""The assessment panel in the window: score, findings that point at people, overlay, what-if."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from consensus_app.storage.workspace import Workspace
from consensus_app.ui.assessment_panel import verdict
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.map.faction_overlay import BrokerRings, FactionTints
from consensus_app.ui.settings import UiSettings
from tests.window_fixtures import acme, open_window, settings  # noqa: F401 - fixtures


@pytest.fixture
def window(qtbot: QtBot, acme: Workspace, settings: UiSettings) -> MainWindow:
    window = open_window(qtbot, acme, settings)
    window.assessment_dock.raise_()
    panel = window.assessment  # the first assessment runs in a worker, after the first frame
    qtbot.waitUntil(lambda: panel.assessment is not None and not panel.runner.busy, timeout=20_000)
    return window


def _finding_rows(window: MainWindow) -> list[str]:
    return [window.assessment.findings.item(i).text() for i in range(window.assessment.findings.count())]


def _id(window: MainWindow, name: str) -> int:
    assert window.controller.pursuit_map is not None
    return next(n.stakeholder_id for n in window.controller.pursuit_map.nodes if n.name == name)


def test_the_open_pursuit_is_scored_and_explained(window: MainWindow) -> None:
    panel = window.assessment
    assert panel.assessment is not None
    assert panel.score.text() == f"{panel.assessment.score} / 100"
    assert panel.verdict.text() == verdict(panel.assessment.score)
    # A name, a bar and an explanation per component; a label and its findings per deduction.
    deductions = panel.assessment.deductions
    assert panel.components.count() == 6 * 3 + 2 * len(deductions)
    assert deductions and deductions[0].cause == "opposition"  # the skeptical CFO who signs off
    rows = _finding_rows(window)
    assert any(
        "An approver doubts or opposes it" in row and "Lee Park signs off and is skeptical" in row
        for row in rows
    )


def test_selecting_a_finding_highlights_its_people_on_the_map(qtbot: QtBot, window: MainWindow) -> None:
    rows = _finding_rows(window)
    window.assessment.findings.setCurrentRow(
        next(i for i, r in enumerate(rows) if "An approver doubts or opposes it" in r)
    )
    lee = window.scene.node_item(_id(window, "Lee Park"))
    sam = window.scene.node_item(_id(window, "Sam Okafor"))
    assert lee.is_highlighted() and not sam.is_highlighted()
    assert sam.opacity() < lee.opacity()  # everyone else is dimmed


def test_an_edit_is_assessed_again(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.assessment
    before = panel.assessment
    assert before is not None
    lee = window.controller.pursuit_map.node(_id(window, "Lee Park"))  # type: ignore[union-attr]
    assert lee.member_id is not None
    window.controller.edit_member(lee.member_id, "stance", 2)
    # (The first themes may re-assess the old stance meanwhile: wait for the edit's assessment.)
    qtbot.waitUntil(lambda: panel.assessment is not None and panel.assessment.score > before.score)
    assert not any("An approver doubts or opposes it" in row for row in _finding_rows(window))


def test_the_overlay_tints_factions_and_rings_brokers_and_goes_away(window: MainWindow) -> None:
    def overlay_items() -> list[object]:
        return [i for i in window.scene.items() if isinstance(i, FactionTints | BrokerRings)]

    assert overlay_items() == []
    window.assessment.overlay_box.setChecked(True)
    assert len(overlay_items()) == 2
    window.assessment.overlay_box.setChecked(False)
    assert overlay_items() == []


def test_what_if_shows_the_imagined_score_and_goes_back_without_saving(
    qtbot: QtBot,
    window: MainWindow,
    acme: Workspace,
) -> None:
    panel = window.assessment
    real = panel.assessment
    assert real is not None
    qtbot.mouseClick(panel.what_if_button, Qt.MouseButton.LeftButton)
    assert panel.banner.isVisible() and panel.what_if.isVisible()
    box = panel.what_if
    box.person.setCurrentIndex(box.person.findText("Lee Park"))
    box.happens.setCurrentIndex(box.happens.findData(2))  # becomes an advocate
    box.add_button.click()
    assert panel.scenario is not None and panel.scenario.delta > 0
    assert panel.score.text() == f"{real.score} → {panel.scenario.after.score}"
    assert any(
        row.startswith("Resolved · Critical · An approver doubts or opposes it")
        for row in _finding_rows(window)
    )
    members = {m.stakeholder_id: m.stance for m in acme.repos.accounts.snapshot(1).committee[1]}
    assert members[_id(window, "Lee Park")] == -1  # nothing was saved

    box.back_button.click()
    assert not panel.what_if_button.isChecked() and not panel.banner.isVisible()
    assert panel.score.text() == f"{real.score} / 100" and panel.scenario is None
