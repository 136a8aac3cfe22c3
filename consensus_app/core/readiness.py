"""Readiness over time: an assessment kept as a dated reading, the trend of readings, and what
changed since the last review (the score, the findings resolved and raised, who moved stage).

A reading is plain data that round-trips through JSON (the stored snapshot's body and the
interchange file), so a review months later reads exactly what the team saw that day.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from consensus_app.core.analytics.finding_titles import finding_title
from consensus_app.i18n import _
from models import BuyingStage

if TYPE_CHECKING:
    from consensus_app.core.analytics.results import Assessment
    from consensus_app.core.pursuit_map import PursuitMap


@dataclass(frozen=True)
class NotedFinding:
    code: str
    severity: str  # "critical", "warning", "info"
    message: str
    stakeholders: tuple[int, ...] = ()

    @property
    def identity(self) -> tuple[str, tuple[int, ...]]:
        """The same finding on two days: the same code about the same people (words may differ)."""
        return (self.code, tuple(sorted(self.stakeholders)))


@dataclass(frozen=True)
class Reading:
    """The pursuit's assessment as it stood on `day`; `score` None: too little to assess then."""

    day: date
    taken_at: datetime
    score: int | None
    reviewed: bool = False
    components: dict[str, float] = field(default_factory=dict)  # component key -> points
    findings: tuple[NotedFinding, ...] = ()
    stages: dict[int, BuyingStage] = field(default_factory=dict)  # members' known stages
    names: dict[int, str] = field(default_factory=dict)  # members' names that day
    # Taken without the committee's themes (the portfolio board, before the priorities' sentence
    # vectors were stored): DIVERGENT_PRIORITIES could not count; the Assessment tab's replaces it.
    provisional: bool = False

    def same_result(self, other: Reading | None) -> bool:
        """Nothing a reader would see differs (the time it was taken aside)."""
        return other is not None and (
            self.score,
            self.components,
            self.findings,
            self.stages,
            self.names,
        ) == (other.score, other.components, other.findings, other.stages, other.names)


def reading_of(
    assessment: Assessment,
    pursuit_map: PursuitMap,
    taken_at: datetime,
    reviewed: bool = False,
    provisional: bool = False,
) -> Reading:
    members = pursuit_map.members()
    return Reading(
        day=taken_at.astimezone().date(),  # the user's own day, as the assessment's today
        taken_at=taken_at,
        score=assessment.score if assessment.assessable else None,
        reviewed=reviewed,
        components={c.key: round(c.points, 2) for c in assessment.components},
        findings=tuple(
            NotedFinding(f.code, f.severity.code, f.message, f.stakeholders) for f in assessment.findings
        ),
        stages={m.stakeholder_id: m.journey_stage for m in members if m.journey_stage is not None},
        names={m.stakeholder_id: m.name for m in members},
        provisional=provisional,
    )


# --- stored form -------------------------------------------------------------------------------


def body_of(reading: Reading) -> dict[str, Any]:
    """Everything but the day, the time, the score and the kind (columns of their own)."""
    return {
        **({"provisional": True} if reading.provisional else {}),
        "components": reading.components,
        "findings": [
            {
                "code": f.code,
                "severity": f.severity,
                "message": f.message,
                "stakeholders": list(f.stakeholders),
            }
            for f in reading.findings
        ],
        "stages": {str(sid): stage.value for sid, stage in reading.stages.items()},
        "names": {str(sid): name for sid, name in reading.names.items()},
    }


def reading_from(
    day: date, taken_at: datetime, score: int | None, reviewed: bool, body: dict[str, Any] | str
) -> Reading:
    """A reading from its stored parts; `body` as JSON text or already parsed."""
    parts = json.loads(body) if isinstance(body, str) else body
    return Reading(
        day=day,
        taken_at=taken_at,
        score=score,
        reviewed=reviewed,
        components={str(k): float(v) for k, v in parts.get("components", {}).items()},
        findings=tuple(
            NotedFinding(
                f["code"], f["severity"], f["message"], tuple(int(s) for s in f.get("stakeholders", []))
            )
            for f in parts.get("findings", [])
        ),
        stages={int(k): BuyingStage(v) for k, v in parts.get("stages", {}).items() if v},
        names={int(k): str(v) for k, v in parts.get("names", {}).items()},
        provisional=bool(parts.get("provisional", False)),
    )


# --- reading them together ---------------------------------------------------------------------


