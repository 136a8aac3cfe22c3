"""Each finding's title as people read it: "An approver doubts or opposes it", not APPROVER_OPPOSED.

The codes stay what JSON, the CLI's --json and the stored snapshots keep; everything a person
reads (the window, the brief, the CLI's text) shows the title, in the current language.
"""

from __future__ import annotations

from collections.abc import Iterable

from consensus_app.i18n import N_, _

# Marked for the catalogues; a code missing here reads as itself (a newer finding, say).
FINDING_TITLES = {
    "APPROVER_OPPOSED": N_("An approver doubts or opposes it"),
    "BLOCKER_RISK": N_("A blocker could stop it"),
    "CHAMPION_LEFT": N_("A champion has left"),
    "DIVERGENT_PRIORITIES": N_("Priorities far apart"),
    "FACTION_WITHOUT_MOBILIZER": N_("A group with nobody to carry it"),
    "JOURNEY_LAG": N_("Some buyers are behind"),
    "LARGE_GROUP": N_("Many people to agree"),
    "LOOPING": N_("Back to an earlier stage"),
    "NO_MOBILIZER": N_("No mobilizer for it"),
    "PLAN_STEP_OVERDUE": N_("A plan step is overdue"),
    "SINGLE_THREADED": N_("Everything through one person"),
    "STALE_ASSESSMENT": N_("Views not checked lately"),
    "TALKER_HEAVY": N_("Mostly talkers"),
    "UNENGAGED_APPROVER": N_("An approver not engaged"),
}


def finding_title(code: str) -> str:
    """The finding's title in the current language (APPROVER_OPPOSED: "An approver doubts or
    opposes it"); a code without a title reads as itself."""
    title = FINDING_TITLES.get(code)
    return _(title) if title is not None else code


def finding_titles(codes: Iterable[str]) -> str:
    """Several findings' titles as one list: "An approver doubts or opposes it, A blocker could stop it"."""
    # TRANSLATORS: the separator between the items of a list.
    return _(", ").join(finding_title(code) for code in codes)
