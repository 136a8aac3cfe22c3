"""Long work off the GUI thread, with progress and cancel (Orange3's `run(..., state)` pattern).

The work is a plain function `fn(progress, should_stop)`; its result or exception comes
back to the GUI thread through signals.

A task is never a child of the widget that started it: a worker can outlive its window (the
user closes it mid-way), and its signals must still have a live sender. Running tasks are kept
alive here until they finish; `stop_all` cancels them and waits, for a clean exit.
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

    def __init__(self, work: Work, owner: QObject | None = None) -> None:
        super().__init__()  # no parent, on purpose (see the module's doc); `owner` is for readers
        self._work = work
        self._stop = threading.Event()
        self.cancelled = False

    def start(self, pool: QThreadPool | None = None) -> None:
        _running.add(self)
        self.sig_finished.connect(self._forget)
        (pool or QThreadPool.globalInstance()).start(_Runner(self))

    def _forget(self) -> None:
        _running.discard(self)

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


_running: set[Task] = set()


def stop_all(timeout_ms: int = 5000) -> bool:
    """Cancel every running task and wait for the workers (False if some did not stop in time)."""
    for task in list(_running):
        task.cancel()
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


class _Runner(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task._run()
