"""The words for a readiness score, the same in the window, the brief and the deck."""

from __future__ import annotations

from consensus_app.i18n import _

READY, WORK = 75, 50  # at or above: "Ready to agree"; at or above: "Work to do"; below: "Divided"


def verdict(score: int) -> str:
    """The score in a word or three, in the current language."""
    if score >= READY:
        return _("Ready to agree")
    if score >= WORK:
        return _("Work to do")
    return _("Divided")
