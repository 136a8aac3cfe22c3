"""The account team's notes (internal brief only): personal wins and priorities, notes, evidence,
the ties between the committee's people, and the account's and pursuit's notes."""

from __future__ import annotations

from collections.abc import Sequence

from consensus_app.i18n import N_, _
from consensus_app.ui.exports.brief.blocks import heading, paragraph, subheading
from consensus_app.ui.exports.brief.data import BriefData
from consensus_app.ui.exports.brief.flow import Frame, Item
from consensus_app.ui.exports.brief.text import INK, SMALL_PX


class TeamNotesSection:
    title = N_("Team notes (internal)")
    new_page = True
    landscape = False

    def items(self, data: BriefData, frame: Frame) -> Sequence[Item]:
        width = frame.width
        notes = data.team_notes
        blocks: list[Item] = [heading(self.title, width)]
        if notes is None or notes.empty:
            blocks.append(paragraph(_("The team has noted nothing on this pursuit's committee yet."), width))
            return blocks
        blocks.append(
            paragraph(_("For the account team only: never share this page with the customer."), width)
        )
        for label, text in ((_("The account"), notes.account_notes), (_("The pursuit"), notes.pursuit_notes)):
            if text:
                blocks.append(subheading(label, width, space_above=8))
                blocks.append(paragraph(text, width))
        for person in notes.people:
            blocks.append(subheading(person.name, width, space_above=8))
            blocks += [
                paragraph(line, width, size=SMALL_PX + 1, color=INK, space_after=4) for line in person.lines
            ]
        if notes.ties:
            blocks.append(subheading(_("Ties between them"), width, space_above=12))
            blocks += [_line(tie.text, width) for tie in notes.ties]
        return blocks


def _line(text: str, width: float) -> Item:
    return paragraph(text, width, size=SMALL_PX + 1, color=INK, space_after=4)
