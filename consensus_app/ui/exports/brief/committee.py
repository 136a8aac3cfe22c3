"""The committee table: who they are, their part in the decision and how they lean."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt

from consensus_app.core.pursuit_map import MapNode
from consensus_app.core.wording import signed_stance
from consensus_app.i18n import N_
from consensus_app.ui.exports.brief.blocks import Column, heading, paragraph, table
from consensus_app.ui.exports.brief.data import BriefData
from consensus_app.ui.exports.brief.flow import Frame, Item
from consensus_app.ui.exports.brief.text import words
from consensus_app.ui.exports.brief.verdicts import PROFILE_LABELS

CENTRE = Qt.AlignmentFlag.AlignHCenter
COLUMNS = [
    Column("Name", 1.55, bold=True),
    Column("Title", 1.5),
    Column("Function", 0.95),
    Column("Role", 1.1),
    Column("Approver", 0.8, CENTRE),
    Column("Stance", 1.05),
    Column("Influence", 0.85, CENTRE),
    Column("Profile", 0.9),
    Column("Last engaged", 1.0),
]
INTRO = (
    "Approvers (formal sign-off) first, then by influence (1–5). Stance: "
    + ", ".join(signed_stance(value) for value in range(-2, 3))
    + ". Mobilizers are the Go-Getters, Teachers and Skeptics."
)


class CommitteeSection:
    title = N_("Committee")
    new_page = True
    landscape = True

    def items(self, data: BriefData, frame: Frame) -> Sequence[Item]:
        members = data.members
        approvers = sum(1 for m in members if m.approver)
        blocks: list[Item] = [heading(self.title, frame.width)]
        if not members:
            blocks.append(paragraph("Nobody is on this pursuit's committee yet.", frame.width))
            return blocks
        count = f"{len(members)} members, {approvers} of them approvers. "
        blocks.append(paragraph(count + INTRO, frame.width, keep_with_next=True))
        blocks += table(COLUMNS, [_row(m, data.today) for m in members], frame.width)
        return blocks


def _row(member: MapNode, today: date) -> list[str]:
    return [
        member.name,
        member.title or "",
        words(member.function.value),
        words(member.role.value) if member.role else "",
        "yes" if member.approver else "",
        signed_stance(member.stance),
        str(member.influence),
        PROFILE_LABELS[member.profile],
        _engaged(member.last_engaged, today),
    ]


def _engaged(day: date | None, today: date) -> str:
    if day is None:
        return "never"
    days = (today - day).days
    if days < 0:
        ago = f"in {-days} days"
    else:
        ago = "today" if days == 0 else "1 day ago" if days == 1 else f"{days} days ago"
    return f"{day.isoformat()}\n{ago}"
