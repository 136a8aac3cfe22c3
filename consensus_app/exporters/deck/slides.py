"""The review deck, slide by slide: title, committee map, committee table, assessment, themes,
messages and what changed. Everything is native and editable: text boxes, shapes, connectors
and tables, never a picture.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from pptx import Presentation
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE
from pptx.presentation import Presentation as PresentationType
from pptx.slide import Slide
from pptx.util import Inches

from consensus_app.core.wording import long_date
from consensus_app.exporters.atomic import atomic_output
from consensus_app.exporters.deck.data import DeckData
from consensus_app.exporters.deck.map_pages import map_pages
from consensus_app.exporters.deck.map_shapes import draw_map, legend_lines
from consensus_app.exporters.deck.table import ROWS_PER_SLIDE, chunks, draw_table
from consensus_app.exporters.deck.text import (
    INK,
    INK_SOFT,
    Line,
    add_run,
    set_direction,
    shorten,
    write_lines,
)
from consensus_app.i18n import _

MARGIN = 0.45  # inches around the content
TITLE_TOP, TITLE_HEIGHT = 0.25, 0.75
BODY_TOP = TITLE_TOP + TITLE_HEIGHT + 0.1
LEGEND_HEIGHT = 0.35
TITLE_ONLY = 5  # the default template's "Title Only" layout
TITLE_SLIDE = 0


class Aspect(StrEnum):
    WIDE = "16:9"
    STANDARD = "4:3"

    @property
    def width(self) -> float:
        return 13.333 if self is Aspect.WIDE else 10.0


HEIGHT = 7.5


class Deck:
    """A presentation being built, with the sizes every slide lays out against."""

    def __init__(self, aspect: Aspect) -> None:
        self.presentation: PresentationType = Presentation()
        self.presentation.slide_width = Inches(aspect.width)
        self.presentation.slide_height = Inches(HEIGHT)
        self.width = aspect.width

    @property
    def body_width(self) -> float:
        return self.width - 2 * MARGIN

    @property
    def body_height(self) -> float:
        return HEIGHT - BODY_TOP - MARGIN

    def slide(self, title: str) -> Slide:
        """A slide with its title in the title placeholder (the outline and screen readers read it)."""
        slide = self.presentation.slides.add_slide(self.presentation.slide_layouts[TITLE_ONLY])
        heading = slide.shapes.title
        assert heading is not None
        heading.left, heading.top = Inches(MARGIN), Inches(TITLE_TOP)
        heading.width, heading.height = Inches(self.body_width), Inches(TITLE_HEIGHT)
        size = 26 if len(title) <= 50 else 22 if len(title) <= 80 else 18  # two lines at most
        write_lines(
            heading.text_frame, [Line(shorten(title, 120), size, bold=True)], anchor=MSO_ANCHOR.MIDDLE
        )
        heading.text_frame.auto_size = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE
        return slide  # type: ignore[no-any-return]

    def text(
        self, slide: Slide, lines: list[Line], top: float = BODY_TOP, height: float | None = None
    ) -> None:
        """A text box across the body, shrinking its text rather than spilling off the slide."""
        box = slide.shapes.add_textbox(
            Inches(MARGIN), Inches(top), Inches(self.body_width), Inches(height or HEIGHT - top - MARGIN)
        )
        write_lines(box.text_frame, lines)
        box.text_frame.auto_size = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE


def build_deck(data: DeckData, aspect: Aspect | str = Aspect.WIDE) -> PresentationType:
    from consensus_app.exporters.deck.sections import SECTIONS

    deck = Deck(Aspect(aspect))
    _title_slide(deck, data)
    _map_slides(deck, data)
    _table_slides(deck, data)
    for section in SECTIONS:
        section(deck, data)
    properties = deck.presentation.core_properties
    properties.title = data.title
    properties.subject = "Deal review"
    properties.author = "Consensus"
    return deck.presentation


def write_deck(data: DeckData, path: Path, aspect: Aspect | str = Aspect.WIDE) -> Path:
    """The deck written to `path` whole, or not at all."""
    presentation = build_deck(data, aspect)
    with atomic_output(path) as temporary:
        presentation.save(str(temporary))
    return path


def _title_slide(deck: Deck, data: DeckData) -> None:
    slide = deck.presentation.slides.add_slide(deck.presentation.slide_layouts[TITLE_SLIDE])
    title, subtitle = slide.placeholders[0], slide.placeholders[1]
    title.left, title.top = Inches(MARGIN), Inches(2.0)
    title.width, title.height = Inches(deck.body_width), Inches(1.8)
    subtitle.left, subtitle.top = Inches(MARGIN), Inches(4.0)
    subtitle.width, subtitle.height = Inches(deck.body_width), Inches(1.6)
    write_lines(
        title.text_frame,
        [Line(data.account_name, 36, bold=True), Line(data.pursuit.name, 28, color=INK_SOFT)],
        anchor=MSO_ANCHOR.BOTTOM,
    )
    members = len(data.source.pursuit_map.members())
    score = (
        _("readiness {score} / 100").format(score=data.assessment.score)
        if data.assessment.assessable
        else _("not assessed yet")
    )
    write_lines(
        subtitle.text_frame,
        [
            Line(_("Deal review · {date}").format(date=long_date(data.today)), 18, color=INK),
            Line(
                _("{members} on the buying committee · {score}").format(members=members, score=score),
                16,
                color=INK_SOFT,
            ),
        ],
    )


def _map_slides(deck: Deck, data: DeckData) -> None:
    room = (deck.body_width, deck.body_height - LEGEND_HEIGHT)
    for page in map_pages(data.source, room):
        slide = deck.slide(page.title)
        draw_map(slide, page, (MARGIN, BODY_TOP), room)
        if not page.nodes:
            deck.text(slide, [Line(_("Nobody is on this pursuit's map yet."), 16, color=INK_SOFT)])
        _legend(deck, slide)


def _legend(deck: Deck, slide: Slide) -> None:
    box = slide.shapes.add_textbox(
        Inches(MARGIN),
        Inches(HEIGHT - MARGIN - LEGEND_HEIGHT + 0.1),
        Inches(deck.body_width),
        Inches(LEGEND_HEIGHT),
    )
    box.name = "Legend"
    frame = box.text_frame
    frame.word_wrap = True
    paragraph = frame.paragraphs[0]
    runs = legend_lines()
    for text, color, bold in runs:
        add_run(paragraph, text, size=8 if deck.width < 12 else 9, bold=bold, color=color)
    set_direction(
        paragraph, "".join(text for text, _color, _bold in runs)
    )  # a Persian legend reads from the right


def _table_slides(deck: Deck, data: DeckData) -> None:
    members = data.members
    parts = chunks(members, ROWS_PER_SLIDE if deck.width > 12 else ROWS_PER_SLIDE - 2)
    for number, part in enumerate(parts, start=1):
        title = _("Buying committee")
        if len(parts) > 1:
            title = _("{title} ({number} of {count})").format(title=title, number=number, count=len(parts))
        slide = deck.slide(title)
        if part:
            draw_table(slide, part, (MARGIN, BODY_TOP), deck.body_width)
            if data.team_notes is not None:  # what the team noted on these people, under the slide
                from consensus_app.exporters.deck.plan_slides import speaker_notes

                speaker_notes(slide, data.team_notes, [m.stakeholder_id for m in part], general=number == 1)
        else:
            deck.text(slide, [Line(_("Nobody is on the committee yet."), 16, color=INK_SOFT)])


Section = Callable[[Deck, DeckData], None]
