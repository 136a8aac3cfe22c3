"""At the committee's fitted zoom every letter of a name is drawn whole, in any script.

A name's lines are packed tighter than its font's ascent + descent; clipped to its line, "Agus"
read "Aqus", "Gilang" "Gilanq" and "آرش" lost its madda ("ارش"). The connector handle sits
outside the card, over no letter of a right-to-left name.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from consensus_app.core.interchange import check_document
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.map.card import LOD_TEXT
from consensus_app.ui.map.far_names import placed_far_name
from consensus_app.ui.map.node_item import HANDLE_RADIUS, NodeItem
from consensus_app.ui.settings import UiSettings
from tests.large_accounts import ACCOUNT_120, account_document, member_keys
from tests.window_fixtures import open_window, settings  # noqa: F401

SHARP = 4
NAMES = {"Agus": "below", "Gilang": "below", "آرش": "above"}  # where the letters reach past the line


def open_committee(qtbot: QtBot, workspace: Workspace, settings: UiSettings) -> MainWindow:
    document = account_document(*ACCOUNT_120)
    renamed = dict(zip(member_keys(*ACCOUNT_120), NAMES, strict=False))
    for person in document["accounts"][0]["stakeholders"]:
        person["name"] = renamed.get(person["id"], person["name"])
    import_document(workspace, check_document(document))
    window = open_window(qtbot, workspace, settings)
    window.resize(1440, 900)
    qtbot.waitUntil(lambda: window.scene.pursuit_map is not None and not window.layouts.busy, timeout=10_000)
    qtbot.wait(50)
    window.view.fit_to_view()  # the toolbar's "Fit to view": the committee's default zoom
    qtbot.waitUntil(lambda: not window.scene.is_animating(), timeout=5_000)
    qtbot.wait(100)
    return window


def card_of(window: MainWindow, name: str) -> NodeItem:
    return next(item for item in window.scene.node_items() if item.node.name == name)


def ink_rows(image: QImage, rect: QRectF) -> list[int]:
    """Rows of the screen with dark text ink, in `rect` (viewport pixels)."""
    rows = []
    for y in range(max(0, int(rect.top())), min(image.height(), int(rect.bottom()) + 1)):
        xs = range(max(0, int(rect.left())), min(image.width(), int(rect.right()) + 1))
        if any(QColor(image.pixel(x, y)).lightness() < 150 for x in xs):
            rows.append(y)
    return rows


def name_boxes(card: NodeItem, lod: float) -> list[QRectF]:
    """The boxes the card draws its name's lines in at `lod` (card coordinates)."""
    if lod < LOD_TEXT:  # zoomed out: the name alone, larger
        _size, placed = placed_far_name(card.node.name, card.look.name_area, lod, card.look.name_wide)
        assert [line for _box, line in placed] == [card.node.name]
        return [box for box, _line in placed]
    return [rect for rect, index, _text, _align in card.look.lines if index == 0]


@pytest.mark.parametrize("zoom", ["fit", 0.5])
def test_no_name_loses_its_tails_or_marks(
    qtbot: QtBot, workspace: Workspace, settings: UiSettings, zoom: str | float
) -> None:
    window = open_committee(qtbot, workspace, settings)
    if zoom == "fit":
        assert window.view.zoom() < LOD_TEXT  # a 25-member committee fitted to the window
    else:
        window.view.set_zoom(float(zoom))
        for name in NAMES:
            window.view.centerOn(card_of(window, name))
        qtbot.wait(300)
    lod = window.view.zoom()
    for name, reach in NAMES.items():
        card = card_of(window, name)
        frame, to_frame = sharp_frame(window, card, lod)
        [box] = name_boxes(card, lod)
        on_frame = to_frame(card.mapRectToScene(box))
        inside = to_frame(card.mapRectToScene(card.card_rect().adjusted(3, 3, -3, -3)))  # no border, no line
        rows = ink_rows(frame, on_frame.adjusted(0, -6 * SHARP, 0, 6 * SHARP).intersected(inside))
        assert rows, name
        if reach == "below":  # the tail of g reaches under the line's box
            assert max(rows) > on_frame.bottom() + 1, name
        else:  # the madda above آ reaches over it
            assert min(rows) < on_frame.top() - 1, name


def sharp_frame(window: MainWindow, card: NodeItem, lod: float) -> tuple[QImage, Callable[[QRectF], QRectF]]:
    """The window's map around `card` as drawn at zoom `lod`, on a screen SHARP times as dense
    (a cut of half a screen pixel shows), and how scene rectangles land on it."""
    source = card.sceneBoundingRect().adjusted(-20, -20, 20, 20)
    size = source.size() * lod
    image = QImage(round(size.width() * SHARP), round(size.height() * SHARP), QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(SHARP)
    image.fill(QColor("white"))
    painter = QPainter(image)
    window.scene.render(painter, QRectF(0, 0, size.width(), size.height()), source)
    painter.end()

    def to_frame(rect: QRectF) -> QRectF:
        return QRectF((rect.topLeft() - source.topLeft()) * lod * SHARP, rect.size() * lod * SHARP)

    return image, to_frame


@pytest.mark.parametrize("name", ["آرش", "Agus"])
def test_the_connector_handle_covers_no_letter_of_the_name(
    qtbot: QtBot, workspace: Workspace, settings: UiSettings, name: str
) -> None:
    window = open_committee(qtbot, workspace, settings)
    card = card_of(window, name)
    centre = card.handle_center()
    radius = HANDLE_RADIUS
    handle = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
    assert handle.left() >= card.card_rect().right() - 1.0  # outside the card, on its border
    for lod in (window.view.zoom(), 1.0):
        _size, placed = placed_far_name(name, card.look.name_area, lod, card.look.name_wide)
        assert not any(box.intersects(handle) for box, _line in placed)
    assert not any(rect.intersects(handle) for rect, _index, _text, _align in card.look.lines)
