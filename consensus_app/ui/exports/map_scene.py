"""The map an export draws: the cards where the source says, the lines, and the grid's backdrop.

Exports draw it from the data (map_drawing.py); `build_export_scene` builds the window's scene of
the same map, for what is drawn zoomed out (the window's batched cards) and for tests.

Exports show the committee view (core/committee_view.py), as the window does by default, or
everyone when the user chose Everyone: `committee_source` narrows a source to the committee and,
as the window does, lays those people out with the cards the user placed kept where they are.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

from PySide6.QtCore import QRectF

from consensus_app.core.committee_view import committee_map
from consensus_app.core.layouts import LayoutName, compute_layout, grid_regions
from consensus_app.exporters.map_source import MapSource
from consensus_app.ui.exports.headless import ensure_application
from consensus_app.ui.exports.map_drawing import MapDrawing, map_drawing
from consensus_app.ui.grid_backdrop import GridBackdrop
from consensus_app.ui.map.scene import MapScene


def committee_source(source: MapSource) -> MapSource:
    """The source as the committee view shows it, laid out for those people alone with the saved
    positions on top (unchanged for Everyone, and for a small account, shown whole)."""
    if not source.committee_only:
        return source
    shown = committee_map(source.pursuit_map)
    if len(shown.nodes) == len(source.pursuit_map.nodes):
        return source
    ids = {n.stakeholder_id for n in shown.nodes}
    positions = compute_layout(source.layout, shown)
    positions.update({sid: point for sid, point in source.saved.items() if sid in ids})
    regions = grid_regions(shown) if source.layout is LayoutName.GRID else []
    return replace(source, pursuit_map=shown, positions=positions, regions=regions)


def build_export_scene(source: MapSource) -> tuple[MapScene, QRectF]:
    """The scene and the area of it to export: every card, line and backdrop region."""
    scene = MapScene()
    scene.set_org_lines(source.layout is LayoutName.ORG)
    scene.set_map(source.pursuit_map, source.positions)
    area = scene.content_rect()
    if source.regions:
        GridBackdrop(scene).show(source.regions)
        for region in source.regions:
            area = area.united(QRectF(region.x, region.y, region.width, region.height))
    if area.isEmpty():
        area = QRectF(0, 0, 400, 200)  # an empty pursuit still gets a title and a legend
    return scene, area


@contextmanager
def export_drawing(source: MapSource) -> Iterator[MapDrawing]:
    """The map of `source` ready to draw for the length of a block, in a QApplication made if
    there is none (the drawing's area: drawing.area)."""
    ensure_application()
    drawing = map_drawing(source)
    try:
        yield drawing
    finally:
        drawing.close()  # a scene made for zoomed-out drawing goes now
