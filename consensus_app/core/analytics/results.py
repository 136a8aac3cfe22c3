"""What the analytics return: plain, frozen data the window, the CLI and exports read.

Kept apart from the algorithms so the window can import these types at start-up without
importing networkx.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import TYPE_CHECKING

from consensus_app.i18n import N_, _

if TYPE_CHECKING:
    from consensus_app.core.ratings import Disagreement


@dataclass(frozen=True)
class Reach:
    stakeholder_id: int
    reach: float  # 0..1
    network: float  # 0..1, from the graph alone (PageRank scaled to the best)
    stated: float  # 0..1, from the stated influence 1–5


@dataclass(frozen=True)
class Broker:
    stakeholder_id: int
    betweenness: float  # 0..1: share of member-to-member shortest paths through them
    only_path: bool  # an articulation point between committee members


@dataclass(frozen=True)
class InfluencePath:
    source_id: int  # a supportive mobilizer
    target_id: int  # an approver
    path: tuple[int, ...]  # from source to target, inclusive


class Severity(IntEnum):
    INFO = 1
    WARNING = 2
    CRITICAL = 3

    @property
    def code(self) -> str:
        """What JSON and the CLI's --json keep: "info", "warning", "critical"."""
        return self.name.lower()

    @property
    def label(self) -> str:
        """The word shown to people, in the current language."""
        return _(_SEVERITY_WORDS[self.name])


_SEVERITY_WORDS = {"INFO": N_("info"), "WARNING": N_("warning"), "CRITICAL": N_("critical")}


@dataclass(frozen=True)
class Said:
    """One statement, in the speaker's own words, and the theme the themes put it in."""

    stakeholder_id: int
    name: str
    text: str
    theme: str | None  # the theme its members agree on that holds it; None: no such theme


@dataclass(frozen=True)
class ComparedSide:
    """One function of a compared pair: who weighs in for it, and what they said."""

    function: str  # a `Function` value
    stakeholders: tuple[int, ...]  # its people who voiced priorities, weightiest first
    said: tuple[Said, ...]  # a few of their statements, weightiest speaker first
    themes: tuple[str, ...]  # every agreed theme its people are in


@dataclass(frozen=True)
class ComparedPair:
    """Two functions whose statements share no agreed theme (DIVERGENT_PRIORITIES' evidence)."""

    first: ComparedSide
    second: ComparedSide
    weight: float  # how much the pair weighs in: influence, an approver's counted twice
    both_sign_off: bool
    why: str


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    message: str
    stakeholders: tuple[int, ...] = ()
    research: str | None = field(default=None, compare=False)
    # What was compared (DIVERGENT_PRIORITIES): the weightiest pairs, and how many more there are.
    compared: tuple[ComparedPair, ...] = field(default=(), compare=False)
    compared_more: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Component:
    key: str
    label: str
    weight: int  # points it can contribute; the weights add up to 100
    value: float  # 0..1
    explanation: str

    @property
    def points(self) -> float:
        return self.weight * self.value


@dataclass(frozen=True)
class Deduction:
    """Points a cause of trouble takes off the score: its most severe finding counts, once."""

    cause: str  # "opposition", "mobilizers", …
    label: str  # words for people
    points: int
    codes: tuple[str, ...]  # the findings behind it


@dataclass(frozen=True)
class Assessment:
    score: int
    components: list[Component]
    findings: list[Finding]
    factions: list[list[int]]
    brokers: list[Broker]
    influence: list[Reach]
    isolated: list[int]
    paths: list[InfluencePath]
    # Set when there is too little to assess (fewer than two members): what to add first.
    # The score, components and findings are then empty and mean nothing.
    not_enough: str | None = None
    deductions: list[Deduction] = field(default_factory=list)
    # Where colleagues' own views of a member part (core/ratings.py), largest first: noted beside
    # the score, which uses the agreed values (docs/scoring.md).
    disagreements: list[Disagreement] = field(default_factory=list)

    @property
    def assessable(self) -> bool:
        return self.not_enough is None
