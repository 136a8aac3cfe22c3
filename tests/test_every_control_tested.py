"""No control ships untested: every action of the running window (menus, toolbar, shortcuts, the
context menus of the map and the navigator), every field of the inspector and every editable column
of the committee table must be driven by a window acceptance test (tests/test_acceptance_*.py),
which says so with `@covers("kind:objectName")`."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QDockWidget,
    QHeaderView,
    QLineEdit,
    QMenu,
    QTabBar,
    QToolBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from consensus_app.ui.committee_model import CommitteeColumn
from consensus_app.ui.dialogs import AccountDialog, PursuitDialog, choose_relationship_kind
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.map.edge_item import EdgeItem
from consensus_app.ui.navigator import ACCOUNT_ROLE, PURSUIT_ROLE
from tests.acceptance_kit import (
    context_menu_choice,
    nordlys,  # noqa: F401 - fixture
    window,  # noqa: F401 - fixture
)
from tests.window_fixtures import settings  # noqa: F401 - fixture

INPUTS = (QLineEdit, QAbstractSpinBox, QComboBox, QAbstractButton, QAbstractItemView)


def declared() -> dict[str, list[str]]:
    """control id → the acceptance tests that cover it."""
    covered: dict[str, list[str]] = {}
    for path in sorted(Path(__file__).parent.glob("test_*.py")):
        if "@covers(" not in path.read_text(encoding="utf-8") or path.stem == Path(__file__).stem:
            continue  # window tests elsewhere (test_forget_window.py) declare theirs too
        module = importlib.import_module(f"tests.{path.stem}")
        for name, test in vars(module).items():
            for control in getattr(test, "covers", ()) if name.startswith("test_") else ():
                covered.setdefault(control, []).append(f"{path.stem}::{name}")
    return covered


def _menu_actions(menu: QMenu, where: str) -> Iterator[tuple[QAction, str]]:
    for action in menu.actions():
        if action.isSeparator():
            continue
        title = action.text().replace("&", "")
        if action.menu() is not None:
            yield from _menu_actions(action.menu(), f"{where} ▸ {title}")
        else:
            yield action, f"{where} ▸ {title}"


def _popups(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[QAction, str]]:
    """The context menus a right-click (or a drawn line) opens on the map and in the navigator."""
    proxy, tree = window.navigator.proxy, window.navigator.tree
    account = proxy.index(0, 0)
    pursuit = proxy.index(0, 0, account)
    assert account.data(ACCOUNT_ROLE) is not None and pursuit.data(PURSUIT_ROLE) is not None
    places: list[tuple[str, QWidget, QPoint]] = [
        ("navigator (account)", tree, tree.visualRect(account).center()),
        ("navigator (pursuit)", tree, tree.visualRect(pursuit).center()),
    ]
    edge = next(e for e in window.scene.edge_items() if isinstance(e, EdgeItem) and e.relationship_id)
    places.append(("map (a line)", window.view, window.view.mapFromScene(edge.path.pointAtPercent(0.5))))
    x, y = next(iter(window.scene.node_positions().values()))
    places.append(("map (a card)", window.view, window.view.mapFromScene(QPointF(x, y))))
    places.append(("committee table", window.committee.view, QPoint(20, 40)))
    for where, widget, at in places:
        with context_menu_choice(monkeypatch, None) as shown:
            if widget.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu:
                widget.customContextMenuRequested.emit(at)
            for action in widget.actions():  # an ActionsContextMenu
                yield action, f"{where} ▸ {action.text()}"
        for menu in shown:
            yield from _menu_actions(menu, where)
    with context_menu_choice(monkeypatch, None) as shown:
        choose_relationship_kind(window, QPoint())  # what a line drawn between two cards asks
    for menu in shown:
        yield from _menu_actions(menu, "map (a line drawn between two cards)")


def _inside_editor(widget: QWidget) -> bool:
    """A part of a combo box or spin box (its line edit, its popup list): not a control of its own."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def _panel_controls(window: MainWindow, controls: dict[str, str], unnamed: list[str]) -> None:
    """The analysis tabs' controls, named by the panel attribute that holds them."""
    insights = window.insights
    panels: dict[str, QWidget] = {
        "assessment": insights.assessment,
        "what_if": insights.assessment.what_if,
        "themes": insights.themes,
        "messaging": insights.messaging,
        "library": insights.messaging.library,
        "plan": insights.plan,
    }
    known: set[QWidget] = set()
    for name, panel in panels.items():
        for attribute, value in vars(panel).items():
            if isinstance(value, INPUTS):
                controls[f"panel:{name}.{attribute}"] = f"{name} panel"
                known.add(value)
    for dock in window.findChildren(QDockWidget):
        if dock is window.inspector_dock:
            continue
        for widget in dock.widget().findChildren(QWidget):
            if isinstance(widget, INPUTS) and widget not in known and not _machinery(widget):
                label = getattr(widget, "text", lambda: "")() or widget.objectName() or "(no name)"
                unnamed.append(f"{dock.windowTitle()} tab {type(widget).__name__} {label!r}")


