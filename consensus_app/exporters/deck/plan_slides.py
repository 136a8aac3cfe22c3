"""The plan for deciding together on a slide (both versions of the deck), and the team's notes in
the speaker notes of the committee table's slides (the internal deck only)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from pptx.slide import Slide
from pptx.util import Inches

from consensus_app.core.wording import long_date
from consensus_app.exporters.customer_view import PlanLine
from consensus_app.exporters.deck.data import DeckData
from consensus_app.exporters.deck.slides import BODY_TOP, MARGIN, Deck
from consensus_app.exporters.deck.text import INK, INK_SOFT, Line, fill_paragraph, shorten, write_lines
from consensus_app.exporters.deck.xml_parts import paint_cell
from consensus_app.exporters.team_notes import TeamNotes
from consensus_app.i18n import N_, _, ngettext

PLAN_HEADERS = [N_("Step"), N_("Owner at the customer"), N_("Owner on our team"), N_("Due"), N_("Status")]
PLAN_WIDTHS = [4.2, 2.2, 2.0, 1.4, 1.6]
ROWS_PER_SLIDE = 9
LATE_FILL = "FBE3D6"  # an overdue step's status cell (the internal deck)


def plan_slides(
    deck: Deck, lines: Sequence[PlanLine], today: date, *, title: str, mark_overdue: bool
) -> None:
    """The plan as a native table, over as many slides as it takes (header on each)."""
    if not lines:
        slide = deck.slide(title)
        deck.text(slide, [Line(_("No plan for deciding together yet."), 18, color=INK_SOFT)])
        return
    parts = [lines[i : i + ROWS_PER_SLIDE] for i in range(0, len(lines), ROWS_PER_SLIDE)]
    for number, part in enumerate(parts, start=1):
        numbered = _("{title} ({number} of {count})").format(title=title, number=number, count=len(parts))
        slide = deck.slide(numbered if len(parts) > 1 else title)
        _plan_table(deck, slide, part, today, mark_overdue)


def _plan_table(deck: Deck, slide: Slide, lines: Sequence[PlanLine], today: date, mark_overdue: bool) -> None:
    shape = slide.shapes.add_table(
        len(lines) + 1,
        len(PLAN_HEADERS),
        Inches(MARGIN),
        Inches(BODY_TOP),
        Inches(deck.body_width),
        Inches(0.45 * (len(lines) + 1)),
    )
    shape.name = "Plan table"
    table = shape.table
    for index, share in enumerate(PLAN_WIDTHS):
        table.columns[index].width = Inches(deck.body_width * share / sum(PLAN_WIDTHS))
    for column, header in enumerate(PLAN_HEADERS):
        cell = table.cell(0, column)
        paint_cell(cell, "2F3B4C")
        cell.text_frame.word_wrap = True
        fill_paragraph(cell.text_frame.paragraphs[0], Line(_(header), 11, bold=True, color="FFFFFF"))
    for row, line in enumerate(lines, start=1):
        late = line.days_overdue(today) if mark_overdue else 0
        overdue = ngettext("overdue {days} day", "overdue {days} days", late).format(days=late)
        status = line.status + (f" · {overdue}" if late else "")
        due = long_date(line.due) if line.due else _("not set")
        values = [line.step, line.buyer_owner or "—", line.seller_owner or "—", due, status]
        for column, value in enumerate(values):
            cell = table.cell(row, column)
            shade = LATE_FILL if late and column == 4 else "FFFFFF" if row % 2 else "F2F4F7"
            paint_cell(cell, shade)
            cell.text_frame.word_wrap = True
            fill_paragraph(
                cell.text_frame.paragraphs[0], Line(shorten(value, 200), 10.5, bold=column == 0, color=INK)
            )


def speaker_notes(slide: Slide, notes: TeamNotes, people: Sequence[int], *, general: bool) -> None:
    """The team's notes on `people` (stakeholder ids) in the slide's speaker notes; with `general`,
    the account's and pursuit's notes and the ties too."""
    lines: list[Line] = [Line(_("Team notes (internal: never share)"), 12, bold=True)]
    if general:
        account = _("The account: {notes}").format(notes=notes.account_notes)
        pursuit = _("The pursuit: {notes}").format(notes=notes.pursuit_notes)
        lines += [Line(account, 11)] if notes.account_notes else []
        lines += [Line(pursuit, 11)] if notes.pursuit_notes else []
        lines += [Line(tie.text, 11) for tie in notes.ties]
    chosen = set(people)
    for person in notes.people:
        if person.stakeholder_id in chosen:
            lines.append(Line(person.name, 11, bold=True))
            lines += [Line(text, 11) for text in person.lines]
    frame = slide.notes_slide.notes_text_frame  # the default template's notes page has one
    if len(lines) > 1 and frame is not None:
        write_lines(frame, lines)


def internal_plan_slides(deck: Deck, data: DeckData) -> None:
    """The internal deck's plan: every step, the overdue ones marked."""
    plan_slides(deck, data.plan, data.today, title=_("Plan for deciding together"), mark_overdue=True)
