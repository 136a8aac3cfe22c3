"""Colours, pens and words of the map, shared by the cards, the lines, the legend and exports.

Stance colours follow Okabe & Ito (2008), which stay apart for the common colour-vision
deficiencies. Colour is never the only cue: stances also carry a sign (−−, −, 0, +, ++),
and each line kind has its own dash pattern, width and end marker, so a grey-scale print
of the map still reads.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPen

from consensus_app.core.pursuit_map import EdgeKind
from consensus_app.core.relationship_kinds import LineEnd, LinePattern, kind_info
from consensus_app.core.wording import STANCE_SIGNS as STANCE_SIGNS  # drawn on cards and in the legend
from consensus_app.core.wording import STANCE_WORDS as STANCE_WORDS  # the deck checks it is the map's
from consensus_app.core.wording import stance_word as _stance_word
from consensus_app.i18n import N_, ShownWords, _
from models import Profile

# --- stance ---------------------------------------------------------------------------------

STANCE_COLORS: dict[int, str] = {
    -2: "#D55E00",  # opposed: vermillion
    -1: "#E69F00",  # skeptical: orange
    0: "#9A9A9A",  # neutral: grey
    1: "#56B4E9",  # supportive: sky blue
    2: "#0072B2",  # advocate: blue
}
# Text drawn on a stance fill: white only where it clears WCAG contrast on that colour.
STANCE_TEXT_COLORS: dict[int, str] = {-2: "#FFFFFF", -1: "#1A1A1A", 0: "#1A1A1A", 1: "#1A1A1A", 2: "#FFFFFF"}
# The sign printed in the card's stance band: the grey-scale cue for the stance colour.

NOT_MEMBER_COLOR = "#C9C9C9"  # band and border of people not on the committee
INK = "#1F1F1F"  # names
INK_SOFT = "#4A4A4A"  # titles
INK_MUTED = "#6B6B6B"  # function and role line
SELECTION_COLOR = "#1A73E8"
HIGHLIGHT_COLOR = "#F0E442"  # Okabe–Ito yellow: a highlighter-pen halo
HIGHLIGHT_RING = "#7A6F00"
CANVAS_COLOR = "#F7F8FA"
GRID_DOT_COLOR = "#D3D7DE"


def _clamp_stance(stance: int) -> int:
    return max(-2, min(2, stance))


def stance_color(stance: int) -> QColor:
    return QColor(STANCE_COLORS[_clamp_stance(stance)])


def stance_text_color(stance: int) -> QColor:
    return QColor(STANCE_TEXT_COLORS[_clamp_stance(stance)])


def stance_word(stance: int) -> str:
    return _stance_word(_clamp_stance(stance))


def stance_fill(stance: int) -> QColor:
    """The card's body: a faint tint of the stance, so the map reads at a glance without shouting."""
    return blend(stance_color(stance), QColor("#FFFFFF"), 0.10)


def blend(color: QColor, base: QColor, amount: float) -> QColor:
    """`amount` of `color` over `base` (0: base, 1: color)."""
    return QColor.fromRgbF(
        base.redF() + (color.redF() - base.redF()) * amount,
        base.greenF() + (color.greenF() - base.greenF()) * amount,
        base.blueF() + (color.blueF() - base.blueF()) * amount,
    )


# --- profile badges -------------------------------------------------------------------------

# Four groups a user must tell apart at a glance; the exact profile is in the tooltip.
PROFILE_GROUPS: dict[Profile, str] = {profile: profile.group for profile in Profile}
GROUP_LABELS: Mapping[str, str] = ShownWords(
    {
        "mobilizer": N_("Mobilizer"),
        "talker": N_("Talker"),
        "blocker": N_("Blocker"),
        "unknown": N_("Profile unknown"),
    }
)
GROUP_LETTERS: dict[str, str] = {"mobilizer": "M", "talker": "T", "blocker": "B", "unknown": "?"}
# Mobilizers get the heaviest mark (solid black): they are who the product tells users to find;
# talkers a light outline, so a map full of friendly talkers does not look like coverage.
BADGE_FILL: dict[str, str] = {
    "mobilizer": "#1F1F1F",
    "talker": "#FFFFFF",
    "blocker": "#882255",
    "unknown": "#FFFFFF",
}
BADGE_LINE: dict[str, str] = {
    "mobilizer": "#1F1F1F",
    "talker": "#3A3A3A",
    "blocker": "#5E1239",
    "unknown": "#7A7A7A",
}
BADGE_TEXT: dict[str, str] = {
    "mobilizer": "#FFFFFF",
    "talker": "#1F1F1F",
    "blocker": "#FFFFFF",
    "unknown": "#5A5A5A",
}
APPROVER_FILL = "#2F3B4C"


def profile_group(profile: Profile) -> str:
    return PROFILE_GROUPS.get(profile, "unknown")


_ACRONYMS = {"it": "IT", "hr": "HR"}


def function_label(function: str) -> str:
    """'it' -> 'IT', 'customer_service' -> 'Customer service'."""
    value = str(function)
    return _(_ACRONYMS.get(value, value.replace("_", " ").capitalize()))  # marked in core/wording


def profile_label(profile: Profile) -> str:
    return profile.value.replace("_", "-").capitalize()


# --- edges ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class EdgeStyle:
    label: str
    color: str
    width: float  # at strength 2
    dashes: tuple[float, ...] | None  # in units of the pen width; None: solid
    arrow: str | None  # "filled", "open" or None
    double: bool = False  # two rails (allies)
    cross: bool = False  # a × at the middle (conflicts)


