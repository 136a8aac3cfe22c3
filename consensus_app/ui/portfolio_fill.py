"""The board's readiness, filled in from a worker: the pursuits without a fresh reading are assessed
a few accounts at a time (storage/portfolio_readiness.py), each chunk's readings reach the board
as soon as they are kept, and the task shows in the status bar's task list with its progress and
Cancel. A cancelled or replaced fill hands nothing more to the board."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid

from consensus_app.core.cancellable import Cancelled
from consensus_app.core.portfolio_board import BoardRow
from consensus_app.core.readiness import Reading
from consensus_app.i18n import ngettext
from consensus_app.ui.tasks import Task

if TYPE_CHECKING:
    from consensus_app.storage.workspace import Workspace


class _Feed(QObject):
    """Lives in the GUI thread; the worker emits on it, so each chunk arrives queued."""

    sig_chunk = Signal(object, object)  # the task, [(pursuit id, Reading)]


class ReadinessFiller(QObject):
    sig_readings = Signal(object)  # [(pursuit id, Reading)]: a chunk kept
    sig_done = Signal()  # every stale pursuit assessed
    sig_failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._feed = _Feed(self)
        self._feed.sig_chunk.connect(self._on_chunk)
        self.task: Task | None = None

    @property
    def busy(self) -> bool:
        return self.task is not None

    def fill(
        self, workspace: Workspace, stale: Sequence[BoardRow], now: datetime | None = None
    ) -> Task | None:
        """Assess `stale` in a worker (any fill under way is cancelled first)."""
        self.cancel()
        if not stale:
            self.sig_done.emit()
            return None
        rows, feed = list(stale), self._feed
        moment = now or datetime.now(UTC)

        def work(progress: Callable[[float], None], should_stop: Callable[[], bool]) -> int:
            from consensus_app.storage.portfolio_readiness import fill_readiness

            def deliver(batch: list[tuple[int, Reading]]) -> None:
                if isValid(feed):
                    feed.sig_chunk.emit(task, batch)

            done = fill_readiness(
                workspace,
                rows,
                moment,
                deliver=deliver,
                progress=progress,
                should_stop=should_stop,
            )
            return len(done)

        pursuits = ngettext("{n} pursuit", "{n} pursuits", len(rows)).format(n=f"{len(rows):,}")
        task = Task(
            work,
            self,
            name=self.tr("Assessing {pursuits} for the portfolio board…").format(pursuits=pursuits),
        )
        task.sig_done.connect(lambda _n: self._on_done(task))
        task.sig_failed.connect(lambda exc: self._on_failed(task, exc))
        task.sig_finished.connect(lambda: self._on_finished(task))
        self.task = task
        task.start()
        return task

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task = None

    def _on_chunk(self, task: Task, batch: list[tuple[int, Reading]]) -> None:
        if task is self.task and not task.cancelled:
            self.sig_readings.emit(batch)

    def _on_done(self, task: Task) -> None:
        if isValid(self) and task is self.task:
            self.sig_done.emit()

    def _on_failed(self, task: Task, exc: object) -> None:
        if isValid(self) and task is self.task and not isinstance(exc, Cancelled):
            self.sig_failed.emit(exc)

    def _on_finished(self, task: Task) -> None:
        if isValid(self) and task is self.task:
            self.task = None
