"""What changed since a date, as a colleague's notes (core.change_notes): by day, then by person.

At most about two pages: the substantial changes first (people added, stances, reporting
lines, imports), and the rest counted in one closing line ("and 140 smaller edits by 3 people").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from consensus_app.core.change_notes import DayNotes, Note, by_day_and_author, shortened
from consensus_app.core.wording import isolated, weekday_date
from consensus_app.i18n import N_, _, ngettext
from consensus_app.ui.exports.brief.blocks import heading, paragraph
from consensus_app.ui.exports.brief.data import BriefData
from consensus_app.ui.exports.brief.flow import Block, Frame, Item
from consensus_app.ui.exports.brief.text import BODY_PX, INK, INK_SOFT, SHADE, SMALL_PX, Text, font
from consensus_app.ui.exports.brief.title_page import long_date

TIME_WIDTH, INDENT = 44.0, 10.0
MAX_NOTES = 60  # about two A4/Letter pages with their day and person headings


class ChangesSection:
    title = N_("What changed")
    new_page = True
    landscape = False

    def items(self, data: BriefData, frame: Frame) -> Sequence[Item]:
        width = frame.width
        blocks: list[Item] = [
            heading(_("What changed since {date}").format(date=long_date(data.since)), width)
        ]
        if not data.notes:
            blocks.append(
                paragraph(
                    _("No changes were recorded since {date}.").format(date=long_date(data.since)), width
                )
            )
            return blocks
        entries = sum(n.entries for n in data.notes)
        people = len({n.author for n in data.notes})
        short = shortened(data.notes, MAX_NOTES)
        intro = _(
            "{changes} to {account} and this pursuit by {people}, by day and person, oldest first."
        ).format(
            changes=_changes(entries),
            account=data.account_name,
            people=ngettext("{n} person", "{n} people", people).format(n=f"{people:,}"),
        )
        if short.left_out:
            intro += " " + _("The smaller edits are counted at the end.")
        blocks.append(paragraph(intro, width))
        for day in by_day_and_author(short.notes):
            blocks.append(_day(day, width))
            for author in day.authors:
                blocks.append(_author(author.author, width))
                blocks += [_note(note, width) for note in author.notes]
        if short.summary:
            blocks.append(paragraph(short.summary[:1].upper() + short.summary[1:] + ".", width))
        return blocks


def _day(day: DayNotes, width: float) -> Block:
    label = f"{weekday_date(day.day)} · {_changes(day.entries)}"
    text = Text(label, font(BODY_PX, bold=True), width - 12, color=INK)

    def paint(painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(QRectF(rect.left(), rect.top() + 8, width, text.height + 8), SHADE)
        text.draw(painter, rect.left() + 6, rect.top() + 12)

    return Block(text.height + 22, paint, keep_with_next=True)


def _changes(count: int) -> str:
    return ngettext("{n} change", "{n} changes", count).format(n=f"{count:,}")


def _author(name: str, width: float) -> Block:
    text = Text(name, font(SMALL_PX + 1, bold=True), width - INDENT, color=INK, max_lines=1)
    return Block(
        text.height + 6,
        lambda painter, rect: text.draw(painter, rect.left() + INDENT, rect.top() + 4),
        keep_with_next=True,
    )


def _note(note: Note, width: float) -> Block:
    body = width - INDENT - TIME_WIDTH
    at = Text(f"{note.at:%H:%M}", font(SMALL_PX + 1), TIME_WIDTH, color=INK_SOFT)
    text = Text(note_line(note), font(SMALL_PX + 1), body, color=INK)

    def paint(painter: QPainter, rect: QRectF) -> None:
        at.draw(painter, rect.left() + INDENT, rect.top() + 2)
        text.draw(painter, rect.left() + INDENT + TIME_WIDTH, rect.top() + 2)

    return Block(max(at.height, text.height) + 4, paint)


_QUOTED = re.compile(r"“([^”]*)”")


def note_line(note: Note) -> str:
    """The note with the person's name and each quoted statement isolated (as the window's Themes
    list does): a line opening with a Persian name still reads in the brief's direction, "پریسا
    رحیمی: added to the committee", not reversed; a Persian quote keeps its quote marks around it."""
    text = _QUOTED.sub(lambda quote: f"“{isolated(quote.group(1))}”", note.text)
    if note.about and note.about in text:
        text = text.replace(note.about, isolated(note.about), 1)
    return text
