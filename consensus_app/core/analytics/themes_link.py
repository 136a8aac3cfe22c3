"""The priority themes the assessment needs (DIVERGENT_PRIORITIES), from the theme engine's result."""

from __future__ import annotations

from collections import Counter

from consensus_app.core.analytics.facts import PriorityTheme
from consensus_app.core.themes.pursuit import PursuitThemes


def priority_themes(themes: PursuitThemes) -> tuple[list[PriorityTheme], dict[int, int]]:
    """Each theme its members agree on, with the people who voiced it clearly (confident
    statements only: a loosely related statement or a theme that does not hold together is no
    common ground), and how many priorities each person voiced."""
    voiced = Counter(p.stakeholder_id for p in themes.priorities)
    shared = [
        PriorityTheme(c.theme.label, frozenset(c.stakeholders))
        for c in themes.coverage
        if c.theme.cohesive and c.stakeholders
    ]
    return shared, dict(voiced)
