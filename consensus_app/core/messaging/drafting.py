"""Common-language drafts: one message to the whole buying group for each top bridge theme.

Research (CEB/Gartner): tailoring a message to each stakeholder highlights their divergent
goals; what moves a group is a shared view of the problem and the solution, in a language
they already share. So every draft quotes the stakeholders' own words across functions,
names the functions it brings together, stays supplier-neutral, and fits the buying stage:
problem definition reframes the problem together, solution identification (the hardest
stage) aligns on the approach and the shared decision criteria, supplier selection de-risks
the choice for the whole group.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from consensus_app.core.messaging.checks import personalization_warnings
from consensus_app.core.messaging.material import Statements, gather
from consensus_app.core.messaging.model import BridgeTheme, Draft
from consensus_app.core.pursuit_map import PursuitMap
from models import BuyingStage

if TYPE_CHECKING:
    from models.tables import PriorityRecord


def draft_messages(
    pursuit_map: PursuitMap,
    priorities: Sequence[PriorityRecord],
    bridges: Sequence[BridgeTheme],
    stage: BuyingStage,
    *,
    max_messages: int = 3,
    language: str | None = None,
) -> list[Draft]:
    """Drafts for the best bridges (highest weight first), each with its personalization warnings.

    language: write every draft in this language (default: the committee's, see
    `material.language_of_committee`).

    priorities: the account's priorities (the snapshot's); those of other pursuits are ignored.
    A bridge whose statements span a single function (after leaving out personal ones) is
    drafted only when there are not enough bridging ones; its draft carries a warning.
    """
    ranked = sorted(enumerate(bridges), key=lambda item: (-item[1].weight, item[0]))
    drafts: list[Draft] = []
    narrow: list[Draft] = []
    statements = Statements(pursuit_map, priorities)  # read once for every draft
    for _, bridge in ranked:
        if len(drafts) >= max_messages:
            break
        draft = draft_message(
            pursuit_map, priorities, bridge, stage, language=language, statements=statements
        )
        if draft is None:
            continue
        (drafts if len(draft.functions) > 1 else narrow).append(draft)
    return (drafts + narrow)[:max_messages]


def draft_message(
    pursuit_map: PursuitMap,
    priorities: Sequence[PriorityRecord],
    bridge: BridgeTheme,
    stage: BuyingStage,
    *,
    language: str | None = None,
    statements: Statements | None = None,
) -> Draft | None:
    """The draft for one bridge theme, or None when it has nothing the group said to quote.

    language: force the templates' language (default: the language of the theme's statements).
    statements: the priorities read once, when drafting for several bridges (see `gather`).
    """
    material = gather(bridge, pursuit_map, priorities, stage, language=language, statements=statements)
    if material is None:
        return None
    composition = material.templates.group[stage]
    title, body = material.render(composition)
    draft = Draft(
        title=title,
        body=body,
        theme_label=material.label,
        stakeholder_ids=material.stakeholder_ids,
        functions=material.functions(composition.identifiers()),
        language=material.language,
        stage=stage,
        quotes=material.quotes,
    )
    return replace(draft, warnings=personalization_warnings(draft))
