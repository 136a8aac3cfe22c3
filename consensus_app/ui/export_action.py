"""File ▸ Export… (Ctrl+E): the menu action, built with the window; the dialog loads when first opened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from consensus_app.ui.alive import if_alive

if TYPE_CHECKING:
    from consensus_app.ui.controller import WorkspaceController
    from consensus_app.ui.settings import UiSettings


def install_export(
    window: QMainWindow, controller: WorkspaceController, settings: UiSettings, menu: QMenu, before: QAction
) -> QAction:
    """File > Export… (Ctrl+E), enabled while a pursuit is open; the result goes to the status bar."""
    action = QAction(QCoreApplication.translate("MainWindow", "&Export…"), window)
    action.setObjectName("export")
    action.setShortcut(QKeySequence("Ctrl+E"))
    action.setEnabled(controller.pursuit_id is not None)
    # (A controller can outlive its window: an edit kept offline may be replayed after it closed.)
    controller.sig_map_changed.connect(
        if_alive(action, lambda pursuit_map: action.setEnabled(pursuit_map is not None))
    )

    def open_dialog() -> None:
        if controller.pursuit_id is None:
            return
        from consensus_app.ui.export_dialog import ExportDialog

        dialog = ExportDialog(controller, settings, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_exported.connect(lambda message: window.statusBar().showMessage(message, 10_000))
        dialog.open()

    action.triggered.connect(open_dialog)
    menu.insertAction(before, action)
    return action