def trend(readings: Sequence[Reading]) -> list[tuple[date, int]]:
    """One score a day (the day's own reading, else its review), oldest first; days that could
    not be assessed are left out."""
    by_day: dict[date, Reading] = {}
    for reading in sorted(readings, key=lambda r: (r.day, not r.reviewed, r.taken_at)):
        by_day[reading.day] = reading  # the day's own reading sorts last, so it wins
    return [(day, r.score) for day, r in sorted(by_day.items()) if r.score is not None]


@dataclass(frozen=True)
class StageChange:
    stakeholder_id: int
    name: str
    before: BuyingStage | None
    after: BuyingStage | None


@dataclass(frozen=True)
class SinceReview:
    """What changed between the last review and now."""

    reviewed_on: date
    score_then: int | None
    score_now: int | None
    resolved: tuple[NotedFinding, ...]
    raised: tuple[NotedFinding, ...]
    moved: tuple[StageChange, ...]
    components: dict[str, float]  # component key -> change in points
    names: dict[int, str] = field(default_factory=dict)  # everyone either reading names

    @property
    def delta(self) -> int | None:
        if self.score_then is None or self.score_now is None:
            return None
        return self.score_now - self.score_then

    @property
    def unchanged(self) -> bool:
        return not (self.delta or self.resolved or self.raised or self.moved)


def last_review(readings: Sequence[Reading], before: datetime | None = None) -> Reading | None:
    reviews = [r for r in readings if r.reviewed and (before is None or r.taken_at <= before)]
    return max(reviews, key=lambda r: r.taken_at, default=None)


def since_review(readings: Sequence[Reading], now: Reading) -> SinceReview | None:
    """`now` against the last review taken before it; None when there has been no review."""
    review = last_review(readings, before=now.taken_at)
    if review is None:
        return None
    then_ids = {f.identity for f in review.findings}
    now_ids = {f.identity for f in now.findings}
    moved = tuple(  # members then and now whose stage differs (a stage becoming known counts)
        StageChange(sid, name, review.stages.get(sid), now.stages.get(sid))
        for sid, name in now.names.items()
        if sid in review.names and review.stages.get(sid) != now.stages.get(sid)
    )
    keys = dict.fromkeys([*review.components, *now.components])
    return SinceReview(
        reviewed_on=review.day,
        score_then=review.score,
        score_now=now.score,
        resolved=tuple(f for f in review.findings if f.identity not in now_ids),
        raised=tuple(f for f in now.findings if f.identity not in then_ids),
        moved=moved,
        components={
            k: round(now.components.get(k, 0.0) - review.components.get(k, 0.0), 2)
            for k in keys
            if abs(now.components.get(k, 0.0) - review.components.get(k, 0.0)) >= 0.5
        },
        names={**review.names, **now.names},
    )


def _named(finding: NotedFinding, names: dict[int, str], shown: int = 3) -> str:
    """ "Moved back a stage (Ana Lima, Dr. Brandt)": the finding's title and whom it concerns, the
    first few by name."""
    who = [names.get(sid) or _("someone no longer on the committee") for sid in finding.stakeholders]
    if not who:
        return finding_title(finding.code)
    more = _(" and {count} more").format(count=len(who) - shown) if len(who) > shown else ""
    listed = _(", ").join(who[:shown]) + more
    return _("{code} ({names})").format(code=finding_title(finding.code), names=listed)


def since_review_lines(change: SinceReview) -> list[str]:
    """The comparison in sentences, as the window and the brief say it."""
    from consensus_app.core.journey import stage_words

    if change.delta is not None:
        lines = [
            _("Score {then} → {now} ({delta}) since the review on {day}.").format(
                then=change.score_then,
                now=change.score_now,
                delta=f"{change.delta:+d}",
                day=change.reviewed_on.isoformat(),
            )
        ]
    else:
        lines = [_("Since the review on {day}:").format(day=change.reviewed_on.isoformat())]
    lines += [_("Resolved: {finding}").format(finding=_named(f, change.names)) for f in change.resolved]
    lines += [_("New: {finding}").format(finding=_named(f, change.names)) for f in change.raised]
    lines += [
        _("Moved: {name}, {before} → {after}").format(
            name=m.name, before=stage_words(m.before).lower(), after=stage_words(m.after).lower()
        )
        for m in change.moved
    ]
    if change.unchanged:
        lines.append(_("Nothing has changed since then."))
    return lines
