"""Where users placed the cards of each pursuit's map, per layout."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import delete, insert
from sqlmodel import col, select

from models import NodePosition

if TYPE_CHECKING:
    from consensus_app.storage.workspace import Workspace

Point = tuple[float, float]


class PositionRepository:
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def get(self, pursuit_id: int, layout: str) -> dict[int, Point]:
        query = select(NodePosition).where(
            NodePosition.pursuit_id == pursuit_id, NodePosition.layout == layout
        )
        with self._ws.read() as session:
            return {p.stakeholder_id: (p.x, p.y) for p in session.exec(query)}

    def save(self, pursuit_id: int, layout: str, positions: dict[int, Point]) -> None:
        """Remember these cards' places (others keep theirs)."""
        if not positions:
            return
        with self._ws.write() as session:
            session.execute(
                delete(NodePosition).where(
                    col(NodePosition.pursuit_id) == pursuit_id,
                    col(NodePosition.layout) == layout,
                    col(NodePosition.stakeholder_id).in_(list(positions)),
                )
            )
            session.execute(
                insert(NodePosition),
                [
                    {"pursuit_id": pursuit_id, "stakeholder_id": s, "layout": layout, "x": x, "y": y}
                    for s, (x, y) in positions.items()
                ],
            )

    def clear(self, pursuit_id: int, layout: str) -> None:
        with self._ws.write() as session:
            session.execute(
                delete(NodePosition).where(
                    col(NodePosition.pursuit_id) == pursuit_id, col(NodePosition.layout) == layout
                )
            )
