"""Exports that need Qt: the map as PNG, SVG and PDF (data exports live in consensus_app.exporters)."""

from consensus_app.ui.exports.map_image import (
    ImageFormat,
    PageSize,
    export_map_image,
    paint_map_page,
    preview_image,
    write_map_image,
)

__all__ = [
    "ImageFormat",
    "PageSize",
    "export_map_image",
    "paint_map_page",
    "preview_image",
    "write_map_image",
]
