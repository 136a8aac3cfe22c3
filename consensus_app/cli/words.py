"""What the command line prints: words for stored values, counted nouns, dates a person types.

Stored values ("problem_definition", "economic_buyer", a stance of -1) are never shown as such;
JSON output keeps them (it is for programs). `words` gives the English a person types back
(`--stage solution`); `shown` gives the words a person reads, in their language.
"""

from __future__ import annotations

import argparse
import unicodedata
from datetime import date
from enum import Enum

from consensus_app.core.wording import count as count  # re-exported for the commands
from consensus_app.i18n import N_, _
from models import BuyingStage

_SPECIAL = {"it": "IT", "hr": "HR", "no_decision": "no decision", "go_getter": "Go-Getter"}
# The statuses a listing shows (pursuits', library messages'), in the catalogue.
_STATUS_WORDS = (N_("open"), N_("won"), N_("lost"), N_("no decision"), N_("draft"), N_("approved"))


def words(value: Enum | str | None) -> str:
    """A stored value in words: "problem_definition" → "problem definition", "it" → "IT"."""
    if value is None:
        return ""
    raw = str(value.value if isinstance(value, Enum) else value)
    return _SPECIAL.get(raw, raw.replace("_", " "))


def shown(value: Enum | str | None) -> str:
    """A stored value as a person reads it, in the current language: "문제 정의", "진행 중"."""
    if isinstance(value, BuyingStage):
        from consensus_app.core.journey import stage_words

        text = stage_words(value)
        return text[:1].lower() + text[1:]  # "problem definition" inside a line
    english = words(value)
    return _(english) if english in _STATUS_WORDS else english


def columns(text: str) -> int:
    """How many terminal columns `text` takes: Hangul, kanji and kana take two."""
    return sum(_width(ch) for ch in text)


def fitted(text: str, width: int) -> str:
    """`text` cut to `width` terminal columns and filled with spaces to exactly that many."""
    kept, used = [], 0
    for ch in text:
        if used + _width(ch) > width:
            break
        kept.append(ch)
        used += _width(ch)
    return "".join(kept) + " " * (width - used)


def _width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def iso_date(text: str) -> date:
    """An argparse type: a date written YYYY-MM-DD, refused with the expected form."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{text} is not a date; write it as YYYY-MM-DD, e.g. {example}").format(
                text=repr(text), example=date.today().isoformat()
            )
        ) from None
