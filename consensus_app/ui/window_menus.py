"""The main window's menus and toolbar, arranged from its actions (like a Designer setupUi)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from shiboken6 import isValid

from consensus_app.ui.about_dialog import about_action
from consensus_app.ui.export_action import install_export
from consensus_app.ui.workspace_menu import WorkspaceSwitch

if TYPE_CHECKING:
    from consensus_app.ui.main_window import MainWindow


def build_menus(window: MainWindow) -> tuple[QAction, WorkspaceSwitch]:
    """File, Edit, View and Help menus and the map toolbar; returns Export and the Workspace menu."""
    file_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
    action: QAction | None  # None puts a separator in the menus and the toolbar below
    for action in (
        window.new_account_action,
        window.new_pursuit_action,
        window.import_action,
        window.demo_action,
    ):
        file_menu.addAction(action)
    export_action = install_export(window, window.controller, window.settings, file_menu, window.demo_action)
    workspace_menu = WorkspaceSwitch(window, window.settings)
    file_menu.addMenu(workspace_menu)
    file_menu.addSeparator()
    quit_action = file_menu.addAction(QCoreApplication.translate("MainWindow", "&Quit"), window.close)
    quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
    quit_action.setObjectName("quit")
    edit_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    for action in (
        window.undo_action,
        window.redo_action,
        None,
        window.new_person_action,
        window.delete_action,
        window.forget_action,
        window.mark_left_action,
        None,
        window.find_action,
        None,
        window.preferences_action,
    ):
        edit_menu.addSeparator() if action is None else edit_menu.addAction(action)
    view_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&View"))
    view_menu.setObjectName("view-menu")  # found by name: its title is in the user's language
    for action in [
        *window.committee_view.actions,
        None,
        *window.layout_actions.values(),
        None,
        window.reset_layout_action,
        window.fit_action,
        window.zoom_in_action,
        window.zoom_out_action,
        None,
        window.reload_action,
        None,
        _portfolio_action(window),
    ]:
        view_menu.addSeparator() if action is None else view_menu.addAction(action)
    window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help")).addAction(
        about_action(window)
    )

    toolbar = window.addToolBar(QCoreApplication.translate("MainWindow", "Map"))
    toolbar.setObjectName("map-toolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for action in [
        window.new_person_action,
        window.delete_action,
        None,
        window.undo_action,
        window.redo_action,
        None,
        *window.committee_view.actions,
        None,
        *window.layout_actions.values(),
        window.reset_layout_action,
        None,
        window.fit_action,
    ]:
        toolbar.addSeparator() if action is None else toolbar.addAction(action)
    _name_actions(window)
    for action, word in (
        (window.undo_action, QCoreApplication.translate("MainWindow", "Undo")),
        (window.redo_action, QCoreApplication.translate("MainWindow", "Redo")),
    ):
        _keep_button_short(action, word)
    return export_action, workspace_menu


def _portfolio_action(window: MainWindow) -> QAction:
    """View ▸ Portfolio board…: every open pursuit across accounts, and themes for marketing."""

    def show() -> None:
        from consensus_app.ui.portfolio_window import open_portfolio  # not for the first frame

        open_portfolio(window)

    action = QAction(QCoreApplication.translate("MainWindow", "&Portfolio board…"), window)
    action.setObjectName("portfolio-board")
    action.setShortcut(QKeySequence("Ctrl+Shift+B"))
    action.triggered.connect(show)
    window._workspace_actions.append(action)  # it reads the workspace: enabled once it is open
    return action


def _name_actions(window: MainWindow) -> None:
    """Stable objectNames (`new_person_action` → "new-person"): tests and settings find actions by them."""
    for attribute, value in vars(window).items():
        if isinstance(value, QAction) and attribute.endswith("_action") and not value.objectName():
            value.setObjectName(attribute.removesuffix("_action").replace("_", "-"))
    for layout, action in window.layout_actions.items():
        action.setObjectName(f"layout-{layout}")


def _keep_button_short(action: QAction, word: str) -> None:
    """The toolbar button says "Undo" and keeps its width; the step is in its tooltip and the Edit menu."""
    action.setIconText(word)

    def follow() -> None:
        if not isValid(action):  # the window is closing
            return
        step = action.text().replace("&", "")
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{step} ({keys})" if keys else step)

    follow()
    action.changed.connect(follow)
