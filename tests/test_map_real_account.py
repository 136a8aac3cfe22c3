"""A real account's map in the window: committee view, Ctrl+F for people, the legend, legible names.

Accounts come from tests/large_accounts.py (a CEO with twelve directors; names in Norwegian,
Japanese, Persian, Indonesian and Korean), opened in a 1440 × 900 window.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from consensus_app.core.interchange import check_document
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.map.card import CARD_HEIGHT, LOD_TEXT, fonts
from consensus_app.ui.map.far_names import fitted_name
from consensus_app.ui.settings import UiSettings
from tests.large_accounts import ACCOUNT_32, ACCOUNT_120, account_document, linker_keys, member_keys
from tests.window_fixtures import open_window, settings  # noqa: F401


def open_account(
    qtbot: QtBot, workspace: Workspace, settings: UiSettings, account: tuple[int, int]
) -> MainWindow:
    import_document(workspace, check_document(account_document(*account)))
    window = open_window(qtbot, workspace, settings)
    window.resize(1440, 900)
    qtbot.waitUntil(lambda: window.scene.pursuit_map is not None and not window.layouts.busy, timeout=10_000)
    qtbot.wait(50)
    window.view.fit_to_view()
    return window


def shown_keys(window: MainWindow) -> set[str]:
    assert window.scene.pursuit_map is not None
    return {n.key for n in window.scene.pursuit_map.nodes}


def test_a_real_account_opens_on_its_committee_and_everyone_is_one_click_away(
    qtbot: QtBot, workspace: Workspace, settings: UiSettings
) -> None:
    window = open_account(qtbot, workspace, settings, ACCOUNT_120)
    committee = shown_keys(window)
    assert set(member_keys(*ACCOUNT_120)) <= committee
    assert 25 < len(committee) < 60  # the members and who links them, not 120 cards
    assert window.committee_view.committee_action.isChecked()
    assert "Committee view" in window.statusBar().currentMessage()

    window.committee_view.everyone_action.trigger()  # the toolbar's "Everyone"
    qtbot.waitUntil(lambda: len(shown_keys(window)) == 120, timeout=10_000)
    assert window.committee.model.rowCount() == 25  # the committee table is unchanged
    assert settings.text("map/committee_view") == "0"  # remembered for the next pursuit and run

    window.committee_view.committee_action.trigger()
    qtbot.waitUntil(lambda: shown_keys(window) == committee, timeout=10_000)
    assert settings.text("map/committee_view") == "1"


def test_ctrl_f_finds_a_person_off_the_committee_view_selects_and_centres_their_card(
    qtbot: QtBot, workspace: Workspace, settings: UiSettings
) -> None:
    window = open_account(qtbot, workspace, settings, ACCOUNT_120)
    pursuit_map = window.controller.pursuit_map
    assert pursuit_map is not None
    # (QTest types ASCII only; the search itself matches any script, as the navigator test shows.)
    hidden = next(n for n in pursuit_map.nodes if n.key not in shown_keys(window) and n.name.isascii())
    window.find_action.trigger()
    assert window.navigator.search.hasFocus()
    qtbot.keyClicks(window.navigator.search, hidden.name)
    qtbot.keyClick(window.navigator.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.scene.selected_stakeholders() == [hidden.stakeholder_id], timeout=10_000)
    assert hidden.key in shown_keys(window)  # brought onto the committee view
    assert window.inspector.name.text() == hidden.name
    card = window.scene.node_item(hidden.stakeholder_id)
    centre = window.view.mapFromScene(card.pos())
    middle = window.view.viewport().rect().center()
    assert abs(centre.x() - middle.x()) <= 2 and abs(centre.y() - middle.y()) <= 2
    assert window.view.zoom() >= LOD_TEXT  # close enough to read the card


def test_the_legend_is_a_corner_button_that_opens_and_covers_no_card_after_a_fit(
    qtbot: QtBot, workspace: Workspace, settings: UiSettings
) -> None:
    window = open_account(qtbot, workspace, settings, ACCOUNT_32)
    view = window.view
    button = view.legend_rect()
    assert not view.is_legend_expanded() and button.width() < 120 and button.height() < 40
    for card in window.scene.node_items():
        on_screen = view.mapFromScene(card.sceneBoundingRect()).boundingRect()
        assert not button.intersects(on_screen.toRectF())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=button.center().toPoint())
    assert view.is_legend_expanded() and view.legend_rect().height() > 100
    view.fit_to_view()  # a fit leaves room for the open legend too
    for card in window.scene.node_items():
        on_screen = view.mapFromScene(card.sceneBoundingRect()).boundingRect()
        assert not view.legend_rect().intersects(on_screen.toRectF())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.legend_rect().center().toPoint())
    assert not view.is_legend_expanded()
    assert window.scene.selected_stakeholders() == []  # the click went to the legend, not the map


def fitted_members(window: MainWindow) -> list[tuple[str, float, bool]]:
    """(name, letter height on screen, drawn whole) for each member's card at the current zoom."""
    lod = window.view.zoom()
    found = []
    for item in window.scene.node_items():
        if not item.node.on_committee:
            continue
        look = item.look
        if lod >= LOD_TEXT:  # the card's own lines: the 13 px name, whole, in one or two lines
            drawn = " ".join(text for _rect, index, text, _align in look.lines if index == 0)
            found.append((look.name, fonts()[0][0].pixelSize() * lod, drawn == look.name))
        else:  # the name alone, as the zoomed-out card draws it
            area, wide = look.name_area, look.name_wide
            box = (area.left(), area.top(), area.width(), area.height())
            size, lines, whole = fitted_name(look.name, box, (wide.left(), wide.width()), round(lod, 3))
            found.append((look.name, size * lod, whole and " ".join(lines) == " ".join(look.name.split())))
    return found


