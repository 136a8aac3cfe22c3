"""The whole map of a pursuit as PNG, SVG or PDF: title and date, every card, the legend.

    write_map_image(source, path, "pdf", page="a4")      # a map already gathered (MapSource)
    export_map_image(workspace, pursuit_id, "grid", path, "png", scale=3)   # from the database

PNG is a bitmap at `scale` pixels per map pixel (2× by default: crisp on a projector, and
tagged with the matching DPI so slide software inserts it at its intended size). SVG and PDF
are vectors: text stays text (PDF embeds subsets of the fonts used; SVG embeds subsets of its
CJK and Arabic-script letters and lists fallback families: exporters/svg_fonts.py). A script no
installed font draws is reported (ui/exports/fonts.py). Works headless: without a display it
renders offscreen.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from consensus_app.core.cancellable import CancellableRun
from consensus_app.core.layouts import LayoutName
from consensus_app.exporters.atomic import atomic_output
from consensus_app.exporters.map_source import MapSource, load_map_source
from consensus_app.exporters.svg_fonts import SvgFonts, embed_svg_fonts, prepare_svg_fonts, svg_letters
from consensus_app.exporters.xml_files import without_xml_forbidden
from consensus_app.i18n import current_language
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.exports.fonts import check_fonts
from consensus_app.ui.exports.map_drawing import MapDrawing
from consensus_app.ui.exports.map_scene import committee_source, export_drawing
from consensus_app.ui.exports.sheet import Sheet, fit_sheet, page_sheet, paint_sheet
from consensus_app.ui.map.render import MAX_PIXELS, MAX_SIDE

ProgressCallback = Callable[[float], None]
StopCallback = Callable[[], bool]

DEFAULT_SCALE = 2.0
MIN_SCALE, MAX_SCALE = 0.25, 8.0
PDF_RESOLUTION = 1200  # device dots per inch; the PDF itself is resolution-free
MAX_PDF_POINTS = 14_400.0  # 200 inches: the largest page PDF readers accept
CSS_PX_PER_POINT = 96 / 72


class ImageFormat(StrEnum):
    PNG = "png"
    SVG = "svg"
    PDF = "pdf"


class PageSize(StrEnum):
    """A PDF's page: sized to the map, or A4 / US letter landscape with the map fitted."""

    MAP = "map"
    A4 = "a4"
    LETTER = "letter"


_PAGE_IDS = {PageSize.A4: QPageSize.PageSizeId.A4, PageSize.LETTER: QPageSize.PageSizeId.Letter}


def png_scale(sheet: Sheet, scale: float) -> float:
    """`scale`, lowered only when the image would exceed MAX_SIDE or MAX_PIXELS."""
    width, height = sheet.size.width(), sheet.size.height()
    return min(scale, MAX_SIDE / width, MAX_SIDE / height, math.sqrt(MAX_PIXELS / (width * height)))


