"""Where operations run: on the GUI thread for a local file (a few milliseconds), and one at a
time in a worker for a team server, whose round trips the window must not wait for.

An operation is submitted as a builder (`build(repos) -> Operation | None`), so the reads that
find an edit's old values happen where the writes do. A conflict met in the worker (a colleague
changed the row) comes back to the GUI thread, the user answers in the conflict dialog, and the
operation runs again with that answer.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool

from consensus_app.operations.operation import Ledger, Operation
from consensus_app.ui.tasks import Task

if TYPE_CHECKING:
    from consensus_app.operations.changed import Changed
    from consensus_app.operations.steps import Key
    from consensus_app.storage.errors import ConcurrentEditError
    from consensus_app.storage.repositories import Repositories

Build = Callable[["Repositories"], Operation | None]
Then = Callable[[Operation], None]


class _Ask(Exception):
    """A conflict the user has not answered yet: asked on the GUI thread, then run again."""

    def __init__(self, conflict: ConcurrentEditError) -> None:
        super().__init__(str(conflict))
        self.conflict = conflict


class OperationRunner(QObject):
    def __init__(
        self,
        ledger: Callable[[Callable[[ConcurrentEditError], bool]], Ledger],
        ask: Callable[[ConcurrentEditError], bool],
        applied: Callable[[Operation, Changed], None],
        failed: Callable[[str, BaseException, Callable[[], object]], bool],
        parent: QObject | None = None,
    ) -> None:
        """`applied` pushes the undo step and tells the views; `failed` reports, or keeps the edit
        for when the server is back through the retry it is given (and then says True)."""
        super().__init__(parent)
        self._ledger, self._ask, self._applied, self._failed = ledger, ask, applied, failed
        self.in_background = False
        self._queue: deque[_Job] = deque()
        self._running = False

    @property
    def busy(self) -> bool:
        return self._running or bool(self._queue)

    def submit(self, build: Build, then: Then | None = None) -> bool:
        """Run now (local file) or in turn (team server, or behind a slow undo or redo still being
        written). False when refused here and now."""
        if self.in_background or self.busy:
            self._queue.append(_Job(build, then))
            self._next()
            return True
        return self._run_here(build, then)

    def _run_here(self, build: Build, then: Then | None) -> bool:
        ledger = self._ledger(self._ask)
        operation: Operation | None = None
        try:
            operation = build(ledger.workspace.repos)
            if operation is None:  # nothing to change
                return True
            changed = operation.apply(ledger)
        except Exception as exc:
            text = operation.text if operation is not None else self.tr("save the change")
            return self._failed(text, exc, lambda: self.submit(build, then))
        self._applied(operation, changed)
        if then is not None:
            then(operation)
        return True

    def replay(
        self,
        operation: Operation,
        forward: bool,
        landed: Callable[[Changed], None],
        refused: Callable[[BaseException], None],
    ) -> None:
        """Undo (forward False) or redo an operation in the worker, in turn with the edits; `landed`
        moves the undo stack once it is written, `refused` says why it was not."""
        job = _Job(lambda _repos: operation, forward=forward, landed=landed, refused=refused)
        job.operation = operation
        self._queue.append(job)
        self._next()

    # --- in a worker, one at a time ------------------------------------------------------------

    def _next(self) -> None:
        if self._running or not self._queue:
            return
        self._running = True
        self._start(self._queue.popleft())

    def _start(self, job: _Job) -> None:
        def resolve(conflict: ConcurrentEditError) -> bool:
            key = (conflict.entity, conflict.current.id)
            if key not in job.answers:
                raise _Ask(conflict)
            return job.answers[key]

        ledger = self._ledger(resolve)

        def work(_progress: object, _stop: object) -> Changed | None:
            if job.operation is None:  # built once: a rerun after a conflict replays the same one
                job.operation = job.build(ledger.workspace.repos)
                if job.operation is None:
                    return None
            return job.operation.apply(ledger) if job.forward else job.operation.revert(ledger)

        name = self.tr("Saving to the team workspace…")
        if not self.in_background and job.operation is not None:  # a slow undo or redo on a local file
            name = (self.tr("Redoing: {what}…") if job.forward else self.tr("Undoing: {what}…")).format(
                what=job.operation.text
            )
        task = Task(work, self, name=name, can_cancel=False)
        task.sig_done.connect(lambda changed: self._done(job, changed))
        task.sig_failed.connect(lambda exc: self._on_failed(job, exc))
        task.start(_edits_pool())

    def _done(self, job: _Job, changed: Changed | None) -> None:
        self._running = False
        if changed is not None and job.operation is not None:
            if job.landed is not None:  # an undo or redo: the stack moves, no new step
                job.landed(changed)
            else:
                self._applied(job.operation, changed)
                if job.then is not None:
                    job.then(job.operation)
        self._next()

    def _on_failed(self, job: _Job, exc: BaseException) -> None:
        if isinstance(exc, _Ask):  # the user decides, here on the GUI thread; then run again
            job.answers[(exc.conflict.entity, exc.conflict.current.id)] = self._ask(exc.conflict)
            self._start(job)
            return
        self._running = False
        if job.refused is not None:
            job.refused(exc)
        else:
            text = job.operation.text if job.operation is not None else self.tr("save the change")
            self._failed(text, exc, lambda: self._again(job))  # (a kept row is never retried)
        self._next()

    def _again(self, job: _Job) -> None:
        self.submit(job.build, job.then)


@dataclass
class _Job:
    """One operation waiting for, or running in, the worker."""

    build: Build
    then: Then | None = None
    forward: bool = True
    landed: Callable[[Changed], None] | None = None  # set for an undo or redo
    refused: Callable[[BaseException], None] | None = None
    operation: Operation | None = None
    answers: dict[Key, bool] = field(default_factory=dict)  # conflicts the user has answered


_pool: QThreadPool | None = None


def _edits_pool() -> QThreadPool:
    """A worker of their own, so edits never wait behind a layout or the themes. Not owned by a
    window: a window closing while a server is slow to answer must not wait for it."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool
