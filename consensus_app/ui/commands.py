"""The undo stack's entries: one operation each (Ctrl+Z / Ctrl+Shift+Z).

The controller applies an operation first itself, so a refused edit (a reporting cycle, a blank
name) never lands on the stack; the command then replays it on redo and reverts it on undo,
through the same path as any edit (`run`), so views hear what changed either way. A replay that
fails (the database went away) is reported and the command made obsolete, so the stack never
claims a state the database does not hold; keeping a colleague's newer change drops it too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from consensus_app.operations.operation import KeptTheirs, Operation

# Runs an operation forward (True) or backward (False) and tells the views; raises on failure.
Replay = Callable[[Operation, bool], None]
Report = Callable[[str, BaseException], None]


class OperationCommand(QUndoCommand):
    def __init__(self, operation: Operation, replay: Replay, report: Report) -> None:
        super().__init__(operation.text)
        self.operation = operation
        self._replay, self._report = replay, report
        self._first = True
        # The user kept a colleague's change over this command's last undo or redo: the row is
        # theirs now, so the opposite step leaves it alone.
        self._kept = False
        # On a team server the undo or redo runs in a worker first; the stack then moves with
        # "written" (nothing left to do) or "kept" (the user kept a colleague's change).
        self.settled: str | None = None

    def redo(self) -> None:
        if self._first:
            self._first = False  # the controller already made the change
        elif self._took_settled():
            return
        elif self._kept:
            self._kept = False
        else:
            self._safely(forward=True)

    def undo(self) -> None:
        if self._took_settled():
            return
        if self._kept:
            self._kept = False
        else:
            self._safely(forward=False)

    def _took_settled(self) -> bool:
        settled, self.settled = self.settled, None
        if settled == "kept":
            self._kept = True
            self.setObsolete(True)
        return settled is not None

    def _safely(self, forward: bool) -> None:
        try:
            self._replay(self.operation, forward)
        except KeptTheirs:  # the user saw the conflict dialog and kept the other change
            self._kept = True
            self.setObsolete(True)
        except Exception as exc:  # shown to the user, never swallowed
            self.setObsolete(True)
            self._report(
                QCoreApplication.translate("WorkspaceController", "Could not {what}").format(
                    what=self.text().lower()
                ),
                exc,
            )
