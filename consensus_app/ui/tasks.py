"""Long work off the GUI thread, with progress and cancel (Orange3's `run(..., state)` pattern).

The work is a plain function `fn(progress, should_stop)`; its result or exception comes
back to the GUI thread through signals.

A task is never a child of the widget that started it: a worker can outlive its window (the
user closes it mid-way), and its signals must still have a live sender. Running tasks are kept
alive here until they finish; `stop_all` cancels them and waits, for a clean exit.

A task given a `name` ("Laying out 120 people…") is work the user should see: from `start` until
it ends or is cancelled it is on the `board()`, which the status bar's task list shows with its
own progress and, when it `can_cancel`, its own Cancel. Nameless tasks are chores (a server
ping, a poll of the change log) that would only make the status bar flicker.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from consensus_app.core.native_threads import limit_native_threads

Work = Callable[[Callable[[float], None], Callable[[], bool]], Any]


class Task(QObject):
    # All four reach their receivers on the GUI thread; none but sig_finished after `cancel`.
    sig_progress = Signal(float)  # 0..1
    sig_done = Signal(object)  # the function's result
    sig_failed = Signal(object)  # the exception it raised
    sig_finished = Signal()  # after done, failed or cancelled
    # What the worker thread emits; queued to this object, which lives in the GUI thread.
    _sig_worker_progress = Signal(float)
    _sig_worker_done = Signal(object)
    _sig_worker_failed = Signal(object)
    _sig_worker_finished = Signal()

    def __init__(
        self, work: Work, owner: QObject | None = None, *, name: str = "", can_cancel: bool = True
    ) -> None:
        super().__init__()  # no parent, on purpose (see the module's doc); `owner` is for readers
        self._work = work
        self._stop = threading.Event()
        self.cancelled = False
        self.name = name
        self.can_cancel = can_cancel  # False: all or nothing (an import), so no Cancel is offered
        self.fraction: float | None = None  # the last progress reported (None: none yet)
        self._sig_worker_progress.connect(self._on_progress)
        self._sig_worker_done.connect(self._on_done)
        self._sig_worker_failed.connect(self._on_failed)
        self._sig_worker_finished.connect(self._on_finished)

    def start(self, pool: QThreadPool | None = None) -> None:
        _running.add(self)
        if self.name:
            board().add(self)
        (pool or QThreadPool.globalInstance()).start(_Runner(self))

    def cancel(self) -> None:
        """Stop this task only. It leaves the board at once, and a result the worker had already
        sent (it finished as the user clicked) is dropped: a cancelled task never reports one."""
        self.cancelled = True
        self._stop.set()
        board().remove(self)

    def _run(self) -> None:  # in the worker thread
        try:
            result = self._work(self._sig_worker_progress.emit, self._stop.is_set)
        except Exception as exc:  # reaches the user through sig_failed
            self._sig_worker_failed.emit(exc)
        else:
            self._sig_worker_done.emit(result)
        self._sig_worker_finished.emit()

    def _on_progress(self, fraction: float) -> None:
        if not self.cancelled:
            self.fraction = fraction
            self.sig_progress.emit(fraction)

    def _on_done(self, result: object) -> None:
        if not self.cancelled:
            self.sig_done.emit(result)

    def _on_failed(self, exc: object) -> None:
        if not self.cancelled:
            self.sig_failed.emit(exc)

    def _on_finished(self) -> None:
        _running.discard(self)
        board().remove(self)
        self.sig_finished.emit()


class TaskBoard(QObject):
    """The named tasks under way, in the order they started: what the status bar lists."""

    sig_changed = Signal()  # a task joined or left

    def __init__(self) -> None:
        super().__init__()
        self._tasks: list[Task] = []

    def tasks(self) -> list[Task]:
        return list(self._tasks)

    def add(self, task: Task) -> None:
        if task not in self._tasks:
            self._tasks.append(task)
            self.sig_changed.emit()

    def remove(self, task: Task) -> None:
        if task in self._tasks:
            self._tasks.remove(task)
            self.sig_changed.emit()


_running: set[Task] = set()
_board: TaskBoard | None = None


def board() -> TaskBoard:
    """The process's one board (made on first use, in the GUI thread, where tasks start)."""
    global _board
    if _board is None:
        _board = TaskBoard()
    return _board


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
        limit_native_threads()  # one BLAS/OpenMP thread per worker: the window keeps a core
        self._task._run()
