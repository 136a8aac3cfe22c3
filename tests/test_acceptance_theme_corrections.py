"""The seller corrects themes in the Themes tab of the real window (36 people, five scripts):
buttons, right-click menus and a drag; Edit ▸ Undo and Redo take corrections back and forth;
the list and the database say the same."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from consensus_app.core.interchange import check_document
from consensus_app.core.themes.pursuit import PursuitThemes
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.settings import UiSettings
from consensus_app.ui.themes_panel import ThemesPanel
from tests.acceptance_kit import context_menu_choice, covers, settle, trigger
from tests.theme_accounts import committee_document
from tests.window_fixtures import open_window, settings  # noqa: F401 - fixture

pytestmark = pytest.mark.engines("sqlite")

CAPEX = [
    "Keep capex flat through 2027",
    "No new capital spending before 2027",
    "Investeringsbudsjettet skal ikke øke",
    "Stay within the approved investment budget",
]
NORWEGIAN_DATA = "Skipsdata skal lagres i Europa"
DATA = "Vessel data must stay in the EU"
FUEL = "Cut fuel cost per voyage"
MAINTENANCE = "Predict engine failures before they happen"
DOWNTIME = "Less server downtime"


@pytest.fixture
def nordhavn(workspace: Workspace) -> Iterator[Workspace]:
    import_document(workspace, check_document(committee_document()))
    yield workspace


@pytest.fixture
def window(qtbot: QtBot, nordhavn: Workspace, settings: UiSettings) -> MainWindow:
    win = open_window(qtbot, nordhavn, settings)
    win.insights.themes_dock.raise_()
    _wait_for_themes(qtbot, win)
    return win


def _wait_for_themes(qtbot: QtBot, window: MainWindow, before: PursuitThemes | None = None) -> PursuitThemes:
    service = window.insights.themes_service
    settle(window)
    qtbot.waitUntil(
        lambda: service.themes is not None and service.themes is not before and not service.runner.busy,
        timeout=60_000,
    )
    assert service.themes is not None
    return service.themes


def _panel(window: MainWindow) -> ThemesPanel:
    return window.insights.themes


def _rows(window: MainWindow) -> list[QTreeWidgetItem]:
    tree = _panel(window).themes
    return [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]


def _said(shown: str) -> str:
    """The statement between the quotes, as a person reads it (without the direction isolates)."""
    return shown.split("”")[0].lstrip("“").strip("\u2068\u2069")


def _statements(row: QTreeWidgetItem) -> set[str]:
    return {_said(row.child(i).text(0)) for i in range(row.childCount())}


def _row_with(window: MainWindow, statement: str) -> QTreeWidgetItem:
    return next(row for row in _rows(window) if statement in _statements(row))


def _statement_row(window: MainWindow, statement: str) -> QTreeWidgetItem:
    row = _row_with(window, statement)
    row.setExpanded(True)  # as a user opens a theme to reach its statements
    return next(row.child(i) for i in range(row.childCount()) if _said(row.child(i).text(0)) == statement)


def _number(window: MainWindow, statement: str) -> int:
    return _rows(window).index(_row_with(window, statement)) + 1


def _select(window: MainWindow, item: QTreeWidgetItem) -> None:
    _panel(window).themes.setCurrentItem(item)


def _db(window: MainWindow) -> tuple[dict[str, str | None], dict[str, str | None]]:
    """Corrected themes by name, and pins by statement, as the database holds them."""
    account = window.controller.pursuit_map.account_id  # type: ignore[union-attr]
    held = window.controller.repos.theme_corrections.for_account(account)
    text = {p.id: p.text for p in window.controller.repos.priorities.list_where(account_id=account)}
    shown = {t.key: t.name or t.key for t in held.themes}  # a corrected theme by its name, else its key
    return (
        {t.name or t.key: t.key for t in held.themes},
        {text[p]: shown[k] if k else None for p, k in held.pins.items()},
    )


@covers("panel:themes.rename_button", "action:undo", "action:redo")
def test_renaming_a_theme_from_its_button_and_undoing_it_from_the_edit_menu(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = _panel(window)
    assert not panel.rename_button.isEnabled()  # nothing selected yet
    before = window.insights.themes_service.themes
    was = _row_with(window, FUEL).text(0)
    _select(window, _row_with(window, FUEL))
    assert panel.rename_button.isEnabled()
    asked: list[str] = []

    def answer(_parent: object, _title: str, label: str, text: str = "", **_kw: object) -> tuple[str, bool]:
        asked.append(text)
        return "Fuel per voyage", True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    qtbot.mouseClick(panel.rename_button, Qt.MouseButton.LeftButton)
    after = _wait_for_themes(qtbot, window, before)
    row = _row_with(window, FUEL)
    assert row.text(0).startswith(f"{_number(window, FUEL)}. Fuel per voyage · agreement ")
    assert row.text(0).endswith(" · corrected") and asked and asked[0] in was
    assert "Fuel per voyage" in [
        panel.bridges.item(i).text().split("\n")[0] for i in range(panel.bridges.count())
    ]
    assert "1 corrected on this account" in panel.summary.text()
    themes, pins = _db(window)
    assert "Fuel per voyage" in themes and pins[FUEL] == "Fuel per voyage"

    trigger(window, "Edit", "undo")
    undone = _wait_for_themes(qtbot, window, after)
    assert _row_with(window, FUEL).text(0) == was and _db(window) == ({}, {})
    assert not any(c.theme.corrected for c in undone.coverage)
    trigger(window, "Edit", "redo")
    _wait_for_themes(qtbot, window, undone)
    assert "Fuel per voyage · " in _row_with(window, FUEL).text(0)


@covers("panel:themes.merge_button")
def test_merging_a_theme_into_another_from_its_button(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = window.insights.themes_service.themes
    count = len(_rows(window))
    keep, other = _row_with(window, MAINTENANCE), _row_with(window, DOWNTIME)
    joined = _statements(keep) | _statements(other)
    keep_name = keep.text(0).split(". ", 1)[1].split(" · ")[0]
    _select(window, other)
    with context_menu_choice(monkeypatch, f"theme-merge-into-{_number(window, MAINTENANCE)}") as menus:
        qtbot.mouseClick(_panel(window).merge_button, Qt.MouseButton.LeftButton)
    assert before is not None and menus
    assert len(menus[0].actions()) == len(before.coverage) - 1  # every other theme, not itself
    _wait_for_themes(qtbot, window, before)
    merged = _row_with(window, MAINTENANCE)
    assert _statements(merged) == joined and merged is _row_with(window, DOWNTIME)
    assert len(_rows(window)) == count - 1
    themes, pins = _db(window)
    assert list(themes) == [keep_name] and {t for t, name in pins.items() if name == keep_name} == joined


@covers("panel:themes.split_button")
def test_splitting_a_theme_in_its_dialog(qtbot: QtBot, window: MainWindow) -> None:
    panel = _panel(window)
    before = window.insights.themes_service.themes
    cost = _row_with(window, CAPEX[0])
    rest = _statements(cost) - set(CAPEX)
    _select(window, cost)
    qtbot.mouseClick(panel.split_button, Qt.MouseButton.LeftButton)
    dialog = panel.corrector.split_dialog
    assert dialog is not None and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # nothing ticked yet: it says so and stays open
    assert dialog.isVisible() and "Tick some" in dialog.problem.text()
    for row in range(dialog.statements.count()):
        item = dialog.statements.item(row)
        if _said(item.text()) in CAPEX:
            item.setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.problem.text() == "Give the new theme a name."
    qtbot.keyClicks(dialog.name, "Capital spending")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    _wait_for_themes(qtbot, window, before)
    capital = _row_with(window, CAPEX[0])
    assert capital.text(0).startswith(f"{_number(window, CAPEX[0])}. Capital spending · ")
    assert (
        _statements(capital) == set(CAPEX)
        and _statements(_row_with(window, "Cut our operating costs")) == rest
    )
    themes, pins = _db(window)
    assert "Capital spending" in themes and {t for t, n in pins.items() if n == "Capital spending"} == set(
        CAPEX
    )


@covers("panel:themes.not_a_theme_button")
def test_marking_not_a_theme_lists_its_statements_as_unthemed(qtbot: QtBot, window: MainWindow) -> None:
    before = window.insights.themes_service.themes
    norwegian = _row_with(window, NORWEGIAN_DATA)
    said = _statements(norwegian)
    _select(window, norwegian)
    qtbot.mouseClick(_panel(window).not_a_theme_button, Qt.MouseButton.LeftButton)
    after = _wait_for_themes(qtbot, window, before)
    unthemed = _rows(window)[-1]
    assert unthemed.text(0).endswith(f" · {len(said)} taken out of the themes") and said <= _statements(
        unthemed
    )
    assert set(after.set_aside) == {p.id for p in after.priorities if p.text in said}
    assert f"; {len(said)} taken out of the themes;" in _panel(window).summary.text()
    marked = [unthemed.child(i).text(0) for i in range(unthemed.childCount())]
    assert sum(text.endswith(" · taken out of the themes") for text in marked) == len(said)
    assert not any(said & _statements(row) for row in _rows(window)[:-1])
    themes, pins = _db(window)
    assert len(themes) == 1 and set(pins) == said
    account = window.controller.pursuit_map.account_id  # type: ignore[union-attr]
    held = window.controller.repos.theme_corrections.for_account(account)
    assert held.themes[0].not_a_theme


@covers("panel:themes.move_button")
def test_moving_a_statement_to_another_theme_from_its_button(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = _panel(window)
    before = window.insights.themes_service.themes
    _select(window, _row_with(window, DATA))
    assert not panel.move_button.isEnabled()  # a theme is selected, not a statement
    _select(window, _statement_row(window, NORWEGIAN_DATA))
    assert panel.move_button.isEnabled() and not panel.rename_button.isEnabled()
    with context_menu_choice(monkeypatch, f"statement-move-to-{_number(window, DATA)}"):
        qtbot.mouseClick(panel.move_button, Qt.MouseButton.LeftButton)
    _wait_for_themes(qtbot, window, before)
    assert NORWEGIAN_DATA in _statements(_row_with(window, DATA))
    assert _statement_row(window, NORWEGIAN_DATA).text(0).endswith("loosely related") is False
    _themes, pins = _db(window)
    assert pins[NORWEGIAN_DATA] is not None and pins[NORWEGIAN_DATA] == pins[DATA]


def test_right_click_takes_a_statement_out_of_its_theme_and_renames_a_theme(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    tree = _panel(window).themes
    before = window.insights.themes_service.themes
    statement = _statement_row(window, DATA)
    with context_menu_choice(monkeypatch, "statement-move-to-none") as menus:
        tree.customContextMenuRequested.emit(tree.visualItemRect(statement).center())
    assert [a.text() for a in menus[0].actions()] == ["Move to"]
    after = _wait_for_themes(qtbot, window, before)
    assert DATA in _statements(_rows(window)[-1]) and _db(window)[1] == {DATA: None}

    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Engines", True))
    theme = _row_with(window, MAINTENANCE)
    with context_menu_choice(monkeypatch, "theme-rename") as menus:
        tree.customContextMenuRequested.emit(tree.visualItemRect(theme).center())
    names = [a.objectName() for a in menus[0].actions()]
    assert names[:3] == ["theme-rename", "theme-split", "theme-not-a-theme"]
    _wait_for_themes(qtbot, window, after)
    assert " Engines · " in _row_with(window, MAINTENANCE).text(0) and "Engines" in _db(window)[0]


def test_dropping_a_statement_on_a_theme_moves_it_there(qtbot: QtBot, window: MainWindow) -> None:
    tree = _panel(window).themes
    before = window.insights.themes_service.themes
    dragged = _statement_row(window, NORWEGIAN_DATA)
    target = _row_with(window, DATA)
    name = target.text(0).split(". ", 1)[1].split(" · ")[0]
    tree.setCurrentItem(dragged)  # a drag starts from the item pressed
    data = QMimeData()
    at = QPointF(tree.visualItemRect(target).center())
    drop = QDropEvent(
        at, Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    tree.dropEvent(drop)
    _wait_for_themes(qtbot, window, before)
    assert NORWEGIAN_DATA in _statements(_row_with(window, DATA))
    assert window.controller.undo_stack.undoText() == f"Move a statement to “{name}”"


def test_a_theme_whose_members_do_not_agree_is_listed_as_unthemed(qtbot: QtBot, window: MainWindow) -> None:
    from consensus_app.core.themes.pursuit import analyse_pursuit

    pursuit_map = window.controller.pursuit_map
    assert pursuit_map is not None
    snapshot = window.controller.repos.accounts.snapshot(pursuit_map.account_id)
    themes = analyse_pursuit(snapshot, pursuit_map.pursuit_id, k=24)  # too many: a pair that does not agree
    assert len(themes.dissolved) == 1
    scattered = {themes.priorities[i].text for i in themes.dissolved[0].theme.members}
    panel = _panel(window)
    panel.show_themes(themes, pursuit_map)
    assert len(_rows(window)) == len(themes.coverage) + 1
    assert "1 theme whose members do not agree: listed as unthemed, not as themes." in panel.summary.text()
    assert scattered <= _statements(_rows(window)[-1])
    assert all(not scattered & _statements(row) for row in _rows(window)[:-1])


def test_right_click_puts_a_statement_back_and_lets_the_app_group_a_theme_again(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    tree = _panel(window).themes
    themes = window.insights.themes_service.themes
    with context_menu_choice(monkeypatch, "statement-move-to-none"):
        tree.customContextMenuRequested.emit(tree.visualItemRect(_statement_row(window, DATA)).center())
    themes = _wait_for_themes(qtbot, window, themes)
    with context_menu_choice(monkeypatch, "statement-put-back") as menus:
        tree.customContextMenuRequested.emit(tree.visualItemRect(_statement_row(window, DATA)).center())
    assert "statement-move-to-none" not in [a.objectName() for a in menus[0].actions()[0].menu().actions()]
    themes = _wait_for_themes(qtbot, window, themes)
    assert DATA in _statements(_row_with(window, DATA)) and _row_with(window, DATA) is not _rows(window)[-1]
    assert _db(window) == ({}, {})  # the pin is gone: the app places it again

    fuel = _row_with(window, FUEL)
    was = fuel.text(0)
    with context_menu_choice(monkeypatch, None) as menus:  # an engine's theme: nothing to forget
        tree.customContextMenuRequested.emit(tree.visualItemRect(fuel).center())
    assert "theme-forget" not in [a.objectName() for a in menus[0].actions()]
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Bunker spend", True))
    _select(window, fuel)
    qtbot.mouseClick(_panel(window).rename_button, Qt.MouseButton.LeftButton)
    themes = _wait_for_themes(qtbot, window, themes)
    with context_menu_choice(monkeypatch, "theme-forget"):
        tree.customContextMenuRequested.emit(tree.visualItemRect(_row_with(window, FUEL)).center())
    _wait_for_themes(qtbot, window, themes)
    assert _row_with(window, FUEL).text(0) == was and _db(window) == ({}, {})
    assert window.controller.undo_stack.undoText() == "Let the app group “Bunker spend” again"
