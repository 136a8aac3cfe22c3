"""What an operation changed, so each view updates only that."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# The kinds of rows an operation can touch (the repositories' `entity` names).
ACCOUNT, PURSUIT, STAKEHOLDER, SEAT, PRIORITY, TIE, MESSAGE, POSITION = (
    "account",
    "pursuit",
    "stakeholder",
    "committee member",
    "priority",
    "relationship",
    "message",
    "position",
)


@dataclass
class Changed:
    """Rows written by one run of an operation (forward, undo or redo).

    `records` holds each row as it is now (None once deleted), so views can redraw a card
    without reading the database again; `added` and `removed` name rows that came or went
    (a card joins or leaves, a line is drawn or taken away).
    """

    records: dict[tuple[str, int], Any] = field(default_factory=dict)
    added: set[tuple[str, int]] = field(default_factory=set)
    removed: set[tuple[str, int]] = field(default_factory=set)
    moved: dict[int, tuple[float, float]] = field(default_factory=dict)  # card positions saved
    last_values: dict[tuple[str, int], dict[str, Any]] = field(default_factory=dict)  # of removed rows
    kept_theirs: bool = False  # some rows were kept as a colleague left them: show theirs
    # Reporting lines that moved: stakeholder id -> their manager now (None: nobody). A new
    # manager set by hand, reports cut loose by their manager's deletion, or tied back by undo.
    managers: dict[int, int | None] = field(default_factory=dict)

    def wrote(self, entity: str, record: Any) -> None:
        self.records[(entity, record.id)] = record

    def created(self, entity: str, record: Any) -> None:
        self.wrote(entity, record)
        self.added.add((entity, record.id))
        self.removed.discard((entity, record.id))

    def deleted(self, entity: str, row_id: int, last: dict[str, Any]) -> None:
        """`last`: the row's values just before it went (whose priority it was, say)."""
        self.records[(entity, row_id)] = None
        self.last_values[(entity, row_id)] = last
        self.removed.add((entity, row_id))
        self.added.discard((entity, row_id))

    def touches(self, *entities: str) -> bool:
        return any(kind in entities for kind, _ in self.records)

    @property
    def reshaped(self) -> bool:
        """Rows were kept as a colleague left them, which this record does not hold: the map is
        read again."""
        return self.kept_theirs

    @property
    def recast(self) -> bool:
        """People came or went, took or left a seat, or reporting lines moved: cards join, leave
        or change."""
        return (
            bool(self.managers)
            or any(kind == STAKEHOLDER for kind, _ in self.added | self.removed)
            or any(kind == SEAT for kind, _ in self.added | self.removed)
        )

    @property
    def people_gone(self) -> set[int]:
        return {row_id for kind, row_id in self.removed if kind == STAKEHOLDER}

    @property
    def retied(self) -> bool:
        """Relationships came, went or changed: the lines change, the people do not."""
        return self.touches(TIE)
