"""Opening a workspace behind a window that is already on screen.

Importing the database layer (SQLAlchemy, SQLModel, pydantic), migrating and, for --demo,
filling a new database take most of a second; a worker does it after the window's first
frame, and the workspace is then attached to the window's controller.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from consensus_app.storage.map_previews import preview_key
from consensus_app.ui.error_dialog import show_error
from consensus_app.ui.map_preview import MapPreview
from consensus_app.ui.tasks import Task

if TYPE_CHECKING:
    from consensus_app.storage.workspace import Workspace
    from consensus_app.ui.bad_rows_dialog import BadRowsDialog
    from consensus_app.ui.main_window import MainWindow

FIRST_FRAME_WAIT_MS = 500  # start anyway if no frame comes (a minimised window)


def open_target(db: str | None, demo: bool, scratch: Path) -> Workspace:
    """The workspace to show: a fresh demo copy in `scratch`, `db`, or the default one."""
    if demo:
        from consensus_app.storage.demo import create_demo_workspace

        return create_demo_workspace(scratch / "demo.db")
    from consensus_app.storage.engine import WINDOW_BUSY_TIMEOUT_S
    from consensus_app.storage.workspace import open_workspace

    # Edits run on the GUI thread: a short wait, so "the workspace is busy" comes quickly.
    return open_workspace(db, busy_timeout_s=WINDOW_BUSY_TIMEOUT_S)


class WorkspaceOpening(QObject):
    """Opens `target` in a worker once `window` has painted, and attaches it to its controller.

    An unreachable remembered team server falls back to the local workspace, with a message;
    any other failure is shown and `sig_given_up` asks the app to end.
    """

    sig_given_up = Signal()

    def __init__(
        self, window: MainWindow, target: str | None, remembered: str | None, demo: bool, scratch: Path
    ) -> None:
        super().__init__(window)
        self._window, self._target, self._remembered = window, target, remembered
        self._demo, self._scratch = demo, scratch
        self._started = False
        self.bad_rows_dialog: BadRowsDialog | None = None  # shown if the workspace holds any
        # The last map's picture, shown after the first frame (before the worker starts) until the
        # real map replaces it; saved again when the window closes.
        self.preview = MapPreview(window, preview_key(target, demo))
        # In one process a worker shares the interpreter lock with the GUI thread: importing the
        # database layer before the first paint would hold that paint back.
        window.sig_first_frame.connect(self.start)
        QTimer.singleShot(FIRST_FRAME_WAIT_MS, self.start)

    def start(self) -> None:
        if not self._started:
            self._started = True
            self._open(self._target)

    def _open(self, target: str | None) -> None:
        demo, scratch = self._demo, self._scratch

        def work(_progress: object, should_stop: object) -> Workspace | None:
            workspace = open_target(target, demo, scratch)
            if should_stop():  # type: ignore[operator]  # the window closed meanwhile
                workspace.close()
                return None
            from consensus_app.storage.bad_rows import scan

            scan(workspace)  # rows that no longer validate: named after opening, not a failed open
            return workspace

        task = Task(work, self)
        task.sig_done.connect(self._attach)
        task.sig_failed.connect(lambda exc: self._failed(target, exc))
        task.start()

    def _attach(self, workspace: Workspace | None) -> None:
        controller = self._window.controller
        controller.attach(workspace)  # type: ignore[arg-type]  # None only once the window is gone
        if workspace is not None:
            from consensus_app.ui.bad_rows_dialog import show_bad_rows  # the database layer is loaded now

            self.bad_rows_dialog = show_bad_rows(self._window, workspace, controller.refresh)

    def _failed(self, target: str | None, exc: BaseException) -> None:
        if target is not None and target == self._remembered:
            message = f"{exc}\n\n" + self.tr("Opening your local workspace.")
            show_error(self._window, self.tr("Cannot reach the team workspace"), message, exc)
            self._remembered = None
            self._open(None)
            return
        show_error(self._window, self.tr("Cannot open the workspace"), str(exc), exc)
        self.sig_given_up.emit()
