"""The right-hand panels' tabs (Stakeholder, Assessment, Themes, Messages, Plan) read in full.

The panels share one dock area, shown as tabs along its bottom. Their titles are longer in some
languages ("Pemangku kepentingan", "Penilaian") than the area's least width allows, and Qt then cuts
every title short ("Te…", "Pe…"). The area starts wide enough for all the titles in the window's
language, within a share of the window so the map keeps most of it; beyond that a title is elided
and its tab's tooltip names it in full.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar

from consensus_app.ui.widgets import DOCK_MIN_WIDTH

MOST_OF_WINDOW = 0.36  # the panels never take more of the window's width than this to fit the tabs


def tabs_width(window: QMainWindow, titles: list[str]) -> int:
    """The width a dock tab bar needs to show every title whole, in the window's style and font."""
    probe = QTabBar(window)  # never shown: it measures the tabs as the dock area will draw them
    probe.setDocumentMode(True)
    for title in titles:
        probe.addTab(title)
    needed = sum(probe.tabSizeHint(i).width() for i in range(probe.count()))
    probe.deleteLater()
    return needed + 2 * window.style().pixelMetric(window.style().PixelMetric.PM_DockWidgetFrameWidth) + 8


def fit_dock_tabs(window: QMainWindow, docks: list[QDockWidget]) -> int:
    """Widen the panels' area so their tabs read in full (up to MOST_OF_WINDOW of the window);
    returns the width asked for."""
    needed = tabs_width(window, [dock.windowTitle() for dock in docks])
    width = max(DOCK_MIN_WIDTH, min(needed, int(window.width() * MOST_OF_WINDOW)))
    window.resizeDocks([docks[0]], [width], Qt.Orientation.Horizontal)
    for bar in window.findChildren(QTabBar):
        if bar.parent() is window:  # the dock areas' tab bars (not tabs inside a panel)
            bar.setElideMode(Qt.TextElideMode.ElideRight)
            for index in range(bar.count()):
                bar.setTabToolTip(index, bar.tabText(index))  # the whole title when it is cut short
    return width
