"""A Qt application for exports run without a window (the CLI, scripts, tests)."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication


def ensure_application() -> QApplication:
    """The running QApplication, or a new one that needs no display.

    The map is a QGraphicsScene, which needs a QApplication (not only a QGuiApplication).
    On Linux without a display, Qt's offscreen platform draws into memory; fonts still come
    from fontconfig, so Hangul, Persian and the rest render as in the window.
    """
    existing = QCoreApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    if existing is not None:
        raise RuntimeError("map exports need a QApplication; this process runs a plain Qt core application")
    if (
        sys.platform.startswith("linux")
        and "QT_QPA_PLATFORM" not in os.environ
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QApplication([sys.argv[0] if sys.argv and sys.argv[0] else "consensus-app"])
