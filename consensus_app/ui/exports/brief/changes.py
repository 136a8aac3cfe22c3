"""What changed since a date, from the change log: grouped by day, oldest first."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from consensus_app.ui.exports.brief.blocks import heading, paragraph
from consensus_app.ui.exports.brief.data import BriefData, Change
from consensus_app.ui.exports.brief.flow import Block, Frame, Item
from consensus_app.ui.exports.brief.text import BODY_PX, INK, INK_MUTED, INK_SOFT, SHADE, SMALL_PX, Text, font
from consensus_app.ui.exports.brief.title_page import long_date

TIME_WIDTH, ACTOR_WIDTH = 48.0, 110.0


class ChangesSection:
    title = "What changed"
    new_page = True
    landscape = False

    def items(self, data: BriefData, frame: Frame) -> Sequence[Item]:
        width = frame.width
        blocks: list[Item] = [heading(f"What changed since {long_date(data.since)}", width)]
        if not data.changes:
            blocks.append(paragraph(f"No changes were recorded since {long_date(data.since)}.", width))
            return blocks
        intro = f"{len(data.changes)} changes to {data.account_name} and this pursuit, by day, oldest first."
        if data.changes_left_out:
            intro += f" The {data.changes_left_out} earlier changes are left out."
        blocks.append(paragraph(intro, width))
        for day, entries in groupby(data.changes, key=lambda c: c.at.date()):
            listed = list(entries)
            label = f"{day:%A}, {long_date(day)} · {len(listed)} change{'s' if len(listed) != 1 else ''}"
            blocks.append(_day(label, width))
            blocks += [_entry(change, width) for change in listed]
        return blocks


def _day(label: str, width: float) -> Block:
    text = Text(label, font(BODY_PX, bold=True), width - 12, color=INK)

    def paint(painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(QRectF(rect.left(), rect.top() + 8, width, text.height + 8), SHADE)
        text.draw(painter, rect.left() + 6, rect.top() + 12)

    return Block(text.height + 22, paint, keep_with_next=True)


def _entry(change: Change, width: float) -> Block:
    body = width - TIME_WIDTH - ACTOR_WIDTH
    at = Text(f"{change.at:%H:%M}", font(SMALL_PX + 1), TIME_WIDTH, color=INK_SOFT)
    actor = Text(change.actor, font(SMALL_PX + 1), ACTOR_WIDTH - 8, color=INK_SOFT, max_lines=2)
    summary = Text(change.summary, font(SMALL_PX + 1), body, color=INK)
    details = Text(change.details, font(SMALL_PX), body, color=INK_MUTED) if change.details else None
    height = max(at.height, actor.height, summary.height + (details.height if details else 0)) + 6

    def paint(painter: QPainter, rect: QRectF) -> None:
        y = rect.top() + 3
        at.draw(painter, rect.left(), y)
        actor.draw(painter, rect.left() + TIME_WIDTH, y)
        summary.draw(painter, rect.left() + TIME_WIDTH + ACTOR_WIDTH, y)
        if details is not None:
            details.draw(painter, rect.left() + TIME_WIDTH + ACTOR_WIDTH, y + summary.height)

    return Block(height, paint)
