"""The map's colours and words as the window shows them (ui/map/palette.py, which needs Qt).

A test checks these against the palette, so the deck and the window cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from consensus_app.core.pursuit_map import EdgeKind
from consensus_app.core.wording import STANCE_SIGNS as STANCE_SIGNS  # the window's, for the drift test
from consensus_app.core.wording import STANCE_WORDS as STANCE_WORDS
from models import Profile

STANCE_COLORS: dict[int, str] = {-2: "D55E00", -1: "E69F00", 0: "9A9A9A", 1: "56B4E9", 2: "0072B2"}
NOT_MEMBER_COLOR = "C9C9C9"
APPROVER_COLOR = "2F3B4C"
BLOCKER_COLOR = "882255"
PROFILE_GROUPS: dict[Profile, str] = {profile: profile.group for profile in Profile}


@dataclass(frozen=True)
class LineStyle:
    label: str
    color: str
    width: float  # points
    dash: str | None  # a DrawingML preset dash, or None for solid
    arrow: bool  # an arrow head at the end (the manager, the one influenced)


LINE_STYLES: dict[EdgeKind, LineStyle] = {
    EdgeKind.REPORTS_TO: LineStyle("reports to", "4A4A4A", 1.0, None, True),
    EdgeKind.DOTTED_LINE: LineStyle("dotted-line report", "858585", 1.0, "sysDot", True),
    EdgeKind.INFLUENCES: LineStyle("influences", "51708F", 1.0, "dashDot", True),
    EdgeKind.ALLIES: LineStyle("allies", "009E73", 1.75, None, False),
    EdgeKind.CONFLICTS: LineStyle("conflicts", "D55E00", 1.25, "dash", False),
}


def clamp_stance(stance: int) -> int:
    return max(-2, min(2, stance))


def tint(color: str, amount: float = 0.10) -> str:
    """`amount` of `color` over white: the card's body, a faint tint of the stance."""
    channels = [int(color[i : i + 2], 16) for i in (0, 2, 4)]
    return "".join(f"{round(255 + (c - 255) * amount):02X}" for c in channels)
