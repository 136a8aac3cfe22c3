"""Words the brief uses: the verdict on a score, the profiles' names."""

from __future__ import annotations

from consensus_app.i18n import N_
from models import Profile

# Marked for the catalogues; translated where shown (the glossary keeps the names recognisable).
PROFILE_LABELS = {
    Profile.GO_GETTER: N_("Go-Getter"),
    Profile.TEACHER: N_("Teacher"),
    Profile.SKEPTIC: N_("Skeptic"),
    Profile.GUIDE: N_("Guide"),
    Profile.FRIEND: N_("Friend"),
    Profile.CLIMBER: N_("Climber"),
    Profile.BLOCKER: N_("Blocker"),
    Profile.UNKNOWN: N_("unknown"),
}


def verdict(score: int) -> str:
    """As the assessment panel says it, in the brief's language."""
    from consensus_app.core.analytics.verdicts import verdict as words

    return words(score)
