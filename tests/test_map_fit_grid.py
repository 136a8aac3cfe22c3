"""Fit to view in the power / stance grid shows the whole grid, its lowest band too."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QGraphicsRectItem
from pytestqt.qtbot import QtBot

from consensus_app.storage.workspace import Workspace
from consensus_app.ui.settings import UiSettings
from tests.large_accounts import ACCOUNT_32
from tests.test_map_real_account import open_account
from tests.window_fixtures import open_window, settings  # noqa: F401


def test_fit_to_view_in_the_grid_shows_every_area_of_the_grid_whole(
    qtbot: QtBot, workspace: Workspace, settings: UiSettings
) -> None:
    window = open_account(qtbot, workspace, settings, ACCOUNT_32)
    actions = {a.objectName(): a for a in window.findChildren(QAction)}
    actions["layout-grid"].trigger()  # the toolbar's "Power / stance grid"
    qtbot.waitUntil(lambda: not window.layouts.busy and not window.scene.is_animating(), timeout=10_000)
    items = window.scene.items()
    areas = [item for item in items if isinstance(item, QGraphicsRectItem) and item.zValue() < -100]
    assert len(areas) >= 4  # the quadrants, and the bands around them
    actions["fit"].trigger()  # the toolbar's "Fit to view"
    qtbot.wait(50)
    shown = QRectF(window.view.viewport().rect())
    for area in areas:
        on_screen = window.view.mapFromScene(area.sceneBoundingRect()).boundingRect()
        assert shown.contains(QRectF(on_screen).adjusted(1, 1, -1, -1)), area.rect()
    for card in window.scene.node_items():
        assert shown.contains(QRectF(window.view.mapFromScene(card.sceneBoundingRect()).boundingRect()))
