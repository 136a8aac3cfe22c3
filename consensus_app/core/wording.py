"""Words for numbers and lists, the same everywhere a person reads them (window, CLI, exports).

English for now; the languages issue moves these to the catalogues.
"""

from __future__ import annotations

from collections.abc import Sequence

STANCE_WORDS = {-2: "opposed", -1: "skeptical", 0: "neutral", 1: "supportive", 2: "advocate"}
_IRREGULAR = {"person": "people", "priority": "priorities", "company": "companies", "status": "statuses"}


def count(n: int, noun: str, plural: str | None = None) -> str:
    """'1 person', '3 people', '1,200 accounts', '2 changes'."""
    if n == 1:
        return f"1 {noun}"
    return f"{n:,} {plural or _IRREGULAR.get(noun) or noun + 's'}"


def joined(items: Sequence[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"
