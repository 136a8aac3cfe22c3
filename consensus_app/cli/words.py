"""What the command line prints: words for stored values, counted nouns, dates a person types.

Stored values ("problem_definition", "economic_buyer", a stance of -1) are never shown as such;
JSON output keeps them (it is for programs).
"""

from __future__ import annotations

import argparse
from datetime import date
from enum import Enum

from consensus_app.core.wording import count as count  # re-exported for the commands

_SPECIAL = {"it": "IT", "hr": "HR", "no_decision": "no decision", "go_getter": "Go-Getter"}


def words(value: Enum | str | None) -> str:
    """A stored value in words: "problem_definition" → "problem definition", "it" → "IT"."""
    if value is None:
        return ""
    raw = str(value.value if isinstance(value, Enum) else value)
    return _SPECIAL.get(raw, raw.replace("_", " "))


def iso_date(text: str) -> date:
    """An argparse type: a date written YYYY-MM-DD, refused with the expected form."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date; write it as YYYY-MM-DD, e.g. {date.today().isoformat()}"
        ) from None
