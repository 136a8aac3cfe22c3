"""Themes by meaning in any language, an automatic k that does not over-split, and confidence
(issue 13, items 1, 3 and 4), on the labelled committee sets in tests/committee_sets.py."""

from __future__ import annotations

import pytest
from sklearn.metrics import normalized_mutual_info_score

from consensus_app.core.messaging.bridges import from_pursuit_themes
from consensus_app.core.themes import Theme, ThemeResult, find_themes
from consensus_app.core.themes.pursuit import PursuitThemes, analyse_pursuit, rank_bridges, theme_coverage
from consensus_app.core.themes.semantic import script_of
from tests.committee_sets import COMMITTEES, PERSIAN_ENGLISH, flatten
from tests.test_themes_pursuit import PURSUIT, committee_snapshot, pursuit_priorities


def test_persian_and_english_paraphrases_come_together_not_by_script() -> None:
    texts, truth = flatten(PERSIAN_ENGLISH)
    result = find_themes(texts, k=6)
    assert result.engine == "meaning" and result.model
    assert normalized_mutual_info_score(truth, result.assignments) >= 0.60
    for theme in result.themes:  # every theme voiced in both scripts, as the committee did
        assert {script_of(texts[i]) for i in theme.members} == {"ARABIC", "LATIN"}


@pytest.mark.parametrize("name", list(COMMITTEES))
def test_automatic_k_never_splits_a_committee_into_more_than_twice_its_themes(name: str) -> None:
    texts, _names = flatten(COMMITTEES[name])
    result = find_themes(texts)
    true_k = len(COMMITTEES[name])
    assert 2 <= len(result.themes) <= 2 * true_k
    assert all(theme.size >= 2 for theme in result.themes)  # one statement alone is unthemed, not a theme
    assert sorted(result.unthemed + [i for t in result.themes for i in t.members]) == list(range(len(texts)))
    assert all(result.assignments[i] == -1 for i in result.unthemed)


def test_every_theme_has_a_cohesion_and_every_statement_its_fit() -> None:
    texts, _ = flatten(COMMITTEES["hospital, English"])
    result = find_themes(texts)
    for theme in result.themes:
        assert (
            len(theme.similarity) == theme.size
            and -1.0 <= min(theme.similarity) <= max(theme.similarity) <= 1.0
        )
        assert theme.cohesion == pytest.approx(sum(theme.similarity) / theme.size, abs=1e-3)
        assert set(theme.confident_members) <= set(theme.members)
        assert all(theme.is_loose(m) == (m not in theme.confident_members) for m in theme.members)
    forced = find_themes(texts, k=1)  # everything in one theme: its members do not agree
    assert not forced.themes[0].cohesive and forced.themes[0].cohesion < result.themes[0].cohesion


def test_a_theme_whose_members_do_not_agree_is_never_a_bridge() -> None:
    snapshot = committee_snapshot()
    everything = analyse_pursuit(snapshot, PURSUIT, k=1)  # one theme across every function
    (theme,) = [*everything.coverage, *everything.dissolved]
    assert not theme.theme.cohesive and everything.bridges == [] and not theme.shared
    # With nobody clearly in it, it is not listed as a theme at all: its statements are unthemed.
    assert everything.dissolved == [theme] or theme.stakeholders
    assert (
        set(everything.unthemed) >= {everything.priorities[i].id for i in theme.theme.members}
        or theme.stakeholders
    )
    assert everything.unshared_functions  # no common ground claimed between the functions


def test_loosely_related_statements_count_for_no_bridge_and_no_draft() -> None:
    priorities = pursuit_priorities(committee_snapshot(), PURSUIT)[:7]
    loose = 0.01  # below the line
    themes = [
        Theme(0, "Lower run costs", ["cost"], [0, 1, 2], [0.4, 0.35, loose], 0.25, 0.1, 0.15),
        Theme(1, "Single sign-on", ["sso"], [3, 4], [0.3, 0.3], 0.3, 0.1, 0.15),
        Theme(2, "Beds", ["bed"], [5, 6], [0.05, 0.05], 0.05, 0.1, 0.15),
    ]
    result = ThemeResult(themes, [0, 0, 0, 1, 1, 2, 2], [], "meaning", "test-model")
    from consensus_app.core.pursuit_map import build_pursuit_map

    nodes = build_pursuit_map(committee_snapshot(), PURSUIT).nodes
    coverage = theme_coverage(result, priorities, nodes)
    cost = coverage[0]
    assert priorities[2].id in cost.loose and priorities[2].id not in cost.priorities
    assert priorities[2].stakeholder_id not in cost.stakeholders  # the CIO voiced cost only loosely
    bridges = rank_bridges(coverage, [n for n in nodes if n.on_committee])
    assert [b.coverage.theme.id for b in bridges] == [0, 1]  # beds: members do not agree
    analysis = PursuitThemes(result, priorities, coverage, bridges, [], [])
    drafted = from_pursuit_themes(analysis)
    quoted = {text for bridge in drafted for _, text in bridge.statements}
    assert priorities[2].text not in quoted and priorities[0].text in quoted
