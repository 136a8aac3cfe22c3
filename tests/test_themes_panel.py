"""The themes panel in the window: themes arrive from a worker, point at people, feed the assessment."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from consensus_app.storage.demo import create_demo_workspace
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.settings import UiSettings
from tests.window_fixtures import open_window, settings  # noqa: F401 - fixtures


@pytest.fixture
def demo(tmp_path: Path) -> Workspace:
    workspace = create_demo_workspace(tmp_path / "demo.db")
    yield workspace  # type: ignore[misc]
    workspace.close()


@pytest.fixture
def window(qtbot: QtBot, demo: Workspace, settings: UiSettings) -> MainWindow:
    window = open_window(qtbot, demo, settings)
    service = window.insights.themes_service
    qtbot.waitUntil(lambda: service.themes is not None and not service.runner.busy, timeout=30_000)
    panel = window.assessment  # assessed again with the themes once they arrive
    qtbot.waitUntil(lambda: panel._themes is not None and panel.assessment is not None, timeout=30_000)
    qtbot.waitUntil(lambda: not panel.runner.busy, timeout=30_000)
    return window


def test_the_open_pursuits_themes_fill_the_panel(window: MainWindow) -> None:
    panel = window.insights.themes
    themes = window.insights.themes_service.themes
    assert themes is not None and themes.coverage
    assert panel.themes.topLevelItemCount() == len(themes.coverage) + (1 if themes.unthemed else 0)
    assert panel.bridges.count() == min(5, len(themes.bridges)) > 0
    voices = {p.stakeholder_id for p in themes.priorities if p.id not in themes.unthemed}
    assert panel.matrix.rowCount() >= len(voices) and panel.matrix.columnCount() == len(themes.coverage)
    first = panel.themes.topLevelItem(0)
    assert first.childCount() == themes.coverage[0].theme.size  # each statement, in its own words
    assert first.child(0).text(0).startswith("“") and " · fit 0." in first.child(0).text(0)
    assert f"agreement {themes.coverage[0].theme.cohesion:.2f}" in first.text(0)
    assert panel.summary.text().startswith("Themes by meaning (multilingual model)")


def test_selecting_a_bridge_highlights_the_people_it_connects(window: MainWindow) -> None:
    panel = window.insights.themes
    themes = window.insights.themes_service.themes
    assert themes is not None
    panel.bridges.setCurrentRow(0)
    people = set(themes.bridges[0].coverage.stakeholders)
    lit = {n.node.stakeholder_id for n in window.scene.node_items() if n.is_highlighted()}
    assert lit == people and len(people) >= 2


def test_the_assessment_names_functions_with_nothing_in_common_once_themes_arrive(
    qtbot: QtBot, window: MainWindow
) -> None:
    assessment = window.assessment.assessment
    assert assessment is not None
    codes = {f.code for f in assessment.findings}
    themes = window.insights.themes_service.themes
    assert themes is not None
    assert ("DIVERGENT_PRIORITIES" in codes) == bool(themes.unshared_functions)


def test_another_pursuit_gets_its_own_themes(qtbot: QtBot, window: MainWindow) -> None:
    service = window.insights.themes_service
    before = service.themes
    other = next(p for p in window.controller.repos.pursuits.for_account(3))
    window.navigator.select_pursuit(other.id)
    qtbot.waitUntil(lambda: service.themes is not before and not service.runner.busy, timeout=30_000)
    assert service.themes is not None and service.themes.priorities
    members = {m.stakeholder_id for m in window.controller.repos.committee.for_pursuit(other.id)}
    assert {p.stakeholder_id for p in service.themes.priorities} <= members


def test_without_the_model_the_tab_says_themes_come_from_shared_words(
    qtbot: QtBot, demo: Workspace, settings: UiSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CONSENSUS_THEMES_MODEL", "none")  # as where the model failed to install
    window = open_window(qtbot, demo, settings)
    service = window.insights.themes_service
    qtbot.waitUntil(lambda: service.themes is not None and not service.runner.busy, timeout=30_000)
    assert service.themes is not None and service.themes.engine == "words"
    summary = window.insights.themes.summary.text()
    assert summary.startswith("Themes by shared words (the model is not installed)")
    assert window.insights.themes.themes.topLevelItemCount() > 0


def test_loose_and_unthemed_statements_are_shown_apart_and_vectors_are_kept(
    qtbot: QtBot, window: MainWindow
) -> None:
    from consensus_app.storage.priority_vectors import PriorityVectorRepository

    panel = window.insights.themes
    themes = window.insights.themes_service.themes
    assert themes is not None
    shown = [panel.themes.topLevelItem(i) for i in range(panel.themes.topLevelItemCount())]
    children = [top.child(j).text(0) for top in shown for j in range(top.childCount())]
    loose = [c for cov in themes.coverage for c in cov.loose]
    assert sum(text.endswith("loosely related") for text in children) == len(loose)
    if themes.unthemed:
        assert shown[-1].text(0) == f"Unthemed · {len(themes.unthemed)} fit no theme"
    service = window.insights.themes_service
    qtbot.waitUntil(lambda: not service.runner.busy, timeout=60_000)  # then the account's other priorities
    pursuit_map = window.controller.pursuit_map
    assert pursuit_map is not None
    account = window.controller.repos.accounts.snapshot(pursuit_map.account_id)
    stored = PriorityVectorRepository(window.controller.workspace).count(themes.result.model)
    assert stored == len(account.priorities) > len(themes.priorities)  # computed in workers, kept
