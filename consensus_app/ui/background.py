"""Runs one kind of work at a time: at once when it is small, in a worker with progress and cancel
when it is not. Starting new work cancels the old (a newer map makes an older result useless).

The window owns one runner per kind of work (layouts, assessment), so each can be cancelled
without touching the other. A worker's task carries the runner's message as its name, so the
status bar's task list shows it with its own progress and Cancel (ui/task_list.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid

from consensus_app.core.cancellable import Cancelled
from consensus_app.ui.tasks import Task, Work

WORKER_THRESHOLD = 120  # people on a map; below this, layouts and assessments take well under 50 ms


class BackgroundRunner(QObject):
    sig_failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._task: Task | None = None

    @property
    def busy(self) -> bool:
        return self._task is not None

    def run(
        self,
        message: str,
        size: int,
        work: Work,
        on_done: Callable[[Any], None],
        *,
        in_background: bool = False,
    ) -> None:
        """Run `work(progress, should_stop)` and pass its result to `on_done` on the GUI thread.

        `message` names the work for the user ("Laying out 120 people…") in the status bar.
        `size` is the number of people on the map: small maps run at once. `in_background` runs
        in a worker whatever the size (work that imports heavy libraries or reads a server)."""
        self.cancel()
        if size < WORKER_THRESHOLD and not in_background:
            on_done(work(lambda _f: None, lambda: False))
            return
        task = Task(work, self, name=message)

        # Results arrive queued; by then the window (and this runner) may be gone.
        def done(result: object) -> None:
            if isValid(self) and task is self._task:
                on_done(result)

        def failed(exc: object) -> None:
            if isValid(self):
                self._on_failed(exc)

        def finished() -> None:
            if isValid(self):
                self._on_finished(task)

        task.sig_done.connect(done)
        task.sig_failed.connect(failed)
        task.sig_finished.connect(finished)
        self._task = task
        task.start()

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def _on_failed(self, exc: object) -> None:
        if not isinstance(exc, Cancelled):
            self.sig_failed.emit(exc)

    def _on_finished(self, task: Task) -> None:
        if self._task is task:
            self._task = None
