"""The org chart of a real account keeps a window's shape: wide levels go in bands (Qt-free)."""

from __future__ import annotations

import pytest

from consensus_app.core import layouts
from consensus_app.core.committee_view import committee_map
from consensus_app.core.layout_common import COLUMN_PITCH, NODE_HEIGHT, NODE_WIDTH
from consensus_app.core.pursuit_map import Point, PursuitMap
from tests.large_accounts import ACCOUNT_32, ACCOUNT_120
from tests.test_committee_view import document_map


def aspect(positions: dict[int, Point]) -> float:
    xs = [x for x, _ in positions.values()]
    ys = [y for _, y in positions.values()]
    return (max(xs) - min(xs) + NODE_WIDTH) / (max(ys) - min(ys) + NODE_HEIGHT)


def reports_of(pursuit_map: PursuitMap) -> dict[int, list[int]]:
    parents = layouts.reporting_parents(pursuit_map, [n.stakeholder_id for n in pursuit_map.nodes])
    team: dict[int, list[int]] = {}
    for sid, boss in parents.items():
        team.setdefault(boss, []).append(sid)
    return team


@pytest.mark.parametrize("account", [ACCOUNT_32, ACCOUNT_120])
@pytest.mark.parametrize("view", ["everyone", "committee"])
def test_a_ceo_with_twelve_directors_gives_a_picture_shaped_like_the_window(
    account: tuple[int, int], view: str
) -> None:
    everyone = document_map(*account)
    pursuit_map = everyone if view == "everyone" else committee_map(everyone)
    positions = layouts.compute_layout(layouts.LayoutName.ORG, pursuit_map)
    assert 1.0 <= aspect(positions) <= 2.4  # 16:10 is 1.6; the unwrapped chart was 5–12
    assert layouts.overlapping_pairs(positions) == []
    for boss, team in reports_of(pursuit_map).items():
        xs = [positions[sid][0] for sid in team]
        assert all(positions[boss][1] < positions[sid][1] for sid in team)  # managers above
        # and about centred over their team: a row or band with another below it is split
        # around a free column under the manager, where the lines to the later rows run
        assert abs(positions[boss][0] - (min(xs) + max(xs)) / 2) <= COLUMN_PITCH / 2 + 1.0
    assert positions == layouts.compute_layout(layouts.LayoutName.ORG, pursuit_map)  # deterministic


def test_the_ceo_s_directors_go_in_bands_one_under_the_other() -> None:
    pursuit_map = document_map(*ACCOUNT_120)
    positions = layouts.compute_layout(layouts.LayoutName.ORG, pursuit_map)
    directors = reports_of(pursuit_map)[pursuit_map.nodes[0].stakeholder_id]
    assert len(directors) == 12
    bands = sorted({positions[sid][1] for sid in directors})
    assert len(bands) >= 2
    per_band = [sum(1 for sid in directors if positions[sid][1] == y) for y in bands]
    assert max(per_band) <= 8
    # Directors keep their input order, band by band, left to right.
    ordered = sorted(directors, key=lambda sid: (positions[sid][1], positions[sid][0]))
    assert ordered == directors
