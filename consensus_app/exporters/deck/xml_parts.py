"""Fills and outlines written as DrawingML directly.

python-pptx's `fill.solid()` and colour setters walk the schema on every call (~0.5 ms each);
a 500-person deck sets thousands of them, so shapes and cells made here get theirs as XML.
"""

from __future__ import annotations

from typing import Any

from pptx.oxml.ns import qn
from pptx.shapes.autoshape import Shape
from pptx.table import _Cell
from pptx.util import Pt

_SOLID, _RGB, _LINE, _EFFECTS = qn("a:solidFill"), qn("a:srgbClr"), qn("a:ln"), qn("a:effectLst")
_DASH, _TAIL = qn("a:prstDash"), qn("a:tailEnd")


def solid_fill(parent: Any, color: str) -> Any:
    """An `a:solidFill` of `color` (hex RRGGBB), made in `parent`'s document, not yet placed."""
    fill = parent.makeelement(_SOLID, {})
    fill.append(fill.makeelement(_RGB, {"val": color}))
    return fill


def paint_shape(shape: Shape, fill: str, outline: str, width_pt: float) -> None:
    """A new auto shape's fill, outline and no shadow (its spPr holds only xfrm and geometry)."""
    properties = shape._element.spPr
    properties.append(solid_fill(properties, fill))
    line = properties.makeelement(_LINE, {"w": str(int(Pt(width_pt)))})
    line.append(solid_fill(line, outline))
    properties.append(line)
    properties.append(properties.makeelement(_EFFECTS, {}))  # no theme shadow


def paint_cell(cell: _Cell, color: str) -> None:
    """A new table cell's background (its tcPr has no fill yet)."""
    properties = cell._tc.get_or_add_tcPr()
    properties.append(solid_fill(properties, color))


def paint_line(properties: Any, color: str, width_pt: float, dash: str | None, arrow: bool) -> None:
    """A new connector's outline (in its spPr): colour, width, dash and an arrow head at its end."""
    line = properties.makeelement(_LINE, {"w": str(int(Pt(width_pt)))})
    line.append(solid_fill(line, color))
    if dash is not None:
        line.append(line.makeelement(_DASH, {"val": dash}))
    if arrow:
        line.append(line.makeelement(_TAIL, {"type": "triangle", "w": "med", "len": "med"}))
    properties.append(line)
