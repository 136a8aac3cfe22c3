"""Keeping the open pursuit current while others edit it (a shared team workspace).

Every few seconds a worker reads the change log for entries newer than the last one seen on
the open account. When someone else changed it, the map reloads — the cards keep their places
and the selection stays — unless the user is in the middle of typing (an inspector field or a
committee cell with unsaved text), in which case the reload waits until they are done.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QPlainTextEdit, QWidget

from consensus_app.storage.errors import StorageError
from consensus_app.ui.controller import WorkspaceController
from consensus_app.ui.tasks import Task

log = logging.getLogger(__name__)

INTERVAL_MS = 3000


def user_is_typing(panels: Sequence[QWidget]) -> bool:
    """True while the keyboard focus is in one of the panels with text not yet saved."""
    focus = QApplication.focusWidget()
    if focus is None or not any(panel is focus or panel.isAncestorOf(focus) for panel in panels):
        return False
    if isinstance(focus, QLineEdit):
        return focus.isModified()
    if isinstance(focus, QPlainTextEdit):
        return focus.document().isModified()
    parent = focus.parentWidget()  # an in-place editor of a table cell
    while parent is not None and not isinstance(parent, QAbstractItemView):
        parent = parent.parentWidget()
    return parent is not None and parent.state() == QAbstractItemView.State.EditingState


class LiveRefresh(QObject):
    sig_updated = Signal(str)  # who changed what, for the status bar

    def __init__(
        self, controller: WorkspaceController, editors: Sequence[QWidget], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._editors = list(editors)
        self._last_seen = 0
        self._pending: list[Any] = []  # others' changes waiting for the user to finish typing
        self._task: Task | None = None
        self.timer = QTimer(self, interval=INTERVAL_MS)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        """Watch from now on (once the workspace is open): earlier changes are already shown."""
        self._last_seen = self._controller.repos.changes.last_id()
        self.timer.start()

    def poll(self) -> None:
        pursuit_map = self._controller.pursuit_map
        if self._task is not None or pursuit_map is None:
            return
        if self._pending:
            self._apply([])
            return
        repos, last, account = self._controller.repos, self._last_seen, pursuit_map.account_id

        def work(_progress: Any, _stop: Any) -> list[Any]:
            return repos.changes.after(last, account)

        task = Task(work, self)
        task.sig_done.connect(self._apply)
        task.sig_failed.connect(self._on_failed)
        task.sig_finished.connect(lambda: setattr(self, "_task", None))
        self._task = task
        task.start()

    def _apply(self, entries: list[Any]) -> None:
        if entries:
            self._last_seen = max(self._last_seen, max(e.id for e in entries))
        me = self._controller.workspace.actor
        self._pending += [e for e in entries if e.actor != me]
        if not self._pending or user_is_typing(self._editors):
            return
        changes, self._pending = self._pending, []
        self._controller.refresh()
        people = sorted({e.actor for e in changes})
        latest = changes[-1].summary
        more = f" and {len(changes) - 1} more change(s)" if len(changes) > 1 else ""
        self.sig_updated.emit(f"Updated from the workspace — {', '.join(people)}: {latest}{more}")

    def _on_failed(self, exc: BaseException) -> None:
        # The server may be away for a moment: the next tick tries again, and the user hears of
        # it from the first edit that cannot be saved. Anything else is a bug worth a log line.
        level = logging.INFO if isinstance(exc, StorageError) else logging.ERROR
        log.log(level, "could not read the change log: %s", exc)
