"""The map's lines as connectors glued to the cards: each end names its card and connection point,
so PowerPoint (and Impress) keep the line attached when a card is moved.

Written as XML directly, behind the cards: python-pptx's add_connector and begin_connect look
up the next shape id and the card's geometry on every call, which made a 500-person deck slow.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pptx.oxml.ns import qn
from pptx.oxml.shapes.connector import CT_Connector
from pptx.slide import Slide

from consensus_app.core.pursuit_map import MapEdge
from consensus_app.exporters.deck.colors import LINE_STYLES
from consensus_app.exporters.deck.xml_parts import paint_line

TOP, LEFT, BOTTOM, RIGHT = 0, 1, 2, 3  # a rectangle's connection points, in DrawingML order
STRENGTH = {1: 0.75, 3: 1.5}  # line width factors for weak and strong ties


@dataclass(frozen=True)
class CardBox:
    """A card's shape id, the person's name and its box in EMU."""

    shape_id: int
    name: str
    x: int
    y: int
    cx: int
    cy: int

    def point(self, side: int) -> tuple[int, int]:
        return {
            TOP: (self.x + self.cx // 2, self.y),
            LEFT: (self.x, self.y + self.cy // 2),
            BOTTOM: (self.x + self.cx // 2, self.y + self.cy),
            RIGHT: (self.x + self.cx, self.y + self.cy // 2),
        }[side]


def add_connectors(slide: Slide, edges: Iterable[MapEdge], cards: dict[int, CardBox]) -> int:
    """A connector per edge between two of these cards, behind them; returns how many."""
    tree = slide.shapes._spTree
    next_id = max(int(e.get("id", "0")) for e in tree.iter(qn("p:cNvPr"))) + 1
    added = 0
    for edge in edges:
        source, target = cards.get(edge.source_id), cards.get(edge.target_id)
        if source is None or target is None or source is target:
            continue
        begin, end = sides(source, target)
        (x1, y1), (x2, y2) = source.point(begin), target.point(end)
        element = CT_Connector.new_cxnSp(
            next_id, "", "line", min(x1, x2), min(y1, y2), abs(x2 - x1), abs(y2 - y1), x2 < x1, y2 < y1
        )
        style = LINE_STYLES[edge.kind]
        element.find(f"{qn('p:nvCxnSpPr')}/{qn('p:cNvPr')}").set(
            "name", f"{style.label.capitalize()}: {source.name} → {target.name}"
        )
        glue = element.find(f"{qn('p:nvCxnSpPr')}/{qn('p:cNvCxnSpPr')}")
        glue.append(glue.makeelement(qn("a:stCxn"), {"id": str(source.shape_id), "idx": str(begin)}))
        glue.append(glue.makeelement(qn("a:endCxn"), {"id": str(target.shape_id), "idx": str(end)}))
        width = style.width * STRENGTH.get(edge.strength, 1.0)
        paint_line(element.spPr, style.color, width, style.dash, style.arrow)
        element.spPr.append(element.spPr.makeelement(qn("a:effectLst"), {}))  # no theme shadow
        tree.insert(2, element)  # behind every card (0, 1: the tree's own properties)
        next_id += 1
        added += 1
    return added


def sides(source: CardBox, target: CardBox) -> tuple[int, int]:
    """Which connection points to join: top and bottom when one card is above the other, else the
    facing sides."""
    sx, sy = source.x + source.cx // 2, source.y + source.cy // 2
    tx, ty = target.x + target.cx // 2, target.y + target.cy // 2
    if abs(ty - sy) >= source.cy:
        return (TOP, BOTTOM) if ty < sy else (BOTTOM, TOP)
    return (LEFT, RIGHT) if tx < sx else (RIGHT, LEFT)
