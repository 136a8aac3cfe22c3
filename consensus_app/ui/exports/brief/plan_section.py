"""The plan for deciding together (mutual plan): its steps with both sides' owners, dates and status.

Both versions of the brief show it: the internal one marks overdue steps; the buyer-safe one
(customer.py) shows the same table under the customer's own heading.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from consensus_app.exporters.customer_view import PlanLine
from consensus_app.i18n import N_, _, ngettext
from consensus_app.ui.exports.brief.blocks import Column, heading, paragraph, table
from consensus_app.ui.exports.brief.data import BriefData
from consensus_app.ui.exports.brief.flow import Block, Frame, Item
from consensus_app.ui.exports.brief.title_page import long_date

PLAN_COLUMNS = [
    Column(N_("Step"), 3.0, bold=True),
    Column(N_("Owner at the customer"), 1.6),
    Column(N_("Owner on our team"), 1.4),
    Column(N_("Due"), 1.1),
    Column(N_("Status"), 1.2),
]
NO_PLAN = N_("No plan for deciding together yet: add its steps in the Plan tab.")


def plan_rows(lines: Sequence[PlanLine], today: date, *, mark_overdue: bool) -> list[list[str]]:
    rows = []
    for line in lines:
        status = line.status
        late = line.days_overdue(today)
        if mark_overdue and late:
            status += "\n" + ngettext("overdue {days} day", "overdue {days} days", late).format(days=late)
        due = long_date(line.due) if line.due else _("not set")
        rows.append([line.step, line.buyer_owner or "—", line.seller_owner or "—", due, status])
    return rows


def plan_table(lines: Sequence[PlanLine], today: date, width: float, *, mark_overdue: bool) -> list[Block]:
    return table(PLAN_COLUMNS, plan_rows(lines, today, mark_overdue=mark_overdue), width, max_lines=4)


class PlanSection:
    """The internal brief's plan: every step, the overdue ones marked."""

    title = N_("Plan for deciding together")
    new_page = True
    landscape = False

    def items(self, data: BriefData, frame: Frame) -> Sequence[Item]:
        width = frame.width
        blocks: list[Item] = [heading(self.title, width)]
        if not data.plan:
            blocks.append(paragraph(_(NO_PLAN), width))
            return blocks
        late = sum(1 for line in data.plan if line.days_overdue(data.today))
        done = sum(1 for line in data.plan if line.done)
        if late:
            summary = ngettext(
                "{steps} step agreed with the customer, {done} done, {late} overdue.",
                "{steps} steps agreed with the customer, {done} done, {late} overdue.",
                len(data.plan),
            ).format(steps=len(data.plan), done=done, late=late)
        else:
            summary = ngettext(
                "{steps} step agreed with the customer, {done} done.",
                "{steps} steps agreed with the customer, {done} done.",
                len(data.plan),
            ).format(steps=len(data.plan), done=done)
        blocks.append(paragraph(summary, width, keep_with_next=True))
        blocks += plan_table(data.plan, data.today, width, mark_overdue=True)
        return blocks
