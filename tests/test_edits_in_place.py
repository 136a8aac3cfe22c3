"""An edit of one person redraws one card and one table row; the map is not rebuilt.

Driven through the real window on a 120-person account (names in several scripts): the
inspector, the committee table and the Edit menu, asserting the card the user sees, the row,
the database, and that the scene kept every item (the same card objects, no set_map).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from consensus_app.core.interchange import check_document
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.committee_model import CommitteeColumn as C
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.settings import UiSettings
from models import RelationshipKind
from tests.acceptance_kit import (
    commit_cell,
    compose,
    inspector_priorities,
    menu_action,
    open_cell_editor,
    select,
    table_text,
)
from tests.large_accounts import ACCOUNT_120, account_document, member_keys
from tests.window_fixtures import open_window, settings  # noqa: F401 - fixture


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace, settings: UiSettings) -> Iterator[MainWindow]:
    import_document(workspace, check_document(account_document(*ACCOUNT_120)))
    shown = open_window(qtbot, workspace, settings)
    qtbot.waitUntil(
        lambda: shown.scene.pursuit_map is not None and not shown.scene.is_animating(), timeout=10_000
    )
    yield shown


class Rebuilds:
    """Counts MapScene.set_map (every card and line made again) while the test edits."""

    def __init__(self, window: MainWindow) -> None:
        self.count = 0
        window.scene.sig_map_changed.connect(self._note)

    def _note(self) -> None:
        self.count += 1


def _member(window: MainWindow, index: int) -> tuple[int, str]:
    key = member_keys(*ACCOUNT_120)[index]
    person = next(n for n in window.controller.pursuit_map.nodes if n.key == key)  # type: ignore[union-attr]
    return person.stakeholder_id, person.name


def test_a_stance_set_in_the_inspector_redraws_that_card_only(qtbot: QtBot, window: MainWindow) -> None:
    sid, name = _member(window, 3)
    cards = {s: window.scene.node_item(s) for s in window.scene.node_positions()}
    rebuilds = Rebuilds(window)
    select(qtbot, window, name)
    inspector = window.inspector
    inspector.stance.setCurrentIndex(inspector.stance.findData(-2))
    assert window.scene.node_item(sid).node.stance == -2  # the card the user sees
    assert table_text(window, name, C.STANCE) == "opposed"
    before = window.controller.pursuit_map  # (the stance shown before the edit is undone to)
    seat = next(m for m in window.controller.repos.committee.for_pursuit(1) if m.stakeholder_id == sid)
    assert seat.stance == -2 and before is not None
    assert rebuilds.count == 0
    assert all(window.scene.node_item(s) is item for s, item in cards.items())  # no card was remade
    menu_action(window, "Edit", "undo").trigger()
    assert window.scene.node_item(sid).node.stance != -2
    assert inspector.stance.currentData() == window.scene.node_item(sid).node.stance  # the panel follows
    assert rebuilds.count == 0


def test_a_name_typed_in_the_table_renames_the_card_and_ctrl_f_finds_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    sid, name = _member(window, 5)
    rebuilds = Rebuilds(window)
    editor = open_cell_editor(window, name, C.NAME)
    editor.setText("Ólafur Þórsson-Kim 김")
    commit_cell(qtbot, window, editor)
    assert window.scene.node_item(sid).node.name == "Ólafur Þórsson-Kim 김"
    assert window.controller.repos.stakeholders.get(sid).name == "Ólafur Þórsson-Kim 김"
    assert rebuilds.count == 0
    window.find_action.trigger()
    qtbot.keyClicks(window.navigator.search, "rsson-Kim")
    qtbot.waitUntil(lambda: _found(window, "Ólafur Þórsson-Kim 김"))
    menu_action(window, "Edit", "undo").trigger()
    assert window.scene.node_item(sid).node.name == name and rebuilds.count == 0


def _found(window: MainWindow, name: str) -> bool:
    proxy = window.navigator.tree.model()
    rows: list[str] = []

    def walk(parent):  # type: ignore[no-untyped-def]
        for row in range(proxy.rowCount(parent)):
            index = proxy.index(row, 0, parent)
            rows.append(str(index.data()))
            walk(index)

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex())
    return any(name in row for row in rows)


def test_a_priority_added_in_the_inspector_shows_without_rebuilding_the_map(
    qtbot: QtBot, window: MainWindow
) -> None:
    sid, name = _member(window, 8)
    rebuilds = Rebuilds(window)
    select(qtbot, window, name)
    compose(qtbot, window.inspector.new_priority, "ダウンタイムなしで移行したい")
    qtbot.keyClick(window.inspector.new_priority, Qt.Key.Key_Return)
    assert any("ダウンタイムなしで移行したい" in text for text in inspector_priorities(window))
    assert [p.text for p in window.controller.repos.priorities.for_stakeholder(sid)][-1] == (
        "ダウンタイムなしで移行したい"
    )
    assert rebuilds.count == 0
    menu_action(window, "Edit", "undo").trigger()
    assert not any("ダウンタイムなしで移行したい" in text for text in inspector_priorities(window))
    assert rebuilds.count == 0


def test_a_new_tie_adds_one_line_and_undo_takes_it_away_without_rebuilding(
    qtbot: QtBot, window: MainWindow
) -> None:
    (a, _), (b, _) = _member(window, 1), _member(window, 2)
    lines = len(window.scene.edge_items())
    cards = {s: window.scene.node_item(s) for s in window.scene.node_positions()}
    rebuilds = Rebuilds(window)
    assert window.controller.link_people(a, b, RelationshipKind.ALLIES)
    tie = window.controller.repos.relationships.for_account(1)[-1]
    added = [e for e in window.scene.edge_items() if e.relationship_id == tie.id]
    assert len(window.scene.edge_items()) == lines + 1 and len(added) == 1
    assert {added[0].source.stakeholder_id, added[0].target.stakeholder_id} == {a, b}
    assert window.controller.edit_tie(tie.id, kind=RelationshipKind.CONFLICTS)  # right-click ▸ kind
    changed = [e for e in window.scene.edge_items() if e.relationship_id == tie.id]
    assert len(changed) == 1 and changed[0].kind.value == "conflicts"
    menu_action(window, "Edit", "undo").trigger()
    menu_action(window, "Edit", "undo").trigger()
    assert len(window.scene.edge_items()) == lines
    assert rebuilds.count == 0 and all(window.scene.node_item(s) is item for s, item in cards.items())


def test_a_new_person_joins_as_one_card_and_a_seat_left_in_the_inspector_changes_theirs(
    qtbot: QtBot, window: MainWindow
) -> None:
    cards = {s: window.scene.node_item(s) for s in window.scene.node_positions()}
    rows = window.committee.model.rowCount()
    rebuilds = Rebuilds(window)
    window.new_person_action.trigger()  # Edit ▸ New stakeholder: the inspector's empty form
    compose(qtbot, window.inspector.name, "Hoda Rahimi هدی رحیمی")
    window.inspector.add_button.click()
    person = next(p for p in window.controller.repos.stakeholders.for_account(1) if p.name.startswith("Hoda"))
    qtbot.waitUntil(lambda: person.id in window.scene.node_positions())
    assert window.committee.model.rowCount() == rows + 1  # seated on the committee, a new row
    assert rebuilds.count == 0 and all(window.scene.node_item(s) is item for s, item in cards.items())
    select(qtbot, window, "Hoda Rahimi هدی رحیمی")
    window.inspector.on_committee.click()  # off the committee again
    assert window.committee.model.rowCount() == rows
    assert not any(m.stakeholder_id == person.id for m in window.controller.repos.committee.for_pursuit(1))
    assert rebuilds.count == 0
    menu_action(window, "Edit", "undo").trigger()  # seated again: a seat restored, no rebuild
    assert window.committee.model.rowCount() == rows + 1 and rebuilds.count == 0
    menu_action(window, "Edit", "undo").trigger()  # the person goes: their card only
    assert person.id not in window.scene.node_positions() and rebuilds.count == 0


def _as_reloaded(window: MainWindow) -> tuple[list[object], set[object]]:
    """The open map as the window holds it, and as reading the pursuit again gives it."""
    from consensus_app.core.pursuit_map import build_pursuit_map

    held = window.controller.pursuit_map
    assert held is not None
    fresh = build_pursuit_map(window.controller.repos.accounts.snapshot(held.account_id), held.pursuit_id)
    by_id = lambda n: n.stakeholder_id  # noqa: E731
    assert sorted(held.nodes, key=by_id) == sorted(fresh.nodes, key=by_id)
    assert set(held.edges) == set(fresh.edges)
    return list(held.nodes), set(held.edges)


def _shown_lines(window: MainWindow, sid: int) -> set[tuple[int, int, str]]:
    return {
        (e.source.stakeholder_id, e.target.stakeholder_id, e.kind.value)
        for e in window.scene.edge_items()
        if sid in (e.source.stakeholder_id, e.target.stakeholder_id)
    }


def test_deleting_a_manager_takes_their_card_and_lines_and_undo_brings_them_back_in_place(
    qtbot: QtBot, window: MainWindow
) -> None:
    pursuit_map = window.controller.pursuit_map
    assert pursuit_map is not None
    shown = set(window.scene.node_positions())
    # A manager on the map with a report on the map and a tie: everything a delete takes along.
    managers = {n.reports_to_id for n in pursuit_map.nodes if n.stakeholder_id in shown} & shown
    tied = {s for e in pursuit_map.edges if e.relationship_id for s in (e.source_id, e.target_id)}
    boss = next(iter(sorted(managers & tied)))
    name = pursuit_map.node(boss).name
    reports = {n.stakeholder_id for n in pursuit_map.nodes if n.reports_to_id == boss}
    lines = _shown_lines(window, boss)
    assert lines, "the manager's card has lines on the map"
    cards = {s: window.scene.node_item(s) for s in shown if s != boss}
    rebuilds = Rebuilds(window)

    select(qtbot, window, name)
    window.delete_action.trigger()  # Edit ▸ Delete
    assert boss not in window.scene.node_positions()  # the card the user saw is gone
    assert _shown_lines(window, boss) == set()  # with every line to or from it
    assert window.controller.repos.stakeholders.for_account(1) and all(
        p.reports_to_id != boss for p in window.controller.repos.stakeholders.for_account(1)
    )
    held = window.controller.pursuit_map
    assert held is not None and {n.stakeholder_id for n in held.nodes if n.reports_to_id is None} >= reports
    _as_reloaded(window)  # the map the window holds is the one the database gives
    # The cards that stay are the very same items (the committee view may drop someone who was
    # shown only as the manager's link).
    assert rebuilds.count == 0 and all(
        window.scene.node_item(s) is item for s, item in cards.items() if s in window.scene.node_positions()
    )

    menu_action(window, "Edit", "undo").trigger()
    qtbot.waitUntil(lambda: boss in window.scene.node_positions())
    assert window.scene.node_item(boss).node.name == name
    assert _shown_lines(window, boss) == lines  # their reports' lines and their ties, back
    assert set(window.scene.node_positions()) == shown
    _as_reloaded(window)
    assert rebuilds.count == 0

    menu_action(window, "Edit", "redo").trigger()
    assert boss not in window.scene.node_positions() and rebuilds.count == 0
    _as_reloaded(window)


def test_a_new_manager_chosen_in_the_inspector_moves_one_line_without_rebuilding(
    qtbot: QtBot, window: MainWindow
) -> None:
    sid, name = _member(window, 4)
    other, other_name = _member(window, 7)
    before = window.controller.pursuit_map.node(sid).reports_to_id  # type: ignore[union-attr]
    cards = {s: window.scene.node_item(s) for s in window.scene.node_positions()}
    rebuilds = Rebuilds(window)
    select(qtbot, window, name)
    combo = window.inspector.reports_to
    combo.setCurrentIndex(combo.findText(other_name))
    assert window.controller.repos.stakeholders.get(sid).reports_to_id == other
    assert (sid, other, "reports_to") in _shown_lines(window, sid)  # the line the user sees
    assert not any(line[1] == before and line[2] == "reports_to" for line in _shown_lines(window, sid))
    _as_reloaded(window)
    assert rebuilds.count == 0 and all(window.scene.node_item(s) is item for s, item in cards.items())
    menu_action(window, "Edit", "undo").trigger()
    assert window.controller.repos.stakeholders.get(sid).reports_to_id == before
    assert (sid, other, "reports_to") not in _shown_lines(window, sid)
    _as_reloaded(window)
    assert rebuilds.count == 0
