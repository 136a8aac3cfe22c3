"""Every kind of line on the map, in one table: what it is called, which way it points, how it
is drawn, how much it sways and pulls, and what exports call it.

The stored relationship kinds (`models.RelationshipKind`) plus the formal reporting line
(`reports_to`, which comes from the people's records, not from a relationship row). Whatever
switches on a kind — the canvas, the legend, the tie menus, the sway graph, the influence
layout, the exports — reads this table; a kind missing here raises `UnknownRelationshipKind`
naming it instead of being drawn or weighed as some other kind. docs/extending.md says what
else a new kind needs (a migration for the database's CHECK constraint, the JSON Schema).

Line styles are neutral descriptions (a pattern, a colour key, an end mark); the window's
palette and the deck map them to pens and colours.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from consensus_app.i18n import N_


class UnknownRelationshipKind(KeyError):
    """A kind with no entry in RELATIONSHIP_KINDS: a programming error, named in the message."""

    def __init__(self, kind: object) -> None:
        super().__init__(kind)
        self.kind = kind

    def __str__(self) -> str:
        return (
            f"unknown relationship kind {str(self.kind)!r}: it has no entry in "
            "consensus_app/core/relationship_kinds.py (see docs/extending.md)"
        )


class LinePattern(StrEnum):
    SOLID = "solid"
    DOTTED = "dotted"
    DASHED = "dashed"
    DASH_DOT = "dash_dot"
    DOUBLE = "double"  # two rails


class LineEnd(StrEnum):
    FILLED_ARROW = "filled_arrow"  # at the target: the manager
    OPEN_ARROW = "open_arrow"  # at the target: the one influenced
    NONE = "none"


class Closeness(StrEnum):
    """Whether a tie brings two people together (brokers, factions) or sets them apart."""

    TIE = "tie"
    CONFLICT = "conflict"  # never a path for influence, never one faction


@dataclass(frozen=True)
class LineStyle:
    pattern: LinePattern
    colour: str  # a key the palettes map to a colour ("reporting", "conflict", …)
    end: LineEnd
    cross: bool = False  # a × at the middle


@dataclass(frozen=True)
class RelationshipKindInfo:
    code: str  # the stored value and JSON code; never shown as a word
    label: str  # in menus and tables: "Dotted line"
    help: str  # after the label in the tie menus: "informal (matrix) reporting"
    legend: str  # in the map's key and the deck's: "Dotted-line report"
    sentence: str  # a line's tooltip, with {a} the source and {b} the target
    directed: bool
    line: LineStyle
    # Sway per unit of strength: how much the source moves the target (forward) and the
    # target the source (backward). Relative weights; the analytics read them as a graph.
    sway_forward: float
    sway_backward: float
    closeness: Closeness
    pull: float  # attraction per unit of strength in the influence layout (0: none)
    export_name: str  # the `kind` attribute of GraphML and GEXF edges
    stored: bool = True  # False: not a relationship row (the formal reporting line)
    fixed_strength: int | None = None  # lines with no strength of their own count as this


def _info(code: str, **fields: object) -> RelationshipKindInfo:
    return RelationshipKindInfo(code=code, export_name=code, **fields)  # type: ignore[arg-type]


# In the order the legend lists them.
RELATIONSHIP_KINDS: dict[str, RelationshipKindInfo] = {
    info.code: info
    for info in (
        _info(
            "reports_to",
            label=N_("Reports to"),
            help=N_("formal reporting line"),
            legend=N_("Reports to"),
            sentence=N_("{a} reports to {b}"),
            directed=True,
            line=LineStyle(LinePattern.SOLID, "reporting", LineEnd.FILLED_ARROW),
            # A manager sways a report fully, a report the manager a little (upward influence
            # is real but weaker).
            sway_forward=0.4,
            sway_backward=1.0,
            closeness=Closeness.TIE,
            pull=0.3,
            stored=False,
            fixed_strength=2,
        ),
        _info(
            "dotted_line",
            label=N_("Dotted line"),
            help=N_("informal (matrix) reporting"),
            legend=N_("Dotted-line report"),
            sentence=N_("{a} has a dotted-line report to {b}"),
            directed=True,
            line=LineStyle(LinePattern.DOTTED, "dotted_reporting", LineEnd.FILLED_ARROW),
            sway_forward=0.2,  # a weaker reporting line
            sway_backward=0.5,
            closeness=Closeness.TIE,
            pull=0.15,
        ),
        _info(
            "influences",
            label=N_("Influences"),
            help=N_("sways the other's view"),
            legend=N_("Influences"),
            sentence=N_("{a} influences {b}"),
            directed=True,
            line=LineStyle(LinePattern.DASH_DOT, "influence", LineEnd.OPEN_ARROW),
            sway_forward=1.0,
            sway_backward=0.0,
            closeness=Closeness.TIE,
            pull=0.5,
        ),
        _info(
            "allies",
            label=N_("Allies"),
            help=N_("work together, back each other"),
            legend=N_("Allies"),
            sentence=N_("{a} and {b} are allies"),
            directed=False,
            line=LineStyle(LinePattern.DOUBLE, "alliance", LineEnd.NONE),
            # Allies agree with each other, which is not one moving the other: no sway.
            sway_forward=0.0,
            sway_backward=0.0,
            closeness=Closeness.TIE,
            pull=0.5,
        ),
        _info(
            "conflicts",
            label=N_("Conflicts"),
            help=N_("pull in different directions"),
            legend=N_("Conflicts"),
            sentence=N_("{a} and {b} are in conflict"),
            directed=False,
            line=LineStyle(LinePattern.DASHED, "conflict", LineEnd.NONE, cross=True),
            sway_forward=0.0,
            sway_backward=0.0,
            closeness=Closeness.CONFLICT,
            pull=0.0,  # a conflict is not closeness
        ),
    )
}


def kind_info(kind: str) -> RelationshipKindInfo:
    """The entry of one kind (an EdgeKind, a RelationshipKind or its code); raises for an unknown one."""
    try:
        return RELATIONSHIP_KINDS[str(kind)]
    except KeyError:
        raise UnknownRelationshipKind(kind) from None


def stored_kinds() -> list[RelationshipKindInfo]:
    """The kinds a relationship row can have (all but the formal reporting line)."""
    return [info for info in RELATIONSHIP_KINDS.values() if info.stored]


def strength_of(kind: str, strength: int) -> int:
    """A line's strength 1–3 as the analytics count it (reporting lines have none of their own)."""
    fixed = kind_info(kind).fixed_strength
    return fixed if fixed is not None else max(1, min(3, strength))