def test_at_fit_to_view_every_member_s_full_name_is_at_least_9_px(
    qtbot: QtBot, workspace: Workspace, settings: UiSettings
) -> None:
    window = open_account(qtbot, workspace, settings, ACCOUNT_32)
    members = fitted_members(window)
    assert len(members) == ACCOUNT_32[1]
    for name, pixels, whole in members:
        assert whole, name  # wrapped at spaces over two lines, never cut
        assert pixels >= 9 - 0.5, name  # (sizes are whole scene pixels)


def test_a_25_member_committee_at_fit_to_view_shows_every_full_name_at_9_px(
    qtbot: QtBot, workspace: Workspace, settings: UiSettings
) -> None:
    # In a 1440 × 900 window the 41 cards of this committee view fit at about 34 %. Four- and
    # five-word names ("Muhammad A. Rizky Pratama Wijaya") need three lines there: their cards
    # are taller (and a little wider), so no name is cut.
    window = open_account(qtbot, workspace, settings, ACCOUNT_120)
    members = fitted_members(window)
    assert len(members) == ACCOUNT_120[1]
    for name, pixels, whole in members:
        assert whole, name
        assert pixels >= 9 - 0.5, name
    tall = [item for item in window.scene.node_items() if item.height > CARD_HEIGHT]
    assert all(item.node.on_committee for item in tall)  # only where a name needs the room
    assert "Muhammad A. Rizky Pratama Wijaya" in {item.node.name for item in tall}
    assert len(tall) < ACCOUNT_120[1] / 2


@pytest.mark.parametrize("zoom", [0.3, 0.5, 1.0, 2.0])
def test_faction_and_broker_labels_are_at_least_9_px_on_screen(qtbot: QtBot, zoom: float) -> None:
    from PySide6.QtGui import QImage, QPainter

    from consensus_app.ui.map.faction_overlay import label_font

    image = QImage(100, 100, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    painter.scale(zoom, zoom)
    size = label_font(painter).pixelSize()
    painter.end()
    assert size * zoom >= 9  # it was an 8–9 pt font in scene units: about 6 px at a fit


def test_a_card_off_the_committee_says_why_the_committee_view_shows_it(
    qtbot: QtBot, workspace: Workspace, settings: UiSettings
) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    window = open_account(qtbot, workspace, settings, ACCOUNT_120)
    linker = next(i for i in window.scene.node_items() if i.node.key == linker_keys(*ACCOUNT_120)[0])
    at = window.view.mapFromScene(linker.pos())
    event = QHelpEvent(QEvent.Type.ToolTip, at, window.view.viewport().mapToGlobal(at))
    QApplication.sendEvent(window.view.viewport(), event)
    qtbot.waitUntil(lambda: "On the committee view: links" in QToolTip.text(), timeout=3000)
    assert linker.node.name in QToolTip.text()


def test_ctrl_f_opens_the_pursuit_of_a_person_at_another_account(
    qtbot: QtBot, workspace: Workspace, settings: UiSettings
) -> None:
    ferries = account_document(*ACCOUNT_32, name="Vestland Ferries AS")
    people = ferries["accounts"][0]["stakeholders"]
    wanted = next(p for p in people if p["id"] not in member_keys(*ACCOUNT_32) and p["id"] != "s-0")
    wanted["name"] = "Hallvard Strandli"  # no one at the other account has this name
    import_document(workspace, check_document(ferries))
    window = open_account(qtbot, workspace, settings, ACCOUNT_120)
    first = next(p.id for p in workspace.repos.pursuits.list_where() if p.key == "opp-telemetry-120")
    window.navigator.select_pursuit(first)  # the 120-person account is open
    qtbot.waitUntil(lambda: window.controller.pursuit_id == first and not window.layouts.busy, timeout=10_000)
    window.find_action.trigger()
    qtbot.keyClicks(window.navigator.search, wanted["name"])
    results = window.navigator.proxy
    assert results.rowCount() >= 1  # the accounts holding a match, the people under them
    qtbot.keyClick(window.navigator.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.controller.pursuit_id != first, timeout=10_000)
    qtbot.waitUntil(lambda: len(window.scene.selected_stakeholders()) == 1, timeout=10_000)
    pursuit_map = window.controller.pursuit_map
    assert pursuit_map is not None and pursuit_map.title.startswith("Vestland Ferries AS")
    selected = pursuit_map.node(window.scene.selected_stakeholders()[0])
    assert selected.name == wanted["name"] and window.inspector.name.text() == wanted["name"]


def test_the_people_search_matches_any_script_and_lists_no_one_while_empty(
    qtbot: QtBot, workspace: Workspace, settings: UiSettings
) -> None:
    from consensus_app.ui.navigator import PERSON_ROLE

    window = open_account(qtbot, workspace, settings, ACCOUNT_32)
    navigator = window.navigator

    def people_listed() -> list[str]:
        found = []
        for row in range(navigator.proxy.rowCount()):
            account = navigator.proxy.index(row, 0)
            for child in range(navigator.proxy.rowCount(account)):
                index = navigator.proxy.index(child, 0, account)
                if index.data(PERSON_ROLE) is not None:
                    found.append(str(index.data()).split(" · ")[0])
        return found

    assert people_listed() == []  # the tree holds accounts and pursuits until the user searches
    for query, name in (("김민준", "김민준"), ("محمدرضا", "محمدرضا کریمی"), ("øSTBY", "Ragnhild Østby")):
        navigator.search.setText(query)
        assert people_listed() == [name], query
    navigator.search.clear()
    assert people_listed() == []
