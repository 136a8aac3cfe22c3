"""The one object the views talk to: which pursuit is open, every edit as an operation, and what each
operation changed.

Views never touch repositories: they read through `reads` and edit through the named methods
(ui/named_edits.py, mixed in here), which build an operation (consensus_app/operations); the
controller runs it, pushes it on the undo stack and announces what changed. The open map is
patched in memory from the rows written: an edit of one person's fields (`sig_people_changed`: one
card, one table row), people added, deleted or restored, seats, new managers (`sig_cast_changed`:
those cards and their lines) or ties (`sig_ties_changed`). Only another pursuit, or a colleague's
version kept over ours, reads the pursuit again (`sig_map_changed`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from consensus_app.core.map_patch import patched_map, with_cast, with_managers, with_ties, without_people
from consensus_app.core.pursuit_map import Point, PursuitMap, build_pursuit_map
from consensus_app.operations import edits
from consensus_app.operations.changed import (
    ACCOUNT,
    POSITION,
    PRIORITY,
    PURSUIT,
    SEAT,
    STAKEHOLDER,
    TIE,
    Changed,
)
from consensus_app.operations.operation import KeptTheirs, Ledger, Operation
from consensus_app.operations.reads import Reads
from consensus_app.operations.steps import Versions
from consensus_app.operations.theme_edits import THEME
from consensus_app.storage.errors import ConcurrentEditError, StorageError
from consensus_app.ui.commands import OperationCommand
from consensus_app.ui.named_edits import NamedEdits
from consensus_app.ui.operation_runner import Build, OperationRunner, Then
from consensus_app.ui.outbox import Outbox, is_unreachable

if TYPE_CHECKING:
    from consensus_app.core.readiness import Reading
    from consensus_app.storage.repositories import Repositories
    from consensus_app.storage.workspace import Workspace

log = logging.getLogger(__name__)


class WorkspaceController(QObject, NamedEdits):
    """The named edits themselves are in `NamedEdits` (ui/named_edits.py)."""

    sig_workspace_opened = Signal()  # the workspace is attached: views may read it now
    sig_accounts_changed = Signal()  # accounts or pursuits added, renamed or removed
    sig_map_changed = Signal(object)  # PursuitMap | None: another pursuit, or this one reshaped
    sig_people_changed = Signal(object, object)  # PursuitMap, {stakeholder id}: cards to redraw
    sig_ties_changed = Signal(object)  # PursuitMap: relationships added, removed or changed
    sig_cast_changed = Signal(object)  # PursuitMap: people added, or seats taken or left
    sig_changed = Signal(object)  # Changed: every operation run, for views of other rows
    sig_positions_changed = Signal(object)  # {stakeholder id: point} moved by undo/redo
    sig_person_added = Signal(int, int)  # pursuit id, stakeholder id: someone this window added
    sig_error = Signal(str, str, object)  # title, message, exception
    sig_readings_changed = Signal(int)  # pursuit id: a reading of its readiness was kept

    def __init__(self, workspace: Workspace | None = None, parent: QObject | None = None) -> None:
        """Without a workspace, the window can be shown first and `attach` one once it is open."""
        super().__init__(parent)
        self._workspace: Workspace | None = None
        self.undo_stack = QUndoStack(self)
        self.outbox = Outbox(lambda: self.workspace.ping(), self)
        self.pursuit_map: PursuitMap | None = None
        self.layout = "org"
        # The version of each row on screen and as this window last wrote it: edits name the
        # one the user saw, undo and redo the one written, so a colleague's change is never
        # silently overwritten.
        self.versions = Versions()
        # Asked when that happens: True to overwrite (or delete anyway), False to reload.
        self.resolve_conflict: Callable[[ConcurrentEditError], bool] = _ask_to_overwrite
        self.reads: Reads
        self.runner = OperationRunner(
            lambda resolve: Ledger(self.workspace, self.versions, resolve),
            lambda conflict: self.resolve_conflict(conflict),
            self._applied,
            self._refused,
            self,
        )
        if workspace is not None:
            self.attach(workspace)

    def attach(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self.reads = Reads(workspace)
        self.runner.in_background = workspace.is_team  # a server's round trips stay off the GUI thread
        self.sig_workspace_opened.emit()

    @property
    def is_open(self) -> bool:
        return self._workspace is not None

    @property
    def workspace(self) -> Workspace:
        if self._workspace is None:
            raise RuntimeError("no workspace is open yet")
        return self._workspace

    @property
    def repos(self) -> Repositories:
        """For tests and the workers' plain functions; views read through `reads`."""
        return self.workspace.repos

    # --- the open pursuit ------------------------------------------------------------

    @property
    def pursuit_id(self) -> int | None:
        return self.pursuit_map.pursuit_id if self.pursuit_map else None

    def open_pursuit(self, pursuit_id: int | None) -> None:
        if pursuit_id is None:
            self.pursuit_map = None
            self.sig_map_changed.emit(None)
            return
        pursuit = self.reads.pursuit(pursuit_id)
        snapshot = self.reads.snapshot(pursuit.account_id)
        self.pursuit_map = build_pursuit_map(snapshot, pursuit_id)
        self.versions.show(STAKEHOLDER, snapshot.stakeholders)
        self.versions.show(SEAT, snapshot.committee.get(pursuit_id, []))
        # The themes' corrections as loaded: a correction made over a colleague's newer one asks.
        self.versions.show(THEME, [self.repos.theme_corrections.version(pursuit.account_id)])
        self.sig_map_changed.emit(self.pursuit_map)

    def refresh(self) -> None:
        """Reload the accounts and the open pursuit (a reload, or a change made elsewhere)."""
        self.sig_accounts_changed.emit()
        self._reload_pursuit()

    def _reload_pursuit(self) -> None:
        if self.pursuit_id is None:
            return
        try:
            self.open_pursuit(self.pursuit_id)
        except StorageError as exc:
            if is_unreachable(exc):  # the server is away: keep showing what we have
                self.outbox.went_away(exc)
                return
            self.open_pursuit(None)  # the pursuit itself was deleted

    def saved_positions(self) -> dict[int, Point]:
        return self.reads.places(self.pursuit_id, self.layout) if self.pursuit_id else {}

    # --- running operations ---------------------------------------------------------------

    def run(self, operation: Operation | None) -> bool:
        """Apply an operation as a new undo step; False (and a message) if it was refused.

        None (an edit that changes nothing) is accepted and does nothing. On a team server the
        operation runs in a worker and this returns True once it is queued.
        """
        return self.runner.submit(lambda _repos: operation)

    def imported(self, operation: Operation) -> None:
        """An import a worker made (operations/imports.py): the window reloads, and Edit ▸ Undo
        takes it back."""
        operation.done = True
        self.undo_stack.push(OperationCommand(operation, self._replay, self._report))
        self.refresh()

    def _applied(self, operation: Operation, changed: Changed) -> None:
        self.undo_stack.push(OperationCommand(operation, self._replay, self._report))
        self._announce(changed)

    def _refused(self, text: str, exc: BaseException, retry: Callable[[], object]) -> bool:
        """An operation that did not land; True when it is kept to retry once the server is back."""
        if isinstance(exc, KeptTheirs):
            self.refresh()  # show the colleague's version the user chose to keep
            return False
        if isinstance(exc, StorageError) and is_unreachable(exc):
            self.outbox.keep(text, retry, exc)  # the form keeps the text; the banner says why
            return True
        if isinstance(exc, StorageError):
            self._report(self.tr("Could not {what}").format(what=text.lower()), exc)
            return False
        raise exc  # a defect, not a refusal: the error dialog shows it

    def undo(self) -> None:
        """Edit ▸ Undo. On a team server (or for a slow step, an import) the step is written in the
        worker, then the stack moves."""
        self._step(back=True)

    def redo(self) -> None:
        self._step(back=False)

    def _step(self, back: bool) -> None:
        stack = self.undo_stack
        move = stack.undo if back else stack.redo
        index = stack.index() - 1 if back else stack.index()
        command = stack.command(index) if 0 <= index < stack.count() else None
        assert command is None or isinstance(command, OperationCommand)
        if not self.runner.in_background and not (command is not None and command.operation.slow):
            move()
            return
        if self.runner.busy or command is None:
            return  # (an edit or step under way lands first: the stack then says what is next)

        def landed(changed: Changed) -> None:
            command.settled = "written"
            move()
            self._announce(changed)

        def refused(exc: BaseException) -> None:
            if isinstance(exc, KeptTheirs):
                command.settled = "kept"  # the step is dropped, as on a local file
                move()
                self.refresh()
            else:
                self._report(self.tr("Could not {what}").format(what=command.text().lower()), exc)

        self.runner.replay(command.operation, not back, landed, refused)

    def _replay(self, operation: Operation, forward: bool) -> None:
        """Undo or redo: the same path as an edit, so the views hear what changed."""
        try:
            changed = operation.apply(self._ledger()) if forward else operation.revert(self._ledger())
        except KeptTheirs:
            self.refresh()
            raise
        self._announce(changed)

    def _ledger(self) -> Ledger:
        return Ledger(self.workspace, self.versions, lambda conflict: self.resolve_conflict(conflict))

    def _submit(self, build: Build, then: Then | None = None) -> bool:
        return self.runner.submit(build, then)

    def _announce(self, changed: Changed) -> None:
        """Tell each view what changed, no more: one card, the navigator, or the whole map."""
        self.sig_changed.emit(changed)
        if changed.touches(ACCOUNT, PURSUIT):
            self.sig_accounts_changed.emit()
        if changed.moved and changed.records.get((POSITION, self.pursuit_id or 0)) == self.layout:
            self.sig_positions_changed.emit(changed.moved)  # (undo of a drag on the open pursuit)
        if self.pursuit_map is None:
            return
        own = {(ACCOUNT, self.pursuit_map.account_id), (PURSUIT, self.pursuit_map.pursuit_id)}
        if changed.reshaped or own & changed.records.keys():  # (a renamed or deleted pursuit too)
            self._reload_pursuit()
            return
        if _leaving(changed, self.pursuit_map):  # someone left or came back: cards, view and seats at once
            people = [r for (kind, _), r in changed.records.items() if kind == STAKEHOLDER and r is not None]
            recast, _ = patched_map(self._recast(changed, self.pursuit_map), people)
            self.pursuit_map = _departed(recast, changed)
            self.sig_cast_changed.emit(self.pursuit_map)
            return
        if changed.recast or changed.retied:
            self.pursuit_map = self._recast(changed, self.pursuit_map)
            # One signal: the canvas changes cards and lines together (people who came back
            # with their ties), or only lines.
            (self.sig_cast_changed if changed.recast else self.sig_ties_changed).emit(self.pursuit_map)
        people = [r for (kind, _), r in changed.records.items() if kind == STAKEHOLDER and r is not None]
        seats = [r for (kind, _), r in changed.records.items() if kind == SEAT and r is not None]
        edited = {r.stakeholder_id for (kind, _), r in changed.records.items() if kind == PRIORITY and r}
        edited |= {
            row["stakeholder_id"] for (kind, _), row in changed.last_values.items() if kind == PRIORITY
        }
        self.pursuit_map = _rated(self.pursuit_map, changed)  # colleagues' views given or taken back
        self.pursuit_map = _journeyed(self.pursuit_map, changed)  # moves of stage recorded or undone
        self.pursuit_map, redrawn = patched_map(self.pursuit_map, people, seats)
        edited &= {n.stakeholder_id for n in self.pursuit_map.nodes}  # (not someone just deleted)
        if redrawn or edited:
            self.sig_people_changed.emit(self.pursuit_map, redrawn | edited)

    @staticmethod
    def _recast(changed: Changed, pursuit_map: PursuitMap) -> PursuitMap:
        """The open map after people came or went (with their seats, ties and reports' lines),
        seats were taken or left, lines moved, or ties changed. Rows of another account (an undo
        of an edit made there) leave this map alone."""
        here = pursuit_map.account_id
        added = {key: r for key, r in changed.records.items() if key in changed.added and r is not None}
        unseated = [
            row["stakeholder_id"]
            for (kind, _), row in changed.last_values.items()
            if kind == SEAT and row.get("pursuit_id") == pursuit_map.pursuit_id
        ]
        pursuit_map = with_cast(
            without_people(pursuit_map, changed.people_gone),
            [r for (kind, _), r in added.items() if kind == STAKEHOLDER and r.account_id == here],
            [r for (kind, _), r in added.items() if kind == SEAT],
            unseated,
        )
        ties = [r for (kind, _), r in changed.records.items() if kind == TIE and r and r.account_id == here]
        gone = [row_id for kind, row_id in changed.removed if kind == TIE]
        return with_managers(with_ties(pursuit_map, ties, gone), changed.managers)

    # --- people ------------------------------------------------------------------------

    def add_stakeholder(self, on_committee: bool = True, **fields: Any) -> bool:
        """A new person at the account, seated on the open pursuit's committee by default."""
        if self.pursuit_map is None:
            return False
        pursuit_id = self.pursuit_map.pursuit_id
        operation = edits.add_person(
            self.pursuit_map.account_id, pursuit_id if on_committee else None, **fields
        )
        return self._submit(
            lambda _repos: operation, lambda done: self.sig_person_added.emit(pursuit_id, done.created.id)
        )

    def _report(self, title: str, exc: BaseException) -> None:
        log.warning("%s: %s", title, exc)
        if is_unreachable(exc):
            self.outbox.went_away(exc)  # the window's banner says so, without a dialog per edit
            return
        self.sig_error.emit(title, str(exc), exc)

    # --- readiness over time -----------------------------------------------------------------

    def keep_reading(self, pursuit_id: int, reading: Reading) -> bool:
        """Keep an assessment as its day's reading (or, reviewed, as that day's review). A record,
        not an edit: no undo step; a server that is away skips a day's update, not a review."""
        from consensus_app.storage.readiness import keep_reading

        try:
            keep_reading(self.workspace, pursuit_id, reading)
        except StorageError as exc:
            if reading.reviewed:
                self._report(self.tr("Could not mark the pursuit as reviewed"), exc)
            else:
                log.warning("The assessment of pursuit %s was not kept: %s", pursuit_id, exc)
            return False
        self.sig_readings_changed.emit(pursuit_id)
        return True


