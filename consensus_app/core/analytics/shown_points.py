"""The score's parts as whole points that add up to what is shown.

Each component's points are a fraction (16.9 of 20); rounded one by one, six parts can add up to
one more or less than the total the score is made from (17 + 16 + 19 + 0 + 15 + 5 = 72, shown
beside a total of 73). Largest-remainder rounding keeps each part within one point of its exact
value and makes the parts add up to the rounded total, so parts minus penalties read as the
score. The window, the brief and the CLI's text all show these figures.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from consensus_app.core.analytics.results import Assessment, Component


def shown_points(assessment: Assessment) -> list[int]:
    """Each component's whole points, in order: they add up to the score plus the penalties
    (unless the penalties took the score below 0, where it stops)."""
    penalties = sum(d.points for d in assessment.deductions)
    # The score rounds the parts' sum less the (whole) penalties: the parts' total is that plus them.
    exact_total = sum(c.points for c in assessment.components)
    return rounded_parts(assessment.components, round(exact_total - penalties) + penalties)


def rounded_parts(components: Sequence[Component], total: int) -> list[int]:
    """Each component's points as a whole number, in order, adding up to `total` (largest remainder)."""
    exact = [c.points for c in components]
    shown = [math.floor(p) for p in exact]
    left = total - sum(shown)
    # The parts that lost most to flooring get the points back first; ties keep their order.
    by_remainder = sorted(range(len(exact)), key=lambda i: -(exact[i] - shown[i]))
    for i in by_remainder[: max(left, 0)]:
        shown[i] += 1
    return shown
