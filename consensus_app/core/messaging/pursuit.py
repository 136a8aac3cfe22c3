"""Everything the messaging panel and the CLI show for one pursuit, in one call."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from consensus_app.core.messaging.drafting import draft_messages
from consensus_app.core.messaging.kits import mobilizer_kits
from consensus_app.core.messaging.model import BridgeTheme, Draft, Kit
from consensus_app.core.pursuit_map import PursuitMap, build_pursuit_map
from models import BuyingStage
from models.snapshot import AccountSnapshot


@dataclass(frozen=True)
class PursuitMessaging:
    stage: BuyingStage
    bridges: list[BridgeTheme]
    drafts: list[Draft]
    kits: list[Kit]
    statements: tuple[str, ...] = ()  # the committee's own words, for checking edited drafts


def messaging_for_pursuit(
    snapshot: AccountSnapshot,
    pursuit_id: int,
    bridges: Sequence[BridgeTheme] | None = None,
    *,
    factions: Sequence[Collection[int]] | None = None,
    pursuit_map: PursuitMap | None = None,
    max_messages: int = 3,
) -> PursuitMessaging:
    """Drafts for the pursuit's top bridges and a kit for each supportive mobilizer.

    bridges: as computed elsewhere (e.g. by the themes panel's worker); None themes the
    pursuit here with the theme engine (`bridges.pursuit_bridges`).
    """
    if bridges is None:
        from consensus_app.core.messaging.bridges import pursuit_bridges  # scikit-learn on demand

        bridges = pursuit_bridges(snapshot, pursuit_id, factions)
    pursuit = next(p for p in snapshot.pursuits if p.id == pursuit_id)
    the_map = pursuit_map or build_pursuit_map(snapshot, pursuit_id)
    wins = {s.id: s.personal_win for s in snapshot.stakeholders}
    return PursuitMessaging(
        stage=pursuit.stage,
        bridges=list(bridges),
        drafts=draft_messages(
            the_map, snapshot.priorities, bridges, pursuit.stage, max_messages=max_messages
        ),
        kits=mobilizer_kits(the_map, snapshot.priorities, bridges, pursuit.stage, wins),
        statements=tuple(p.text for p in snapshot.priorities),
    )
