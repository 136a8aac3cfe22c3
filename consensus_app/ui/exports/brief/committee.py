"""The committee table: who they are, their part in the decision and how they lean."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt

from consensus_app.core.enum_words import function_word
from consensus_app.core.pursuit_map import MapNode
from consensus_app.core.wording import signed_stance
from consensus_app.i18n import N_, _, ngettext
from consensus_app.ui.exports.brief.blocks import Column, heading, paragraph, table
from consensus_app.ui.exports.brief.data import BriefData
from consensus_app.ui.exports.brief.flow import Frame, Item
from consensus_app.ui.exports.brief.text import words
from consensus_app.ui.exports.brief.verdicts import PROFILE_LABELS

CENTRE = Qt.AlignmentFlag.AlignHCenter
COLUMNS = [
    Column(N_("Name"), 1.55, bold=True),
    Column(N_("Title"), 1.5),
    Column(N_("Function"), 0.95),
    Column(N_("Role"), 1.1),
    Column(N_("Approver"), 0.8, CENTRE),
    Column(N_("Stance"), 1.05),
    Column(N_("Influence"), 0.85, CENTRE),
    Column(N_("Profile"), 0.9),
    Column(N_("Last engaged"), 1.0),
]


def _intro() -> str:
    """The table's reading key, in the brief's language."""
    return _(
        "Approvers (formal sign-off) first, then by influence (1–5). Stance: {stances}. "
        "Mobilizers are the Go-Getters, Teachers and Skeptics."
    ).format(stances=_(", ").join(signed_stance(value) for value in range(-2, 3)))


class CommitteeSection:
    title = N_("Committee")
    new_page = True
    landscape = True

    def items(self, data: BriefData, frame: Frame) -> Sequence[Item]:
        members = data.members
        approvers = sum(1 for m in members if m.approver)
        blocks: list[Item] = [heading(self.title, frame.width)]
        if not members:
            blocks.append(paragraph(_("Nobody is on this pursuit's committee yet."), frame.width))
            return blocks
        count = ngettext(
            "{members} members, {approvers} of them approver.",
            "{members} members, {approvers} of them approvers.",
            approvers,
        ).format(members=len(members), approvers=approvers)
        blocks.append(paragraph(count + " " + _intro(), frame.width, keep_with_next=True))
        blocks += table(COLUMNS, [_row(m, data.today) for m in members], frame.width)
        return blocks


def _row(member: MapNode, today: date) -> list[str]:
    return [
        member.name,
        member.title or "",
        function_word(member.function),  # "IT", as the window's table reads
        words(member.role.value) if member.role else "",
        _("yes") if member.approver else "",
        signed_stance(member.stance),
        str(member.influence),
        _(PROFILE_LABELS[member.profile]),
        _engaged(member.last_engaged, today),
    ]


def _engaged(day: date | None, today: date) -> str:
    if day is None:
        return _("never")
    days = (today - day).days
    if days < 0:
        ago = ngettext("in {days} day", "in {days} days", -days).format(days=-days)
    elif days == 0:
        ago = _("today")
    else:
        ago = ngettext("{days} day ago", "{days} days ago", days).format(days=days)
    return f"{day.isoformat()}\n{ago}"
