"""What a message about one bridge theme is made of: the group's own words, chosen with care.

From the theme's statements (never `personal` ones: those are for the mobilizer kits), pick
the most representative statements across different functions (centrality among the theme's
statements, importance, approvers first, the message's language preferred), the outcome the
group names, and, from the same stakeholders' other priorities, their decision criteria and
the risks they raise. All deterministic: ties keep the theme's order.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from consensus_app.core.messaging.language import committee_language, statement_language
from consensus_app.core.messaging.model import BridgeTheme, Quote
from consensus_app.core.messaging.phrases import centrality, clean, trim
from consensus_app.core.messaging.templates import Composition, Templates, templates_for
from consensus_app.core.pursuit_map import MapNode, PursuitMap
from models import BuyingStage, Function, PriorityKind

if TYPE_CHECKING:
    from models.tables import PriorityRecord

MAX_QUOTES = 4
MAX_CRITERIA = 4

# The kinds of statement that best carry each stage's message, best first.
_LEAD_KINDS: dict[BuyingStage, tuple[PriorityKind, ...]] = {
    BuyingStage.PROBLEM_DEFINITION: (PriorityKind.PAIN, PriorityKind.GOAL),
    BuyingStage.SOLUTION_IDENTIFICATION: (PriorityKind.GOAL, PriorityKind.PAIN),
    BuyingStage.SUPPLIER_SELECTION: (PriorityKind.GOAL, PriorityKind.PAIN),
}


@dataclass(frozen=True)
class Voice:
    """One statement with what ranks it: who said it, how much it matters to them."""

    quote: Quote
    importance: int
    approver: bool
    influence: int
    language: str | None


@dataclass(frozen=True)
class Material:
    templates: Templates
    quotes: list[Quote]  # the theme in the group's words, one function at a time
    outcome: Quote | None  # a goal from the theme, not among `quotes`
    criteria: list[Quote]  # decision criteria of the theme's stakeholders
    risks: list[Quote]  # their concerns, then their criteria
    stakeholder_ids: list[int]  # who voiced the theme
    aligned: bool  # every quote is of a kind that fits the stage (not a concern among outcomes)
    label: str  # the theme's label, unless it is someone's personal statement (then the lead quote)

    @property
    def language(self) -> str:
        return self.templates.language

    def functions(self, used: Collection[str]) -> list[Function]:
        """The functions whose words a template using these fields shows, quoted ones first."""
        shown = {
            "quotes": self.quotes,
            "outcome": [self.outcome] if self.outcome else [],
            "criteria": self.criteria,
            "risks": self.risks,
        }
        return list(dict.fromkeys(q.function for name, qs in shown.items() if name in used for q in qs))

    def render(self, composition: Composition) -> tuple[str, str]:
        """(title, body) of the composition filled with this material."""
        return composition.render(self.fields(self.label, self.functions(composition.identifiers())))

    def fields(self, label: str, everyone: Sequence[Function]) -> dict[str, str]:
        t = self.templates
        quoted = list(dict.fromkeys(q.function for q in self.quotes))
        return {
            "functions": t.join_functions(everyone) if len(everyone) > 1 else "",
            "quoted_functions": t.join_functions(quoted) if len(quoted) > 1 else "",
            "aligned": "yes" if self.aligned else "",
            "quotes": "\n".join(t.quote(q.text, q.function) for q in self.quotes),
            "lead": trim(self.quotes[0].text) if self.quotes else trim(label),
            "theme": label,
            "outcome": self.outcome.text if self.outcome else "",
            "outcome_function": t.function_name(self.outcome.function) if self.outcome else "",
            "criteria": "\n".join(t.quote(q.text, q.function) for q in self.criteria),
            "risks": "\n".join(t.quote(q.text, q.function) for q in self.risks),
        }


class Statements:
    """The priorities one pursuit's messages quote from (the account's, less other pursuits'),
    read once for all its drafts and kits: each used to scan every priority again (kits ×
    priorities, 0.2 s for a 500-member pursuit's 82 kits)."""

    def __init__(self, pursuit_map: PursuitMap, priorities: Sequence[PriorityRecord]) -> None:
        self.pursuit_map = pursuit_map
        self.nodes = {n.stakeholder_id: n for n in pursuit_map.nodes}
        self.records = [p for p in priorities if p.pursuit_id in (None, pursuit_map.pursuit_id)]
        self.texts = [clean(p.text) for p in self.records]  # as quoted
        self.said = {(p.stakeholder_id, text): p for p, text in zip(self.records, self.texts, strict=True)}
        self.personal = {
            text for p, text in zip(self.records, self.texts, strict=True) if p.kind is PriorityKind.PERSONAL
        }
        self.positions: dict[int, list[int]] = {}  # each stakeholder's, in `records`
        for index, record in enumerate(self.records):
            self.positions.setdefault(record.stakeholder_id, []).append(index)
        self._voices: dict[int, Voice] = {}  # by position in `records`
        # Each bridge's voices, by the bridge's id (the bridge is kept, so its id stays its own).
        self._theme_voices: dict[int, tuple[BridgeTheme, list[Voice]]] = {}
        self._committee_language: str | None = None

    def voice(self, index: int) -> Voice:
        """The voice of `records[index]`, whose speaker is on the map."""
        found = self._voices.get(index)
        if found is None:
            record = self.records[index]
            found = self._voices[index] = _voice(self.nodes[record.stakeholder_id], self.texts[index], record)
        return found

    def theme_voices(self, bridge: BridgeTheme) -> list[Voice]:
        """The bridge's statements as voices (see `_theme_voices`); do not change the list."""
        found = self._theme_voices.get(id(bridge))
        if found is None:
            found = self._theme_voices[id(bridge)] = (bridge, _theme_voices(bridge, self))
        return found[1]

    def committee_language(self) -> str:
        if self._committee_language is None:
            self._committee_language = language_of_committee(self.pursuit_map, self.records)
        return self._committee_language


def gather(
    bridge: BridgeTheme,
    pursuit_map: PursuitMap,
    priorities: Sequence[PriorityRecord],
    stage: BuyingStage,
    *,
    language: str | None = None,
    speaker: int | None = None,
    statements: Statements | None = None,
) -> Material | None:
    """The material for a message on `bridge`, or None when it has no statement to quote.

    language: the templates' language (default: the language most of the committee's
    approvers write in, see `language_of_committee`).
    speaker: a stakeholder whose own words are quoted only when no one else's will do
    (a mobilizer sharing a piece with peers).
    statements: `Statements(pursuit_map, priorities)` when the caller gathers for many
    bridges or speakers (read once); made here otherwise.
    """
    read = statements or Statements(pursuit_map, priorities)
    voices = read.theme_voices(bridge)
    if not voices:
        return None
    templates = templates_for(language or read.committee_language())
    lead = _LEAD_KINDS[stage]
    central = centrality([v.quote.text for v in voices])

    def score(index: int, kinds: Sequence[PriorityKind]) -> float:
        voice = voices[index]
        kind = voice.quote.kind
        return (
            central[index]
            + 0.06 * voice.importance
            + (0.1 * (len(kinds) - kinds.index(kind)) if kind in kinds else 0.0)
            + (0.05 if voice.approver else 0.0)
            + (1.0 if (voice.language or "en") == templates.language else 0.0)
            - (0.5 if voice.quote.stakeholder_id == speaker else 0.0)
        )

    ranked = [voices[i] for i in sorted(range(len(voices)), key=lambda i: -score(i, lead))]
    # Quote what fits the stage (a concern is not an outcome) in the message's language; other
    # kinds, then other languages, only when that is what it takes to quote two functions.
    native = [v for v in ranked if (v.language or "en") == templates.language]
    pools = [
        [v for v in native if v.quote.kind in lead],
        [v for v in native if v.quote.kind is not PriorityKind.CONCERN],  # an objection is a last resort
        native,
        [v for v in ranked if v.quote.kind in lead],
        ranked,
    ]
    spreads = (_spread(pool, MAX_QUOTES, per_function=1) for pool in pools)
    quotes = next(
        (qs for qs in spreads if len({q.function for q in qs}) > 1),
        _spread(ranked, 2, per_function=2),  # one function only: two of its voices at most
    )
    goals = sorted(
        (i for i, v in enumerate(voices) if v.quote.kind is PriorityKind.GOAL and v.quote not in quotes),
        key=lambda i: -score(i, ()),  # the message's language first
    )
    outcome = voices[goals[0]].quote if goals else None
    used = {q.text for q in quotes} | ({outcome.text} if outcome else set())
    people = list(dict.fromkeys(v.quote.stakeholder_id for v in voices))
    others = _people_voices(people, read, used)
    preferred = templates.language

    def others_ranked(kinds: Sequence[PriorityKind], pool: Sequence[Voice] = others) -> list[Voice]:
        # The message's language first, but a criterion written in another language is still
        # the group's criterion: quoted in its own words rather than left out.
        key = _criteria_key(kinds)
        chosen = [v for v in pool if v.quote.kind in kinds]
        return sorted(chosen, key=lambda v: ((v.language or "en") != preferred, *key(v)))

    criteria = _spread(others_ranked([PriorityKind.DECISION_CRITERION]), MAX_CRITERIA, per_function=2)
    if not criteria:
        # "No one has written down what any approach must meet" would be untrue while someone
        # else on the committee has: their criteria bind the whole group's choice.
        committee = [n.stakeholder_id for n in pursuit_map.members()]
        wider = _people_voices(committee, read, set(used))
        criteria = _spread(others_ranked([PriorityKind.DECISION_CRITERION], wider), MAX_CRITERIA, 2)
    risks = _spread(
        others_ranked([PriorityKind.CONCERN, PriorityKind.DECISION_CRITERION]), MAX_CRITERIA, per_function=2
    )
    aligned = all(q.kind in lead for q in quotes)
    label = _public_label(bridge, read, quotes)
    return Material(templates, quotes, outcome, criteria, risks, people, aligned, label)


def language_of_committee(pursuit_map: PursuitMap, scope: Sequence[PriorityRecord]) -> str:
    """The language most of the committee's approvers write in (their statements' languages;
    an approver who wrote nothing counts by their declared language)."""
    members = {n.stakeholder_id: n for n in pursuit_map.members()}
    spoken: dict[int, list[str | None]] = {}
    for record in scope:
        node = members.get(record.stakeholder_id)
        if node is not None:
            language = statement_language(record.text, record.language, node.language)
            spoken.setdefault(node.stakeholder_id, []).append(language)
    approvers = [
        spoken.get(n.stakeholder_id) or ([n.language] if n.language else [])
        for n in members.values()
        if n.approver
    ]
    return committee_language(approvers, [lang for langs in spoken.values() for lang in langs])


def _public_label(bridge: BridgeTheme, read: Statements, quotes: Sequence[Quote]) -> str:
    """The theme's label, unless it repeats a personal priority (a label is shown and stored
    with the message): then the message's lead quote, shortened."""
    core = bridge.label.rstrip("…").strip()
    if quotes and core and any(text.startswith(core) for text in read.personal):
        return trim(quotes[0].text)
    return bridge.label


def _theme_voices(bridge: BridgeTheme, read: Statements) -> list[Voice]:
    said, nodes = read.said, read.nodes
    voices = []
    seen: set[tuple[int, str]] = set()
    for stakeholder_id, text in bridge.statements:
        key = (stakeholder_id, clean(text))
        node = nodes.get(stakeholder_id)
        record = said.get(key)
        if node is None or key in seen or not key[1]:
            continue
        seen.add(key)
        if record is not None and record.kind is PriorityKind.PERSONAL:
            continue  # personal wins are for the kits, never quoted to the group
        voices.append(_voice(node, key[1], record))
    return voices


def _people_voices(people: Collection[int], read: Statements, used: set[str]) -> list[Voice]:
    """The statements of `people` (on the map) not yet `used`, each text once, in the
    priorities' order; `used` gains them."""
    voices = []
    wanted = set(people).intersection(read.nodes)
    for index in sorted(i for person in wanted for i in read.positions.get(person, ())):
        text = read.texts[index]
        if text and text not in used:
            used.add(text)
            voices.append(read.voice(index))
    return voices


def _voice(node: MapNode, text: str, record: PriorityRecord | None) -> Voice:
    return Voice(
        Quote(node.stakeholder_id, node.function, text, record.kind if record else PriorityKind.GOAL),
        importance=record.importance if record else 3,
        approver=node.approver,
        influence=node.influence,
        language=statement_language(text, record.language if record else None, node.language),
    )


def _criteria_key(kinds: Sequence[PriorityKind]) -> Callable[[Voice], tuple[int, ...]]:
    def key(voice: Voice) -> tuple[int, ...]:
        return (kinds.index(voice.quote.kind), -voice.importance, -voice.approver, -voice.influence)

    return key


def _spread(ranked: Sequence[Voice], limit: int, per_function: int) -> list[Quote]:
    """Up to `limit` quotes in rounds, one per function a round, functions in the order of
    their best voice; at most `per_function` from any one function."""
    by_function: dict[Function, list[Voice]] = {}
    for voice in ranked:
        by_function.setdefault(voice.quote.function, []).append(voice)
    chosen: list[Quote] = []
    for round_ in range(per_function):
        for group in by_function.values():
            if round_ < len(group) and len(chosen) < limit:
                chosen.append(group[round_].quote)
    return chosen
