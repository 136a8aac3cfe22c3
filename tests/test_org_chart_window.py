"""In the window, the org chart's reporting lines run through the gaps, never under a card.

A 120-person account in five languages (tests/large_accounts.py), everyone on the map, in
the org chart: a line passing under someone else's card reads as "reports to the wrong boss".
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QPainterPath, QPainterPathStroker
from pytestqt.qtbot import QtBot

from consensus_app.core.pursuit_map import EdgeKind
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.settings import UiSettings
from tests.large_accounts import ACCOUNT_120
from tests.test_map_real_account import open_account, shown_keys
from tests.window_fixtures import open_window, settings  # noqa: F401


def lines_under_cards(window: MainWindow) -> list[tuple[str, str, str]]:
    """(report, manager, card) for each drawn reporting line that passes under another card."""
    stroker = QPainterPathStroker()
    stroker.setWidth(1.0)
    cards = window.scene.node_items()
    found = []
    for edge in window.scene.edge_items():
        if edge.kind is not EdgeKind.REPORTS_TO:
            continue
        assert not edge.path.isEmpty()
        stroke = stroker.createStroke(edge.path)
        for card in cards:
            if card is edge.source or card is edge.target:
                continue
            inside = QPainterPath()
            inside.addRect(card.scene_card_rect().adjusted(1, 1, -1, -1))
            if stroke.intersects(inside):
                found.append((edge.source.node.name, edge.target.node.name, card.node.name))
    return found


def test_everyone_in_the_org_chart_no_reporting_line_passes_under_a_card(
    qtbot: QtBot, workspace: Workspace, settings: UiSettings
) -> None:
    window = open_account(qtbot, workspace, settings, ACCOUNT_120)
    window.committee_view.everyone_action.trigger()  # the toolbar's "Everyone"
    qtbot.waitUntil(lambda: len(shown_keys(window)) == 120, timeout=10_000)
    org = next(a for a in window.findChildren(QAction) if a.objectName() == "layout-org")
    org.trigger()  # the toolbar's "Org chart"
    qtbot.waitUntil(lambda: not window.layouts.busy and not window.scene.is_animating(), timeout=10_000)
    reporting = [e for e in window.scene.edge_items() if e.kind is EdgeKind.REPORTS_TO]
    assert len(reporting) == 119  # everyone but the CEO has a manager on the map
    assert lines_under_cards(window) == []
    # The CEO's lines to their twelve directors all end at the middle of the CEO's card's bottom.
    ceo = window.scene.node_item(_ceo(window))
    to_ceo = [e for e in reporting if e.target is ceo]
    assert len(to_ceo) == 12
    for edge in to_ceo:
        assert edge.path.currentPosition().x() == ceo.pos().x()
        assert edge.arrow is not None and edge.arrow.boundingRect().top() > ceo.scene_card_rect().bottom()


def _ceo(window: MainWindow) -> int:
    assert window.scene.pursuit_map is not None
    nodes = window.scene.pursuit_map.nodes
    managers = {n.reports_to_id for n in nodes}
    return next(n.stakeholder_id for n in nodes if n.reports_to_id is None and n.stakeholder_id in managers)


def test_in_the_other_layouts_reporting_lines_are_straight_again(
    qtbot: QtBot, workspace: Workspace, settings: UiSettings
) -> None:
    # Their cards are not in rows with free columns: an elbow's run along a row would merge with
    # its neighbours' and pass under cards there.
    window = open_account(qtbot, workspace, settings, ACCOUNT_120)
    actions = {a.objectName(): a for a in window.findChildren(QAction)}
    for name, corners in (("layout-grid", 0), ("layout-influence", 0), ("layout-org", 2)):
        actions[name].trigger()
        qtbot.waitUntil(lambda: not window.layouts.busy and not window.scene.is_animating(), timeout=10_000)
        qtbot.wait(50)
        reporting = [e for e in window.scene.edge_items() if e.kind is EdgeKind.REPORTS_TO]
        elbows = [e for e in reporting if corners_of(e.path) == 2]
        if corners:
            assert len(elbows) > len(reporting) / 2, name  # most reports sit off their manager's column
        else:
            assert elbows == [], name


def corners_of(path: QPainterPath) -> int:
    """The corners of a path of straight pieces (-1 for a curve)."""
    kinds = [path.elementAt(i).type for i in range(1, path.elementCount())]
    if any(kind != QPainterPath.ElementType.LineToElement for kind in kinds):
        return -1
    return max(0, len(kinds) - 1)
