"""The inspector's reads of the person it shows: their contact fields, priorities and buying-stage
history (what the open map does not hold).

On a local file they take a few milliseconds and are read at once. On a team server they are read
in a worker, so a click on a card never waits for the network; a server that does not answer
leaves the panel saying so instead of an error dialog, and the next click reads again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from consensus_app.ui.background import BackgroundRunner

if TYPE_CHECKING:
    from consensus_app.core.journey import StageMove
    from consensus_app.ui.controller import WorkspaceController
    from models import PriorityRecord, StakeholderRecord

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PersonRead:
    stakeholder_id: int
    person: StakeholderRecord
    priorities: list[PriorityRecord]
    moves: list[StageMove]  # their moves of stage on the open pursuit, oldest first


class PersonReader(QObject):
    sig_read = Signal(object)  # PersonRead
    sig_not_read = Signal(int, str)  # stakeholder id, why (the storage layer's words)

    def __init__(self, controller: WorkspaceController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._runner = BackgroundRunner(self)
        self._runner.sig_failed.connect(self._on_failed)
        self._asked: int | None = None

    @property
    def pending(self) -> bool:
        """A read is under way in the worker (a team server)."""
        return self._runner.busy

    def read(self, stakeholder_id: int) -> None:
        """Read the person; `sig_read` (or `sig_not_read`) follows, at once on a local file."""
        from consensus_app.storage.errors import StorageError  # loaded with the workspace

        controller = self._controller
        reads, pursuit_id = controller.reads, controller.pursuit_id

        def work(_progress: object, _should_stop: object) -> PersonRead:
            moves = reads.journey(pursuit_id) if pursuit_id is not None else []
            return PersonRead(
                stakeholder_id,
                reads.person(stakeholder_id),
                reads.priorities_of(stakeholder_id),
                [m for m in moves if m.stakeholder_id == stakeholder_id],
            )

        self._asked = stakeholder_id
        try:
            self._runner.run("", 0, work, self.sig_read.emit, in_background=controller.workspace.is_team)
        except StorageError as exc:
            self._on_failed(exc)

    def cancel(self) -> None:
        self._asked = None
        self._runner.cancel()

    def _on_failed(self, exc: object) -> None:
        from consensus_app.storage.errors import StorageError

        if not isinstance(exc, StorageError):
            raise exc if isinstance(exc, BaseException) else RuntimeError(exc)  # a bug: the error dialog
        log.warning("The person was not read: %s", exc)
        if self._asked is not None:
            self.sig_not_read.emit(self._asked, str(exc))
