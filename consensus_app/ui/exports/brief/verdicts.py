"""Words the brief uses for numbers: the verdict on a score, stances with their signs."""

from __future__ import annotations

from consensus_app.ui.map import palette
from models import Profile

PROFILE_LABELS = {
    Profile.GO_GETTER: "Go-Getter",
    Profile.TEACHER: "Teacher",
    Profile.SKEPTIC: "Skeptic",
    Profile.GUIDE: "Guide",
    Profile.FRIEND: "Friend",
    Profile.CLIMBER: "Climber",
    Profile.BLOCKER: "Blocker",
    Profile.UNKNOWN: "unknown",
}


def verdict(score: int) -> str:
    """As the assessment panel says it."""
    from consensus_app.ui.assessment_panel import verdict as panel_verdict

    return panel_verdict(score)


def stance(value: int) -> str:
    """ "++ advocate", "−− opposed": the sign reads in grey-scale where the map's colour does not."""
    clamped = max(-2, min(2, value))
    return f"{palette.STANCE_SIGNS[clamped]}\u00a0{palette.STANCE_WORDS[clamped]}"  # never split