def render_png(drawing: MapDrawing, sheet: Sheet, scale: float = DEFAULT_SCALE) -> QImage:
    """The sheet as an image at `scale` pixels per sheet unit (see png_scale)."""
    scale = png_scale(sheet, scale)
    image = QImage(
        max(1, math.ceil(sheet.size.width() * scale)),
        max(1, math.ceil(sheet.size.height() * scale)),
        QImage.Format.Format_RGB32,  # opaque: an RGB PNG is smaller than RGBA, and as fast to draw
    )
    image.fill(QColor("#FFFFFF"))  # a new QImage holds garbage; the sheet may not cover its last row
    dots_per_metre = round(96 * scale / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    painter = QPainter(image)
    try:
        painter.scale(scale, scale)
        paint_sheet(painter, drawing, sheet)
    finally:
        painter.end()
    return image


def _write_png(drawing: MapDrawing, sheet: Sheet, path: Path, scale: float) -> None:
    # Our own writer (exporters/png_file.py), not QImageWriter: libpng's row filters made writing
    # a 500-person map take three times as long, for a file about 15 % larger.
    import numpy as np

    from consensus_app.exporters.png_file import write_png_rgb

    drawn = render_png(drawing, sheet, scale)
    dots_per_metre = drawn.dotsPerMeterX()
    image = drawn.convertToFormat(QImage.Format.Format_RGB888)
    del drawn  # the 32-bit picture goes before the file is compressed
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    pixels = np.frombuffer(image.constBits(), dtype=np.uint8, count=height * stride)
    write_png_rgb(path, pixels.reshape(height, stride)[:, : width * 3], dots_per_metre)


def _write_svg(drawing: MapDrawing, sheet: Sheet, path: Path, fonts: SvgFonts | None = None) -> None:
    buffer = QBuffer()  # drawn in memory: the text is mended and its fonts embedded before it is written
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(math.ceil(sheet.size.width()), math.ceil(sheet.size.height())))
    generator.setViewBox(QRectF(0, 0, sheet.size.width(), sheet.size.height()))
    generator.setResolution(96)
    generator.setTitle(sheet.title)  # Qt escapes it, as it does every text drawn
    generator.setDescription(sheet.subtitle)
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(f"could not write the SVG file {path}")
    try:
        paint_sheet(painter, drawing, sheet)
    finally:
        painter.end()
    # Qt writes a name's control characters as they are: not well-formed XML without this.
    svg = without_xml_forbidden(bytes(buffer.data().data())).decode("utf-8")
    language = current_language()
    if fonts is None or not fonts.covers(svg_letters(svg, language)):  # prepared for other words
        fonts = prepare_svg_fonts(re.findall(r">([^<]+)<", svg), language)
    path.write_text(embed_svg_fonts(svg, fonts), encoding="utf-8")


def _write_pdf(drawing: MapDrawing, sheet: Sheet, path: Path, page: PageSize) -> None:
    writer = QPdfWriter(str(path))
    writer.setTitle(sheet.title)
    writer.setCreator("Consensus")
    writer.setResolution(PDF_RESOLUTION)
    if page is PageSize.MAP:
        points = min(1 / CSS_PX_PER_POINT, MAX_PDF_POINTS / max(sheet.size.width(), sheet.size.height()))
        size = QPageSize(
            sheet.size * points, QPageSize.Unit.Point, "Map", QPageSize.SizeMatchPolicy.ExactMatch
        )
        layout = QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
        device_per_unit = points * PDF_RESOLUTION / 72
    else:
        layout = QPageLayout(
            QPageSize(_PAGE_IDS[page]), QPageLayout.Orientation.Landscape, QMarginsF(0, 0, 0, 0)
        )
        device_per_unit = PDF_RESOLUTION / 96
    writer.setPageLayout(layout)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"could not write the PDF file {path}")
    try:
        painter.scale(device_per_unit, device_per_unit)
        paint_sheet(painter, drawing, sheet)
    finally:
        painter.end()


def page_size_px(page: PageSize) -> QSizeF:
    """A landscape page's size in sheet units (CSS pixels)."""
    points = QPageSize(_PAGE_IDS[page]).size(QPageSize.Unit.Point).transposed()
    return points * CSS_PX_PER_POINT


def _sheet(source: MapSource, area: QRectF, page: PageSize) -> Sheet:
    if page is PageSize.MAP:
        return fit_sheet(area, source.title, source.subtitle)
    return page_sheet(area, source.title, source.subtitle, page_size_px(page))


def preview_image(source: MapSource, max_size: QSize, page: PageSize | str = PageSize.MAP) -> QImage:
    """The export as it will look (`page` as for a PDF), scaled to fit `max_size` pixels: for a dialog."""
    source = committee_source(source)
    with export_drawing(source) as drawing:
        sheet = _sheet(source, drawing.area, PageSize(page))
        scale = min(max_size.width() / sheet.size.width(), max_size.height() / sheet.size.height())
        return render_png(drawing, sheet, scale)


