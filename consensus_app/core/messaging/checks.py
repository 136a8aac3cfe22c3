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
from consensus_app.core.wording import function_words
from consensus_app.i18n import N_, _
from models import Function

# The warnings are the seller's: in the seller's language (the window's, or --lang), whatever
# language the draft is written in.
WHY = N_(
    "a message built on one function's goals highlights what divides the group instead of what it shares"
)


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
    why = _(WHY)
    warnings = []
    built_on = list(dict.fromkeys(functions))
    if len(built_on) == 1:
        name = function_words(built_on[0].value)
        warnings.append(
            _("Built on a theme only {name} voiced: it speaks to one function's goals ({why}).").format(
                name=name, why=why
            )
        )
    named = [f for f in built_on if _mentions(text, templates.function_name(f))]
    if len(named) == 1:
        warnings.append(
            _("Names only {name}: say which functions it brings together ({why}).").format(
                name=function_words(named[0].value), why=why
            )
        )
    elif not named:
        warnings.append(
            _("Names no function: say which functions it brings together ({why}).").format(why=why)
        )
    used = {q.function for q in quotes if q.text in text}
    if len(used) == 1:
        name = function_words(next(iter(used)).value)
        warnings.append(
            _("Every quoted statement comes from {name}: add another function's own words ({why}).").format(
                name=name, why=why
            )
        )
    return warnings


def _mentions(text: str, name: str) -> bool:
    if not name:
        return False
    if name.isascii():
        flags = 0 if len(name) <= 3 else re.IGNORECASE  # "IT" is a function, "it" is not
        return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, flags) is not None
    return name in text
