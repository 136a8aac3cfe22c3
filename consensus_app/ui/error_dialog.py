"""Errors shown to the user: a plain sentence, with the technical details one click away."""

from __future__ import annotations

import traceback

from PySide6.QtWidgets import QMessageBox, QWidget


def error_box(
    parent: QWidget | None, title: str, message: str, exc: BaseException | None = None
) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Ok, parent)
    if exc is not None:
        # The details pane is selectable text, so it can be copied into a bug report.
        box.setDetailedText("".join(traceback.format_exception(exc)))
    return box


def show_error(parent: QWidget | None, title: str, message: str, exc: BaseException | None = None) -> None:
    error_box(parent, title, message, exc).exec()
