"""Everything the messaging panel and the CLI show for one pursuit, in one call."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from consensus_app.core.messaging.drafting import draft_messages
from consensus_app.core.messaging.kits import mobilizer_kits
from consensus_app.core.messaging.material import language_of_committee
from consensus_app.core.messaging.model import BridgeTheme, Draft, Kit
from consensus_app.core.messaging.templates import available_languages, templates_for
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
    language: str = "en"  # the drafts' language: the one chosen, else the committee's
    committee_language: str = "en"  # the language most of its approvers write in (the default)
    chosen: bool = False  # the user chose `language` (else it is the committee's)


def messaging_for_pursuit(
    snapshot: AccountSnapshot,
    pursuit_id: int,
    bridges: Sequence[BridgeTheme] | None = None,
    *,
    factions: Sequence[Collection[int]] | None = None,
    pursuit_map: PursuitMap | None = None,
    max_messages: int = 3,
    language: str | None = None,
) -> PursuitMessaging:
    """Drafts for the pursuit's top bridges and a kit for each supportive mobilizer.

    bridges: as computed elsewhere (e.g. by the themes panel's worker); None themes the
    pursuit here with the theme engine (`bridges.pursuit_bridges`).
    language: the user's choice of language for the drafts and kits (a template language,
    see `templates.available_languages`); None or an unknown one: the committee's.
    """
    if bridges is None:
        from consensus_app.core.messaging.bridges import pursuit_bridges  # scikit-learn on demand

        bridges = pursuit_bridges(snapshot, pursuit_id, factions)
    pursuit = next(p for p in snapshot.pursuits if p.id == pursuit_id)
    the_map = pursuit_map or build_pursuit_map(snapshot, pursuit_id)
    wins = {s.id: s.personal_win for s in snapshot.stakeholders}
    scope = [p for p in snapshot.priorities if p.pursuit_id in (None, pursuit_id)]
    committee = templates_for(language_of_committee(the_map, scope)).language
    chosen = language if language in available_languages() else None
    return PursuitMessaging(
        stage=pursuit.stage,
        bridges=list(bridges),
        drafts=draft_messages(
            the_map, snapshot.priorities, bridges, pursuit.stage, max_messages=max_messages, language=chosen
        ),
        kits=mobilizer_kits(the_map, snapshot.priorities, bridges, pursuit.stage, wins, language=chosen),
        statements=tuple(p.text for p in snapshot.priorities),
        language=chosen or committee,
        committee_language=committee,
        chosen=chosen is not None,
    )