def _rated(pursuit_map: PursuitMap, changed: Changed) -> PursuitMap:
    """The open map with the ratings an operation wrote or took back (core/ratings.py)."""
    from consensus_app.operations.ratings import RATING

    written = {row_id: r for (kind, row_id), r in changed.records.items() if kind == RATING}
    if not written:
        return pursuit_map
    from consensus_app.core.ratings import with_ratings

    return with_ratings(pursuit_map, written)


def _journeyed(pursuit_map: PursuitMap, changed: Changed) -> PursuitMap:
    """The open map with the moves of stage an operation recorded or took back (LOOPING reads them)."""
    from consensus_app.operations.journey import JOURNEY_STEP

    steps = {row_id: r for (kind, row_id), r in changed.records.items() if kind == JOURNEY_STEP}
    here = {row_id: r for row_id, r in steps.items() if r is None or r.pursuit_id == pursuit_map.pursuit_id}
    if not here:
        return pursuit_map
    from dataclasses import replace

    from consensus_app.core.journey import as_move, with_moves

    written = {row_id: None if r is None else as_move(r) for row_id, r in here.items()}
    return replace(pursuit_map, journey=with_moves(pursuit_map.journey, written))


def _ask_to_overwrite(error: ConcurrentEditError) -> bool:
    from consensus_app.ui.conflict_dialog import ask_to_overwrite  # a dialog: loaded when first needed

    return ask_to_overwrite(error)


