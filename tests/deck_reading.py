"""Reading a written deck back with python-pptx, as the deck tests check it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE, MSO_SHAPE_TYPE
from pptx.oxml.ns import qn
from pptx.presentation import Presentation as PresentationType
from pptx.shapes.base import BaseShape
from pptx.slide import Slide


@dataclass(frozen=True)
class Line:
    name: str
    begin: str | None  # the name of the card its start is glued to
    end: str | None


def open_deck(path: Path) -> PresentationType:
    return Presentation(str(path))


def title(slide: Slide) -> str:
    return slide.shapes.title.text_frame.text if slide.shapes.title is not None else ""


def slides_titled(deck: PresentationType, start: str) -> list[Slide]:
    return [s for s in deck.slides if title(s).startswith(start)]


def cards(slide: Slide) -> dict[str, BaseShape]:
    """The person cards on a slide by name: rounded rectangles named "Card: <name>"."""
    found = {}
    for shape in slide.shapes:
        if shape.shape_type == MSO_SHAPE_TYPE.AUTO_SHAPE and shape.name.startswith("Card: "):
            assert shape.auto_shape_type == MSO_SHAPE.ROUNDED_RECTANGLE
            found[shape.name.removeprefix("Card: ")] = shape
    return found


def lines(slide: Slide) -> list[Line]:
    """The connectors on a slide and the cards their ends are attached to (by shape id)."""
    by_id = {shape.shape_id: shape.name.removeprefix("Card: ") for shape in slide.shapes}
    found = []
    for shape in slide.shapes:
        if shape.shape_type != MSO_SHAPE_TYPE.LINE and shape._element.tag != qn("p:cxnSp"):
            continue
        connection = shape._element.find(f"{qn('p:nvCxnSpPr')}/{qn('p:cNvCxnSpPr')}")
        assert connection is not None
        start, end = connection.find(qn("a:stCxn")), connection.find(qn("a:endCxn"))
        found.append(
            Line(
                shape.name,
                by_id.get(int(start.get("id"))) if start is not None else None,
                by_id.get(int(end.get("id"))) if end is not None else None,
            )
        )
    return found


def table_rows(slide: Slide) -> list[list[str]]:
    """The rows of the native tables on a slide, header rows included."""
    rows = []
    for shape in slide.shapes:
        if shape.has_table:
            rows += [[cell.text_frame.text for cell in row.cells] for row in shape.table.rows]
    return rows


def all_text(deck: PresentationType) -> str:
    """Every piece of text on every slide: text boxes, cards and table cells."""
    parts = []
    for slide in deck.slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                parts.append(shape.text_frame.text)
            if getattr(shape, "has_table", False):
                parts += [cell.text_frame.text for row in shape.table.rows for cell in row.cells]
    return "\n".join(parts)
