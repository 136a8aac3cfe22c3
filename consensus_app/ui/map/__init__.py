"""The map canvas: a pursuit's buying committee drawn as cards and lines (see MapScene, MapView)."""

from consensus_app.ui.map.render import render_scene_image
from consensus_app.ui.map.scene import MapScene
from consensus_app.ui.map.view import MapView

__all__ = ["MapScene", "MapView", "render_scene_image"]