def _leaving(changed: Changed, pursuit_map: PursuitMap) -> bool:
    """People left the company (or came back by undo): their seats were kept, or their day changed."""
    from consensus_app.operations.leavers import FORMER_SEAT

    if any(kind == FORMER_SEAT for kind, _ in changed.records):
        return True
    left = {n.stakeholder_id: n.left_on for n in pursuit_map.nodes}
    return any(
        kind == STAKEHOLDER and r is not None and row_id in left and left[row_id] != r.left_on
        for (kind, row_id), r in changed.records.items()
    )


def _departed(pursuit_map: PursuitMap, changed: Changed) -> PursuitMap:
    """The open map with the seats people left with kept, or taken back by undo (core/leavers.py)."""
    from consensus_app.operations.leavers import FORMER_SEAT

    kept = [r for (kind, _), r in changed.records.items() if kind == FORMER_SEAT and r is not None]
    gone = {row_id for (kind, row_id), r in changed.records.items() if kind == FORMER_SEAT and r is None}
    if not kept and not gone:
        return pursuit_map
    from dataclasses import replace

    from consensus_app.core.leavers import with_departures

    people = {n.stakeholder_id: (n.name, n.profile) for n in pursuit_map.nodes}
    departed = with_departures(pursuit_map.departures, pursuit_map.pursuit_id, kept, gone, people)
    return replace(pursuit_map, departures=departed)
