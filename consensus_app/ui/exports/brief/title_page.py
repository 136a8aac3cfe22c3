"""The first page: account, pursuit, its facts, the score at a glance and the contents."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter, QPen

from consensus_app.core.analytics.results import Assessment
from consensus_app.core.wording import left_to_right
from consensus_app.core.wording import long_date as shown_date
from consensus_app.i18n import _, ngettext
from consensus_app.ui.exports.brief.blocks import paragraph, space
from consensus_app.ui.exports.brief.data import BriefData
from consensus_app.ui.exports.brief.flow import Block, Frame, Item
from consensus_app.ui.exports.brief.text import (
    BODY_PX,
    INK,
    INK_MUTED,
    INK_SOFT,
    RULE,
    SMALL_PX,
    SUBHEADING_PX,
    TITLE_PX,
    Text,
    font,
    words,
)
from consensus_app.ui.exports.brief.verdicts import verdict

LABEL_WIDTH = 150.0


def long_date(day: date) -> str:
    return shown_date(day)


def money(value: float | None, currency: str | None) -> str:
    if value is None:
        return _("not set")
    amount = f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"
    return f"{amount} {currency}" if currency else amount


class TitlePage:
    title = ""  # the contents start after it
    new_page = True
    landscape = False

    def items(self, data: BriefData, frame: Frame) -> Sequence[Item]:
        width = frame.width
        pursuit = data.pursuit
        members = data.members
        approvers = sum(1 for m in members if m.approver)
        facts = [
            (_("Stage"), _capitalised(words(pursuit.stage.value))),
            (_("Status"), _capitalised(words(pursuit.status.value))),
            (_("Value"), money(pursuit.value, pursuit.currency)),
            (_("Close date"), long_date(pursuit.close_date) if pursuit.close_date else _("not set")),
            (_("Committee"), committee_size(len(members), approvers)),
            (_("Readiness"), readiness(data.assessment)),
            (_("Prepared"), long_date(data.today)),
        ]
        blocks: list[Item] = [
            space(frame.height * 0.12),
            paragraph(_("DEAL REVIEW BRIEF"), width, size=SMALL_PX + 1, color=INK_MUTED, bold=True),
            paragraph(data.account_name, width, size=TITLE_PX, color=INK, bold=True, space_after=6),
            paragraph(pursuit.name, width, size=SUBHEADING_PX + 5, color=INK_SOFT, space_after=28),
            *(_fact(label, value, width) for label, value in facts),
            space(36),
        ]
        if frame.titles:
            blocks.append(paragraph(_("Contents"), width, size=SUBHEADING_PX, color=INK, bold=True))
            blocks.append(_contents(frame, width))
        return blocks


def _fact(label: str, value: str, width: float) -> Block:
    name = Text(label, font(BODY_PX), LABEL_WIDTH, color=INK_MUTED)
    text = Text(value, font(BODY_PX + 1, bold=True), width - LABEL_WIDTH, color=INK)
    height = max(name.height, text.height) + 10

    def paint(painter: QPainter, rect: QRectF) -> None:
        name.draw(painter, rect.left(), rect.top() + (text.height - name.height) / 2 + 4)
        text.draw(painter, rect.left() + LABEL_WIDTH, rect.top() + 4)
        painter.setPen(QPen(RULE, 0.5))
        painter.drawLine(
            QPointF(rect.left(), rect.top() + height), QPointF(rect.right(), rect.top() + height)
        )

    return Block(height, paint)


def _contents(frame: Frame, width: float) -> Block:
    line = Text("Ag", font(BODY_PX), width).height + 6

    def paint(painter: QPainter, rect: QRectF) -> None:
        for row, (title, page) in enumerate(frame.contents):  # filled once the brief is paginated
            y = rect.top() + row * line
            Text(_(title), font(BODY_PX), width - 80, color=INK).draw(painter, rect.left(), y)
            number = _("page {page}").format(page=page)
            Text(number, font(BODY_PX), 80, color=INK_SOFT).draw(painter, rect.right() - 80, y)
            painter.setPen(
                QPen(
                    RULE,
                    0.5,
                )
            )
            painter.drawLine(QPointF(rect.left(), y + line - 2), QPointF(rect.right(), y + line - 2))

    return Block(line * len(frame.titles), paint)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def committee_size(members: int, approvers: int) -> str:
    if not members:
        return _("nobody yet")
    people = ngettext("{n} member", "{n} members", members).format(n=members)
    if not approvers:
        return _("{members}, no approver marked").format(members=people)
    signing = ngettext("{n} approver", "{n} approvers", approvers).format(n=approvers)
    return _("{members}, {approvers}").format(members=people, approvers=signing)


def readiness(assessment: Assessment) -> str:
    if assessment.not_enough is not None:
        return _("not enough to assess yet")
    return f"{left_to_right(f'{assessment.score} / 100')} · {verdict(assessment.score)}"
