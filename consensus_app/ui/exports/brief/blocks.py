"""Blocks most sections use: headings, paragraphs, space, and tables whose header row repeats."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from consensus_app.i18n import _
from consensus_app.ui.exports.brief.flow import Block
from consensus_app.ui.exports.brief.text import (
    BODY_PX,
    HEADING_PX,
    INK_SOFT,
    LEFT,
    RULE,
    SHADE,
    SMALL_PX,
    SUBHEADING_PX,
    Text,
    font,
    shared_text,
)

CELL_PAD_X, CELL_PAD_Y = 5.0, 4.0


def heading(title: str, width: float) -> Block:
    """A section's heading with a rule under it; it stays with what follows."""
    text = Text(_(title), font(HEADING_PX, bold=True), width)  # marked N_ where written
    height = text.height + 14

    def paint(painter: QPainter, rect: QRectF) -> None:
        text.draw(painter, rect.left(), rect.top())
        painter.setPen(QPen(RULE, 1.0))
        y = rect.top() + text.height + 4
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))

    return Block(height, paint, keep_with_next=True)


def subheading(title: str, width: float, space_above: float = 10.0) -> Block:
    text = Text(_(title), font(SUBHEADING_PX, bold=True), width)
    return Block(
        space_above + text.height + 6,
        lambda painter, rect: text.draw(painter, rect.left(), rect.top() + space_above),
        keep_with_next=True,
    )


def paragraph(
    text: str,
    width: float,
    *,
    size: int = BODY_PX,
    color: QColor = INK_SOFT,
    bold: bool = False,
    indent: float = 0.0,
    space_after: float = 8.0,
    keep_with_next: bool = False,
) -> Block:
    laid = Text(text, font(size, bold=bold), width - indent, color=color)
    return Block(
        laid.height + space_after,
        lambda painter, rect: laid.draw(painter, rect.left() + indent, rect.top()),
        keep_with_next=keep_with_next,
    )


def space(height: float) -> Block:
    return Block(height, lambda _painter, _rect: None)


@dataclass(frozen=True)
class Column:
    title: str
    weight: float  # share of the table's width
    align: Qt.AlignmentFlag = LEFT
    bold: bool = False


def table(
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    width: float,
    *,
    size: int = SMALL_PX + 1,
    max_lines: int = 3,
    own_layouts: bool = False,
) -> list[Block]:
    """A header row (kept with the first row, repeated on every page) and a block per row.

    `own_layouts`: the cells are laid out for this table alone, not taken from the process-wide
    cache (a table drawn in a worker thread must not share laid-out text with other threads)."""
    total = sum(c.weight for c in columns)
    widths = [width * c.weight / total for c in columns]
    lefts = [sum(widths[:i]) for i in range(len(widths))]
    laid_out: dict[tuple[str, bool, int], Text] = {}  # (own layouts: "Stalled", "No owner" repeat)

    def lay(value: str, bold: bool, index: int) -> Text:
        column, inner = columns[index], widths[index] - 2 * CELL_PAD_X
        if not own_layouts:
            return shared_text(value, size, bold, inner, column.align, max_lines)
        key = (value, bold, index)
        if key not in laid_out:
            laid_out[key] = Text(value, font(size, bold), inner, align=column.align, max_lines=max_lines)
        return laid_out[key]

    def cells(values: Sequence[str], bold_all: bool) -> list[Text]:
        return [lay(value, bold_all or columns[i].bold, i) for i, value in enumerate(values)]

    def row_painter(laid: list[Text], shade: QColor | None) -> Block:
        height = max(t.height for t in laid) + 2 * CELL_PAD_Y

        def paint(painter: QPainter, rect: QRectF) -> None:
            if shade is not None:
                painter.fillRect(QRectF(rect.left(), rect.top(), width, height), shade)
            for text, left in zip(laid, lefts, strict=True):
                text.draw(painter, rect.left() + left + CELL_PAD_X, rect.top() + CELL_PAD_Y)
            painter.setPen(QPen(RULE, 0.6))
            painter.drawLine(
                QPointF(rect.left(), rect.top() + height), QPointF(rect.left() + width, rect.top() + height)
            )

        return Block(height, paint)

    header_cells = cells([_(c.title) for c in columns], True)  # titles marked N_ where written
    header = row_painter(header_cells, QColor("#DDE1E6"))
    header.keep_with_next = True
    blocks = [header]
    for index, values in enumerate(rows):
        laid = cells(values, False)
        block = row_painter(laid, SHADE if index % 2 else None)
        block.header = header
        blocks.append(block)
    return blocks
