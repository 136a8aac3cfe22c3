"""Words for numbers and lists, the same everywhere a person reads them (window, CLI, exports).

English for now; the languages issue moves these to the catalogues.
"""

from __future__ import annotations

from collections.abc import Sequence

STANCE_WORDS = {-2: "opposed", -1: "skeptical", 0: "neutral", 1: "supportive", 2: "advocate"}
STANCE_SIGNS = {-2: "−−", -1: "−", 0: "0", 1: "+", 2: "++"}
_IRREGULAR = {"person": "people", "priority": "priorities", "company": "companies", "status": "statuses"}


def count(n: int, noun: str, plural: str | None = None) -> str:
    """'1 person', '3 people', '1,200 accounts', '2 changes'."""
    if n == 1:
        return f"1 {noun}"
    return f"{n:,} {plural or _IRREGULAR.get(noun) or noun + 's'}"


def signed_stance(stance: int) -> str:
    """ "++ advocate", "−− opposed": the sign reads in grey-scale where a stance colour does not."""
    value = max(-2, min(2, stance))
    return f"{STANCE_SIGNS[value]}\u00a0{STANCE_WORDS[value]}"  # never split across lines


def joined(items: Sequence[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


_FUNCTION_WORDS = {"it": "IT", "hr": "HR"}


def function_words(function: str) -> str:
    """A function's value as people write it: "customer_service" → "Customer service", "it" → "IT"."""
    return _FUNCTION_WORDS.get(function) or function.replace("_", " ").capitalize()
