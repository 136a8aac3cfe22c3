"""The one object the views talk to: which pursuit is open, and every edit as a command.

Views never write to the database: they call the controller, which validates, writes
through the repositories, pushes an undoable command and announces what changed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from consensus_app.core.pursuit_map import MapNode, Point, PursuitMap, build_pursuit_map
from consensus_app.storage.errors import ConcurrentEditError, StorageError
from consensus_app.ui.commands import (
    CreateCommand,
    DeleteCommand,
    Guard,
    KeptTheirs,
    MoveCommand,
    UpdateCommand,
    Versions,
    checked_write,
)
from consensus_app.ui.outbox import Outbox, is_unreachable
from models import RelationshipKind

if TYPE_CHECKING:
    from consensus_app.storage.repositories import Repositories
    from consensus_app.storage.repository_base import EntityRepository
    from consensus_app.storage.workspace import Workspace

log = logging.getLogger(__name__)

CHECKED_BY_SETTING = {"stance", "influence"}  # committee fields whose edit verifies them

STAKEHOLDER_FIELDS = {
    "name",
    "title",
    "function",
    "profile",
    "reports_to_id",
    "personal_win",
    "email",
    "phone",
    "location",
    "language",
    "notes",
}


class WorkspaceController(QObject):
    sig_workspace_opened = Signal()  # the workspace is attached: views may read it now
    sig_accounts_changed = Signal()  # accounts or pursuits added, renamed or removed
    sig_map_changed = Signal(object)  # PursuitMap | None: the open pursuit after any edit
    sig_positions_changed = Signal(object)  # {stakeholder id: point} moved by undo/redo
    sig_person_added = Signal(int, int)  # pursuit id, stakeholder id: someone this window added
    sig_error = Signal(str, str, object)  # title, message, exception

    def __init__(self, workspace: Workspace | None = None, parent: QObject | None = None) -> None:
        """Without a workspace, the window can be shown first and `attach` one once it is open."""
        super().__init__(parent)
        self._workspace: Workspace | None = None
        self.undo_stack = QUndoStack(self)
        self.outbox = Outbox(lambda: self.workspace.ping(), self)
        self.pursuit_map: PursuitMap | None = None
        self.layout = "org"
        # The version of each stakeholder and committee seat on the map the user sees: edits and
        # deletes name it, so a change someone else saved meanwhile is never silently overwritten.
        self._shown_versions: dict[tuple[str, int], int] = {}
        # Asked when that happens: True to overwrite (or delete anyway), False to reload.
        self.resolve_conflict: Callable[[ConcurrentEditError], bool] = _ask_to_overwrite
        # Undo and redo name the version this window last wrote, and ask the same way.
        self._guard = Guard(Versions(), lambda conflict: self.resolve_conflict(conflict))
        if workspace is not None:
            self.attach(workspace)

    def attach(self, workspace: Workspace) -> None:
        self._workspace = workspace
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
        pursuit = self.repos.pursuits.get(pursuit_id)
        snapshot = self.repos.accounts.snapshot(pursuit.account_id)
        self.pursuit_map = build_pursuit_map(snapshot, pursuit_id)
        self._shown_versions = {
            (self.repos.stakeholders.entity, s.id): s.version for s in snapshot.stakeholders
        }
        self._shown_versions.update(
            {(self.repos.committee.entity, m.id): m.version for m in snapshot.committee.get(pursuit_id, [])}
        )
        self.sig_map_changed.emit(self.pursuit_map)

    def refresh(self) -> None:
        """Reload the open pursuit after an edit, undo or redo."""
        self.sig_accounts_changed.emit()
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
        return self.repos.positions.get(self.pursuit_id, self.layout) if self.pursuit_id else {}

    # --- edits ------------------------------------------------------------------------

    def update(self, repo: EntityRepository[Any, Any], row_id: int, text: str, /, **changes: Any) -> bool:
        """Change fields of one row as an undoable command; False (and a message) if refused."""
        try:
            current = repo.get(row_id).model_dump()
            old = {k: current[k] for k in changes}
            if old == changes:
                return True
            if repo is self.repos.committee and CHECKED_BY_SETTING & changes.keys():
                # Setting stance or influence is checking it: the assessment's freshness counts it.
                changes.setdefault("last_verified", date.today())
                old.setdefault("last_verified", current["last_verified"])
            if not self._unless_conflict(
                repo,
                row_id,
                lambda v: self._guard.versions.note(repo, repo.update(row_id, expected_version=v, **changes)),
            ):
                return False
        except StorageError as exc:
            if is_unreachable(exc):  # kept for when the server is back; the form keeps the text
                self.outbox.keep(text, lambda: self.update(repo, row_id, text, **changes), exc)
                return True
            self._report(f"Could not {text.lower()}", exc)
            return False
        self.undo_stack.push(
            UpdateCommand(text, repo, row_id, old, changes, self.refresh, self._report, self._guard)
        )
        return True

    def create(self, repo: EntityRepository[Any, Any], text: str, /, **fields: Any) -> Any:
        try:
            record = repo.create(**fields)
        except StorageError as exc:
            if is_unreachable(exc):
                self.outbox.keep(text, lambda: self.create(repo, text, **fields), exc)
                return None
            self._report(f"Could not {text.lower()}", exc)
            return None
        self._guard.versions.note(repo, record)
        self.undo_stack.push(CreateCommand(text, repo, record.id, self.refresh, self._report, self._guard))
        return record

    def adopt(self, repo: EntityRepository[Any, Any], record: Any, text: str) -> None:
        """A row written elsewhere in one transaction (a message with its recipients) as an undo step."""
        self._guard.versions.note(repo, record)
        self.undo_stack.push(CreateCommand(text, repo, record.id, self.refresh, self._report, self._guard))

    def delete(self, repo: EntityRepository[Any, Any], row_id: int, text: str) -> bool:
        tombstones: list[Any] = []
        try:
            if not self._unless_conflict(
                repo, row_id, lambda v: tombstones.append(repo.delete(row_id, expected_version=v))
            ):
                return False
        except StorageError as exc:
            if is_unreachable(exc):
                self.outbox.keep(text, lambda: self.delete(repo, row_id, text), exc)
                return True
            self._report(f"Could not {text.lower()}", exc)
            return False
        self.undo_stack.push(
            DeleteCommand(text, repo, tombstones[-1], self.refresh, self._report, self._guard)
        )
        return True

    def _unless_conflict(
        self, repo: EntityRepository[Any, Any], row_id: int, write: Callable[[Any], Any]
    ) -> bool:
        """Write with the version the user saw; if someone else changed the row meanwhile, ask.

        True when written (as seen, or over the other change); False when the user chose to
        reload, which shows the other person's version.
        """
        try:
            checked_write(write, self._shown_versions.get((repo.entity, row_id)), self._guard.resolve)
        except KeptTheirs:
            self.refresh()
            return False
        return True

    def _shown_node(self, stakeholder_id: int | None = None, member_id: int | None = None) -> MapNode | None:
        """The person as the open map shows them (no database round trip: it may be away)."""
        for node in self.pursuit_map.nodes if self.pursuit_map else []:
            if node.stakeholder_id == stakeholder_id or (
                member_id is not None and node.member_id == member_id
            ):
                return node
        return None

    def edit_stakeholder(self, stakeholder_id: int, **changes: Any) -> bool:
        shown = self._shown_node(stakeholder_id)
        name = shown.name if shown else self.repos.stakeholders.get(stakeholder_id).name
        return self.update(self.repos.stakeholders, stakeholder_id, f"Edit {name}", **changes)

    def edit_member(self, member_id: int, field: str, value: Any) -> None:
        """The committee table's hook: stakeholder fields go to the person, the rest to the seat."""
        shown = self._shown_node(member_id=member_id)
        member = shown if shown else self.repos.committee.get(member_id)
        if field in STAKEHOLDER_FIELDS:
            ok = self.edit_stakeholder(member.stakeholder_id, **{field: value})
        else:
            name = shown.name if shown else self.repos.stakeholders.get(member.stakeholder_id).name
            ok = self.update(
                self.repos.committee,
                member_id,
                f"Change {field.replace('_', ' ')} of {name}",
                **{field: value},
            )
        if not ok:
            raise StorageError(f"{field.replace('_', ' ')} was not changed")

    def add_stakeholder(self, on_committee: bool = True, **fields: Any) -> Any:
        """A new person at the account, seated on the open pursuit's committee by default."""
        if self.pursuit_map is None:
            return None
        pursuit_id = self.pursuit_map.pursuit_id
        self.undo_stack.beginMacro(f"Add {fields.get('name', 'stakeholder')}")
        try:
            person = self.create(
                self.repos.stakeholders, "Add stakeholder", account_id=self.pursuit_map.account_id, **fields
            )
            if person is not None and on_committee:
                self.create(
                    self.repos.committee,
                    "Add to committee",
                    pursuit_id=self.pursuit_map.pursuit_id,
                    stakeholder_id=person.id,
                )
        finally:
            self.undo_stack.endMacro()
        if person is not None:
            self.sig_person_added.emit(pursuit_id, person.id)
        return person

    def connect(self, source_id: int, target_id: int, kind: RelationshipKind) -> Any:
        if self.pursuit_map is None:
            return None
        return self.create(
            self.repos.relationships,
            f"Add {kind.value.replace('_', ' ')} tie",
            account_id=self.pursuit_map.account_id,
            source_id=source_id,
            target_id=target_id,
            kind=kind,
        )

    def delete_items(self, stakeholder_ids: list[int], relationship_ids: list[int]) -> None:
        """Delete from the map: relationships first, then people; one undo step."""
        count = len(stakeholder_ids) + len(relationship_ids)
        if not count:
            return
        self.undo_stack.beginMacro(f"Delete {count} item{'s' if count > 1 else ''}")
        try:
            for tie in relationship_ids:
                self.delete(self.repos.relationships, tie, "Delete relationship")
            for person in stakeholder_ids:
                self.delete(self.repos.stakeholders, person, "Delete stakeholder")
        finally:
            self.undo_stack.endMacro()

    def move_nodes(self, moves: dict[int, tuple[Point, Point]]) -> None:
        """Record a finished drag (the cards are already where the user dropped them)."""
        pursuit_id, layout = self.pursuit_id, self.layout
        if pursuit_id is None or not moves:
            return

        def place(points: dict[int, Point]) -> None:
            self.repos.positions.save(pursuit_id, layout, points)
            if self.pursuit_id == pursuit_id:
                self.sig_positions_changed.emit(points)

        try:
            self.repos.positions.save(pursuit_id, layout, {k: new for k, (_old, new) in moves.items()})
        except StorageError as exc:
            self._report("Could not save the new positions", exc)
            return
        text = "Move card" if len(moves) == 1 else f"Move {len(moves)} cards"
        self.undo_stack.push(MoveCommand(text, place, moves, lambda: None, self._report))

    def _report(self, title: str, exc: BaseException) -> None:
        log.warning("%s: %s", title, exc)
        if is_unreachable(exc):
            self.outbox.went_away(exc)  # the window's banner says so, without a dialog per edit
            return
        self.sig_error.emit(title, str(exc), exc)


def _ask_to_overwrite(error: ConcurrentEditError) -> bool:
    from consensus_app.ui.conflict_dialog import ask_to_overwrite  # a dialog: loaded when first needed

    return ask_to_overwrite(error)
