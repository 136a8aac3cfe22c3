"""The buyer-safe deck ("For the customer"): slides the account team can show the committee.

Built from a CustomerView only (exporters/customer_view.py: what the committee may see,
chosen field by field), never from the internal DeckData: no map badges, no stance, no score,
no speaker notes. Native, editable text and tables as in the internal deck.

    write_customer_deck(gather_customer_view(workspace, pursuit_id), Path("plan.pptx"))
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from pptx.enum.text import MSO_ANCHOR
from pptx.presentation import Presentation as PresentationType
from pptx.util import Inches

from consensus_app.core.wording import joined, long_date
from consensus_app.exporters.atomic import atomic_output
from consensus_app.exporters.customer_view import CustomerView, SharedGround
from consensus_app.exporters.deck.plan_slides import plan_slides
from consensus_app.exporters.deck.sections import _grid as grid
from consensus_app.exporters.deck.slides import BODY_TOP, MARGIN, TITLE_SLIDE, Aspect, Deck
from consensus_app.exporters.deck.text import INK, INK_SOFT, Line, shorten, write_lines
from consensus_app.i18n import N_, _, use_language

PEOPLE_PER_SLIDE = 12
QUOTE_CHARS = 220


def build_customer_deck(view: CustomerView, aspect: Aspect | str = Aspect.WIDE) -> PresentationType:
    """The slides, in the view's language (the drafts'): what the customer reads is in theirs."""
    with use_language(view.language):
        return _build(view, aspect)


def _build(view: CustomerView, aspect: Aspect | str) -> PresentationType:
    deck = Deck(Aspect(aspect))
    _title_slide(deck, view)
    _people_slides(deck, view)
    for number, ground in enumerate(view.shared_ground, start=1):
        _shared_slide(deck, ground, number, len(view.shared_ground))
    if not view.shared_ground:
        slide = deck.slide(_(SHARED))
        deck.text(
            slide, [Line(_("Your shared goals will be written here as we hear them."), 18, color=INK_SOFT)]
        )
    _criteria_slide(deck, view)
    _next_steps_slide(deck, view)
    if view.plan:
        plan_slides(
            deck, view.plan, view.prepared, title=_("Our plan for deciding together"), mark_overdue=False
        )
    properties = deck.presentation.core_properties
    properties.title = view.title
    properties.subject = _("A plan for deciding together")
    properties.author = "Consensus"
    properties.last_modified_by = "Consensus"
    properties.keywords = ""
    properties.comments = ""
    properties.category = ""
    properties.created = properties.modified = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    return deck.presentation


def write_customer_deck(view: CustomerView, path: Path, aspect: Aspect | str = Aspect.WIDE) -> Path:
    """The buyer-safe deck written to `path` whole, or not at all."""
    presentation = build_customer_deck(view, aspect)
    with atomic_output(path) as temporary:
        presentation.save(str(temporary))
    return path


def _title_slide(deck: Deck, view: CustomerView) -> None:
    slide = deck.presentation.slides.add_slide(deck.presentation.slide_layouts[TITLE_SLIDE])
    title, subtitle = slide.placeholders[0], slide.placeholders[1]
    title.left, title.top = Inches(MARGIN), Inches(2.0)
    title.width, title.height = Inches(deck.body_width), Inches(1.8)
    subtitle.left, subtitle.top = Inches(MARGIN), Inches(4.0)
    subtitle.width, subtitle.height = Inches(deck.body_width), Inches(1.6)
    write_lines(
        title.text_frame,
        [Line(view.account_name, 36, bold=True), Line(view.pursuit_name, 28, color=INK_SOFT)],
        anchor=MSO_ANCHOR.BOTTOM,
    )
    write_lines(
        subtitle.text_frame,
        [
            Line(_("A plan for deciding together"), 18, color=INK),
            Line(_day(view.prepared), 16, color=INK_SOFT),
        ],
    )


def _people_slides(deck: Deck, view: CustomerView) -> None:
    people = list(view.participants)
    parts = [people[i : i + PEOPLE_PER_SLIDE] for i in range(0, len(people), PEOPLE_PER_SLIDE)] or [[]]
    for number, part in enumerate(parts, start=1):
        title = _("Who takes part")
        if len(parts) > 1:
            title = _("{title} ({number} of {count})").format(title=title, number=number, count=len(parts))
        slide = deck.slide(title)
        if not part:
            deck.text(slide, [Line(_("Nobody is named yet."), 18, color=INK_SOFT)])
            continue
        rows = [[p.name, p.title, p.function, p.side] for p in part]
        headers = [N_("Name"), N_("Title"), N_("Function"), N_("With")]
        grid(deck, slide, headers, [2.4, 3.2, 1.4, 2.4], rows, BODY_TOP)


def _shared_slide(deck: Deck, ground: SharedGround, number: int, total: int) -> None:
    title = _(SHARED)
    if total > 1:
        title = _("{title} ({number} of {count})").format(title=title, number=number, count=total)
    slide = deck.slide(title)
    shared_by = _("Shared by {functions}").format(functions=joined(list(ground.functions)))
    lines = [Line(shared_by, 14, bold=True, color=INK_SOFT, space_after=10)]
    lines += [
        Line(
            _("“{label}”").format(label=shorten(v.text, QUOTE_CHARS)) + f" — {v.function}", 18, space_after=10
        )
        for v in ground.voices
    ]
    deck.text(slide, lines)


def _criteria_slide(deck: Deck, view: CustomerView) -> None:
    slide = deck.slide(_("Your decision criteria"))
    if not view.criteria:
        deck.text(slide, [Line(_("No decision criteria are written down yet."), 18, color=INK_SOFT)])
        return
    lines = [
        Line(
            f"• {shorten(v.text, QUOTE_CHARS)}" + (f" — {v.function}" if v.function else ""),
            16,
            space_after=6,
        )
        for v in view.criteria
    ]
    deck.text(slide, lines)


def _next_steps_slide(deck: Deck, view: CustomerView) -> None:
    slide = deck.slide(_("Proposed next steps"))
    steps = view.next_steps
    if not steps:
        text = (
            _("Every step of the plan is done.")
            if view.plan
            else _("We will propose the first steps with you.")
        )
        deck.text(slide, [Line(text, 18, color=INK_SOFT)])
        return
    lines = []
    for step in steps:
        owners = joined([o for o in (step.buyer_owner, step.seller_owner) if o])
        lines.append(Line(f"• {shorten(step.step, 160)}", 18, bold=True))
        by = _("by {date}").format(date=long_date(step.due)) if step.due else ""
        detail = _(", ").join(x for x in (by, owners) if x)
        lines.append(Line(detail or _("date and owners to agree"), 14, color=INK_SOFT, space_after=10))
    deck.text(slide, lines)


SHARED = N_("What you share, in your own words")


def _day(day: date) -> str:
    return long_date(day)
