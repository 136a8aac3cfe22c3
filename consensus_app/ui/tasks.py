"""Long work off the GUI thread, with progress and cancel (Orange3's `run(..., state)` pattern).

The work is a plain function `fn(progress, should_stop)`; its result or exception comes
back to the GUI thread through signals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Work = Callable[[Callable[[float], None], Callable[[], bool]], Any]


class Task(QObject):
    sig_progress = Signal(float)  # 0..1
    sig_done = Signal(object)  # the function's result
    sig_failed = Signal(object)  # the exception it raised
    sig_finished = Signal()  # after done, failed or cancelled

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._stop = threading.Event()
        self.cancelled = False

    def start(self, pool: QThreadPool | None = None) -> None:
        (pool or QThreadPool.globalInstance()).start(_Runner(self))

    def cancel(self) -> None:
        self.cancelled = True
        self._stop.set()

    def _run(self) -> None:
        try:
            result = self._work(self.sig_progress.emit, self._stop.is_set)
        except Exception as exc:  # reaches the user through sig_failed
            if not self._stop.is_set():
                self.sig_failed.emit(exc)
        else:
            if not self._stop.is_set():
                self.sig_done.emit(result)
        self.sig_finished.emit()


class _Runner(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task._run()
