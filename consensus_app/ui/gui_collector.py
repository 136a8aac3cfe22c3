"""Python's cycle collector runs on the GUI thread only, while the window's application lives.

A collection frees the cycles it finds on whichever thread happens to trigger it. A worker that
collects a cycle holding a Qt object (a finished task's signal connections, a lambda holding a
widget) destroys that object there: Qt takes its connection lock, and PySide then waits for the
interpreter lock, which the GUI thread holds while it waits for that same connection lock. Both
stop for good (seen in CI: a themes worker's collection against the task list laying itself out).
So automatic collection is off and a timer on the GUI thread collects, generation by generation,
when Python would have. Work that raises the thresholds (core/cycle_collector.py) still counts.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 250  # garbage with cycles waits at most this long
FULL_EVERY = 40  # ticks (10 s) between checks for a full collection, as rare as Python's own

_installed: GuiCollector | None = None


class GuiCollector(QObject):
    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._ticks = 0
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(INTERVAL_MS)
        gc.disable()
        app.aboutToQuit.connect(gc.enable)  # the command line and interpreter exit collect as usual

    def collect_due(self) -> None:
        """Collect the generations whose counts passed their thresholds, as Python would."""
        self._ticks += 1
        young, middle, old = gc.get_count()
        first, second, third = gc.get_threshold()
        if young < first:
            return
        if middle < second:
            gc.collect(0)
        elif old < third or self._ticks % FULL_EVERY:
            gc.collect(1)
        else:
            gc.collect(2)


def install() -> None:
    """Once per application, from the GUI thread (the main window does it)."""
    global _installed
    app = QCoreApplication.instance()
    if app is None or _installed is not None:
        return
    _installed = GuiCollector(app)
