"""The words people read for the domain's closed vocabularies, in the current language.

The enums' values are what the database and interchange files keep (models/enums.py) and never
change; these are only what is shown. English reads as the values always read ("go-getter",
"economic buyer"); the catalogues (resources/locale) give the other languages, with the seven
profiles' names kept recognisable (docs/glossary.md).
"""

from __future__ import annotations

from enum import Enum

from consensus_app.i18n import N_, _

# Value → English word, marked for the catalogues. A value missing here reads as its value.
_WORDS: dict[str, dict[str, str]] = {
    "Function": {
        "finance": N_("finance"),
        "it": N_("it"),
        "operations": N_("operations"),
        "marketing": N_("marketing"),
        "sales": N_("sales"),
        "legal": N_("legal"),
        "procurement": N_("procurement"),
        "hr": N_("hr"),
        "security": N_("security"),
        "executive": N_("executive"),
        "engineering": N_("engineering"),
        "product": N_("product"),
        "clinical": N_("clinical"),
        "research": N_("research"),
        "customer_service": N_("customer service"),
        "other": N_("other"),
    },
    "Profile": {
        "go_getter": N_("go-getter"),
        "teacher": N_("teacher"),
        "skeptic": N_("skeptic"),
        "guide": N_("guide"),
        "friend": N_("friend"),
        "climber": N_("climber"),
        "blocker": N_("blocker"),
        "unknown": N_("unknown"),
    },
    "BuyingRole": {
        "economic_buyer": N_("economic buyer"),
        "decision_maker": N_("decision maker"),
        "champion": N_("champion"),
        "technical_evaluator": N_("technical evaluator"),
        "user": N_("user"),
        "influencer": N_("influencer"),
        "procurement": N_("procurement"),
        "legal": N_("legal"),
        "executive_sponsor": N_("executive sponsor"),
        "gatekeeper": N_("gatekeeper"),
    },
    "BuyingStage": {
        "problem_definition": N_("problem definition"),
        "solution_identification": N_("solution identification"),
        "supplier_selection": N_("supplier selection"),
    },
    "PursuitStatus": {
        "open": N_("open"),
        "won": N_("won"),
        "lost": N_("lost"),
        "no_decision": N_("no decision"),
    },
    "RelationshipKind": {
        "influences": N_("influences"),
        "allies": N_("allies"),
        "conflicts": N_("conflicts"),
        "dotted_line": N_("dotted line"),
    },
    "PriorityKind": {
        "goal": N_("goal"),
        "pain": N_("pain"),
        "concern": N_("concern"),
        "decision_criterion": N_("decision criterion"),
        "personal": N_("personal"),
    },
    "MessageStatus": {"draft": N_("draft"), "approved": N_("approved")},
}


def enum_word(value: Enum) -> str:
    """The word shown for `value`: Profile.GO_GETTER → "go-getter" (ko: "Go-Getter(추진형)")."""
    kind = type(value).__name__
    english = _WORDS.get(kind, {}).get(str(value.value))
    if english is None:
        return str(value.value).replace("_", " ")
    return _(english)


def value_word(value: str) -> str:
    """The word for a stored value given as text (a function's "customer_service", a profile's
    "go_getter"), whichever vocabulary holds it; other text reads with spaces for underscores."""
    for words in _WORDS.values():
        if value in words:
            return _(words[value])
    return value.replace("_", " ")


# Functions whose English word is an acronym: written in capitals where the catalogue keeps the
# value ("it" would read as the pronoun), as the window's committee table always showed them.
_ACRONYMS = {"it": "IT", "hr": "HR"}


def function_word(function: Enum | str) -> str:
    """A function as people read it everywhere (committee table, themes, drafts, the brief), in
    the current language: "finance", "IT", "customer service" (fa: "مالی", "فناوری اطلاعات")."""
    value = str(function.value) if isinstance(function, Enum) else str(function)
    word = value_word(value)
    return _ACRONYMS.get(value, word) if word == value else word
