"""An operation: a named list of steps that commit together, and run backwards to undo."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from consensus_app.operations.changed import Changed
from consensus_app.operations.steps import Create, Key, Step, Versions, Writer
from consensus_app.storage.errors import ConcurrentEditError

if TYPE_CHECKING:
    from consensus_app.storage.workspace import Workspace

# Asked when a row changed under the user: True to write over the other change, False to keep it.
Resolve = Callable[[ConcurrentEditError], bool]


class KeptTheirs(Exception):
    """The user chose to keep someone else's newer change: nothing of this run was written."""


@dataclass
class Ledger:
    """Where operations write, the versions they name, and who decides on a conflict."""

    workspace: Workspace
    versions: Versions
    resolve: Resolve


class Operation:
    """`text` is what the Edit menu says ("Undo Edit Ana Lima"); `steps` run in order, in one
    transaction, so an operation lands whole or not at all."""

    def __init__(self, text: str, steps: list[Step], slow: bool = False) -> None:
        self.text, self.steps = text, steps
        self.done = False  # applied at least once (later applies are redos)
        # Undo and redo may take longer than the GUI thread can spare (an import's thousands of
        # rows): they run in a worker even on a local file.
        self.slow = slow

    @property
    def created(self) -> Any:
        """The row the operation's first creating step made (None before it ran, or if none)."""
        return next((step.record for step in self.steps if isinstance(step, Create)), None)

    def apply(self, ledger: Ledger) -> Changed:
        changed = _run(ledger, not self.done, self.steps, forward=True)
        self.done = True
        return changed

    def revert(self, ledger: Ledger) -> Changed:
        return _run(ledger, False, list(reversed(self.steps)), forward=False)


def _run(ledger: Ledger, first: bool, steps: list[Step], forward: bool) -> Changed:
    """Write in one transaction; on a colleague's newer change ask, then write over it or keep it.

    A row the user keeps as the colleague left it is left out of this run (the other rows are
    still written) and of the next run the other way, which would otherwise undo a change this
    one never made. Raises KeptTheirs when nothing is left to write.
    """
    versions, kept = ledger.versions, set[Key]()
    while True:
        writer = Writer(ledger.workspace.repos, versions, Changed(), first)
        before = versions.copy()
        todo = [s for s in steps if not s.kept and s.key not in kept]
        if not todo:  # every row left is one the user kept, or skipped since they did
            _mark_kept(steps, kept)
            if kept:
                raise KeptTheirs("every row of this step was kept as someone else left it")
            return writer.changed
        try:
            with ledger.workspace.write():
                for step in todo:
                    if forward:
                        step.apply(writer)
                    else:
                        step.revert(writer)
            break
        except ConcurrentEditError as conflict:
            versions.restore(before)  # nothing was written: forget the versions the steps noted
            key = (conflict.entity, conflict.current.id)
            if ledger.resolve(conflict):
                versions.overwrite[key] = conflict.current.version
            else:
                kept.add(key)
        except BaseException:
            versions.restore(before)
            raise
    _mark_kept(steps, kept)
    writer.changed.kept_theirs = bool(kept)
    return writer.changed


def _mark_kept(steps: list[Step], kept: set[Key]) -> None:
    for step in steps:
        step.kept = step.key in kept
