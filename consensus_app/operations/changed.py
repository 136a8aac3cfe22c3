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
    # Someone got another manager, or came back with what went with them: the map is read again.
    regrouped: bool = False

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

    def note_restored(self, entity: str) -> None:
        """A deleted person came back with their seats, priorities, ties and reports' lines,
        rows this record does not list: the map must be read again."""
        if entity == STAKEHOLDER:
            self.regrouped = True

    def touches(self, *entities: str) -> bool:
        return any(kind in entities for kind, _ in self.records)

    @property
    def reshaped(self) -> bool:
        """Someone left (and took their seats, ties and reports' line along), or a reporting line
        moved: the map is read again."""
        if self.regrouped or self.kept_theirs:
            return True
        return any(kind == STAKEHOLDER for kind, _ in self.removed)

    @property
    def recast(self) -> bool:
        """People came, or took or left a seat: cards are added or change, nobody leaves the map."""
        return any(kind == STAKEHOLDER for kind, _ in self.added) or any(
            kind == SEAT for kind, _ in self.added | self.removed
        )

    @property
    def retied(self) -> bool:
        """Relationships came, went or changed: the lines change, the people do not."""
        return self.touches(TIE)
