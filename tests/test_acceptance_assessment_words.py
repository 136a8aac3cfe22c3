"""What a person reads in the Assessment and Themes tabs, driven on the 32-person account in five
scripts, in English and in the mirrored Persian window: each finding by its title (never a code
such as APPROVER_OPPOSED, which only the JSON keeps), score parts that add up to the headline, bar
labels in their order in a mirrored window, and functions in the committee table's words ("IT")."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar
from pytestqt.qtbot import QtBot

from consensus_app.core.enum_words import function_word
from consensus_app.core.wording import left_to_right
from consensus_app.i18n import _, use_language
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.language import SETTING, apply_language, chosen_language
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.settings import UiSettings
from tests.acceptance_kit import nordlys, window  # noqa: F401 - fixtures
from tests.window_fixtures import open_window, settings  # noqa: F401 - fixtures

CODE = re.compile(r"\b[A-Z]{2,}(?:_[A-Z]+)+\b")  # APPROVER_OPPOSED, NO_MOBILIZER…
BAR = re.compile(r"^\u2066(\d+) / (\d+)\u2069$")


@pytest.fixture
def back_to_english(qapp: QApplication) -> Iterator[None]:
    yield
    apply_language(qapp, "en")


def _assessed(qtbot: QtBot, window: MainWindow) -> None:
    panel, themes = window.assessment, window.insights.themes_service
    # With the committee's themes too: DIVERGENT_PRIORITIES rests on them.
    qtbot.waitUntil(
        lambda: (
            themes.pursuit_id == window.controller.pursuit_id
            and not themes.runner.busy
            and panel.assessment is not None
            and not panel.runner.busy
        ),
        timeout=30_000,
    )


def _persian_window(qtbot: QtBot, workspace: Workspace, settings: UiSettings) -> MainWindow:
    settings.set_text(SETTING, "fa")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_language(app, chosen_language(settings))
    window = open_window(qtbot, workspace, settings)
    qtbot.waitUntil(lambda: window.controller.pursuit_map is not None, timeout=20_000)
    return window


def _finding_rows(window: MainWindow) -> list[str]:
    findings = window.assessment.findings
    return [findings.item(i).text() for i in range(findings.count())]


def _score_parts(window: MainWindow) -> tuple[list[int], list[str], list[str]]:
    """The bars' shown points, their raw labels, and the penalty lines' texts, as laid out."""
    grid = window.assessment.components
    widgets = [grid.itemAt(i).widget() for i in range(grid.count())]
    bars = [w for w in widgets if isinstance(w, QProgressBar)]
    labels = [w.text() for w in widgets if isinstance(w, QLabel)]
    points = []
    for bar in bars:
        shown = BAR.match(bar.text())
        assert shown, f"a bar's label is not '<points> / <weight>' kept left to right: {bar.text()!r}"
        points.append(int(shown.group(1)))
    return points, [b.text() for b in bars], labels


def _check_assessment(window: MainWindow) -> None:
    panel = window.assessment
    assessment = panel.assessment
    assert assessment is not None and assessment.findings and assessment.deductions
    rows = _finding_rows(window)
    assert not [row for row in rows if CODE.search(row)], rows
    points, _, labels = _score_parts(window)
    assert not [label for label in labels if CODE.search(label)], labels
    penalties = sum(d.points for d in assessment.deductions)
    # The parts as shown, less the penalties as shown, are the headline's score.
    assert sum(points) - penalties == assessment.score
    assert panel.score.text() == f"{assessment.score} / 100"
    for part, component in zip(points, assessment.components, strict=True):
        assert abs(part - component.points) < 1


def test_the_assessment_tab_names_findings_and_its_parts_add_up(qtbot: QtBot, window: MainWindow) -> None:
    _assessed(qtbot, window)
    _check_assessment(window)
    rows = _finding_rows(window)
    # The skeptical CFO who signs off, by the finding's title.
    assert any(
        row.startswith("Critical · An approver doubts or opposes it") and "Øystein Bråten" in row
        for row in rows
    )
    _, _, labels = _score_parts(window)
    assert any("An approver doubts or opposes it" in label for label in labels)  # what a penalty is for


def test_the_persian_window_shows_titles_and_bars_in_order(
    qtbot: QtBot, nordlys: Workspace, settings: UiSettings, back_to_english: None
) -> None:
    window = _persian_window(qtbot, nordlys, settings)
    assert window.isRightToLeft()
    _assessed(qtbot, window)
    _check_assessment(window)
    _, texts, _ = _score_parts(window)
    weights = [c.weight for c in window.assessment.assessment.components]  # type: ignore[union-attr]
    # "17 / 20" in its order in the mirrored bar, not "20 / 17": an isolate keeps it left to right.
    assert [t.split(" / ")[1].rstrip("\u2069") for t in texts] == [str(w) for w in weights]
    assert all(t.startswith("\u2066") for t in texts) and left_to_right("x").startswith("\u2066")


def test_the_themes_summary_says_functions_as_the_committee_table_does(
    qtbot: QtBot, window: MainWindow
) -> None:
    themes = window.insights.themes
    qtbot.waitUntil(lambda: "↔" in themes.summary.text(), timeout=30_000)
    summary = themes.summary.text()
    assert "IT" in summary and not re.search(r"\bit\b", summary), summary
    with use_language("en"):
        assert function_word("it") == "IT" and function_word("customer_service") == "customer service"


@pytest.fixture
def multilingual(workspace: Workspace) -> Iterator[Workspace]:
    """The 32-person account with the QA pass's statements in five languages: themes and drafts."""
    from consensus_app.core.interchange import check_document
    from consensus_app.storage.bulk_import import import_document
    from tests.test_brief_reading import account

    import_document(workspace, check_document(account()))
    yield workspace


def _drafts_shown(qtbot: QtBot, window: MainWindow) -> list[str]:
    drafts = window.insights.messaging.drafts
    qtbot.waitUntil(lambda: drafts.count() > 0 and not window.insights.messaging_runner.busy, timeout=60_000)
    return [drafts.item(i).text().split("\n")[-1] for i in range(drafts.count())]


def test_each_draft_names_its_functions_in_the_window_words(
    qtbot: QtBot, multilingual: Workspace, settings: UiSettings
) -> None:
    window = open_window(qtbot, multilingual, settings)
    window.insights.messaging_dock.raise_()
    lines = _drafts_shown(qtbot, window)
    assert any("IT" in line.split(", ") for line in lines), lines
    assert not [line for line in lines if "it" in line.split(", ")], lines


def test_the_persian_window_says_functions_in_persian(
    qtbot: QtBot, multilingual: Workspace, settings: UiSettings, back_to_english: None
) -> None:
    window = _persian_window(qtbot, multilingual, settings)
    window.insights.messaging_dock.raise_()
    with use_language("fa"):
        it, separator = function_word("it"), _(", ")
    assert it not in ("it", "IT")
    lines = _drafts_shown(qtbot, window)
    assert any(it in line.split(separator) for line in lines), lines
    themes = window.insights.themes
    qtbot.waitUntil(lambda: "↔" in themes.summary.text(), timeout=30_000)
    assert it in themes.summary.text() and not re.search(r"\b(?:it|IT)\b", themes.summary.text())
