"""Map images (PNG, SVG, PDF) of whole pursuits, read back with independent readers.

PDFs go through poppler (`pdftoppm`, `pdftotext`, `pdffonts`), SVGs through xml.etree and
QSvgRenderer, PNGs through QImage. The demo's Korean pursuit and a hostile account (markup
and quotes in names, Persian) check that every script renders and user text stays text.
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF
from PySide6.QtGui import QColor, QImage, QPainter, QTextLayout
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from consensus_app.core.cancellable import Cancelled
from consensus_app.core.interchange import check_document
from consensus_app.exporters.map_source import MapSource, load_map_source
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.demo import create_demo_workspace
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.exports import export_map_image, paint_map_page, preview_image, write_map_image
from consensus_app.ui.exports.map_scene import build_export_scene
from consensus_app.ui.exports.sheet import fit_sheet, page_sheet
from consensus_app.ui.map import palette
from consensus_app.ui.map.card import BAND, CARD_HEIGHT, card_width
from consensus_app.ui.map.glyphs import ui_font
from tests.conftest import minimal_document

POPPLER = shutil.which("pdftoppm") and shutil.which("pdftotext") and shutil.which("pdffonts")
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftoppm) is not installed")
SCRIPT_NAME = '<script>alert("pwned")</script> & \'Lee\' "Park"'
PERSIAN = "داریوش رحیمی"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    workspace = create_demo_workspace(tmp_path_factory.mktemp("demo") / "demo.db")
    yield workspace
    workspace.close()


def pursuit(workspace: Workspace, key: str) -> int:
    return next(p.id for p in workspace.repos.pursuits.list_where() if p.key == key)


KOREAN = "opp-qdp-2027"  # 한결정밀: Hangul names and titles


@pytest.fixture
def hostile(workspace: Workspace) -> int:
    document = minimal_document(name="Acme <b>Corp</b> & Sons")
    people = document["accounts"][0]["stakeholders"]
    people[1]["name"] = SCRIPT_NAME
    people[2]["name"] = PERSIAN
    import_document(workspace, check_document(document))
    return pursuit(workspace, "opp-1")


def ink_fraction(image: QImage) -> float:
    """How much of an image is not white (sampled on a grid)."""
    step = max(1, min(image.width(), image.height()) // 200)
    samples = inked = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            samples += 1
            inked += QColor(image.pixel(x, y)).lightness() < 245
    return inked / samples


def pdf_pages(pdf: Path, folder: Path, dpi: int = 40) -> list[QImage]:
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(folder / "page")], check=True)
    return [QImage(str(p)) for p in sorted(folder.glob("page*.png"))]


def pdf_text(pdf: Path) -> str:
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    # Persian comes out in presentation forms wrapped in direction marks: compare letters only.
    return unicodedata.normalize("NFKC", text).replace("\u202b", "").replace("\u202c", "")


def test_png_size_follows_the_scale_and_tells_its_dpi(
    qapp: QApplication, demo: Workspace, tmp_path: Path
) -> None:
    one = QImage(
        str(export_map_image(demo, pursuit(demo, KOREAN), "org", tmp_path / "1.png", "png", scale=1))
    )
    two = QImage(str(export_map_image(demo, pursuit(demo, KOREAN), "org", tmp_path / "2.png", "png")))
    assert abs(two.width() - 2 * one.width()) <= 2 and abs(two.height() - 2 * one.height()) <= 2
    assert round(two.dotsPerMeterX() * 0.0254) == 192  # slide software inserts it at its real size
    assert ink_fraction(two) > 0.05


@pytest.mark.parametrize("layout", ["org", "influence", "grid"])
def test_every_card_the_title_and_the_legend_are_inside_the_png(
    qapp: QApplication, demo: Workspace, tmp_path: Path, layout: str
) -> None:
    source = load_map_source(demo, pursuit(demo, KOREAN), layout)
    scale = 1.5
    image = QImage(str(write_map_image(source, tmp_path / "map.png", "png", scale=scale)))
    scene, area = build_export_scene(source)  # the same geometry the export used
    sheet = fit_sheet(area, source.title, source.subtitle)
    bounds = QRectF(0, 0, image.width(), image.height())

    def pixel(scene_x: float, scene_y: float) -> QPointF:
        point = sheet.map_target.topLeft() + (QPointF(scene_x, scene_y) - area.topLeft()) * sheet.map_scale
        return point * scale

    assert len(source.pursuit_map.nodes) == 12
    for node in source.pursuit_map.nodes:
        x, y = source.positions[node.stakeholder_id]
        width = card_width(node.influence if node.on_committee else 1)
        corner_a = pixel(x - width / 2, y - CARD_HEIGHT / 2)
        corner_b = pixel(x + width / 2, y + CARD_HEIGHT / 2)
        assert bounds.contains(corner_a) and bounds.contains(corner_b), node.name
        band = pixel(x - width / 2 + BAND / 2, y + CARD_HEIGHT / 2 - 8)  # the stance band, below its sign
        colour = QColor(image.pixel(int(band.x()), int(band.y())))
        expected = (
            palette.stance_color(node.stance) if node.on_committee else QColor(palette.NOT_MEMBER_COLOR)
        )
        assert abs(colour.hue() - expected.hue()) <= 12 or expected.saturation() < 30, node.name
        assert colour.lightness() < 235, node.name  # drawn, not background
    header = image.copy(0, 0, image.width(), int(sheet.map_target.top() * scale))
    legend = image.copy(0, int(sheet.legend_at.y() * scale), image.width(), image.height())
    assert ink_fraction(header) > 0.01 and ink_fraction(legend) > 0.02
    scene.clear()


def test_hangul_and_persian_names_have_real_glyphs_not_boxes(qapp: QApplication) -> None:
    for text in ("최종혁 박상훈", PERSIAN, "한결정밀 주식회사"):
        layout = QTextLayout(text, ui_font(13, bold=True))
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        glyphs = [g for run in layout.glyphRuns() for g in run.glyphIndexes()]
        assert glyphs and 0 not in glyphs, text  # glyph 0 is the font's "missing" box


@needs_poppler
def test_the_a4_pdf_renders_with_its_text_and_fonts_embedded(
    qapp: QApplication, demo: Workspace, tmp_path: Path
) -> None:
    pdf = export_map_image(demo, pursuit(demo, KOREAN), "org", tmp_path / "map.pdf", "pdf", page="a4")
    pages = pdf_pages(pdf, tmp_path)
    assert len(pages) == 1
    page = pages[0]
    assert page.width() > page.height()  # landscape
    assert abs(page.width() / page.height() - 297 / 210) < 0.02
    assert ink_fraction(page) > 0.03
    text = pdf_text(pdf)
    assert "한결정밀 주식회사" in text and "스마트 팩토리 품질 데이터 플랫폼" in text
    assert "최종혁" in text and "Org chart" in text and "Reports to" in text  # title, cards, legend
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows)  # every font embedded
    assert any("CJK" in row for row in rows)


@needs_poppler
def test_a_pdf_page_sized_to_the_map_keeps_the_maps_proportions(
    qapp: QApplication, hostile: int, workspace: Workspace, tmp_path: Path
) -> None:
    png = QImage(str(export_map_image(workspace, hostile, "org", tmp_path / "m.png", "png", scale=1)))
    pdf = export_map_image(workspace, hostile, "org", tmp_path / "m.pdf", "pdf", page="map")
    page = pdf_pages(pdf, tmp_path, dpi=72)[0]
    assert abs(page.width() / page.height() - png.width() / png.height()) < 0.02
    text = pdf_text(pdf)
    assert PERSIAN in text and "<script>alert(" in text  # the card cuts the long name short


def test_the_svg_parses_renders_and_keeps_user_text_as_text(
    qapp: QApplication, hostile: int, workspace: Workspace, tmp_path: Path
) -> None:
    svg = export_map_image(workspace, hostile, "org", tmp_path / "map.svg", "svg")
    root = ET.parse(svg).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    tags = {element.tag.rsplit("}", 1)[-1] for element in root.iter()}
    assert "script" not in tags and "b" not in tags and "foreignObject" not in tags
    texts = "".join(root.itertext())
    assert "Acme <b>Corp</b> & Sons" in texts  # the title, as text
    assert "<script>" in texts and PERSIAN in texts
    raw = svg.read_text(encoding="utf-8")
    assert "<script" not in raw and "&lt;script&gt;" in raw
    renderer = QSvgRenderer(str(svg))
    assert renderer.isValid()
    box = renderer.viewBoxF()
    image = QImage(int(box.width()), int(box.height()), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    assert ink_fraction(image) > 0.03


def test_the_grid_keeps_its_quadrants_and_their_labels(
    qapp: QApplication, demo: Workspace, tmp_path: Path
) -> None:
    svg = export_map_image(demo, pursuit(demo, KOREAN), "grid", tmp_path / "grid.svg", "svg")
    texts = "".join(ET.parse(svg).getroot().itertext())
    for label in (
        "Champions to mobilise",
        "Risks to neutralise",
        "Not on this committee",
        "Power / stance grid",
    ):
        assert label in texts


def test_progress_rises_to_the_end_and_stopping_leaves_no_file(
    qapp: QApplication, demo: Workspace, tmp_path: Path
) -> None:
    seen: list[float] = []
    export_map_image(
        demo, pursuit(demo, KOREAN), "influence", tmp_path / "a.png", "png", progress=seen.append
    )
    assert seen and seen == sorted(seen) and seen[-1] == 1.0
    with pytest.raises(Cancelled):
        export_map_image(
            demo, pursuit(demo, KOREAN), "org", tmp_path / "b.pdf", "pdf", should_stop=lambda: True
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.png"]  # no half-written or temporary file


def test_cards_the_user_placed_stay_where_they_were_put(demo: Workspace) -> None:
    pid = pursuit(demo, KOREAN)
    first = load_map_source(demo, pid, "org")
    moved = first.pursuit_map.nodes[0].stakeholder_id
    demo.repos.positions.save(pid, "org", {moved: (-999.0, 1234.0)})
    try:
        source: MapSource = load_map_source(demo, pid, "org")
        assert source.positions[moved] == (-999.0, 1234.0)
        assert load_map_source(demo, pid, "grid").positions[moved] != (-999.0, 1234.0)  # per layout
    finally:
        demo.repos.positions.clear(pid, "org")


def test_a_scale_out_of_range_is_refused(qapp: QApplication, demo: Workspace, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="scale"):
        export_map_image(demo, pursuit(demo, KOREAN), "org", tmp_path / "x.png", "png", scale=50)
    assert not list(tmp_path.iterdir())


def test_a_preview_fits_the_dialog_and_shows_the_page_to_print(qapp: QApplication, demo: Workspace) -> None:
    source = load_map_source(demo, pursuit(demo, KOREAN), "org")
    fitted = preview_image(source, QSize(400, 300))
    assert fitted.width() <= 401 and fitted.height() <= 301 and ink_fraction(fitted) > 0.05
    a4 = preview_image(source, QSize(400, 400), page="a4")
    assert abs(a4.width() / a4.height() - 297 / 210) < 0.02


def test_a_document_can_draw_the_map_on_a_page_of_its_own(qapp: QApplication, demo: Workspace) -> None:
    source = load_map_source(demo, pursuit(demo, KOREAN), "grid")
    image = QImage(794, 1123, QImage.Format.Format_RGB32)  # A4 portrait at 96 dpi
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_map_page(painter, source, QSizeF(794, 1123))
    painter.end()
    assert ink_fraction(image) > 0.05
    scene, area = build_export_scene(source)
    sheet = page_sheet(area, source.title, source.subtitle, QSizeF(794, 1123))
    scene.clear()
    legend = image.copy(0, int(sheet.legend_at.y()), 794, 150)
    assert sheet.legend_at.y() > sheet.map_target.bottom() and ink_fraction(legend) > 0.02
