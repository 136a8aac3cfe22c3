"""Which functions that weigh in on the decision want different things, and the words that show it.

DIVERGENT_PRIORITIES compares functions with an approver or an influential member who voiced
priorities. Two functions diverge when no theme their members agree on holds statements of
both. Each such pair is evidence: its weight (the influence of the people who weigh in, an
approver's counted twice), whether both sides sign off, a few statements from each side in the
speakers' own words with the theme each fell in, and a sentence saying why they count as apart.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from consensus_app.core.analytics.facts import Facts
from consensus_app.core.analytics.results import ComparedPair, ComparedSide, Said
from consensus_app.core.pursuit_map import MapNode
from consensus_app.core.wording import function_words
from consensus_app.i18n import _

SPEAKERS_PER_SIDE = 2  # the weightiest people of a function whose words are shown
STATEMENTS_PER_SPEAKER = 2


def divergent_pairs(facts: Facts, weighs_in: Callable[[MapNode], bool]) -> list[ComparedPair]:
    """Every pair of deciding functions with no agreed theme in common, weightiest first
    (both sides signing off first, then by weight, then by name). Empty without themes."""
    if facts.themes is None:
        return []
    groups: dict[str, list[MapNode]] = {}
    for node in facts.members:
        if facts.voiced.get(node.stakeholder_id):
            groups.setdefault(node.function.value, []).append(node)
    deciding = {name: nodes for name, nodes in groups.items() if any(weighs_in(n) for n in nodes)}
    pairs = []
    for (a, nodes_a), (b, nodes_b) in itertools.combinations(sorted(deciding.items()), 2):
        ids_a = {n.stakeholder_id for n in nodes_a}
        ids_b = {n.stakeholder_id for n in nodes_b}
        if any(t.stakeholders & ids_a and t.stakeholders & ids_b for t in facts.themes):
            continue
        first, second = _side(facts, a, nodes_a), _side(facts, b, nodes_b)
        pairs.append(
            ComparedPair(
                first,
                second,
                weight=float(_weight(nodes_a) + _weight(nodes_b)),
                both_sign_off=any(n.approver for n in nodes_a) and any(n.approver for n in nodes_b),
                why=_why(first, second),
            )
        )
    pairs.sort(key=lambda p: (not p.both_sign_off, -p.weight))  # stable: by function name within
    return pairs


def _weight(nodes: list[MapNode]) -> int:
    return sum(n.influence * (2 if n.approver else 1) for n in nodes)


def _weightiest(nodes: list[MapNode]) -> list[MapNode]:
    return sorted(nodes, key=lambda n: (not n.approver, -n.influence, n.name, n.stakeholder_id))


def _side(facts: Facts, function: str, nodes: list[MapNode]) -> ComparedSide:
    people = _weightiest(nodes)
    statements = facts.statements
    themes = [t.label for t in facts.themes or () if t.stakeholders & {n.stakeholder_id for n in nodes}]
    said: list[Said] = []
    for node in [n for n in people if statements.get(n.stakeholder_id)][:SPEAKERS_PER_SIDE]:
        # Their statements in a theme first (what they share with others), then the rest.
        own = sorted(statements[node.stakeholder_id], key=lambda s: s[1] is None)
        said += [
            Said(node.stakeholder_id, node.name, text, theme) for text, theme in own[:STATEMENTS_PER_SPEAKER]
        ]
    return ComparedSide(
        function,
        tuple(n.stakeholder_id for n in people),
        tuple(said),
        tuple(dict.fromkeys(themes)),
    )


def _why(first: ComparedSide, second: ComparedSide) -> str:
    a, b = function_words(first.function), function_words(second.function)
    if not first.themes and not second.themes:
        return _(
            "Neither {first}'s nor {second}'s statements fall in a theme its members agree on, so nothing "
            "shows they want the same thing."
        ).format(first=a, second=b)
    return _(
        "{first}: {first_themes}; {second}: {second_themes}. No theme its members agree on holds "
        "statements of both."
    ).format(first=a, first_themes=_themes(first.themes), second=b, second_themes=_themes(second.themes))


def _themes(labels: tuple[str, ...]) -> str:
    if not labels:
        return _("no agreed theme")
    quoted = [_("“{label}”").format(label=label) for label in labels[:3]]
    more = _(" and {count} more").format(count=len(labels) - 3) if len(labels) > 3 else ""
    return _(", ").join(quoted) + more
