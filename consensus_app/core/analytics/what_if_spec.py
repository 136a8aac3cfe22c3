"""Imagined changes written as short sentences, for `analyze --what-if`.

    stance NAME +2            the person's stance becomes +2 (−2 opposed … +2 advocate)
    leaves NAME               the person leaves the company (their seat kept as a departure)
    tie A influences B        a new tie (influences, allies, conflicts, dotted_line), strength 2
    engaged NAME              the person is met today

A name is a person's name or interchange id, or a unique start of either (case-insensitive);
names with spaces go in quotes: stance "Kari Nordmann" +1.
"""

from __future__ import annotations

import shlex
from datetime import date

from consensus_app.core.analytics.changes import AddTie, Change, Engage, SetStance
from consensus_app.core.analytics.leaving import Leaves
from consensus_app.core.pursuit_map import EdgeKind, MapNode, PursuitMap
from consensus_app.i18n import _

FORMS = ("stance NAME +2", "leaves NAME", "tie A influences B", "engaged NAME")
TIE_KINDS = {kind.value: kind for kind in EdgeKind if kind is not EdgeKind.REPORTS_TO}


class WhatIfSpecError(ValueError):
    """A what-if sentence that cannot be read; the message says which and why."""


def parse_change(spec: str, pursuit_map: PursuitMap, today: date) -> Change:
    try:
        words = shlex.split(spec)
    except ValueError as exc:
        raise WhatIfSpecError(_("what-if {spec}: {reason}").format(spec=repr(spec), reason=exc)) from exc
    verb, args = (words[0].lower(), words[1:]) if words else ("", [])
    if verb == "stance" and len(args) == 2:
        return SetStance(_person(spec, args[0], pursuit_map).stakeholder_id, _stance(spec, args[1]))
    if verb == "leaves" and len(args) == 1:  # as marking them left would: their seat kept as a departure
        return Leaves(_person(spec, args[0], pursuit_map).stakeholder_id, today)
    if verb == "engaged" and len(args) == 1:
        return Engage(_person(spec, args[0], pursuit_map).stakeholder_id, today)
    if verb == "tie" and len(args) == 3:
        kind = TIE_KINDS.get(args[1].lower().replace("-", "_"))
        if kind is None:
            raise WhatIfSpecError(
                _("what-if {spec}: a tie is one of {kinds}, not {kind}").format(
                    spec=repr(spec), kinds=", ".join(TIE_KINDS), kind=repr(args[1])
                )
            )
        source, target = (_person(spec, name, pursuit_map) for name in (args[0], args[2]))
        return AddTie(source.stakeholder_id, target.stakeholder_id, kind)
    raise WhatIfSpecError(
        _("what-if {spec}: write one of: {forms}").format(spec=repr(spec), forms="; ".join(FORMS))
    )


def _stance(spec: str, text: str) -> int:
    try:
        value = int(text.replace("−", "-"))
    except ValueError:
        value = 99
    if not -2 <= value <= 2:
        raise WhatIfSpecError(
            _("what-if {spec}: a stance is a whole number from -2 to +2, not {text}").format(
                spec=repr(spec), text=repr(text)
            )
        )
    return value


def _person(spec: str, name: str, pursuit_map: PursuitMap) -> MapNode:
    wanted = name.casefold()
    exact = [n for n in pursuit_map.nodes if wanted in (n.name.casefold(), n.key.casefold())]
    found = exact or [
        n
        for n in pursuit_map.nodes
        if n.name.casefold().startswith(wanted) or n.key.casefold().startswith(wanted)
    ]
    if len(found) == 1:
        return found[0]
    if not found:
        raise WhatIfSpecError(
            _("what-if {spec}: nobody at this account is called {name}").format(
                spec=repr(spec), name=repr(name)
            )
        )
    names = ", ".join(sorted(n.name for n in found)[:6])
    raise WhatIfSpecError(
        _("what-if {spec}: {name} could be {names}; write more of the name").format(
            spec=repr(spec), name=repr(name), names=names
        )
    )
