"""Mobilizer kits: equip each supportive Go-Getter, Teacher or Skeptic to move their peers.

Research (CEB/Gartner, The Challenger Customer): willing to buy is not willing to advocate;
up to half of willing buyers fear losing credibility. Personal value (career, reputation, an
easier job) moves advocates more than business value. So a kit gives the account executive
the mobilizer's personal value in their own words, how to work with their profile, and a
short supplier-neutral piece, safe to share, built on the bridge theme closest to their own
priorities.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from consensus_app.core.messaging.checks import kit_warnings
from consensus_app.core.messaging.language import majority_language, statement_language
from consensus_app.core.messaging.material import Statements, gather
from consensus_app.core.messaging.model import BridgeTheme, Kit
from consensus_app.core.messaging.phrases import clean, grams, similarity
from consensus_app.core.messaging.templates import templates_for
from consensus_app.core.pursuit_map import MapNode, PursuitMap
from consensus_app.i18n import current_language
from models import BuyingStage, PriorityKind

if TYPE_CHECKING:
    from models.tables import PriorityRecord


def mobilizer_kits(
    pursuit_map: PursuitMap,
    priorities: Sequence[PriorityRecord],
    bridges: Sequence[BridgeTheme],
    stage: BuyingStage,
    personal_wins: Mapping[int, str | None] | None = None,
    *,
    language: str | None = None,
) -> list[Kit]:
    """A kit for each committee member who is a mobilizer (Go-Getter, Teacher, Skeptic) with
    stance ≥ 1, most supportive and most influential first.

    priorities: the account's priorities; personal_wins: each stakeholder's `personal_win`;
    language: write every kit in this language (default: each mobilizer's own, else the
    committee's).
    """
    statements = Statements(pursuit_map, priorities)  # read once for every kit
    own: dict[int, list[PriorityRecord]] = {}
    for record in statements.records:
        own.setdefault(record.stakeholder_id, []).append(record)
    movers = [n for n in pursuit_map.members() if n.profile.is_mobilizer and n.stance >= 1]
    movers.sort(key=lambda n: (-n.stance, -n.influence, n.name, n.stakeholder_id))
    wins = personal_wins or {}
    return [
        _kit(
            statements,
            own.get(node.stakeholder_id, []),
            bridges,
            stage,
            node,
            wins.get(node.stakeholder_id),
            language,
        )
        for node in movers
    ]


def closest_bridge(
    stakeholder_id: int, priorities: Sequence[PriorityRecord], bridges: Sequence[BridgeTheme]
) -> BridgeTheme | None:
    """The bridge where this person's own priorities weigh most (their statements' importance),
    else the one most like their priorities, else the strongest; None without bridges.
    Themes that span two or more functions come first: a mobilizer's piece must bridge too."""
    own = [
        p for p in priorities if p.stakeholder_id == stakeholder_id and p.kind is not PriorityKind.PERSONAL
    ]
    importance = {clean(p.text): p.importance for p in own}
    wide = [b for b in bridges if len(set(b.functions)) > 1] or list(bridges)
    ranked = sorted(enumerate(wide), key=lambda item: (-item[1].weight, item[0]))

    def weight(bridge: BridgeTheme) -> int:
        return sum(importance.get(clean(text), 0) for sid, text in bridge.statements if sid == stakeholder_id)

    best = max(ranked, key=lambda item: weight(item[1]), default=None)
    if best is None:
        return None
    if weight(best[1]) > 0:
        return best[1]
    mine = [grams(p.text) for p in own]

    def likeness(bridge: BridgeTheme) -> float:
        return max((similarity(m, grams(t)) for m in mine for _, t in bridge.statements), default=0.0)

    return max(ranked, key=lambda item: likeness(item[1]))[1]


def _distinct(texts: Sequence[str]) -> list[str]:
    """The non-blank texts, cleaned, each once."""
    return list(dict.fromkeys(t for t in map(clean, texts) if t))


def _kit(
    statements: Statements,
    own: Sequence[PriorityRecord],
    bridges: Sequence[BridgeTheme],
    stage: BuyingStage,
    node: MapNode,
    personal_win: str | None,
    chosen: str | None = None,
) -> Kit:
    """`own`: the mobilizer's priorities among `statements`, in their order."""
    pursuit_map = statements.pursuit_map
    personal = sorted(
        (p for p in own if p.kind is PriorityKind.PERSONAL), key=lambda p: (-p.importance, p.id)
    )
    bridge = closest_bridge(node.stakeholder_id, own, bridges)  # only their own priorities count
    # The piece goes out in the mobilizer's own language, else the committee's.
    spoken = [statement_language(p.text, p.language, node.language) for p in own]
    spoken += [statement_language(personal_win, None, node.language)] if personal_win else []
    language = chosen or (
        majority_language(spoken) if spoken else node.language or statements.committee_language()
    )
    material = (
        gather(
            bridge,
            pursuit_map,
            statements.records,
            stage,
            language=language,
            speaker=node.stakeholder_id,
            statements=statements,
        )
        if bridge
        else None
    )
    templates = material.templates if material else templates_for(language)
    # What only the seller reads (the labels on their words and our note, how to work with the
    # profile, the "safe to share" note) is in the seller's language; the piece to share is in the
    # customer's (issue 14).
    seller = templates_for(current_language())
    names = {"name": node.name}
    # Their own words are quoted and the team's note is marked as ours, so "I promised" and
    # "she promised" never read as one voice.
    own_words = _distinct([p.text for p in personal])
    value = [seller.kit_text("value_own_words", {"text": t}) for t in own_words]
    value += [seller.kit_text("value_note", {"note": n}) for n in _distinct([personal_win or ""])]
    share_title = share_body = ""
    composition = templates.kit_share[stage]
    if material is not None and bridge is not None:
        share_title, share_body = material.render(composition)
    kit = Kit(
        stakeholder_id=node.stakeholder_id,
        name=node.name,
        function=node.function,
        profile=node.profile,
        stance=node.stance,
        language=templates.language,
        personal_value=value,
        approach=seller.approach_for(node.profile, names),
        missing_value_note="" if value else seller.kit_text("missing_value", names),
        theme_label=material.label if material else "",
        share_title=share_title,
        share_body=share_body,
        share_note=seller.kit_text("share_note", names) if share_body else "",
        share_functions=material.functions(composition.identifiers()) if material else [],
        quotes=material.quotes if material else [],
    )
    warnings = kit_warnings(kit)
    # "Safe to share… speaks for several teams" is a claim: withheld when the check disagrees.
    return replace(kit, warnings=warnings, share_note="" if warnings else kit.share_note)
