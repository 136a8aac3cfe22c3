"""The personalization check: does a draft speak to one function's goals only?

Research (CEB/Gartner, "Making the Consensus Sale"): a message tailored to one stakeholder
helps that person but, across the group, highlights divergent goals and works against
consensus. A group message should name the functions it brings together and use more than
one function's own words. The check reads the text as it stands, so it also applies after
the user edits a draft (`dataclasses.replace(draft, body=...)`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from consensus_app.core.messaging.model import Draft, Kit, Quote
from consensus_app.core.messaging.templates import templates_for
from models import Function

WHY = "a message built on one function's goals highlights what divides the group instead of what it shares"


def personalization_warnings(draft: Draft) -> list[str]:
    """Reasons the draft speaks to one function only; empty when it bridges functions."""
    return _check(draft.title + "\n" + draft.body, draft.functions, draft.quotes, draft.language)


def kit_warnings(kit: Kit) -> list[str]:
    """The same check for the piece a mobilizer shares with peers."""
    if not kit.share_body:
        return []
    return _check(kit.share_title + "\n" + kit.share_body, kit.share_functions, kit.quotes, kit.language)


def _check(text: str, functions: Sequence[Function], quotes: Sequence[Quote], language: str) -> list[str]:
    templates = templates_for(language)
    english = templates_for("en")
    warnings = []
    built_on = list(dict.fromkeys(functions))
    if len(built_on) == 1:
        name = english.function_name(built_on[0])
        warnings.append(f"Built on a theme only {name} voiced: it speaks to one function's goals ({WHY}).")
    named = [f for f in built_on if _mentions(text, templates.function_name(f))]
    if len(named) < 2:
        which = f"only {english.function_name(named[0])}" if named else "no function"
        warnings.append(f"Names {which}: say which functions it brings together ({WHY}).")
    used = {q.function for q in quotes if q.text in text}
    if len(used) == 1:
        name = english.function_name(next(iter(used)))
        warnings.append(
            f"Every quoted statement comes from {name}: add another function's own words ({WHY})."
        )
    return warnings


def _mentions(text: str, name: str) -> bool:
    if not name:
        return False
    if name.isascii():
        flags = 0 if len(name) <= 3 else re.IGNORECASE  # "IT" is a function, "it" is not
        return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, flags) is not None
    return name in text
