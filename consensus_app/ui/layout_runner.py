"""Runs a map layout: at once for small maps, in a worker with progress and cancel for large ones."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from consensus_app.core.layouts import LayoutCancelled, compute_layout
from consensus_app.core.pursuit_map import Point, PursuitMap
from consensus_app.ui.tasks import Task

WORKER_THRESHOLD = 120  # nodes; below this a layout takes well under 50 ms


class LayoutRunner(QObject):
    sig_started = Signal(str)  # what is being laid out, for the status bar
    sig_progress = Signal(float)
    sig_finished = Signal()
    sig_failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._task: Task | None = None

    @property
    def busy(self) -> bool:
        return self._task is not None

    def run(self, name: str, pursuit_map: PursuitMap, on_done: Callable[[dict[int, Point]], None]) -> None:
        self.cancel()
        if len(pursuit_map.nodes) < WORKER_THRESHOLD:
            on_done(compute_layout(name, pursuit_map))
            return

        def work(progress: Callable[[float], None], should_stop: Callable[[], bool]) -> dict[int, Point]:
            return compute_layout(name, pursuit_map, progress=progress, should_stop=should_stop)

        task = Task(work, self)
        task.sig_progress.connect(self.sig_progress)
        task.sig_done.connect(on_done)
        task.sig_failed.connect(self._on_failed)
        task.sig_finished.connect(lambda: self._on_finished(task))
        self._task = task
        self.sig_started.emit(f"Laying out {len(pursuit_map.nodes)} people…")
        task.start()

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
            self.sig_finished.emit()

    def _on_failed(self, exc: object) -> None:
        if not isinstance(exc, LayoutCancelled):
            self.sig_failed.emit(exc)

    def _on_finished(self, task: Task) -> None:
        if self._task is task:
            self._task = None
            self.sig_finished.emit()
