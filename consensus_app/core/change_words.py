"""Words for what the change log stores: field names and values as a colleague would say them."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from consensus_app.core.enum_words import value_word
from consensus_app.core.wording import STANCE_WORDS, long_date, stance_word
from consensus_app.core.wording import count as count_of
from consensus_app.i18n import N_, _, ngettext

# Stored field names -> words (marked for the catalogues, shown in the reader's language).
# Fields not listed read as their name with spaces.
FIELD_WORDS = {
    "reports_to_id": N_("manager"),
    "personal_win": N_("personal win"),
    "journey_stage": N_("own buying stage"),
    "last_engaged": N_("last engaged"),
    "last_verified": N_("last checked"),
    "close_date": N_("close date"),
    "external_id": N_("CRM id"),
    "left_on": N_("day they left the company"),
    "role": N_("buying role"),
    "stage": N_("buying stage"),
    "function": N_("function"),
    "stance": N_("stance"),
    "influence": N_("influence"),
    "title": N_("title"),
    "name": N_("name"),
    "notes": N_("notes"),
    "evidence": N_("evidence"),
    "profile": N_("profile"),
    "status": N_("status"),
    "email": N_("email"),
    "phone": N_("phone"),
}

# Fields whose text is long and whose edit is a detail: a note says "edited", not the text.
LONG_TEXT = frozenset({"notes", "personal_win", "evidence", "body"})
# Edits a brief may fold into "smaller edits" when space is short.
MINOR_FIELDS = LONG_TEXT | frozenset(
    {"email", "phone", "location", "language", "website", "region", "external_id", "key", "industry"}
    | {"last_verified", "last_engaged"}
)

# Stored enum values that do not read well with the underscores simply dropped.
VALUE_WORDS = {
    "go_getter": "Go-Getter",
    "teacher": "Teacher",
    "skeptic": "Skeptic",
    "guide": "Guide",
    "friend": "Friend",
    "climber": "Climber",
    "blocker": "Blocker",
    "it": "IT",
    "hr": "HR",
    "no_decision": "no decision",
    "dotted_line": "dotted line",
}

ENTITY_PLURALS = {
    "stakeholder": ("person", "people"),
    "committee member": ("committee seat", "committee seats"),
    "relationship": ("tie", "ties"),
    "priority": ("priority", "priorities"),
    "pursuit": ("pursuit", "pursuits"),
    "account": ("account", "accounts"),
    "message": ("message", "messages"),
    "reporting line": ("reporting line", "reporting lines"),
}

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def field_words(field: str) -> str:
    return _(FIELD_WORDS[field]) if field in FIELD_WORDS else field.replace("_", " ")


# Each entity's count in words, in the reader's language (plurals by the language's rule).
_COUNTED = {
    "stakeholder": lambda n: ngettext("{n} person", "{n} people", n),
    "committee member": lambda n: ngettext("{n} committee seat", "{n} committee seats", n),
    "relationship": lambda n: ngettext("{n} tie", "{n} ties", n),
    "priority": lambda n: ngettext("{n} priority", "{n} priorities", n),
    "pursuit": lambda n: ngettext("{n} pursuit", "{n} pursuits", n),
    "account": lambda n: ngettext("{n} account", "{n} accounts", n),
    "message": lambda n: ngettext("{n} message", "{n} messages", n),
    "reporting line": lambda n: ngettext("{n} reporting line", "{n} reporting lines", n),
}


def plural(count: int, entity: str) -> str:
    """'1 person', '32 people', '2 ties'."""
    if entity in _COUNTED:
        return str(_COUNTED[entity](count)).format(n=count)
    one, many = ENTITY_PLURALS.get(entity, (entity, entity + "s"))
    return f"{count} {one if count == 1 else many}"


def count_words(count: int, one: str, many: str | None = None) -> str:
    return count_of(count, one, many)


def value_words(field: str, value: Any, people: Mapping[int, str]) -> str:
    """A stored value as words: a person's name for an id, 'supportive' for stance 1, dates as dates."""
    if value is None or value == "":
        return "—"
    if field == "reports_to_id":
        return person_name(value, people)
    if field == "stance" and isinstance(value, int) and value in STANCE_WORDS:
        return stance_word(value)
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() else f"{value:,.2f}"
    if isinstance(value, int):
        return str(value).replace("-", "−")
    text = " ".join(str(value).split())
    if text in VALUE_WORDS:
        return _(VALUE_WORDS[text])
    if _is_date(text):
        return long_date(date.fromisoformat(text[:10]))
    if "_" in text and text.replace("_", "").isalpha() and text.islower():
        return value_word(text)  # an enum value: "problem_definition"
    return text if len(text) <= 40 else text[:39] + "…"


def person_name(value: Any, people: Mapping[int, str]) -> str:
    if isinstance(value, int) and value in people:
        return people[value]
    return _("someone no longer at the account")


def _is_date(text: str) -> bool:
    if len(text) < 10 or text[4] != "-" or text[7] != "-":
        return False
    try:
        date.fromisoformat(text[:10])
    except ValueError:
        return False
    return True
