"""The priority themes the assessment needs (DIVERGENT_PRIORITIES), from the theme engine's result."""

from __future__ import annotations

from collections import Counter

from consensus_app.core.analytics.facts import PriorityTheme, Voiced
from consensus_app.core.themes.pursuit import PursuitThemes
from models import PriorityKind


def priority_themes(themes: PursuitThemes) -> tuple[list[PriorityTheme], dict[int, int]]:
    """Each theme its members agree on, with the people who voiced it clearly (confident
    statements only: a loosely related statement or a theme that does not hold together is no
    common ground), and how many priorities each person voiced, with their words (`Voiced`:
    each statement and its agreed theme, for the evidence of DIVERGENT_PRIORITIES; personal
    wins are left out of it, they are the mobilizer kits' business)."""
    agreed = [c for c in themes.coverage if c.theme.cohesive and c.stakeholders]
    shared = [PriorityTheme(c.theme.label, frozenset(c.stakeholders)) for c in agreed]
    theme_of = {pid: c.theme.label for c in agreed for pid in c.priorities}
    statements: dict[int, list[tuple[str, str | None]]] = {}
    for record in themes.priorities:
        if record.kind is not PriorityKind.PERSONAL and record.text.strip():
            statements.setdefault(record.stakeholder_id, []).append(
                (record.text.strip(), theme_of.get(record.id))
            )
    counts = Counter(p.stakeholder_id for p in themes.priorities)
    return shared, Voiced(counts, statements)
