"""Drawing the brief: sections laid out, cut into pages, painted into a PDF with a footer on each page.

    write_brief(workspace, pursuit_id, "review.pdf", since=date(2026, 1, 1))    # from the database
    render_brief(gather_brief(workspace, pursuit_id), "review.pdf")             # the two halves

`gather_brief` is plain Python (a worker runs it); `render_brief` draws with Qt, in the thread
that owns the QApplication (the map is a QGraphicsScene). The PDF embeds subsets of the fonts.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from consensus_app.core.cancellable import CancellableRun, ProgressCallback, StopCallback
from consensus_app.core.layouts import LayoutName
from consensus_app.exporters.atomic import atomic_output
from consensus_app.exporters.font_scripts import texts_in
from consensus_app.i18n import _, is_right_to_left
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.exports.brief.data import BriefData, gather_brief
from consensus_app.ui.exports.brief.flow import MARGIN, Frame, Page, Pagination, Section, paginate
from consensus_app.ui.exports.brief.sections import default_sections
from consensus_app.ui.exports.brief.text import INK_MUTED, RULE, SMALL_PX, font, mirrored
from consensus_app.ui.exports.fonts import check_fonts
from consensus_app.ui.exports.headless import ensure_application
from consensus_app.ui.exports.map_image import PageSize, page_size_px

RESOLUTION = 1200  # device dots per inch; the PDF itself is resolution-free
UNIT = RESOLUTION / 96  # device dots per CSS pixel
_PAGE_IDS = {PageSize.A4: QPageSize.PageSizeId.A4, PageSize.LETTER: QPageSize.PageSizeId.Letter}


def brief_frame(page: PageSize | str, sections: Sequence[Section]) -> Frame:
    size = PageSize(page) if PageSize(page) is not PageSize.MAP else PageSize.A4
    return Frame(page_size_px(size).transposed(), titles=tuple(_(s.title) for s in sections if s.title))


def lay_out(data: BriefData, frame: Frame, sections: Sequence[Section]) -> Pagination:
    """The brief's pages; fills `frame.contents` for the contents list."""
    pagination = paginate([(s, s.items(data, frame.turned(s.landscape))) for s in sections], frame)
    frame.contents[:] = pagination.contents
    return pagination


def render_brief(
    data: BriefData,
    path: Path | str,
    *,
    page: PageSize | str = PageSize.A4,
    sections: Sequence[Section] | None = None,
    progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
) -> Path:
    """Draw the brief into a PDF at `path` (replaced atomically). Needs the GUI thread."""
    ensure_application()
    check_fonts(texts_in(data), path)  # a script no installed font draws is named, not left as boxes
    run = CancellableRun(progress, should_stop)
    sections = default_sections() if sections is None else sections
    frame = brief_frame(page, sections)
    pagination = lay_out(data, frame, sections)
    run.report(0.1)
    paper = PageSize(page) if PageSize(page) is not PageSize.MAP else PageSize.A4
    with atomic_output(path) as tmp:
        _write_pdf(
            tmp,
            (_("Review brief: {title}").format(title=data.title), data.title),
            frame,
            pagination.pages,
            paper,
            run,
        )
    run.finish()
    return Path(path)


def write_brief(
    workspace: Workspace,
    pursuit_id: int,
    path: Path | str,
    *,
    since: date | None = None,
    layout: LayoutName | str = LayoutName.ORG,
    page: PageSize | str = PageSize.A4,
    today: date | None = None,
    committee_only: bool = True,
    drafts_language: str | None = None,
    progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
) -> Path:
    """The review brief of one pursuit as a PDF: changes since `since` (default: 30 days ago),
    the map in `layout`. Raises Cancelled when `should_stop` says so."""
    run = CancellableRun(progress, should_stop)
    data = gather_brief(
        workspace,
        pursuit_id,
        since=since,
        layout=layout,
        today=today,
        committee_only=committee_only,
        drafts_language=drafts_language,
        progress=run.stage(0.0, 0.4).report,
        should_stop=should_stop,
    )
    return render_brief(data, path, page=page, progress=run.stage(0.4, 1.0).report, should_stop=should_stop)


def _page_layout(paper: PageSize, landscape: bool) -> QPageLayout:
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    return QPageLayout(QPageSize(_PAGE_IDS[paper]), orientation, QMarginsF(0, 0, 0, 0))


def _write_pdf(
    path: Path,
    titles: tuple[str, str],  # the document's (its properties) and the footer's
    frame: Frame,
    pages: list[Page],
    paper: PageSize,
    run: CancellableRun,
) -> None:
    writer = QPdfWriter(str(path))
    writer.setTitle(titles[0])
    writer.setCreator("Consensus")
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(_page_layout(paper, pages[0].landscape if pages else False))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"could not write the PDF file {path}")
    try:
        painter.scale(UNIT, UNIT)
        for number, page in enumerate(pages, 1):
            if number > 1:
                writer.setPageLayout(_page_layout(paper, page.landscape))
                writer.newPage()
            _paint_page(painter, page, frame)
            _paint_footer(painter, frame, page.landscape, titles[1], number, len(pages))
            run.report(0.1 + 0.9 * number / len(pages))
    finally:
        painter.end()


def _paint_page(painter: QPainter, page: Page, frame: Frame) -> None:
    frame = frame.turned(page.landscape)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    if page.full is not None:
        painter.save()
        page.full.paint(painter, frame.area)
        painter.restore()
    right_to_left = is_right_to_left()
    for block, top in page.placed:
        painter.save()
        if right_to_left:
            mirrored(painter, MARGIN, frame.width)
        block.paint(painter, QRectF(MARGIN, top, frame.width, block.height))
        painter.restore()


def _paint_footer(
    painter: QPainter, frame: Frame, landscape: bool, title: str, number: int, total: int
) -> None:
    """A rule, the account and pursuit on the left and "Page 3 of 7" on the right, on one baseline."""
    frame = frame.turned(landscape)
    top = frame.bottom + 12
    painter.setPen(QPen(RULE, 0.6))
    painter.drawLine(QPointF(MARGIN, top), QPointF(MARGIN + frame.width, top))
    footer_font = font(SMALL_PX)
    metrics = QFontMetricsF(footer_font)
    numbering = _("Page {number} of {total}").format(number=number, total=total)
    numbering_width = metrics.horizontalAdvance(numbering)
    baseline = top + 6 + metrics.ascent()
    painter.setFont(footer_font)
    painter.setPen(INK_MUTED)
    painter.drawText(QPointF(MARGIN + frame.width - numbering_width, baseline), numbering)
    left = metrics.elidedText(title, Qt.TextElideMode.ElideRight, frame.width - numbering_width - 24)
    painter.drawText(QPointF(MARGIN, baseline), left)


def preview_brief(data: BriefData, max_size: QSize, page: PageSize | str = PageSize.A4) -> tuple[QImage, int]:
    """The brief's first page scaled to fit `max_size` pixels, and how many pages the brief has."""
    ensure_application()
    sections = default_sections()
    frame = brief_frame(page, sections)
    pages = lay_out(data, frame, sections).pages
    size = frame.turned(pages[0].landscape).page
    scale = min(max_size.width() / size.width(), max_size.height() / size.height())
    image = QImage(
        max(1, round(size.width() * scale)), max(1, round(size.height() * scale)), QImage.Format.Format_RGB32
    )
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    try:
        painter.scale(scale, scale)
        _paint_page(painter, pages[0], frame)
        _paint_footer(painter, frame, pages[0].landscape, data.title, 1, len(pages))
    finally:
        painter.end()
    return image, len(pages)
