"""`consensus-app --smoke`: open the window, say when it is painted and when its map is drawn, then quit.

It checks an installation the way a person would look at it (the Linux package's CI test runs it on
the installed app) and times start-up in the same way from a virtual environment and from the built
app (docs/benchmarks.md, "Installed app"). Lines on standard output, for a script to read:
`painted` (the main window's first frame), then `map` (the open pursuit's cards are all on the map)
or `opened` (a workspace with no pursuit to show), after which the window closes.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from consensus_app.ui.main_window import MainWindow

POLL_MS = 20
NO_PURSUIT_GRACE_S = 3.0  # an open workspace that shows no pursuit by then has none to show
GIVE_UP_S = 180.0


class SmokeCheck(QObject):
    """Watches one window from its first frame to its first map, then closes it."""

    def __init__(self, app: QApplication, window: MainWindow) -> None:
        super().__init__(window)
        self._app, self._window = app, window
        self._started = time.monotonic()
        self._opened_at: float | None = None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self._window:
            self._app.removeEventFilter(self)
            self._say("painted")
            QTimer.singleShot(0, self._poll)
        return False

    def _poll(self) -> None:
        window, controller = self._window, self._window.controller
        now = time.monotonic()
        pursuit_map = controller.pursuit_map if controller.is_open else None
        if controller.is_open and self._opened_at is None:
            self._opened_at = now
        if pursuit_map is not None and len(window.scene.node_positions()) == len(pursuit_map.nodes):
            self._finish("map", 0)
        elif (
            pursuit_map is None and self._opened_at is not None and now > self._opened_at + NO_PURSUIT_GRACE_S
        ):
            self._finish("opened", 0)
        elif now - self._started > GIVE_UP_S:
            print(f"consensus-app: smoke check: no map after {GIVE_UP_S:.0f} s", file=sys.stderr, flush=True)
            self._finish("", 1)
        else:
            QTimer.singleShot(POLL_MS, self._poll)

    def _finish(self, line: str, status: int) -> None:
        if line:
            self._say(line)
        if status:
            self._app.exit(status)
        else:
            self._window.close()

    @staticmethod
    def _say(line: str) -> None:
        print(line, flush=True)
