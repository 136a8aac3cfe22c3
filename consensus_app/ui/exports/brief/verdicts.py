"""Words the brief uses: the verdict on a score, the profiles' names."""

from __future__ import annotations

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
    """As the assessment panel says it, in the brief's language."""
    from consensus_app.core.analytics.verdicts import verdict as words

    return words(score)
