"""Errors shown to the user: a plain sentence, with the technical details one click away."""

from __future__ import annotations

import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from consensus_app.ui.marked import QT_TRANSLATE_NOOP

COPY_DETAILS = QT_TRANSLATE_NOOP("ErrorDialog", "Copy details")


def error_box(
    parent: QWidget | None, title: str, message: str, exc: BaseException | None = None
) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Ok, parent)
    if exc is not None:
        # The details pane is selectable text, and one button copies it all into a bug report.
        box.setDetailedText("".join(traceback.format_exception(exc)))
        copy = box.addButton(
            QCoreApplication.translate("ErrorDialog", COPY_DETAILS), QMessageBox.ButtonRole.ActionRole
        )
        copy.clicked.disconnect()  # the box closes on any of its buttons; this one only copies
        copy.clicked.connect(lambda: _copy(box))
        box.setEscapeButton(QMessageBox.StandardButton.Ok)  # with two buttons Qt picks none: Esc, ✕ close
    return box


def show_error(parent: QWidget | None, title: str, message: str, exc: BaseException | None = None) -> None:
    error_box(parent, title, message, exc).exec()


def _copy(box: QMessageBox) -> None:
    QApplication.clipboard().setText(f"{box.text()}\n\n{box.detailedText()}")
