"""File ▸ Workspace: connect to a team server, or go back to the local workspace.

Kept apart from the connect dialog, which needs SQLAlchemy: the menu is built with the
window's first frame, the dialog only when asked for.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

from consensus_app.ui.settings import UiSettings


class WorkspaceSwitch(QMenu):
    sig_switch = Signal(str)  # the URL to reopen the app on ("" = the local workspace)

    def __init__(self, window: QMainWindow, settings: UiSettings) -> None:
        super().__init__(self.tr("&Workspace"), window)
        self._settings = settings
        self.addAction(self.tr("&Connect to team workspace…"), self._on_connect).setObjectName("connect-team")
        self._local = self.addAction(self.tr("Use the &local workspace"), self._on_local)
        self._local.setObjectName("use-local")
        self._local.setEnabled(False)

    def set_on_team(self, on_team: bool) -> None:
        """Going back to the local workspace makes sense only from a team one."""
        self._local.setEnabled(on_team)

    def _on_connect(self) -> None:
        from consensus_app.ui.connect_dialog import ConnectDialog

        dialog = ConnectDialog(self._settings, self.parentWidget())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.sig_switch.emit(dialog.url())

    def _on_local(self) -> None:
        self._settings.set_text("workspace/team_url", "")
        self.sig_switch.emit("")
