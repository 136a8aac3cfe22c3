"""Every user edit is one of these undoable commands (Ctrl+Z / Ctrl+Shift+Z).

The controller performs the first change itself, so a refused edit (a reporting cycle,
a blank name) never lands on the stack; the command then only replays it on redo and
reverses it on undo. A replay that fails (the database went away) is reported and the
command made obsolete, so the stack never claims a state the database does not hold.

Undo and redo write like any edit: naming the version of the row this window last wrote,
so on a team workspace a colleague's later change is never silently overwritten; the user
is asked (the conflict dialog) to overwrite it or keep it, and keeping it drops the step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtGui import QUndoCommand

from consensus_app.storage.errors import ConcurrentEditError

if TYPE_CHECKING:
    from consensus_app.storage.repository_base import EntityRepository
    from consensus_app.storage.tombstones import Tombstone

Report = Callable[[str, BaseException], None]
Refresh = Callable[[], None]
Resolve = Callable[[ConcurrentEditError], bool]  # True: overwrite the other change; False: keep it
T = TypeVar("T")


class KeptTheirs(Exception):
    """The user chose to keep someone else's newer change over this write."""


def checked_write(write: Callable[[int | None], T], version: int | None, resolve: Resolve) -> T:
    """Write naming `version`; if someone else changed the row since, ask whether to write over it.

    Raises KeptTheirs when the user keeps the other change (nothing is written then).
    """
    while True:
        try:
            return write(version)
        except ConcurrentEditError as conflict:
            if not resolve(conflict):
                raise KeptTheirs(str(conflict)) from conflict
            version = conflict.current_version


class Versions:
    """The version of each row as this window last wrote it (what an undo or redo names)."""

    def __init__(self) -> None:
        self._written: dict[tuple[str, int], int] = {}

    def note(self, repo: EntityRepository[Any, Any], record: Any) -> None:
        self._written[(repo.entity, record.id)] = record.version

    def of(self, repo: EntityRepository[Any, Any], row_id: int) -> int | None:
        return self._written.get((repo.entity, row_id))


class Guard:
    """What a command needs to write safely: the versions it wrote, and who decides on a conflict."""

    def __init__(self, versions: Versions, resolve: Resolve) -> None:
        self.versions, self.resolve = versions, resolve

    def update(self, repo: EntityRepository[Any, Any], row_id: int, values: dict[str, Any]) -> None:
        record = checked_write(
            lambda v: repo.update(row_id, expected_version=v, **values),
            self.versions.of(repo, row_id),
            self.resolve,
        )
        self.versions.note(repo, record)

    def delete(self, repo: EntityRepository[Any, Any], row_id: int) -> Tombstone:
        return checked_write(
            lambda v: repo.delete(row_id, expected_version=v), self.versions.of(repo, row_id), self.resolve
        )

    def restore(self, repo: EntityRepository[Any, Any], tombstone: Tombstone) -> None:
        self.versions.note(repo, repo.restore(tombstone))


class _Command(QUndoCommand):
    def __init__(self, text: str, refresh: Refresh, report: Report) -> None:
        super().__init__(text)
        self._refresh = refresh
        self._report = report
        self._first = True
        # The user kept a colleague's change over this command's last undo or redo: this row is
        # theirs now, so the opposite step leaves it alone (a step of a larger one stays in step).
        self._kept = False

    def redo(self) -> None:
        if self._first:
            self._first = False  # the controller already made the change
        elif self._kept:
            self._kept = False
        else:
            self._safely(self._redo)
        self._refresh()

    def undo(self) -> None:
        if self._kept:
            self._kept = False
        else:
            self._safely(self._undo)
        self._refresh()

    def _safely(self, action: Callable[[], None]) -> None:
        try:
            action()
        except KeptTheirs:  # the user saw the conflict dialog and kept the other change
            self._kept = True
            self.setObsolete(True)  # alone on the stack, the step is dropped
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
        guard: Guard,
    ) -> None:
        super().__init__(text, refresh, report)
        self._repo, self._row_id, self._old, self._new = repo, row_id, old, new
        self._guard = guard

    def _redo(self) -> None:
        self._guard.update(self._repo, self._row_id, self._new)

    def _undo(self) -> None:
        self._guard.update(self._repo, self._row_id, self._old)


class CreateCommand(_Command):
    """Undo deletes what was created; redo brings the very same row back (same id and key)."""

    def __init__(
        self,
        text: str,
        repo: EntityRepository[Any, Any],
        row_id: int,
        refresh: Refresh,
        report: Report,
        guard: Guard,
    ) -> None:
        super().__init__(text, refresh, report)
        self._repo, self._row_id, self._guard = repo, row_id, guard
        self._tombstone: Tombstone | None = None

    def _redo(self) -> None:
        assert self._tombstone is not None
        self._guard.restore(self._repo, self._tombstone)

    def _undo(self) -> None:
        self._tombstone = self._guard.delete(self._repo, self._row_id)


class DeleteCommand(_Command):
    def __init__(
        self,
        text: str,
        repo: EntityRepository[Any, Any],
        tombstone: Tombstone,
        refresh: Refresh,
        report: Report,
        guard: Guard,
    ) -> None:
        super().__init__(text, refresh, report)
        self._repo, self._tombstone, self._guard = repo, tombstone, guard

    def _redo(self) -> None:
        self._tombstone = self._guard.delete(self._repo, self._tombstone.row_id)

    def _undo(self) -> None:
        self._guard.restore(self._repo, self._tombstone)


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
