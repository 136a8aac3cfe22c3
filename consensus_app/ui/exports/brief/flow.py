"""The brief as a flow of sections, each a list of blocks that know their height, cut into pages.

A section turns the brief's data into blocks (`Section.items`); a block says how tall it is
and draws itself in the rectangle the pagination gives it. Nothing is split: a block that
does not fit on the page starts the next one. Two flags shape the breaks:

- `keep_with_next`: a heading (or a table's header row) moves with the block after it;
- `header`: a table row names its header row, drawn again atop every page the table runs on.

A `FullPage` takes a page of its own (the map, on a landscape page).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QPainter

from consensus_app.ui.exports.brief.data import BriefData

Paint = Callable[[QPainter, QRectF], None]

MARGIN = 56.0  # around every page (about 15 mm)
FOOTER = 30.0  # reserved above the bottom margin for the page number and the pursuit


@dataclass(frozen=True)
class Frame:
    """A page, in CSS pixels, and the area blocks flow in: portrait, or `turned` to landscape.

    `titles` are the titled sections in order; `contents` gets each one's first page once the
    brief is paginated (before anything is drawn), for a contents list.
    """

    portrait: QSizeF
    landscape: bool = False
    titles: tuple[str, ...] = ()
    contents: list[tuple[str, int]] = field(default_factory=list, compare=False)

    def turned(self, landscape: bool) -> Frame:
        return replace(self, landscape=landscape)

    @property
    def page(self) -> QSizeF:
        return self.portrait.transposed() if self.landscape else self.portrait

    @property
    def width(self) -> float:
        return self.page.width() - 2 * MARGIN

    @property
    def top(self) -> float:
        return MARGIN

    @property
    def bottom(self) -> float:
        return self.page.height() - MARGIN - FOOTER

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def area(self) -> QSizeF:
        """The whole page above its footer, for a full page (which draws its own margins)."""
        return QSizeF(self.page.width(), self.bottom + 24)


@dataclass(eq=False)
class Block:
    height: float
    paint: Paint  # gets the rectangle it was given: the frame's width, `height` tall
    keep_with_next: bool = False
    header: Block | None = None  # repeated atop each further page (a table's header row)


@dataclass(eq=False)
class FullPage:
    """A page of its own, in the section's orientation."""

    paint: Callable[[QPainter, QSizeF], None]  # gets the page area above the footer (Frame.area)


Item = Block | FullPage


class Placement(Protocol):
    """Where a part of a document goes: what pagination needs of a section (the buyer-safe
    brief's sections have these too, and read their own data)."""

    title: str  # as the contents list it ("" keeps it out)
    new_page: bool  # start on a page of its own
    landscape: bool  # its pages are landscape (wide tables); `items` gets a frame turned so


class Section(Placement, Protocol):
    """One part of the brief. Adding a section is one class with these members."""

    def items(self, data: BriefData, frame: Frame) -> Sequence[Item]: ...


@dataclass(eq=False)
class Page:
    landscape: bool = False
    placed: list[tuple[Block, float]] = field(default_factory=list)  # block and its top
    full: FullPage | None = None


@dataclass
class Pagination:
    pages: list[Page]
    contents: list[tuple[str, int]]  # section title and its first page (1-based)


def paginate(sections: Sequence[tuple[Placement, Sequence[Item]]], frame: Frame) -> Pagination:
    pages: list[Page] = []
    contents: list[tuple[str, int]] = []
    page: Page | None = None  # the portrait page blocks flow onto; None: the next block opens one
    y = frame.top

    def open_page() -> Page:
        nonlocal y
        pages.append(Page(landscape=frame.landscape))
        y = frame.top
        return pages[-1]

    for section, items in sections:
        if not items:
            continue
        frame = frame.turned(section.landscape)
        if page is not None and (page.landscape != section.landscape or (section.new_page and page.placed)):
            page = None
        for index, item in enumerate(items):
            if isinstance(item, FullPage):
                pages.append(Page(landscape=frame.landscape, full=item))
                page = None
            else:
                if page is None:
                    page = open_page()
                if y + _with_kept(items, index, frame.height) > frame.bottom and page.placed:
                    page = open_page()
                    if item.header is not None:
                        page.placed.append((item.header, y))
                        y += item.header.height
                page.placed.append((item, y))
                y += item.height
            if index == 0 and section.title:
                contents.append((section.title, len(pages)))
    return Pagination(pages, contents)


def _with_kept(items: Sequence[Item], index: int, limit: float) -> float:
    """The height of items[index] and of the blocks it keeps with it (no more than a page)."""
    needed = 0.0
    for item in items[index:]:
        if not isinstance(item, Block):
            break
        needed += item.height
        if not item.keep_with_next:
            break
    return min(needed, limit)
