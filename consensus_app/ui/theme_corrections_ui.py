"""Correcting themes in the Themes tab: buttons under the list, right-click menus, and dragging a
statement onto a theme. Each correction is a named, undoable edit on the controller
(operations/theme_edits.py); the themes are found again with it once it lands."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from consensus_app.core.themes.corrections import ThemeRef
from consensus_app.ui.marked import QT_TRANSLATE_NOOP
from consensus_app.ui.split_theme_dialog import SplitThemeDialog

if TYPE_CHECKING:
    from consensus_app.core.themes.pursuit import PursuitThemes
    from consensus_app.ui.controller import WorkspaceController

REF_ROLE = Qt.ItemDataRole.UserRole + 1  # a theme row: its ThemeRef
PRIORITY_ROLE = Qt.ItemDataRole.UserRole + 2  # a statement row: its priority id
HOW_TO = QT_TRANSLATE_NOOP(
    "ThemeCorrector",
    "Correct a theme: select it (or a statement) and use these buttons, right-click it, or drag a "
    "statement onto another theme. Edit ▸ Undo takes a correction back.",
)


class ThemesTree(QTreeWidget):
    """The themes and their statements; a statement dropped on a theme asks to move there."""

    sig_dropped = Signal(int, object)  # priority id, the ThemeRef of the theme it was dropped on

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def theme_at(self, point: QPoint) -> ThemeRef | None:
        item = self.itemAt(point)
        while item is not None and item.data(0, REF_ROLE) is None:
            item = item.parent()
        return item.data(0, REF_ROLE) if item is not None else None

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._dragged() is not None and self.theme_at(event.position().toPoint()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """The statement moves only through the edit: the list is rebuilt from the new themes."""
        target, dragged = self.theme_at(event.position().toPoint()), self._dragged()
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if target is not None and dragged is not None and dragged not in target.priority_ids:
            self.sig_dropped.emit(dragged, target)

    def _dragged(self) -> int | None:
        item = self.currentItem()
        value = item.data(0, PRIORITY_ROLE) if item is not None else None
        return int(value) if value is not None else None


class ThemeCorrector(QObject):
    """The corrections of the Themes tab, on the theme or statement selected in `tree`."""

    def __init__(self, tree: ThemesTree, controller: WorkspaceController | None, parent: QWidget) -> None:
        super().__init__(parent)
        self._tree, self._controller, self._parent = tree, controller, parent
        self._themes: list[ThemeRef] = []  # as numbered in the list (1 first)
        self._said: dict[int, tuple[str, str]] = {}  # priority id -> (text, speaker's name)
        self._set_aside: set[int] = set()  # statements the seller took out of the themes
        self.split_dialog: SplitThemeDialog | None = None
        self.buttons: tuple[QPushButton, ...] = tuple(
            self._button(text, name, tip, slot)
            for text, name, tip, slot in [
                (self.tr("Rename…"), "themes-rename", self.tr("Give the selected theme your own name"),
                 self.rename),
                (self.tr("Merge into…"), "themes-merge",
                 self.tr("Put the selected theme's statements into another theme"),
                 lambda: self._pick(self.buttons[1], self._merge_menu)),
                (self.tr("Split…"), "themes-split",
                 self.tr("Move some of the selected theme's statements to a new theme"), self.split),
                (self.tr("Not a theme"), "themes-not-a-theme",
                 self.tr("The selected theme's statements are unthemed"),
                 self.not_a_theme),
                (self.tr("Move to…"), "themes-move",
                 self.tr("Move the selected statement to another theme, or to none"),
                 lambda: self._pick(self.buttons[4], self._move_menu)),
            ]
        )  # fmt: skip
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._on_context_menu)
        tree.currentItemChanged.connect(lambda *_: self._enable())
        tree.sig_dropped.connect(self._move)
        self._enable()

    def button_row(self) -> QVBoxLayout:
        """The buttons, and a line (wrapped in a narrow tab) on the other ways to correct."""
        # Three to a row: five in one line made the tab wider than the panel in most languages.
        row = QGridLayout()
        for index, button in enumerate(self.buttons):
            row.addWidget(button, index // 3, index % 3)
        hint = QLabel(self.tr("Or right-click a theme or a statement, or drag a statement onto a theme."))
        hint.setWordWrap(True)
        hint.setToolTip(self.tr(HOW_TO))
        hint.setStyleSheet("color: #6B6B6B")
        both = QVBoxLayout()
        both.setSpacing(2)
        both.addLayout(row)
        both.addWidget(hint)
        return both

    def shown(self, themes: PursuitThemes, names: dict[int, str]) -> None:
        """The list was filled again: remember what its rows stand for."""
        self._themes = []
        for row in range(self._tree.topLevelItemCount()):
            top = self._tree.topLevelItem(row)
            assert top is not None
            ref = top.data(0, REF_ROLE)
            if ref is not None:
                self._themes.append(ref)
            top.setFlags(top.flags() & ~Qt.ItemFlag.ItemIsDragEnabled)
            if ref is None:
                top.setFlags(top.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
        self._said = {p.id: (p.text, names.get(p.stakeholder_id, "?")) for p in themes.priorities}
        self._set_aside = set(themes.set_aside)
        self._enable()

    # --- what is selected -------------------------------------------------------------

    def selected_theme(self) -> ThemeRef | None:
        item = self._tree.currentItem()
        ref = item.data(0, REF_ROLE) if item is not None else None
        return ref if isinstance(ref, ThemeRef) else None

    def selected_statement(self) -> int | None:
        item = self._tree.currentItem()
        value = item.data(0, PRIORITY_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def _enable(self) -> None:
        theme, statement = self.selected_theme(), self.selected_statement()
        ready = self._controller is not None
        for button in self.buttons[:4]:
            button.setEnabled(ready and theme is not None)
        self.buttons[1].setEnabled(ready and theme is not None and len(self._themes) > 1)
        self.buttons[2].setEnabled(ready and theme is not None and len(theme.priority_ids) > 1)
        self.buttons[4].setEnabled(ready and statement is not None)

    # --- the corrections --------------------------------------------------------------

    def rename(self) -> None:
        theme = self.selected_theme()
        if theme is None or self._controller is None:
            return
        name, ok = QInputDialog.getText(
            self._parent, self.tr("Rename theme"), self.tr("The theme's name"), text=theme.label
        )
        if ok and name.strip() and name.strip() != theme.label:
            self._controller.rename_theme(theme, name)

    def split(self) -> None:
        theme = self.selected_theme()
        if theme is None or self._controller is None:
            return
        statements = [(pid, *self._said.get(pid, ("?", "?"))) for pid in theme.priority_ids]
        dialog = SplitThemeDialog(theme.label, statements, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        controller = self._controller
        dialog.accepted.connect(lambda: controller.split_theme(theme, dialog.moved(), dialog.name.text()))
        dialog.destroyed.connect(lambda: setattr(self, "split_dialog", None))
        self.split_dialog = dialog
        dialog.open()

    def not_a_theme(self) -> None:
        theme = self.selected_theme()
        if theme is not None and self._controller is not None:
            self._controller.set_not_a_theme(theme)

    def _merge(self, into: ThemeRef) -> None:
        theme = self.selected_theme()
        if theme is not None and self._controller is not None:
            self._controller.merge_themes(into, theme)

    def _put_back(self, priority_id: int) -> None:
        if self._controller is not None:
            self._controller.put_back(priority_id)

    def forget(self) -> None:
        theme = self.selected_theme()
        if theme is not None and theme.key is not None and self._controller is not None:
            self._controller.forget_theme(theme)

    def _move(self, priority_id: int, target: ThemeRef | None) -> None:
        if self._controller is not None:
            self._controller.move_statement(priority_id, target)

    # --- menus ------------------------------------------------------------------------

    def _merge_menu(self, menu: QMenu) -> None:
        theme = self.selected_theme()
        for number, other in enumerate(self._themes, start=1):
            if theme is not None and other.priority_ids != theme.priority_ids:
                action = menu.addAction(f"{number}. {other.label}")
                action.setObjectName(f"theme-merge-into-{number}")
                action.triggered.connect(lambda _=False, o=other: self._merge(o))

    def _move_menu(self, menu: QMenu) -> None:
        statement = self.selected_statement()
        if statement is None:
            return
        for number, theme in enumerate(self._themes, start=1):
            if statement not in theme.priority_ids:
                action = menu.addAction(f"{number}. {theme.label}")
                action.setObjectName(f"statement-move-to-{number}")
                action.triggered.connect(lambda _=False, t=theme: self._move(statement, t))
        menu.addSeparator()
        if statement in self._set_aside:  # (it is in no theme already)
            action = menu.addAction(self.tr("Back to the themes (the app places it)"))
            action.setObjectName("statement-put-back")
            action.triggered.connect(lambda: self._put_back(statement))
            return
        action = menu.addAction(self.tr("No theme"))
        action.setObjectName("statement-move-to-none")
        action.triggered.connect(lambda: self._move(statement, None))

    def _pick(self, button: QPushButton, fill: Callable[[QMenu], None]) -> None:
        menu = QMenu(self._parent)
        fill(menu)
        menu.exec(button.mapToGlobal(button.rect().bottomLeft()))

    def _on_context_menu(self, point: QPoint) -> None:
        item = self._tree.itemAt(point)
        if item is None or self._controller is None:
            return
        self._tree.setCurrentItem(item)
        menu = QMenu(self._parent)
        theme = self.selected_theme()
        if theme is not None:
            for text, name, slot in [
                (self.tr("Rename…"), "theme-rename", self.rename),
                (self.tr("Split…"), "theme-split", self.split),
                (self.tr("Not a theme"), "theme-not-a-theme", self.not_a_theme),
            ]:
                action = menu.addAction(text)
                action.setObjectName(name)
                action.triggered.connect(slot)
            self._merge_menu(menu.addMenu(self.tr("Merge into")))
            if theme.key is not None:  # a corrected theme
                menu.addSeparator()
                action = menu.addAction(self.tr("Let the app group it again"))
                action.setObjectName("theme-forget")
                action.setToolTip(
                    self.tr("Your corrections of this theme go; the app groups its statements anew")
                )
                action.triggered.connect(self.forget)
        elif self.selected_statement() is not None:
            self._move_menu(menu.addMenu(self.tr("Move to")))
        else:
            return
        menu.exec(self._tree.viewport().mapToGlobal(point))

    def _button(self, text: str, name: str, tip: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(f"{tip}.\n{self.tr(HOW_TO)}")
        button.clicked.connect(lambda: slot())
        return button
