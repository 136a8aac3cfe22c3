"""Every user edit is one of these undoable commands (Ctrl+Z / Ctrl+Shift+Z).

The controller performs the first change itself, so a refused edit (a reporting cycle,
a blank name) never lands on the stack; the command then only replays it on redo and
reverses it on undo. A replay that fails (the database went away) is reported and the
command made obsolete, so the stack never claims a state the database does not hold.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from consensus_app.storage.repository_base import EntityRepository
    from consensus_app.storage.tombstones import Tombstone

Report = Callable[[str, BaseException], None]
Refresh = Callable[[], None]


class _Command(QUndoCommand):
    def __init__(self, text: str, refresh: Refresh, report: Report) -> None:
        super().__init__(text)
        self._refresh = refresh
        self._report = report
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False  # the controller already made the change
        else:
            self._safely(self._redo)
        self._refresh()

    def undo(self) -> None:
        self._safely(self._undo)
        self._refresh()

    def _safely(self, action: Callable[[], None]) -> None:
        try:
            action()
        except Exception as exc:  # shown to the user, never swallowed
            self.setObsolete(True)
            self._report(f"Could not {self.text().lower()}", exc)

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class UpdateCommand(_Command):
    def __init__(
        self,
        text: str,
        repo: EntityRepository[Any, Any],
        row_id: int,
        old: dict[str, Any],
        new: dict[str, Any],
        refresh: Refresh,
        report: Report,
    ) -> None:
        super().__init__(text, refresh, report)
        self._repo, self._row_id, self._old, self._new = repo, row_id, old, new

    def _redo(self) -> None:
        self._repo.update(self._row_id, **self._new)

    def _undo(self) -> None:
        self._repo.update(self._row_id, **self._old)


class CreateCommand(_Command):
    """Undo deletes what was created; redo brings the very same row back (same id and key)."""

    def __init__(
        self, text: str, repo: EntityRepository[Any, Any], row_id: int, refresh: Refresh, report: Report
    ) -> None:
        super().__init__(text, refresh, report)
        self._repo, self._row_id = repo, row_id
        self._tombstone: Tombstone | None = None

    def _redo(self) -> None:
        assert self._tombstone is not None
        self._repo.restore(self._tombstone)

    def _undo(self) -> None:
        self._tombstone = self._repo.delete(self._row_id)


class DeleteCommand(_Command):
    def __init__(
        self,
        text: str,
        repo: EntityRepository[Any, Any],
        tombstone: Tombstone,
        refresh: Refresh,
        report: Report,
    ) -> None:
        super().__init__(text, refresh, report)
        self._repo, self._tombstone = repo, tombstone

    def _redo(self) -> None:
        self._tombstone = self._repo.delete(self._tombstone.row_id)

    def _undo(self) -> None:
        self._repo.restore(self._tombstone)


class MoveCommand(_Command):
    """A drag of one or many cards is one command."""

    def __init__(
        self,
        text: str,
        apply: Callable[[dict[int, tuple[float, float]]], None],
        moves: dict[int, tuple[tuple[float, float], tuple[float, float]]],
        refresh: Refresh,
        report: Report,
    ) -> None:
        super().__init__(text, refresh, report)
        self._apply = apply
        self._old = {k: old for k, (old, _new) in moves.items()}
        self._new = {k: new for k, (_old, new) in moves.items()}

    def _redo(self) -> None:
        self._apply(self._new)

    def _undo(self) -> None:
        self._apply(self._old)
