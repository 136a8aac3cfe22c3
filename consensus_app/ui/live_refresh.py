"""Keeping the window current while others edit the workspace (a team server, or a command run
on the same file).

Every few seconds a worker reads the change log for entries newer than the last one seen, on
any account. Entries this window wrote carry its workspace's `origin` and are skipped; anything
else — a colleague, or `consensus-app import` run by the same user — reloads the navigator (new
accounts appear) and the open pursuit — the cards keep their places and the selection stays —
unless the user is in the middle of typing (an inspector field or a committee cell with unsaved
text), in which case the reload waits until they are done. View ▸ Reload (F5) does it at once.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStatusBar,
    QWidget,
)

from consensus_app.core.change_notes import Note, change_notes, status_line
from consensus_app.storage.errors import StorageError
from consensus_app.ui.controller import WorkspaceController
from consensus_app.ui.tasks import Task

log = logging.getLogger(__name__)

INTERVAL_MS = 3000
NOTICE_MS = 12_000  # how long "Updated from the workspace — …" stays in the status bar


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


@dataclass(frozen=True)
class Fresh:
    """What a poll found: the newest entry id, and others' changes as notes."""

    last_id: int
    notes: list[Note] = field(default_factory=list)
    replaced: bool = False  # the SQLite file was replaced on disk: everything is reread


class LiveRefresh(QObject):
    sig_updated = Signal(str)  # who changed what, for the status bar

    def __init__(
        self, controller: WorkspaceController, editors: Sequence[QWidget], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._editors = list(editors)
        self._last_seen = 0
        self._generation = 0  # of the workspace's file (see Workspace.follow_replaced_file)
        self._pending: list[Note] = []  # others' changes waiting for the user to finish typing
        self._task: Task | None = None
        self.timer = QTimer(self, interval=INTERVAL_MS)
        self.timer.timeout.connect(self.poll)
        # A status-bar widget rather than a passing message: work that starts with the reload
        # (themes, layout) shows its own message and clears it; the notice comes back after.
        self.notice = QLabel(indent=4)
        self.notice.setObjectName("live-notice")
        self.notice.setVisible(False)
        self._notice_timer = QTimer(self, singleShot=True, interval=NOTICE_MS)
        self._notice_timer.timeout.connect(self.notice.hide)
        self.sig_updated.connect(self._show_notice)

    def start(self) -> None:
        """Watch from now on (once the workspace is open): earlier changes are already shown."""
        self._last_seen = self._controller.reads.last_change()
        self._generation = self._controller.workspace.generation
        self.timer.start()

    def poll(self) -> None:
        if self._task is not None or not self._controller.is_open:
            return
        if self._pending:
            self._apply(Fresh(self._last_seen))
            return
        workspace, last, generation = self._controller.workspace, self._last_seen, self._generation
        reads = self._controller.reads

        def work(_progress: Any, _stop: Any) -> Fresh:
            entries = reads.changes_after(last)
            if workspace.generation != generation:  # the ids of another file mean nothing here
                return Fresh(reads.last_change(), replaced=True)
            if not entries:
                return Fresh(last)
            others = [e for e in entries if e.origin != workspace.origin]
            if not others:
                return Fresh(entries[-1].id)
            return Fresh(entries[-1].id, change_notes(others, reads.change_people(), reads.change_authors()))

        task = Task(work, self)
        task.sig_done.connect(self._apply)
        task.sig_failed.connect(self._on_failed)
        task.sig_finished.connect(lambda: setattr(self, "_task", None))
        self._task = task
        task.start()

    def reload(self) -> None:
        """View ▸ Reload: show what the workspace holds now, whoever changed it."""
        if not self._controller.is_open:
            return
        try:
            self._last_seen = self._controller.reads.last_change()
            self._generation = self._controller.workspace.generation
        except StorageError as exc:
            self._on_failed(exc)
        self._pending = []
        self._controller.refresh()
        self.sig_updated.emit(self.tr("Reloaded from the workspace"))

    def _apply(self, fresh: Fresh) -> None:
        if fresh.replaced:
            self._last_seen, self._pending = fresh.last_id, []
            self._generation = self._controller.workspace.generation
            self._controller.refresh()
            self.sig_updated.emit(self.tr("The workspace file was replaced on disk: showing it as it is now"))
            return
        self._last_seen = max(self._last_seen, fresh.last_id)
        self._pending += fresh.notes
        if not self._pending or user_is_typing(self._editors):
            return
        notes, self._pending = self._pending, []
        self._controller.refresh()
        self.sig_updated.emit(
            self.tr("Updated from the workspace — {changes}").format(changes=status_line(notes))
        )

    def _show_notice(self, message: str) -> None:
        self.notice.setText(message)
        self.notice.setToolTip(message)
        bar = self.notice.parentWidget()
        if isinstance(bar, QStatusBar) and bar.currentMessage():
            # Under a passing message ("Finding shared themes…"): the bar shows the notice again
            # when that message clears, unless the notice was hidden on purpose — so it is not.
            self.notice.setAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide, False)
        else:
            self.notice.show()
        self._notice_timer.start()

    def _on_failed(self, exc: BaseException) -> None:
        # The server may be away for a moment: the next tick tries again, and the user hears of
        # it from the first edit that cannot be saved. Anything else is a bug worth a log line.
        level = logging.INFO if isinstance(exc, StorageError) else logging.ERROR
        log.log(level, "could not read the change log: %s", exc)
