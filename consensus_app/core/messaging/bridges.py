"""Bridge themes for messaging, from the theme engine (`consensus_app.core.themes.pursuit`)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from consensus_app.core.messaging.model import BridgeTheme
from consensus_app.core.themes.pursuit import PursuitThemes, analyse_pursuit
from models.snapshot import AccountSnapshot


def from_pursuit_themes(themes: PursuitThemes) -> list[BridgeTheme]:
    """The engine's bridges (best first) as messaging's input."""
    by_id = {p.id: p for p in themes.priorities}
    bridges = []
    for bridge in themes.bridges:
        coverage = bridge.coverage
        statements = [(by_id[i].stakeholder_id, by_id[i].text) for i in coverage.priorities if i in by_id]
        bridges.append(
            BridgeTheme(
                label=coverage.theme.label,
                statements=statements,
                stakeholder_ids=list(coverage.stakeholders),
                functions=list(coverage.functions),
                approver_ids=list(coverage.approvers),
                weight=bridge.score,
            )
        )
    return bridges


def pursuit_bridges(
    snapshot: AccountSnapshot, pursuit_id: int, factions: Sequence[Collection[int]] | None = None
) -> list[BridgeTheme]:
    """Theme the pursuit's priorities as the themes panel does and return its bridges, best first.

    Personal priorities are themed too (so the window and the CLI see the same bridges); the
    drafts never quote them to the group.
    """
    return from_pursuit_themes(analyse_pursuit(snapshot, pursuit_id, factions))
