"""Exports draw the map straight from its data (ui/exports/map_drawing.py), not through the
window's scene of items: the picture must be the one the window's scene draws, pixel for pixel,
for a realistic account in several scripts and for the grid with its backdrop."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from consensus_app.core.interchange import check_document
from consensus_app.exporters.map_source import MapSource, load_map_source
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.exports import write_map_image
from consensus_app.ui.exports.map_drawing import map_drawing
from consensus_app.ui.exports.map_scene import build_export_scene, committee_source
from tests.large_accounts import ACCOUNT_120, account_document


@pytest.fixture
def account(workspace: Workspace) -> int:
    document = account_document(*ACCOUNT_120)
    people = document["accounts"][0]["stakeholders"]
    # Names in the scripts the team's customers write in: the cards lay them out alike.
    names = ["김민준", "佐藤 健太", "داریوش رحیمی", "Åse Bjørnstad-Lie"]
    for person, name in zip(people, names, strict=False):
        person["name"] = name
    import_document(workspace, check_document(document))
    return workspace.repos.pursuits.list_where()[0].id


def _pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = np.frombuffer(image.constBits(), np.uint8, image.height() * image.bytesPerLine())
    return data.reshape(image.height(), image.bytesPerLine())[:, : image.width() * 4].copy()


def _render(paint: object, area: QRectF, scale: float) -> QImage:
    image = QImage(int(area.width() * scale) + 1, int(area.height() * scale) + 1, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    paint(painter, QRectF(0, 0, area.width() * scale, area.height() * scale), area)  # type: ignore[operator]
    painter.end()
    return image


def _same_as_the_scene(source: MapSource, scale: float) -> None:
    scene, scene_area = build_export_scene(source)
    drawing = map_drawing(source)
    try:
        assert drawing.area == scene_area  # the same sheet around it

        def by_scene(painter: QPainter, target: QRectF, shown: QRectF) -> None:
            with scene.exporting_at(painter.worldTransform().m11() * target.width() / shown.width()):
                scene.render(painter, target, shown, Qt.AspectRatioMode.KeepAspectRatio)

        window = _render(by_scene, scene_area, scale)
        ours = _render(drawing.paint, drawing.area, scale)
        assert (_pixels(window) == _pixels(ours)).all()
        # A part of the map (a brief's page) is cut the same way.
        part = QRectF(scene_area.center(), scene_area.size() / 3)
        assert (_pixels(_render(by_scene, part, 1.0)) == _pixels(_render(drawing.paint, part, 1.0))).all()
    finally:
        scene.clear()
        drawing.close()


@pytest.mark.parametrize(("layout", "scale"), [("org", 1.0), ("influence", 0.8), ("grid", 1.5), ("org", 0.3)])
def test_the_exported_map_is_the_windows_picture(
    qapp: QApplication, workspace: Workspace, account: int, layout: str, scale: float
) -> None:
    source = committee_source(load_map_source(workspace, account, layout, committee_only=False))
    assert len(source.pursuit_map.nodes) == 120 and len(source.pursuit_map.edges) > 100
    _same_as_the_scene(source, scale)  # 0.3: zoomed out, the window's batched cards


def test_an_svg_joins_its_lines_and_keeps_every_name_as_text(
    qapp: QApplication, workspace: Workspace, account: int, tmp_path: Path
) -> None:
    source = load_map_source(workspace, account, "org", committee_only=False)
    svg = write_map_image(source, tmp_path / "map.svg", "svg").read_text(encoding="utf-8")
    no_lines = replace(source, pursuit_map=replace(source.pursuit_map, edges=[]))
    cards = write_map_image(no_lines, tmp_path / "cards.svg", "svg").read_text(encoding="utf-8")
    lines = len(source.pursuit_map.edges)
    assert lines > 100
    # One path per batch of lines (kind, strength, opacity, area), not one or two per line.
    joined = len(re.findall(r"<path\b", svg)) - len(re.findall(r"<path\b", cards))
    assert 0 < joined < lines / 4
    texts = re.findall(r">([^<]+)</text>", svg)
    assert {"김민준", "داریوش رحیمی", "Åse Bjørnstad-Lie"} <= {t.strip() for t in texts}
