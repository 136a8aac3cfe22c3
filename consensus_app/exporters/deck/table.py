"""The committee as a native PowerPoint table, over as many slides as it needs (header on each)."""

from __future__ import annotations

from collections.abc import Sequence

from pptx.enum.text import MSO_ANCHOR
from pptx.slide import Slide
from pptx.table import Table, _Cell
from pptx.util import Inches, Pt

from consensus_app.core.enum_words import value_word
from consensus_app.core.pursuit_map import MapNode
from consensus_app.core.wording import signed_stance
from consensus_app.exporters.deck.colors import STANCE_COLORS, clamp_stance, tint
from consensus_app.exporters.deck.text import INK, Line, fill_paragraph
from consensus_app.exporters.deck.xml_parts import paint_cell
from consensus_app.i18n import N_, _

HEADERS = [N_("Name"), N_("Title"), N_("Function"), N_("Role"), N_("Approver"), N_("Stance"), N_("Influence")]
WIDTHS = [2.3, 2.6, 1.3, 1.6, 0.9, 1.2, 0.9]  # relative
ROWS_PER_SLIDE = 12  # 16:9; a 4:3 slide's narrower columns wrap more, so it takes 10
ROW_INCHES = 0.42
HEADER_FILL = "2F3B4C"


def committee_rows(members: Sequence[MapNode]) -> list[list[str]]:
    """One row per member, in words."""
    return [
        [
            m.name,
            m.title or "",
            _words(str(m.function)),
            _words(str(m.role)) if m.role else "",
            _("yes") if m.approver else "",
            signed_stance(m.stance),
            _("{influence} of 5").format(influence=m.influence),
        ]
        for m in members
    ]


def chunks(members: Sequence[MapNode], size: int = ROWS_PER_SLIDE) -> list[Sequence[MapNode]]:
    return [members[i : i + size] for i in range(0, len(members), size)] or [[]]


def draw_table(slide: Slide, members: Sequence[MapNode], corner: tuple[float, float], width: float) -> Table:
    rows = committee_rows(members)
    shape = slide.shapes.add_table(
        len(rows) + 1,
        len(HEADERS),
        Inches(corner[0]),
        Inches(corner[1]),
        Inches(width),
        Inches(ROW_INCHES * (len(rows) + 1)),
    )
    shape.name = "Committee table"
    table = shape.table
    total = sum(WIDTHS)
    for index, share in enumerate(WIDTHS):
        table.columns[index].width = Inches(width * share / total)
    for column, header in enumerate(HEADERS):
        cell = table.cell(0, column)
        paint_cell(cell, HEADER_FILL)
        _text(cell, Line(_(header), 11, bold=True, color="FFFFFF"))
    for r, (member, row) in enumerate(zip(members, rows, strict=True), start=1):
        for column, value in enumerate(row):
            cell = table.cell(r, column)
            stance_cell = HEADERS[column] == "Stance"
            shade = tint(STANCE_COLORS[clamp_stance(member.stance)], 0.35) if stance_cell else "FFFFFF"
            paint_cell(cell, shade if stance_cell or r % 2 else "F2F4F7")
            _text(cell, Line(value, 10.5, bold=column == 0, color=INK))
    return table


def _text(cell: _Cell, line: Line) -> None:
    frame = cell.text_frame
    frame.word_wrap = True
    cell.vertical_anchor = MSO_ANCHOR.MIDDLE
    cell.margin_top = cell.margin_bottom = Pt(2)
    fill_paragraph(frame.paragraphs[0], line)


def _words(value: str) -> str:
    text = value_word(value)
    return text[:1].upper() + text[1:] if value not in ("it", "hr") else text.upper()
