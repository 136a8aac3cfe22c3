"""The portfolio board's background readiness is the pursuit's real one: with the committee's
themes found from the stored sentence vectors (clustering only), so a pursuit whose functions
voice divergent priorities scores on the board exactly as on its Assessment tab; before its
vectors are stored, its board reading is marked provisional (no themes, nothing encoded).

On the 32-person Nordlys account (its approvers speak Norwegian, Japanese, Persian and English), on both
engines."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from consensus_app.core.analytics import metrics
from consensus_app.core.analytics.assessment import assess
from consensus_app.core.analytics.graphs import build_graphs
from consensus_app.core.analytics.themes_link import priority_themes
from consensus_app.core.pursuit_map import build_pursuit_map
from consensus_app.core.readiness import Reading
from consensus_app.core.themes.pursuit import analyse_pursuit, pursuit_priorities
from consensus_app.core.themes.vectors import vectors_for
from consensus_app.storage.portfolio_board import board_rows
from consensus_app.storage.portfolio_readiness import fill_readiness
from consensus_app.storage.priority_vectors import PriorityVectorRepository
from consensus_app.storage.readiness import readings
from consensus_app.storage.workspace import Workspace
from tests.acceptance_kit import nordlys  # noqa: F401 - fixture

pytestmark = pytest.mark.engines("sqlite", "postgresql")
NOW = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)


def _assessment_tab(workspace: Workspace, pursuit_id: int, account_id: int) -> tuple[int | None, set[str]]:
    """The score and finding codes as the Assessment tab has them (ui/themes_service.py's themes)."""
    snapshot = workspace.repos.accounts.snapshot(account_id)
    pursuit_map = build_pursuit_map(snapshot, pursuit_id)
    factions = metrics.factions(build_graphs(pursuit_map))
    themes = analyse_pursuit(snapshot, pursuit_id, factions, vectors=PriorityVectorRepository(workspace))
    assessment = assess(pursuit_map, NOW.astimezone().date(), *priority_themes(themes))
    return assessment.score, {f.code for f in assessment.findings}


def test_the_boards_score_is_the_assessment_tabs_once_vectors_are_stored(nordlys: Workspace) -> None:
    workspace = nordlys
    rows = board_rows(workspace, NOW.astimezone().date())
    assert len(rows) == 1
    row = rows[0]

    # Nobody has opened the pursuit yet: no stored vectors, so the board's reading is provisional
    # and cannot hold DIVERGENT_PRIORITIES.
    before = fill_readiness(workspace, rows, NOW)[row.pursuit_id]
    assert before.provisional
    assert "DIVERGENT_PRIORITIES" not in {f.code for f in before.findings}
    (kept,) = readings(workspace, row.pursuit_id)
    assert kept.provisional and kept.score == before.score
    assert board_rows(workspace, NOW.astimezone().date())[0].provisional

    # Opening the pursuit stores its priorities' vectors (the Themes tab's worker does this).
    snapshot = workspace.repos.accounts.snapshot(row.account_id)
    items = [(p.id, p.text) for p in pursuit_priorities(snapshot, row.pursuit_id)]
    assert len(items) >= 4  # in four languages
    vectors_for(items, PriorityVectorRepository(workspace))

    score, codes = _assessment_tab(workspace, row.pursuit_id, row.account_id)
    assert "DIVERGENT_PRIORITIES" in codes
    delivered: list[list[tuple[int, Reading]]] = []
    rows = board_rows(workspace, NOW.astimezone().date())
    after = fill_readiness(workspace, rows, NOW, deliver=delivered.append)[row.pursuit_id]
    # The board gets a quick provisional score first, then the one with the themes.
    assert [reading.provisional for batch in delivered for _pid, reading in batch] == [True, False]
    assert not after.provisional
    assert after.score == score != before.score  # the divergent functions cost points, as on the tab
    assert {f.code for f in after.findings} == codes
    (kept,) = readings(workspace, row.pursuit_id)  # the day's reading, replaced
    assert kept.score == score and not kept.provisional
    assert not board_rows(workspace, NOW.astimezone().date())[0].provisional
