"""Edits made while the database cannot be reached: kept, retried, never silently dropped.

When a save fails because the server went away, the edit waits here (the form keeps what the
user typed) and the window says so. Every few seconds a worker asks the server whether it is
back; when it is, the waiting edits are replayed in the order they were made — each through the
normal path, so a colleague's change in the meantime still comes up as a conflict — and the map
reloads.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from consensus_app.i18n import ngettext
from consensus_app.storage.errors import DatabaseUnavailableError
from consensus_app.ui.alive import if_alive
from consensus_app.ui.tasks import Task

log = logging.getLogger(__name__)

RETRY_MS = 5000


@dataclass
class _Waiting:
    description: str
    retry: Callable[[], Any]


class Outbox(QObject):
    sig_state = Signal(bool, str)  # online?, a sentence for the window

    def __init__(self, ping: Callable[[], Any], parent: QObject | None = None) -> None:
        """`ping` raises if the database cannot be reached."""
        super().__init__(parent)
        self._ping = ping
        self._waiting: list[_Waiting] = []
        self._replaying = False
        self._failed_during_replay = False
        self._probe: Task | None = None
        self.online = True
        self.timer = QTimer(self, interval=RETRY_MS)
        self.timer.timeout.connect(self.probe)

    @property
    def pending(self) -> list[str]:
        return [w.description for w in self._waiting]

    def went_away(self, exc: BaseException) -> None:
        """The database could not be reached (a read or a write failed)."""
        log.warning("workspace unreachable: %s", exc)
        if self._replaying:
            self._failed_during_replay = True
        self.online = False
        if not self.timer.isActive():
            self.timer.start()
        self._say()

    def keep(self, description: str, retry: Callable[[], Any], exc: BaseException) -> None:
        """An edit that could not be saved: keep it for when the server is back."""
        self._waiting.append(_Waiting(description, retry))
        self.went_away(exc)

    def may_close(self, parent: QWidget) -> bool:
        """Before the window closes: waiting edits would be lost, so ask (and try once more)."""
        if not self._waiting:
            return True
        self._back_if_reachable()
        if not self._waiting:
            return True
        answer = QMessageBox.warning(
            parent,
            self.tr("Changes not saved yet"),
            self.tr("{waiting} for the workspace database, which cannot be reached:").format(
                waiting=_waiting_words(len(self._waiting))
            )
            + "\n\n- "
            + "\n- ".join(self.pending[:8])
            + "\n\n"
            + self.tr("Close anyway and lose them?"),
            QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _back_if_reachable(self) -> None:
        try:
            self._ping()
        except DatabaseUnavailableError:
            return
        self._back()

    def probe(self) -> None:
        if self._probe is not None:
            return
        task = Task(lambda _p, _s: self._ping(), self)
        task.sig_done.connect(if_alive(self, lambda _result: self._back()))
        task.sig_failed.connect(if_alive(self, lambda _exc: self._say()))
        task.sig_finished.connect(lambda: setattr(self, "_probe", None))
        self._probe = task
        task.start()

    def _back(self) -> None:
        """The server answers again: replay what waited, in order, until one fails again."""
        self._replaying, self._failed_during_replay = True, False
        waiting, self._waiting = self._waiting, []
        saved = 0
        try:
            for index, item in enumerate(waiting):
                item.retry()
                if self._failed_during_replay:  # it went away again; this one queued itself anew
                    self._waiting += waiting[index + 1 :]
                    return
                saved += 1
        finally:
            self._replaying = False
        self.online = True
        self.timer.stop()
        done = (
            " — " + ngettext("{n} waiting change saved", "{n} waiting changes saved", saved).format(n=saved)
            if saved
            else ""
        )
        self.sig_state.emit(True, self.tr("Reconnected to the workspace") + f"{done}.")

    def _say(self) -> None:
        waiting = len(self._waiting)
        kept = f"{_waiting_words(waiting)}, " if waiting else ""
        self.sig_state.emit(
            False,
            self.tr("The workspace database cannot be reached: {waiting}retrying every {seconds} s.").format(
                waiting=kept, seconds=RETRY_MS // 1000
            ),
        )


def _waiting_words(n: int) -> str:
    return ngettext("{n} change is waiting", "{n} changes are waiting", n).format(n=f"{n:,}")


def is_unreachable(exc: BaseException) -> bool:
    return isinstance(exc, DatabaseUnavailableError)


class ConnectionBanner(QLabel):
    """Says in the status bar that the database is away (red) or back (green, for a while).

    A banner rather than a status message, so workers' progress messages cannot hide it.
    """

    def __init__(self, outbox: Outbox, on_back: Callable[[], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._outbox = outbox
        self._on_back = on_back
        self.hide()
        # A child timer, not QTimer.singleShot: it goes with the banner if the window closes first.
        self._fade = QTimer(self, singleShot=True, interval=8000)
        self._fade.timeout.connect(self._hide_if_online)
        outbox.sig_state.connect(self._on_state)

    def _on_state(self, online: bool, message: str) -> None:
        self.setText(message)
        self.setStyleSheet(f"color: {'#1B5E20' if online else '#B3261E'}; font-weight: 600;")
        self.show()
        if online:
            self._fade.start()
            self._on_back()

    def _hide_if_online(self) -> None:
        if self._outbox.online:
            self.hide()
