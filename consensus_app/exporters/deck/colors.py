"""The map's colours and words as the window shows them (ui/map/palette.py, which needs Qt).

A test checks these against the palette, so the deck and the window cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from consensus_app.core.pursuit_map import EdgeKind
from consensus_app.core.relationship_kinds import LinePattern, kind_info
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


# How the registry's neutral line descriptions (core/relationship_kinds.py) look on a slide.
LINE_COLORS: dict[str, str] = {
    "reporting": "4A4A4A",
    "dotted_reporting": "858585",
    "influence": "51708F",
    "alliance": "009E73",
    "conflict": "D55E00",
}
# (width in points, DrawingML preset dash or None for solid)
LINE_STROKES: dict[LinePattern, tuple[float, str | None]] = {
    LinePattern.SOLID: (1.0, None),
    LinePattern.DOTTED: (1.0, "sysDot"),
    LinePattern.DASH_DOT: (1.0, "dashDot"),
    LinePattern.DOUBLE: (1.75, None),  # one broad line stands for the window's two rails
    LinePattern.DASHED: (1.25, "dash"),
}


def _line_style(kind: EdgeKind) -> LineStyle:
    info = kind_info(kind)  # an unknown kind raises, naming it
    width, dash = LINE_STROKES[info.line.pattern]
    return LineStyle(info.legend.lower(), LINE_COLORS[info.line.colour], width, dash, info.directed)


LINE_STYLES: dict[EdgeKind, LineStyle] = {kind: _line_style(kind) for kind in EdgeKind}


def clamp_stance(stance: int) -> int:
    return max(-2, min(2, stance))


def tint(color: str, amount: float = 0.10) -> str:
    """`amount` of `color` over white: the card's body, a faint tint of the stance."""
    channels = [int(color[i : i + 2], 16) for i in (0, 2, 4)]
    return "".join(f"{round(255 + (c - 255) * amount):02X}" for c in channels)