# How the registry's neutral line descriptions (core/relationship_kinds.py) look here.
LINE_COLORS: dict[str, str] = {
    "reporting": "#4A4A4A",
    "dotted_reporting": "#858585",
    "influence": "#51708F",
    "alliance": "#009E73",
    "conflict": "#D55E00",
}
# (width at strength 2, dashes in units of the pen width or None for solid)
LINE_STROKES: dict[LinePattern, tuple[float, tuple[float, ...] | None]] = {
    LinePattern.SOLID: (1.6, None),
    LinePattern.DOTTED: (1.8, (1.0, 1.6)),
    LinePattern.DASH_DOT: (1.5, (7.0, 2.5, 1.5, 2.5)),
    LinePattern.DOUBLE: (1.3, None),
    LinePattern.DASHED: (1.8, (3.5, 2.5)),
}
LINE_ENDS: dict[LineEnd, str | None] = {
    LineEnd.FILLED_ARROW: "filled",
    LineEnd.OPEN_ARROW: "open",
    LineEnd.NONE: None,
}


def _edge_style(kind: EdgeKind) -> EdgeStyle:
    info = kind_info(kind)  # an unknown kind raises, naming it
    line = info.line
    width, dashes = LINE_STROKES[line.pattern]
    return EdgeStyle(
        info.legend,
        LINE_COLORS[line.colour],
        width,
        dashes,
        LINE_ENDS[line.end],
        double=line.pattern is LinePattern.DOUBLE,
        cross=line.cross,
    )


EDGE_STYLES: dict[EdgeKind, EdgeStyle] = {kind: _edge_style(kind) for kind in EdgeKind}


def strength_factor(strength: int) -> float:
    """Line width multiplier for a relationship's strength 1–3 (2 is the style's own width)."""
    return {1: 0.7, 2: 1.0, 3: 1.45}.get(max(1, min(3, strength)), 1.0)


def edge_pen(kind: EdgeKind, strength: int = 2, *, cosmetic: bool = False) -> QPen:
    """The line pen for one kind at one strength; for allies this is the outer rail pair."""
    style = EDGE_STYLES[kind]
    width = style.width * strength_factor(strength)
    if style.double:
        width = width * 2 + 1.6  # the white core (edge_core_pen) leaves a rail on each side
    pen = QPen(QColor(style.color), width)
    pen.setCosmetic(cosmetic)
    if style.dashes and not cosmetic:
        pen.setDashPattern(list(style.dashes))
    # Flat caps: a line's ends sit under an arrow head or on a card's border, where round caps
    # do not show, and they cost Qt's antialiased stroker ~10× more (~50× on dotted lines).
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return pen


def edge_core_pen(kind: EdgeKind, strength: int = 2) -> QPen | None:
    """The light core drawn over a double line, or None for single lines."""
    style = EDGE_STYLES[kind]
    if not style.double:
        return None
    pen = QPen(QColor("#FFFFFF"), 1.6)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


@dataclass(frozen=True)
class EdgePens:
    line: QPen
    core: QPen | None  # the white core of a double line
    simple: QPen  # thin solid cosmetic line for far zoom
    fast: QPen  # 1-pixel cosmetic line with the kind's dashes, while the map moves
    halo: QPen  # under a selected line
    marker: QPen  # open arrow heads and the conflict ×
    fast_marker: QPen  # the same, one pixel wide, while the map moves


def on_canvas(color: QColor, alpha: float) -> QColor:
    """`color` at opacity `alpha` over the bare canvas, as an opaque colour.

    Qt draws opaque lines and fills many times faster than translucent ones (a translucent
    one-pixel line is blended pixel by pixel: ~10× slower), and the faded lines and cards of
    people off the committee lie on the canvas, so the batched layers draw them this way.
    """
    if alpha >= 1.0:
        return QColor(color)
    canvas = QColor(CANVAS_COLOR)
    return QColor(
        round(color.red() * alpha + canvas.red() * (1 - alpha)),
        round(color.green() * alpha + canvas.green() * (1 - alpha)),
        round(color.blue() * alpha + canvas.blue() * (1 - alpha)),
    )


@lru_cache(maxsize=256)
def edge_pens(kind: EdgeKind, strength: int, emphasised: bool = False, alpha: float = 1.0) -> EdgePens:
    """Every pen one kind of line needs, made once (painting runs every frame); faded to `alpha`."""
    line = edge_pen(kind, strength)
    if emphasised:  # the lines of the hovered or selected card stand out
        line.setWidthF(line.widthF() * 1.6)
    simple = edge_pen(kind, strength, cosmetic=True)
    simple.setWidthF(2.0 if emphasised else 1.0)
    halo = QPen(QColor(26, 115, 232, 90), line.widthF() + 7)
    halo.setCapStyle(Qt.PenCapStyle.RoundCap)
    marker_width = line.widthF() if not EDGE_STYLES[kind].double else EDGE_STYLES[kind].width
    marker = QPen(line.color(), max(1.4, marker_width * 0.9))
    marker.setCapStyle(Qt.PenCapStyle.SquareCap)
    marker.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    # One device pixel wide: Qt draws such lines (dashes included) without its general stroker.
    fast = QPen(line.color(), 1.0)
    fast.setCosmetic(True)
    style = EDGE_STYLES[kind]
    if style.dashes:
        fast.setDashPattern([max(1.0, d * style.width * 1.2) for d in style.dashes])
    fast_marker = QPen(line.color(), 1.0)
    fast_marker.setCosmetic(True)
    core = edge_core_pen(kind, strength)
    for pen in (line, core, simple, fast, marker, fast_marker):
        if pen is not None:
            pen.setColor(on_canvas(pen.color(), alpha))
    return EdgePens(line, core, simple, fast, halo, marker, fast_marker)


def line_width(kind: EdgeKind, strength: int) -> float:
    """The drawn width of a single line (for allies: of one rail)."""
    return EDGE_STYLES[kind].width * strength_factor(strength)