def paint_map_page(painter: QPainter, source: MapSource, page: QSizeF) -> None:
    """Draw the map with its title and legend, fitted to a page `page` CSS pixels large, at the origin.

    For documents that hold the map among other pages (the review brief): scale the painter so
    one unit is a CSS pixel (1/96 inch) first. Vector devices keep every card's text.
    """
    with export_drawing(source) as drawing:
        paint_sheet(painter, drawing, page_sheet(drawing.area, source.title, source.subtitle, page))


def write_map_image(
    source: MapSource,
    path: Path | str,
    fmt: ImageFormat | str,
    *,
    scale: float = DEFAULT_SCALE,
    page: PageSize | str = PageSize.MAP,
    progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
    svg_fonts: SvgFonts | None = None,
) -> Path:
    """Draw `source` to `path` (replaced atomically) as PNG, SVG or PDF. Runs in the GUI thread.

    `scale` applies to PNG (pixels per map pixel, MIN_SCALE..MAX_SCALE), `page` to PDF;
    `svg_fonts` are the SVG's font subsets made beforehand in a worker (svg_fonts_for).
    Raises Cancelled when `should_stop` says so, ValueError for a bad format or scale.
    """
    fmt, page = ImageFormat(fmt), PageSize(page)
    source = committee_source(source)  # the committee view, as the window and the brief show it
    if not MIN_SCALE <= scale <= MAX_SCALE:
        raise ValueError(f"the scale must be between {MIN_SCALE:g} and {MAX_SCALE:g}, not {scale:g}")
    run = CancellableRun(progress, should_stop)
    check_fonts(drawn_texts(source), path)
    with export_drawing(source) as drawing:
        run.report(0.4)
        sheet = _sheet(source, drawing.area, page if fmt is ImageFormat.PDF else PageSize.MAP)
        with atomic_output(path) as tmp:
            if fmt is ImageFormat.PNG:
                _write_png(drawing, sheet, tmp, scale)
            elif fmt is ImageFormat.SVG:
                _write_svg(drawing, sheet, tmp, svg_fonts)
            else:
                _write_pdf(drawing, sheet, tmp, page)
            run.report(0.95)
    run.finish()
    return Path(path)


def drawn_texts(source: MapSource) -> list[str]:
    """The words of its own a map draws: the title, and each card's name and title (the rest are
    the app's words, in the export's language)."""
    cards = [text for node in source.pursuit_map.nodes for text in (node.name, node.title) if text]
    return [source.title, *cards]


def svg_fonts_for(source: MapSource) -> SvgFonts:
    """The font subsets an SVG of `source` needs, for a worker to make before the GUI thread draws
    it: the letters of what the sheet will draw (title, subtitle, each card's lines, the legend), in
    the current language, and no more (the whole catalogue's kanji would treble a Japanese map)."""
    from consensus_app.ui.map.card import info_line
    from consensus_app.ui.map.legend import legend_words

    cards = [info_line(node) for node in source.pursuit_map.nodes]
    texts = [*drawn_texts(source), source.subtitle, *cards, *legend_words()]
    return prepare_svg_fonts(texts, current_language())


def export_map_image(
    workspace: Workspace,
    pursuit_id: int,
    layout: LayoutName | str,
    path: Path | str,
    fmt: ImageFormat | str,
    *,
    scale: float = DEFAULT_SCALE,
    page: PageSize | str = PageSize.MAP,
    committee_only: bool = True,
    progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
) -> Path:
    """The pursuit's map in `layout` (with the cards the user placed) written as an image file:
    the committee view, or everyone when not `committee_only`."""
    run = CancellableRun(progress, should_stop)
    source = load_map_source(
        workspace,
        pursuit_id,
        layout,
        committee_only=committee_only,
        progress=run.stage(0.0, 0.5).report,
        should_stop=should_stop,
    )
    return write_map_image(
        source,
        path,
        fmt,
        scale=scale,
        page=page,
        progress=run.stage(0.5, 1.0).report,
        should_stop=should_stop,
    )
