"""The Assessment tab shows what DIVERGENT_PRIORITIES compared, driven on the 32-person account:
selecting the finding lists each pair of functions, why they count as apart, and each side's
statements in the speaker's own words (Japanese, Persian right to left), naming who said it;
clicking a statement lights its speaker up on the map."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from consensus_app.ui.finding_details import plain
from consensus_app.ui.main_window import MainWindow
from tests.acceptance_kit import covers, nordlys, person_id, window  # noqa: F401 - fixture
from tests.window_fixtures import settings  # noqa: F401 - fixture


def _click(qtbot: QtBot, items: QListWidget, row: int) -> None:
    items.scrollToItem(items.item(row))
    qtbot.mouseClick(
        items.viewport(), Qt.MouseButton.LeftButton, pos=items.visualItemRect(items.item(row)).center()
    )


def _divergent_row(window: MainWindow) -> int:
    findings = window.assessment.findings
    rows = [i for i in range(findings.count()) if "Priorities far apart" in findings.item(i).text()]
    return rows[0] if rows else -1


@covers("panel:assessment.compared")
def test_selecting_divergent_priorities_shows_the_statements_compared(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = window.assessment
    window.assessment_dock.raise_()
    # The finding needs the themes, which arrive after the first assessment.
    qtbot.waitUntil(lambda: _divergent_row(window) >= 0, timeout=30_000)
    details = panel.finding_details
    assert not details.isVisible()  # nothing compared is shown before a finding is chosen
    _click(qtbot, panel.findings, _divergent_row(window))
    assert details.isVisible()
    shown = [plain(panel.compared.item(i).text()) for i in range(panel.compared.count())]
    headings = [row for row in shown if "↔" in row]
    # Finance, IT and Legal each have an approver who voiced priorities and share no theme.
    assert set(headings) == {
        "Finance ↔ IT · both sign off",
        "Finance ↔ Legal · both sign off",
        "IT ↔ Legal · both sign off",
    }
    # Under each, why they count as apart.
    reasons = [shown[shown.index(row) + 1] for row in headings]
    assert all("No theme its members agree on" in why or why.startswith("Neither") for why in reasons)
    # Each statement in its speaker's words, named, as the workspace holds it.
    repos = window.controller.repos
    stored = {
        p.text for s in repos.stakeholders.for_account(1) for p in repos.priorities.for_stakeholder(s.id)
    }
    cfo = "“Hold opex flat through 2027”\n— Øystein Bråten, Finance · in no agreed theme"
    assert cfo in shown and "Hold opex flat through 2027" in stored
    persian = next(i for i, row in enumerate(shown) if "پریسا رحیمی" in row)
    item = panel.compared.item(persian)
    assert shown[persian].startswith("“قراردادها باید شفاف باشند”") and "قراردادها باید شفاف باشند" in stored
    assert item.textAlignment() & Qt.AlignmentFlag.AlignRight  # Persian reads right to left
    assert any(row.startswith("“データ基盤を一つにまとめたい”\n— 高橋 健太, IT") for row in shown)
    # Clicking a statement finds who said it on the map.
    _click(qtbot, panel.compared, persian)
    assert set(window.scene._highlighted) == {person_id(window, "پریسا رحیمی")}
    # Another finding compares nothing: the statements go away.
    other = next(i for i in range(panel.findings.count()) if i != _divergent_row(window))
    _click(qtbot, panel.findings, other)
    assert not details.isVisible()
