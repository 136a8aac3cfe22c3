"""Small shared widgets: enum pickers with human labels, inline error labels, side panels."""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDockWidget, QLabel, QMainWindow, QScrollArea, QWidget

from consensus_app.core.enum_words import enum_word, value_word


def human(value: Enum | str) -> str:
    """The word shown for a stored value, in the window's language (core.enum_words)."""
    return enum_word(value) if isinstance(value, Enum) else value_word(str(value))


class EnumCombo(QComboBox):
    """A combo box of enum members (or any values) shown with human labels."""

    def __init__(
        self, values: list[Any], labels: list[str] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        for value, label in zip(values, labels or [human(v) for v in values], strict=True):
            self.addItem(label, value)

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        self.setCurrentIndex(max(0, self.findData(value)))


class ErrorLabel(QLabel):
    """The reason an input was refused, shown right under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.hide()

    def show_error(self, message: str | None) -> None:
        self.setText(message or "")
        self.setVisible(bool(message))


DOCK_MIN_WIDTH = 380


def add_dock(window: QMainWindow, title: str, name: str, widget: QWidget) -> QDockWidget:
    """A movable, floatable (not closable) panel on the window's right; long panels scroll."""
    dock = QDockWidget(title, window)
    dock.setObjectName(name)  # saveState/restoreState find it by name
    if not isinstance(widget, QScrollArea):
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(widget)
        widget = scroll
    widget.setMinimumWidth(DOCK_MIN_WIDTH)  # four tab titles and the inspector's fields fit
    dock.setWidget(widget)
    features = QDockWidget.DockWidgetFeature
    dock.setFeatures(features.DockWidgetMovable | features.DockWidgetFloatable)
    # Qt mirrors layouts for a right-to-left language (Persian) but not dock areas: the panels go
    # to the side where a line of that language ends, as the navigator beside the map does.
    area = (
        Qt.DockWidgetArea.LeftDockWidgetArea
        if window.isRightToLeft()
        else Qt.DockWidgetArea.RightDockWidgetArea
    )
    window.addDockWidget(area, dock)
    return dock
