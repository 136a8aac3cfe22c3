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
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool

from consensus_app.operations.operation import KeptTheirs, Ledger, Operation
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
        self._queue: deque[tuple[Build, Then | None]] = deque()
        self._running = False

    @property
    def busy(self) -> bool:
        return self._running or bool(self._queue)

    def submit(self, build: Build, then: Then | None = None) -> bool:
        """Run now (local file) or in turn (team server). False when refused here and now."""
        if self.in_background:
            self._queue.append((build, then))
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
            text = operation.text if operation is not None else "save the change"
            return self._failed(text, exc, lambda: self.submit(build, then))
        self._applied(operation, changed)
        if then is not None:
            then(operation)
        return True

    # --- in a worker, one at a time ------------------------------------------------------------

    def _next(self) -> None:
        if self._running or not self._queue:
            return
        self._running = True
        build, then = self._queue.popleft()
        self._start(build, then, {}, [])

    def _start(
        self, build: Build, then: Then | None, answers: dict[Key, bool], built: list[Operation]
    ) -> None:
        def resolve(conflict: ConcurrentEditError) -> bool:
            key = (conflict.entity, conflict.current.id)
            if key not in answers:
                raise _Ask(conflict)
            return answers[key]

        ledger = self._ledger(resolve)

        def work(_progress: object, _stop: object) -> tuple[Operation, Changed] | None:
            if not built:  # built once: a rerun after a conflict replays the same operation
                operation = build(ledger.workspace.repos)
                if operation is None:
                    return None
                built.append(operation)
            return built[0], built[0].apply(ledger)

        task = Task(work, self, name="Saving to the team workspace…", can_cancel=False)
        task.sig_done.connect(lambda result: self._done(result, then))
        task.sig_failed.connect(lambda exc: self._on_failed(exc, build, then, answers, built))
        task.start(_edits_pool())

    def _done(self, result: tuple[Operation, Changed] | None, then: Then | None) -> None:
        self._running = False
        if result is not None:
            operation, changed = result
            self._applied(operation, changed)
            if then is not None:
                then(operation)
        self._next()

    def _on_failed(
        self,
        exc: BaseException,
        build: Build,
        then: Then | None,
        answers: dict[Key, bool],
        built: list[Operation],
    ) -> None:
        if isinstance(exc, _Ask):  # the user decides, here on the GUI thread; then run again
            key = (exc.conflict.entity, exc.conflict.current.id)
            answers[key] = self._ask(exc.conflict)
            self._start(build, then, answers, built)
            return
        self._running = False
        text = built[0].text if built else "save the change"
        if isinstance(exc, KeptTheirs):
            self._failed(text, exc, lambda: None)
        else:
            self._failed(text, exc, lambda: self.submit(build, then))
        self._next()


_pool: QThreadPool | None = None


def _edits_pool() -> QThreadPool:
    """A worker of their own, so edits never wait behind a layout or the themes. Not owned by a
    window: a window closing while a server is slow to answer must not wait for it."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool
