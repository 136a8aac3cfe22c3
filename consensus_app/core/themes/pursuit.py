"""Themes of one pursuit: who shares what, which themes bridge the group, and where it is split.

Plain data in (an `AccountSnapshot`, optional factions as sets of stakeholder ids, computed
by the analytics), plain data out. A theme is *shared* when its members agree (cohesion) and
its confident statements span at least two stakeholders of different functions, else
*divergent*. A *bridge* is a shared theme ranked by how much of the divided group it connects:
the committee's influence, its functions, its factions and its approvers' influence
(influence 1–5 weights a person). Loosely related statements are shown with their theme but
count for none of this (engine.py, confidence.py).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations

from consensus_app.core.cancellable import ProgressCallback, StopCallback
from consensus_app.core.pursuit_map import MapNode, build_pursuit_map
from consensus_app.core.themes.corrections import NO_THEME, Pinning, pinning_for
from consensus_app.core.themes.engine import Theme, ThemeResult
from consensus_app.core.themes.remembered import remembered_find_themes
from consensus_app.core.themes.vectors import VectorStore, vectors_for
from consensus_app.i18n import ngettext
from models import Function, PriorityKind
from models.snapshot import AccountSnapshot
from models.tables import PriorityRecord

Factions = Sequence[Collection[int]]


@dataclass(frozen=True)
class ThemeCoverage:
    """One theme and the people behind it."""

    theme: Theme
    priorities: list[int]  # priority ids of its confident statements, in the order they were themed
    stakeholders: list[int]  # stakeholder ids behind those, first statement first
    functions: list[Function]  # sorted
    approvers: list[int]  # the stakeholders among them who formally sign off
    factions: list[int] = field(default_factory=list)  # indices into the factions given
    loose: list[int] = field(default_factory=list)  # priority ids only loosely related to it

    @property
    def shared(self) -> bool:
        return self.theme.cohesive and len(self.stakeholders) >= 2 and len(self.functions) >= 2

    @property
    def divergent(self) -> bool:
        return not self.shared


@dataclass(frozen=True)
class Bridge:
    """A shared theme and how much of the group it reaches (each share 0..1)."""

    coverage: ThemeCoverage
    score: float  # the mean of the shares below that apply
    reach: dict[str, float]  # "stakeholders" (by influence), "functions", "factions", "approvers"


@dataclass(frozen=True)
class PursuitThemes:
    result: ThemeResult
    priorities: list[PriorityRecord]  # the statements themed, in order (result indices point here)
    coverage: list[ThemeCoverage]  # by theme id
    bridges: list[Bridge]  # best first
    unshared_functions: list[tuple[Function, Function]]  # function pairs with no theme in common
    unshared_factions: list[tuple[int, int]]  # faction index pairs with no theme in common
    unthemed: list[int] = field(default_factory=list)  # priority ids that fit no theme
    # Themes none of whose statements clearly belong (members do not agree): not listed as
    # themes; their statements are among `unthemed`.
    dissolved: list[ThemeCoverage] = field(default_factory=list)
    # Statements the seller took out of the themes (moved to no theme, or in a theme marked
    # "not a theme"): among `unthemed` too.
    set_aside: list[int] = field(default_factory=list)

    @property
    def engine(self) -> str:
        """ "meaning" when the multilingual encoder placed the statements, "words" without it."""
        return self.result.engine

    @property
    def shared(self) -> list[ThemeCoverage]:
        return [c for c in self.coverage if c.shared]

    @property
    def divergent(self) -> list[ThemeCoverage]:
        return [c for c in self.coverage if c.divergent]

    def summary(self) -> str:
        """ "5 themes from 40 priorities; 2 are shared by people of different functions." """
        return ngettext(
            "{themes} themes from {priorities} priorities; {shared} is shared by people of "
            "different functions.",
            "{themes} themes from {priorities} priorities; {shared} are shared by people of "
            "different functions.",
            len(self.shared),
        ).format(themes=len(self.coverage), priorities=len(self.priorities), shared=len(self.shared))


def pursuit_priorities(
    snapshot: AccountSnapshot, pursuit_id: int, kinds: Collection[PriorityKind] | None = None
) -> list[PriorityRecord]:
    """The committee's priorities for this pursuit: account-wide ones and those scoped to it."""
    members = {m.stakeholder_id for m in snapshot.committee.get(pursuit_id, [])}
    return [
        p
        for p in snapshot.priorities
        if p.stakeholder_id in members
        and p.pursuit_id in (None, pursuit_id)
        and (kinds is None or p.kind in kinds)
    ]


def theme_coverage(
    result: ThemeResult,
    priorities: Sequence[PriorityRecord],
    people: Iterable[MapNode],
    factions: Factions | None = None,
) -> list[ThemeCoverage]:
    """Each theme's priorities, stakeholders, functions, approvers and factions.

    `result` must come from the priorities' texts in this order; `people` are the map's nodes
    (function for everyone, approver only for committee members).
    """
    nodes = {n.stakeholder_id: n for n in people}
    coverage = []
    for theme in result.themes:
        confident = theme.confident_members
        ids = [priorities[i].stakeholder_id for i in confident]
        stakeholders = list(dict.fromkeys(ids))
        functions = sorted({nodes[s].function for s in stakeholders if s in nodes})
        approvers = [s for s in stakeholders if s in nodes and nodes[s].approver]
        covered = [i for i, faction in enumerate(factions or []) if any(s in faction for s in stakeholders)]
        loose = [priorities[i].id for i in theme.members if i not in set(confident)]
        coverage.append(
            ThemeCoverage(
                theme,
                [priorities[i].id for i in confident],
                stakeholders,
                functions,
                approvers,
                covered,
                loose,
            )
        )
    return coverage


