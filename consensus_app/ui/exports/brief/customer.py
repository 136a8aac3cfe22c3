"""The buyer-safe brief ("For the customer"): a PDF the account team can hand to the committee.

Its sections read only a CustomerView (exporters/customer_view.py: what the committee may see,
chosen field by field), never the internal BriefData, so nothing internal can reach a page:

    view = gather_customer_view(workspace, pursuit_id)     # plain Python (a worker runs it)
    render_customer_brief(view, "for-the-committee.pdf")   # drawn with Qt, in the GUI thread
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter

from consensus_app.core.cancellable import CancellableRun, ProgressCallback, StopCallback
from consensus_app.core.wording import joined, right_to_left
from consensus_app.exporters.atomic import atomic_output
from consensus_app.exporters.customer_view import CustomerView
from consensus_app.exporters.font_scripts import texts_in
from consensus_app.i18n import N_, _, use_language
from consensus_app.ui.exports.brief.blocks import Column, heading, paragraph, space, subheading, table
from consensus_app.ui.exports.brief.document import _paint_footer, _paint_page, _write_pdf
from consensus_app.ui.exports.brief.flow import Frame, Item, Pagination, paginate
from consensus_app.ui.exports.brief.plan_section import plan_table
from consensus_app.ui.exports.brief.text import INK, INK_MUTED, INK_SOFT, SMALL_PX, SUBHEADING_PX, TITLE_PX
from consensus_app.ui.exports.brief.title_page import _contents, _fact, long_date
from consensus_app.ui.exports.fonts import check_fonts
from consensus_app.ui.exports.headless import ensure_application
from consensus_app.ui.exports.map_image import PageSize, page_size_px

PEOPLE = [
    Column(N_("Name"), 1.6, bold=True),
    Column(N_("Title"), 2.0),
    Column(N_("Function"), 1.0),
    Column(N_("With"), 1.4),
]


class CustomerSection(Protocol):
    title: str
    new_page: bool
    landscape: bool

    def items(self, view: CustomerView, frame: Frame) -> Sequence[Item]: ...


class CustomerTitlePage:
    title = ""
    new_page = True
    landscape = False

    def items(self, view: CustomerView, frame: Frame) -> Sequence[Item]:
        width = frame.width
        buyers = sum(1 for p in view.participants if p.side == view.account_name)
        ours = len(view.participants) - buyers
        taking_part = _("{count} from {account}").format(count=buyers, account=view.account_name)
        if ours:
            taking_part = _("{buyers}, {count} from our team").format(buyers=taking_part, count=ours)
        upcoming = view.next_steps
        next_step = _("none planned yet")
        if upcoming:
            first = upcoming[0]
            next_step = first.step
            if first.due:
                next_step = _("{step}, by {date}").format(step=first.step, date=long_date(first.due))
        prepared = long_date(view.prepared)
        facts = [(_("Taking part"), taking_part), (_("Next step"), next_step), (_("Prepared"), prepared)]
        blocks: list[Item] = [
            space(frame.height * 0.12),
            paragraph(
                _("A PLAN FOR DECIDING TOGETHER"), width, size=SMALL_PX + 1, color=INK_MUTED, bold=True
            ),
            paragraph(view.account_name, width, size=TITLE_PX, color=INK, bold=True, space_after=6),
            paragraph(view.pursuit_name, width, size=SUBHEADING_PX + 5, color=INK_SOFT, space_after=28),
            *(_fact(label, value, width) for label, value in facts),
            space(36),
        ]
        if frame.titles:
            blocks.append(paragraph(_("Contents"), width, size=SUBHEADING_PX, color=INK, bold=True))
            blocks.append(_contents(frame, width))
        return blocks


class PeopleSection:
    title = N_("Who takes part")
    new_page = True
    landscape = False

    def items(self, view: CustomerView, frame: Frame) -> Sequence[Item]:
        blocks: list[Item] = [heading(_(self.title), frame.width)]
        if not view.participants:
            return [*blocks, paragraph(_("Nobody is named yet."), frame.width)]
        rows = [[p.name, p.title, p.function, p.side] for p in view.participants]
        return [*blocks, *table(PEOPLE, rows, frame.width, max_lines=3)]


class SharedGroundSection:
    title = N_("What you share, in your own words")
    new_page = False
    landscape = False

    def items(self, view: CustomerView, frame: Frame) -> Sequence[Item]:
        width = frame.width
        blocks: list[Item] = [space(18), heading(_(self.title), width)]
        if not view.shared_ground:
            return [*blocks, paragraph(_("Your shared goals will be written here as we hear them."), width)]
        blocks.append(paragraph(_("What people across your teams told us, as they said it."), width))
        for ground in view.shared_ground:
            shared_by = _("Shared by {functions}").format(functions=joined(list(ground.functions)))
            blocks.append(subheading(shared_by, width, space_above=12))
            for voice in ground.voices:
                said = _("“{label}”").format(label=_run(voice.text)) + f" — {voice.function}"
                blocks.append(paragraph(said, width, color=INK, indent=12))
        return blocks


class CriteriaSection:
    title = N_("Your decision criteria")
    new_page = False
    landscape = False

    def items(self, view: CustomerView, frame: Frame) -> Sequence[Item]:
        width = frame.width
        blocks: list[Item] = [space(18), heading(_(self.title), width)]
        if not view.criteria:
            return [*blocks, paragraph(_("No decision criteria are written down yet."), width)]
        for voice in view.criteria:
            said = f" — {voice.function}" if voice.function else ""
            blocks.append(paragraph(f"• {_run(voice.text)}{said}", width, color=INK, indent=12))
        return blocks


class NextStepsSection:
    title = N_("Next steps and our plan for deciding together")
    new_page = True
    landscape = False

    def items(self, view: CustomerView, frame: Frame) -> Sequence[Item]:
        width = frame.width
        blocks: list[Item] = [heading(_(self.title), width)]
        if not view.plan:
            return [*blocks, paragraph(_("We will propose the first steps together with you."), width)]
        blocks.append(subheading(_("Proposed next steps"), width, space_above=4))
        for line in view.next_steps:
            owners = joined([o for o in (line.buyer_owner, line.seller_owner) if o])
            step = (
                _("{step}, by {date}").format(step=line.step, date=long_date(line.due))
                if line.due
                else line.step
            )
            blocks.append(paragraph(f"• {step}" + (f" ({owners})" if owners else ""), width, color=INK))
        if not view.next_steps:
            blocks.append(paragraph(_("Every step of the plan is done."), width))
        blocks.append(subheading(_("The whole plan"), width, space_above=14))
        blocks += plan_table(view.plan, view.prepared, width, mark_overdue=False)
        return blocks


def customer_sections() -> list[CustomerSection]:
    return [
        CustomerTitlePage(),
        PeopleSection(),
        SharedGroundSection(),
        CriteriaSection(),
        NextStepsSection(),
    ]


def _run(text: str) -> str:
    """A Persian (or other right-to-left) statement as one right-to-left run inside an English
    line, so its words keep their order beside the bullet and the function's name."""
    return f"\u202b{text}\u202c" if right_to_left(text) else text