def _machinery(widget: QWidget) -> bool:
    """Parts Qt builds inside other controls: headers, scroll arrows, a search box's clear button."""
    return (
        _inside_editor(widget)
        or isinstance(widget, QHeaderView)
        or widget.objectName().startswith("qt_")
        or widget.objectName() in ("ScrollLeftButton", "ScrollRightButton")
        or isinstance(widget.parentWidget(), QLineEdit | QTabBar)
    )


def live_controls(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> tuple[dict[str, str], list[str]]:
    """control id → where the user finds it; and the controls that have no objectName."""
    found: list[tuple[QAction, str]] = []
    for top in window.menuBar().actions():
        if top.menu() is not None:
            found += _menu_actions(top.menu(), top.text().replace("&", ""))
    for toolbar in window.findChildren(QToolBar):
        found += [(a, f"toolbar {toolbar.windowTitle()}") for a in toolbar.actions() if not a.isSeparator()]
    found += [(a, "window shortcut") for a in window.actions()]
    found += list(_popups(window, monkeypatch))
    controls: dict[str, str] = {}
    unnamed: list[str] = []
    for action, where in found:
        if action.objectName():
            controls.setdefault(f"action:{action.objectName()}", where)
        else:
            unnamed.append(f"action {action.text()!r} in {where}")

    fields = window.inspector.fields()
    for name, widget in fields.items():
        controls[f"inspector:{name}"] = f"inspector ({type(widget).__name__})"
    known = set(fields.values())
    for widget in window.inspector.widget().findChildren(QWidget):
        inner = _inside_editor(widget)
        if isinstance(widget, INPUTS) and widget not in known and not inner:
            unnamed.append(f"inspector {type(widget).__name__} {widget.objectName() or '(no name)'}")

    for dialog_type in (AccountDialog, PursuitDialog):  # what File ▸ New account / New pursuit ask
        dialog = dialog_type(window)
        for widget in dialog.findChildren(QWidget):
            if not isinstance(widget, INPUTS) or _inside_editor(widget):
                continue
            if isinstance(widget.parentWidget(), QDialogButtonBox):
                continue  # OK and Cancel
            if widget.objectName():
                controls[f"dialog:{widget.objectName()}"] = f"{dialog.windowTitle()} dialog"
            else:
                unnamed.append(f"{dialog.windowTitle()} dialog {type(widget).__name__} (no name)")
        dialog.deleteLater()

    _panel_controls(window, controls, unnamed)

    model = window.committee.model
    assert model.rowCount() > 0
    for column in CommitteeColumn:
        flags = model.flags(model.index(0, column))
        if flags & (Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable):
            controls[f"table:{column.field}"] = f"committee table column {column.header!r}"
    return controls, unnamed


def test_every_control_of_the_window_has_an_acceptance_test(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    controls, unnamed = live_controls(window, monkeypatch)
    covered = declared()
    untested = [
        f"{control}  ({where})" for control, where in sorted(controls.items()) if control not in covered
    ]
    assert not unnamed, "Give these controls an objectName, then an acceptance test:\n  " + "\n  ".join(
        unnamed
    )
    assert not untested, (
        "No window acceptance test drives these controls; add one in tests/test_acceptance_*.py "
        "marked @covers(...):\n  " + "\n  ".join(untested)
    )


def test_every_declared_control_still_exists(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A declaration whose control is gone (renamed, removed) would hide a new control's gap."""
    controls, _ = live_controls(window, monkeypatch)
    stale = {control: tests for control, tests in declared().items() if control not in controls}
    assert not stale, f"Declared by acceptance tests but not in the window: {stale}"


def test_the_enumeration_finds_a_new_control_without_a_test(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check above can fail: a control someone adds is reported by name."""
    window.menuBar().actions()[0].menu().addAction("Frobnicate").setObjectName("frobnicate")
    window.inspector.fields()  # unchanged
    controls, _ = live_controls(window, monkeypatch)
    assert controls["action:frobnicate"] == "File ▸ Frobnicate" and "action:frobnicate" not in declared()


def test_a_new_inspector_field_without_a_name_is_reported(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    extra = QLineEdit(window.inspector.widget())
    extra.setPlaceholderText("Nickname")
    _, unnamed = live_controls(window, monkeypatch)
    assert unnamed == ["inspector QLineEdit (no name)"]


def test_a_new_button_in_an_analysis_tab_is_reported(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QPushButton

    QPushButton("Send to CRM", window.insights.messaging)
    controls, unnamed = live_controls(window, monkeypatch)
    assert unnamed == ["Messages tab QPushButton 'Send to CRM'"]
    assert controls["panel:messaging.save_button"] == "messaging panel"