def rank_bridges(
    coverage: Sequence[ThemeCoverage], members: Sequence[MapNode], factions: Factions | None = None
) -> list[Bridge]:
    """Shared themes, best bridge first: the mean of the shares of the committee they reach.

    Shares: stakeholders weighted by influence; functions; factions (when two or more are
    given); approvers weighted by influence (when the committee has any).
    """
    influence = {m.stakeholder_id: max(1, m.influence) for m in members}
    total = sum(influence.values())
    functions = {m.function for m in members}
    approvers = {m.stakeholder_id: influence[m.stakeholder_id] for m in members if m.approver}
    bridges = []
    for item in coverage:
        if not item.shared:  # one function, one person, or members who do not agree
            continue
        reach = {
            "stakeholders": sum(influence.get(s, 0) for s in item.stakeholders) / total if total else 0.0,
            "functions": len(functions.intersection(item.functions)) / len(functions) if functions else 0.0,
        }
        if factions is not None and len(factions) >= 2:
            reach["factions"] = len(item.factions) / len(factions)
        if approvers:
            reach["approvers"] = sum(approvers.get(s, 0) for s in item.stakeholders) / sum(approvers.values())
        bridges.append(Bridge(item, sum(reach.values()) / len(reach), reach))
    bridges.sort(key=lambda b: (-b.score, -len(b.coverage.stakeholders), b.coverage.theme.id))
    return bridges


def functions_without_common_theme(
    coverage: Sequence[ThemeCoverage], voiced: Collection[Function] | None = None
) -> list[tuple[Function, Function]]:
    """Pairs of functions (those with any priority: `voiced`, else those in a theme) that share
    no theme their members agree on, by confident statements: the divergent priorities of a
    committee, for the analytics' DIVERGENT_PRIORITIES finding."""
    present = sorted(set(voiced or ()) | {f for c in coverage for f in c.functions})
    together = {pair for c in coverage if c.theme.cohesive for pair in combinations(c.functions, 2)}
    return [pair for pair in combinations(present, 2) if pair not in together]


def factions_without_common_theme(
    coverage: Sequence[ThemeCoverage], factions: Factions, voiced: Collection[int] | None = None
) -> list[tuple[int, int]]:
    """Pairs of factions (indices; those with any priority: `voiced`, else those in a theme)
    that share no theme their members agree on."""
    present = sorted(set(voiced or ()) | {i for c in coverage for i in c.factions})
    together = {pair for c in coverage if c.theme.cohesive for pair in combinations(sorted(c.factions), 2)}
    return [pair for pair in combinations(present, 2) if pair not in together]


def analyse_pursuit(
    snapshot: AccountSnapshot,
    pursuit_id: int,
    factions: Factions | None = None,
    k: int | None = None,
    lang: str = "auto",
    kinds: Collection[PriorityKind] | None = None,
    progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
    vectors: VectorStore | None = None,
) -> PursuitThemes:
    """Theme a pursuit's priorities and relate the themes to its committee (see the module doc).

    vectors: where the priorities' sentence vectors are kept (the workspace's store); the
    missing ones are computed and kept there. Without a store they are computed each time.
    """
    priorities = pursuit_priorities(snapshot, pursuit_id, kinds)
    items = [(p.id, p.text) for p in priorities]
    stage = progress
    found, model = vectors_for(items, vectors, _part(progress, 0.0, 0.6), should_stop)
    if found is not None:
        stage = _part(progress, 0.6, 1.0)
    # The same statements, vectors and corrections give the same themes: found once (remembered.py).
    result = remembered_find_themes(
        [p.text for p in priorities],
        k,
        lang,
        stage,
        should_stop,
        vectors=found,
        model=model,
        pinning=(pinning := pinning_for(priorities, snapshot.theme_corrections)),
    )
    nodes = build_pursuit_map(snapshot, pursuit_id).nodes
    every = theme_coverage(result, priorities, nodes, factions)
    coverage = [c for c in every if c.stakeholders]
    dissolved = [c for c in every if not c.stakeholders]
    unthemed = [priorities[i].id for i in result.unthemed]
    unthemed += [priorities[i].id for c in dissolved for i in c.theme.members]
    members = [n for n in nodes if n.on_committee]
    function_of = {n.stakeholder_id: n.function for n in nodes}
    voiced_functions = {function_of[p.stakeholder_id] for p in priorities if p.stakeholder_id in function_of}
    speakers = {p.stakeholder_id for p in priorities}
    voiced_factions = [i for i, faction in enumerate(factions or []) if speakers & set(faction)]
    return PursuitThemes(
        result,
        priorities,
        coverage,
        rank_bridges(coverage, members, factions),
        functions_without_common_theme(coverage, voiced_functions),
        factions_without_common_theme(coverage, factions, voiced_factions) if factions else [],
        unthemed,
        dissolved,
        set_aside(priorities, pinning, set(unthemed)),
    )


def set_aside(priorities: Sequence[PriorityRecord], pinning: Pinning | None, unthemed: set[int]) -> list[int]:
    """The unthemed statements that are so because the seller said so."""
    if pinning is None:
        return []
    return [
        p.id
        for p, pin in zip(priorities, pinning.pins, strict=True)
        if p.id in unthemed and (pin == NO_THEME or pin in pinning.dismissed)
    ]


def _part(progress: ProgressCallback | None, start: float, end: float) -> ProgressCallback | None:
    if progress is None:
        return None
    report = progress
    return lambda fraction: report(start + (end - start) * fraction)