def _frame(page: PageSize | str, sections: Sequence[CustomerSection]) -> Frame:
    size = PageSize(page) if PageSize(page) is not PageSize.MAP else PageSize.A4
    return Frame(page_size_px(size).transposed(), titles=tuple(_(s.title) for s in sections if s.title))


def _lay_out(view: CustomerView, frame: Frame, sections: Sequence[CustomerSection]) -> Pagination:
    pagination = paginate([(s, s.items(view, frame.turned(s.landscape))) for s in sections], frame)
    frame.contents[:] = pagination.contents
    return pagination


def render_customer_brief(
    view: CustomerView,
    path: Path | str,
    *,
    page: PageSize | str = PageSize.A4,
    progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
) -> Path:
    """Draw the buyer-safe brief into a PDF at `path` (replaced atomically), in the view's language
    (the drafts'): what the customer reads is in theirs. Needs the GUI thread."""
    with use_language(view.language):
        return _render(view, path, page, progress, should_stop)


def _render(
    view: CustomerView,
    path: Path | str,
    page: PageSize | str,
    progress: ProgressCallback | None,
    should_stop: StopCallback | None,
) -> Path:
    ensure_application()
    check_fonts(texts_in(view), path)  # a script no installed font draws is named, not left as boxes
    run = CancellableRun(progress, should_stop)
    sections = customer_sections()
    frame = _frame(page, sections)
    pagination = _lay_out(view, frame, sections)
    paper = PageSize(page) if PageSize(page) is not PageSize.MAP else PageSize.A4
    with atomic_output(path) as tmp:
        titles = (_("A plan for deciding together: {title}").format(title=view.title), view.title)
        _write_pdf(tmp, titles, frame, pagination.pages, paper, run)
    run.finish()
    return Path(path)


def preview_customer_brief(
    view: CustomerView, max_size: QSize, page: PageSize | str = PageSize.A4
) -> tuple[QImage, int]:
    """The buyer-safe brief's first page scaled to fit `max_size`, and how many pages it has."""
    with use_language(view.language):
        return _preview(view, max_size, page)


def _preview(view: CustomerView, max_size: QSize, page: PageSize | str) -> tuple[QImage, int]:
    ensure_application()
    sections = customer_sections()
    frame = _frame(page, sections)
    pages = _lay_out(view, frame, sections).pages
    size = frame.page
    scale = min(max_size.width() / size.width(), max_size.height() / size.height())
    image = QImage(
        max(1, round(size.width() * scale)), max(1, round(size.height() * scale)), QImage.Format.Format_RGB32
    )
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    try:
        painter.scale(scale, scale)
        _paint_page(painter, pages[0], frame)
        _paint_footer(painter, frame, False, view.title, 1, len(pages))
    finally:
        painter.end()
    return image, len(pages)
