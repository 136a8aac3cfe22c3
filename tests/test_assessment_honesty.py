"""An assessment matches what the seller just did: setting stance or influence checks it today,
and a pursuit with fewer than two members says what to add instead of scoring a group."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from consensus_app.core.analytics.assessment import assess
from consensus_app.core.interchange import check_document
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.settings import UiSettings
from tests.analytics_maps import TODAY, committee, person
from tests.conftest import minimal_document
from tests.window_fixtures import open_window, settings  # noqa: F401 - fixtures

# --- the rule, without Qt ---------------------------------------------------------------------


def test_an_empty_committee_is_not_scored_and_says_what_to_add() -> None:
    result = assess(committee([person(1, member=False)]), TODAY)
    assert not result.assessable
    assert result.findings == [] and result.components == []
    assert "Nobody is on this pursuit's committee" in (result.not_enough or "")


def test_one_member_is_not_a_group() -> None:
    result = assess(committee([person(1, approver=True)]), TODAY)
    assert not result.assessable
    assert "Only Person 1" in (result.not_enough or "")
    assert "Add the others" in (result.not_enough or "")


def test_two_members_are_assessed() -> None:
    result = assess(committee([person(1, approver=True), person(2, stance=1)]), TODAY)
    assert result.assessable and len(result.components) == 6


# --- in the window ----------------------------------------------------------------------------


def _unverified_document() -> dict[str, Any]:
    document = minimal_document()
    for member in document["accounts"][0]["pursuits"][0]["committee"]:
        member.pop("last_verified", None)
    return document


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace, settings: UiSettings) -> MainWindow:
    import_document(workspace, check_document(_unverified_document()))
    window = open_window(qtbot, workspace, settings)
    window.assessment_dock.raise_()
    panel = window.assessment
    qtbot.waitUntil(lambda: panel.assessment is not None and not panel.runner.busy, timeout=20_000)
    return window


def _rows(window: MainWindow) -> list[str]:
    return [window.assessment.findings.item(i).text() for i in range(window.assessment.findings.count())]


def _select(qtbot: QtBot, window: MainWindow, name: str) -> int:
    pursuit_map = window.controller.pursuit_map
    assert pursuit_map is not None
    node = next(n for n in pursuit_map.nodes if n.name == name)
    item = window.scene.node_item(node.stakeholder_id)
    window.scene.clearSelection()
    item.setSelected(True)
    qtbot.waitUntil(lambda: window.inspector.name.text() == name)
    assert node.member_id is not None
    return node.member_id


def _freshness(window: MainWindow) -> str:
    assessment = window.assessment.assessment
    assert assessment is not None
    return next(c.explanation for c in assessment.components if c.key == "freshness")


def test_setting_stance_in_the_inspector_counts_as_checking_it_today(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert _freshness(window).startswith("0 of 2")
    assert any("Views not checked lately" in row for row in _rows(window))
    member_id = _select(qtbot, window, "Lee Park")
    inspector = window.inspector
    inspector.stance.setCurrentIndex(inspector.stance.findData(1))  # as a person picks "+1 …"
    qtbot.waitUntil(lambda: window.controller.repos.committee.get(member_id).stance == 1)
    assert window.controller.repos.committee.get(member_id).last_verified == date.today()
    member_id = _select(qtbot, window, "Sam Okafor")
    inspector.influence.setValue(5)
    qtbot.waitUntil(lambda: window.controller.repos.committee.get(member_id).influence == 5)
    assert window.controller.repos.committee.get(member_id).last_verified == date.today()
    qtbot.waitUntil(lambda: _freshness(window).startswith("2 of 2"), timeout=20_000)
    assert not any("Views not checked lately" in row for row in _rows(window))

    window.undo_action.trigger()  # the influence, and the check it stood for, go back together
    assert window.controller.repos.committee.get(member_id).influence == 4
    assert window.controller.repos.committee.get(member_id).last_verified is None


def test_a_pursuit_of_one_says_there_is_not_enough_to_assess(
    qtbot: QtBot, workspace: Workspace, settings: UiSettings
) -> None:
    document = minimal_document()
    document["accounts"][0]["pursuits"][0]["committee"].pop()
    import_document(workspace, check_document(document))
    window = open_window(qtbot, workspace, settings)
    panel = window.assessment
    qtbot.waitUntil(lambda: panel.assessment is not None and not panel.runner.busy, timeout=20_000)
    assert panel.score.text() == "—"
    assert panel.verdict.text() == "Not enough to assess yet"
    rows = _rows(window)
    assert rows == [panel.assessment.not_enough] and rows[0].startswith("Only Lee Park")
    assert not any("No findings" in row or "agrees with themself" in row for row in rows)
