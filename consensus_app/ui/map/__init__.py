"""The map canvas: a pursuit's buying committee drawn as cards and lines (see MapScene, MapView)."""

from consensus_app.ui.map._compat import guard_none_refcount

guard_none_refcount()  # before any drawing: see _compat.py (PySide6 6.12.0 on Python 3.11)

from consensus_app.ui.map.render import render_scene_image  # noqa: E402
from consensus_app.ui.map.scene import MapScene  # noqa: E402
from consensus_app.ui.map.view import MapView  # noqa: E402

__all__ = ["MapScene", "MapView", "render_scene_image"]
