"""The line under the portfolio board: how many pursuits it shows of how many, with what filter,
how many are stalled or have critical findings, the provisional scores and what is still being
assessed."""

from __future__ import annotations

from consensus_app.i18n import ngettext
from consensus_app.ui.portfolio_model import BoardCounts


def summary_words(counts: BoardCounts, scope: str) -> str:
    """The summary line for the counts of the rows the filter lets through (`scope`: the filter)."""
    total, waiting, provisional = counts.total, counts.waiting, counts.provisional
    # gettext's plurals: right in English with no catalogue loaded (Qt's %n needs one for English too).
    text = ngettext(
        "{n} open pursuit shown of {total} ({scope}): {stalled} stalled, {critical} with critical "
        "findings. Days in stage come from the change log; readiness is the latest kept assessment.",
        "{n} open pursuits shown of {total} ({scope}): {stalled} stalled, {critical} with critical "
        "findings. Days in stage come from the change log; readiness is the latest kept assessment.",
        counts.shown,
    ).format(
        n=f"{counts.shown:,}",
        total=f"{total:,}",
        scope=scope,
        stalled=counts.stalled,
        critical=counts.critical,
    )
    if provisional:
        text += " " + ngettext(
            "{n} score marked * is provisional: assessed without the committee's themes (open the "
            "pursuit to assess it fully).",
            "{n} scores marked * are provisional: assessed without the committee's themes (open the "
            "pursuit to assess them fully).",
            provisional,
        ).format(n=f"{provisional:,}")
    if waiting:
        said = ngettext(
            "Assessing {n} pursuit in the background…",
            "Assessing {n} pursuits in the background…",
            waiting,
        )
        text += " " + said.format(n=f"{waiting:,}")
    return text
