"""What the assessment knows about one pursuit, computed once and shared by every rule."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from consensus_app.core.analytics import metrics
from consensus_app.core.analytics.graphs import PursuitGraphs, build_graphs
from consensus_app.core.analytics.results import Broker, Reach
from consensus_app.core.pursuit_map import MapNode, PursuitMap

ENGAGED_WITHIN_DAYS = 30  # an approver not engaged for longer has gone cold
VERIFIED_WITHIN_DAYS = 90  # an assessment older than this is a guess
THREADED_WITHIN_DAYS = 90  # who counts as a live thread into the account
RESEARCH_AVERAGE_SIGN_OFFS = 5.4


@dataclass(frozen=True)
class PriorityTheme:
    """One theme of the committee's priorities: who voiced it (stakeholder ids)."""

    label: str
    stakeholders: frozenset[int]


class Voiced(dict[int, int]):
    """How many priorities each person voiced (stakeholder id → count), with their words:
    `statements[id]` holds (text, agreed theme or None) for each, in the order they were themed.
    A plain count dict still works everywhere; the words let DIVERGENT_PRIORITIES show what it
    compared."""

    def __init__(
        self,
        counts: Mapping[int, int] | None = None,
        statements: Mapping[int, Sequence[tuple[str, str | None]]] | None = None,
    ) -> None:
        super().__init__(counts or {})
        self.statements: dict[int, list[tuple[str, str | None]]] = {
            sid: list(said) for sid, said in (statements or {}).items()
        }


@dataclass
class Facts:
    pursuit_map: PursuitMap
    today: date
    graphs: PursuitGraphs
    members: list[MapNode]
    factions: list[list[int]]
    brokers: list[Broker]
    reach: list[Reach]
    isolated: list[int]
    themes: Sequence[PriorityTheme] | None  # None: the themes have not been computed
    voiced: dict[int, int] = field(default_factory=dict)  # stakeholder id -> number of priorities

    @property
    def statements(self) -> dict[int, list[tuple[str, str | None]]]:
        """Each person's statements with their agreed theme, when the themes came with them."""
        return self.voiced.statements if isinstance(self.voiced, Voiced) else {}

    @property
    def approvers(self) -> list[MapNode]:
        return [m for m in self.members if m.approver]

    @property
    def supporters(self) -> list[MapNode]:
        return [m for m in self.members if m.stance >= 1]

    @property
    def supportive_mobilizers(self) -> list[MapNode]:
        return [m for m in self.supporters if m.profile.is_mobilizer]

    def engaged(self, node: MapNode, within_days: int = ENGAGED_WITHIN_DAYS) -> bool:
        return node.last_engaged is not None and (self.today - node.last_engaged).days <= within_days

    def verified(self, node: MapNode) -> bool:
        return (
            node.last_verified is not None and (self.today - node.last_verified).days <= VERIFIED_WITHIN_DAYS
        )

    def name(self, stakeholder_id: int) -> str:
        return self.graphs.nodes[stakeholder_id].name


def gather_facts(
    pursuit_map: PursuitMap,
    today: date,
    themes: Sequence[PriorityTheme] | None = None,
    voiced: dict[int, int] | None = None,
) -> Facts:
    graphs = build_graphs(pursuit_map)
    return Facts(
        pursuit_map=pursuit_map,
        today=today,
        graphs=graphs,
        members=pursuit_map.members(),
        factions=metrics.factions(graphs),
        brokers=metrics.brokers(graphs),
        reach=metrics.influence_reach(graphs),
        isolated=metrics.isolated_members(graphs),
        themes=themes,
        voiced=voiced or {},
    )
