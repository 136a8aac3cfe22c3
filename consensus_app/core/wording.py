"""Words for numbers and lists, the same everywhere a person reads them (window, CLI, exports).

In the current language (consensus_app.i18n); the values behind them are never translated.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from datetime import date

from consensus_app.i18n import N_, _, ngettext

# Marked for the catalogues; shown through stance_word() (the values stay as they are).
STANCE_WORDS = {
    -2: N_("opposed"),
    -1: N_("skeptical"),
    0: N_("neutral"),
    1: N_("supportive"),
    2: N_("advocate"),
}
STANCE_SIGNS = {-2: "−−", -1: "−", 0: "0", 1: "+", 2: "++"}
_IRREGULAR = {"person": "people", "priority": "priorities", "company": "companies", "status": "statuses"}

# The nouns count() is called with, each a plural pair in the catalogues (a language has its own
# plural rules: Korean, Japanese and Indonesian one form, Persian two); {n} is the formatted number.
_COUNTED: dict[str, Callable[[int], str]] = {
    "item": lambda n: ngettext("{n} item", "{n} items", n),
    "person": lambda n: ngettext("{n} person", "{n} people", n),
    "account": lambda n: ngettext("{n} account", "{n} accounts", n),
    "pursuit": lambda n: ngettext("{n} pursuit", "{n} pursuits", n),
    "priority": lambda n: ngettext("{n} priority", "{n} priorities", n),
    "tie": lambda n: ngettext("{n} tie", "{n} ties", n),
    "card": lambda n: ngettext("{n} card", "{n} cards", n),
    "change": lambda n: ngettext("{n} change", "{n} changes", n),
    "row": lambda n: ngettext("{n} row", "{n} rows", n),
}


def count(n: int, noun: str, plural: str | None = None) -> str:
    """'1 person', '3 people', '1,200 accounts', '2 changes' — in the current language for the
    nouns of _COUNTED; any other noun in English (add it to the table to translate it)."""
    counted = _COUNTED.get(noun)
    if counted is not None:
        return counted(n).format(n=f"{n:,}")
    if n == 1:
        return f"1 {noun}"
    return f"{n:,} {plural or _IRREGULAR.get(noun) or noun + 's'}"


def signed_stance(stance: int) -> str:
    """ "++ advocate", "−− opposed": the sign reads in grey-scale where a stance colour does not."""
    value = max(-2, min(2, stance))
    return f"{STANCE_SIGNS[value]}\u00a0{stance_word(value)}"  # never split across lines


def stance_word(stance: int) -> str:
    """The stance's word in the current language: "supportive", "지지"."""
    word = STANCE_WORDS.get(stance)
    return _(word) if word is not None else str(stance)


def joined(items: Sequence[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    if len(items) <= 1:
        return "".join(items)
    # TRANSLATORS: the separator between the items of a list but the last two.
    separator = _(", ")
    return _("{items} and {last}").format(items=separator.join(items[:-1]), last=items[-1])


_FUNCTION_WORDS = {"it": "IT", "hr": "HR"}
# The capitalised forms, marked for the catalogues (a function nobody listed reads as its value).
_FUNCTION_HEADINGS = (
    N_("Finance"), N_("IT"), N_("Operations"), N_("Marketing"), N_("Sales"), N_("Legal"),
    N_("Procurement"), N_("HR"), N_("Security"), N_("Executive"), N_("Engineering"), N_("Product"),
    N_("Clinical"), N_("Research"), N_("Customer service"), N_("Other"),
)  # fmt: skip


_MONTHS = (
    N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"), N_("July"),
    N_("August"), N_("September"), N_("October"), N_("November"), N_("December"),
)  # fmt: skip
_WEEKDAYS = (N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"), N_("Saturday"),
             N_("Sunday"))  # fmt: skip


def long_date(day: date) -> str:
    """'7 December 2026' in the current language ('2026년 12월 7일', '7 دسامبر 2026')."""
    # TRANSLATORS: a date; {month} is the month's name, as translated on its own.
    return _("{day} {month} {year}").format(day=day.day, month=_(_MONTHS[day.month - 1]), year=day.year)


def weekday_date(day: date) -> str:
    """'Monday, 7 December 2026' in the current language."""
    return _("{weekday}, {date}").format(weekday=_(_WEEKDAYS[day.weekday()]), date=long_date(day))


def right_to_left(text: str) -> bool:
    """Whether a paragraph reads right to left: its first strong character is (Persian, Arabic,
    Hebrew…), as the Unicode bidirectional algorithm decides a paragraph's direction. What stands
    inside an isolate (a name wrapped by `isolated`) decides nothing, as in that algorithm (P2)."""
    depth = 0
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("LRI", "RLI", "FSI"):
            depth += 1
        elif kind == "PDI":
            depth = max(depth - 1, 0)
        elif depth == 0 and kind in ("R", "AL"):
            return True
        elif depth == 0 and kind == "L":
            return False
    return False


def right_to_left_on_page(text: str, page_right_to_left: bool) -> bool:
    """A paragraph's direction on a page: on a right-to-left page (a Persian deck) any
    right-to-left letter makes it read right to left, so a Persian sentence that opens with a
    Korean or English name keeps its order; a paragraph wholly in another script (a Korean draft)
    keeps its own. Elsewhere, and for a paragraph without letters, `right_to_left` decides."""
    if page_right_to_left and any(unicodedata.bidirectional(char) in ("R", "AL") for char in text):
        return True
    return right_to_left(text)


def left_to_right(text: str) -> str:
    """Numbers and signs kept in their order inside right-to-left text ("23 / 100", not "100 / 23"):
    a left-to-right isolate."""
    return f"\u2066{text}\u2069"


def isolated(text: str) -> str:
    """The text as one run of its own direction inside a line (Unicode first-strong isolate), so a
    Persian name or quote among English words keeps its order and its neighbours theirs."""
    return f"\u2068{text}\u2069"


def function_words(function: str) -> str:
    """A function's value as people write it: "customer_service" → "Customer service", "it" → "IT"
    (in the current language: "고객 서비스")."""
    return _(_FUNCTION_WORDS.get(function) or function.replace("_", " ").capitalize())
