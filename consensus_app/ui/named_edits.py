"""The named edits the views call on the controller: each builds one operation
(consensus_app/operations/edits.py and its neighbours) with the words its undo step shows, and
submits it. `WorkspaceController` runs them, keeps the undo stack and announces what changed.

Undo step names keep the controller's translation context ("WorkspaceController").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from consensus_app.core.journey import StageChoice
from consensus_app.core.pursuit_map import MapNode, Point, PursuitMap
from consensus_app.operations import edits
from consensus_app.operations.changed import ACCOUNT, MESSAGE, PRIORITY, PURSUIT, SEAT, STAKEHOLDER, TIE
from consensus_app.operations.operation import Operation
from consensus_app.storage.errors import StorageError
from consensus_app.ui.field_words import field_words
from consensus_app.ui.operation_runner import Build, Then
from models import BuyingStage, RelationshipKind

if TYPE_CHECKING:
    from consensus_app.core.messaging import Draft
    from consensus_app.core.themes.corrections import ThemeRef
    from consensus_app.storage.repositories import Repositories
    from consensus_app.storage.workspace import Workspace
    from models import MessageStatus

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


def _with_created(then: Callable[[Any], object] | None) -> Then | None:
    """Hand `then` the row an operation created."""
    if then is None:
        return None

    def call(done: Operation) -> None:
        then(done.created)

    return call


class NamedEdits:
    """Mixed into `WorkspaceController`, which provides the open map and runs the operations."""

    pursuit_map: PursuitMap | None
    layout: str  # the layout whose card places the map shows

    if TYPE_CHECKING:

        @property
        def pursuit_id(self) -> int | None: ...

        @property
        def repos(self) -> Repositories: ...

        @property
        def workspace(self) -> Workspace: ...

        def run(self, operation: Operation | None) -> bool: ...

        def _submit(self, build: Build, then: Then | None = None) -> bool: ...

    # --- people ------------------------------------------------------------------------

    def _shown_node(self, stakeholder_id: int | None = None, member_id: int | None = None) -> MapNode | None:
        """The person as the open map shows them (no database round trip: it may be away)."""
        for node in self.pursuit_map.nodes if self.pursuit_map else []:
            if node.stakeholder_id == stakeholder_id or (
                member_id is not None and node.member_id == member_id
            ):
                return node
        return None

    def _name(self, stakeholder_id: int, repos: Repositories | None = None) -> str:
        """As the map shows them; else read (through `repos`, where the operation runs)."""
        shown = self._shown_node(stakeholder_id)
        return shown.name if shown else (repos or self.repos).stakeholders.get(stakeholder_id).name

    def _edit(self, entity: str, row_id: int, text: str, /, **changes: Any) -> bool:
        return self._submit(lambda repos: edits.edit(repos, entity, row_id, text, **changes))

    def edit_stakeholder(self, stakeholder_id: int, **changes: Any) -> bool:
        text = QCoreApplication.translate("WorkspaceController", "Edit {name}").format(
            name=self._name(stakeholder_id)
        )
        return self._edit(STAKEHOLDER, stakeholder_id, text, **changes)

    def edit_seat(self, member_id: int, **changes: Any) -> bool:
        shown = self._shown_node(member_id=member_id)
        name = shown.name if shown else self._name(self.repos.committee.get(member_id).stakeholder_id)
        what = QCoreApplication.translate("WorkspaceController", " and ").join(
            field_words(field) for field in changes
        )  # words, not stored fields
        text = QCoreApplication.translate("WorkspaceController", "Change {what} of {name}").format(
            what=what, name=name
        )
        return self._edit(SEAT, member_id, text, **changes)

    def edit_member(self, member_id: int, field: str, value: Any) -> None:
        """The committee table's hook: stakeholder fields go to the person, the rest to the seat."""
        if isinstance(value, StageChoice):  # the Stage column: a move, with its day and note
            if not self.move_journey_stage(member_id, value.stage, value.note, value.day):
                raise StorageError(
                    QCoreApplication.translate("WorkspaceController", "the buying stage was not changed")
                )
            return
        shown = self._shown_node(member_id=member_id)
        if field in STAKEHOLDER_FIELDS:
            stakeholder_id = (
                shown.stakeholder_id if shown else self.repos.committee.get(member_id).stakeholder_id
            )
            ok = self.edit_stakeholder(stakeholder_id, **{field: value})
        else:
            ok = self.edit_seat(member_id, **{field: value})
        if not ok:
            raise StorageError(
                QCoreApplication.translate("WorkspaceController", "{field} was not changed").format(
                    field=field_words(field)
                )
            )

    def seat(self, stakeholder_id: int) -> bool:
        if self.pursuit_id is None:
            return False
        return self.run(edits.seat(self.pursuit_id, stakeholder_id, self._name(stakeholder_id)))

    def unseat(self, member_id: int) -> bool:
        shown = self._shown_node(member_id=member_id)
        return self.run(edits.unseat(member_id, shown.name if shown else "someone"))

    def add_priority(self, stakeholder_id: int, text: str) -> bool:
        if self.pursuit_map is None:
            return False
        name = self._name(stakeholder_id)
        return self.run(edits.add_priority(self.pursuit_map.account_id, stakeholder_id, name, text))

    def edit_priority(self, priority_id: int, **changes: Any) -> bool:
        def build(repos: Repositories) -> Operation | None:
            name = self._name(repos.priorities.get(priority_id).stakeholder_id, repos)
            text = QCoreApplication.translate("WorkspaceController", "Edit a priority of {name}").format(
                name=name
            )
            return edits.edit(repos, PRIORITY, priority_id, text, **changes)

        return self._submit(build)

    def remove_priority(self, priority_id: int) -> bool:
        def build(repos: Repositories) -> Operation:
            name = self._name(repos.priorities.get(priority_id).stakeholder_id, repos)
            text = QCoreApplication.translate("WorkspaceController", "Remove a priority of {name}").format(
                name=name
            )
            return edits.delete(PRIORITY, priority_id, text)

        return self._submit(build)

    # --- ties --------------------------------------------------------------------------

    def link_people(self, source_id: int, target_id: int, kind: RelationshipKind) -> bool:
        if self.pursuit_map is None:
            return False
        return self.run(edits.link_people(self.pursuit_map.account_id, source_id, target_id, kind))

    def edit_tie(self, relationship_id: int, **changes: Any) -> bool:
        what = QCoreApplication.translate("WorkspaceController", " and ").join(
            field_words(field) for field in changes
        )
        text = QCoreApplication.translate("WorkspaceController", "Change relationship {what}").format(
            what=what
        )
        return self._edit(TIE, relationship_id, text, **changes)

    def delete_tie(self, relationship_id: int) -> bool:
        return self.run(
            edits.delete(
                TIE, relationship_id, QCoreApplication.translate("WorkspaceController", "Delete relationship")
            )
        )

    def delete_items(self, stakeholder_ids: list[int], relationship_ids: list[int]) -> None:
        """Delete from the map: relationships first, then people; one undo step."""
        self.run(edits.delete_items(stakeholder_ids, relationship_ids))

    # --- the map's places ----------------------------------------------------------------

    def move_nodes(self, moves: dict[int, tuple[Point, Point]]) -> None:
        """Record a finished drag (the cards are already where the user dropped them)."""
        if self.pursuit_id is not None:
            self.run(edits.place_cards(self.pursuit_id, self.layout, moves))

    def reset_layout(self) -> bool:
        if self.pursuit_id is None:
            return False
        return self.run(edits.reset_layout(self.pursuit_id, self.layout))

    # --- accounts, pursuits, messages --------------------------------------------------------

    def add_account(self, then: Callable[[Any], object] | None = None, **fields: Any) -> bool:
        """`then` gets the new account once it is written."""
        operation = edits.add_account(**fields)
        return self._submit(lambda _repos: operation, _with_created(then))

    def add_pursuit(
        self, account_id: int, then: Callable[[Any], object] | None = None, **fields: Any
    ) -> bool:
        operation = edits.add_pursuit(account_id, **fields)
        return self._submit(lambda _repos: operation, _with_created(then))

    def edit_account(self, kind: str, row_id: int, text: str, **changes: Any) -> bool:
        """`kind` is "account" or "pursuit"."""
        return self._edit(ACCOUNT if kind == "account" else PURSUIT, row_id, text, **changes)

    def set_pursuit_owner(self, pursuit_id: int, owner: tuple[str, str] | None) -> bool:
        """Make `owner` (user id, name) the pursuit's owner, or nobody (None): one undoable edit."""
        return self._submit(lambda repos: edits.set_pursuit_owner(repos, pursuit_id, owner))

    def delete_account(self, kind: str, row_id: int, text: str) -> bool:
        return self.run(edits.delete(ACCOUNT if kind == "account" else PURSUIT, row_id, text))

    def save_draft(
        self, draft: Draft, account_id: int, pursuit_id: int | None, then: Callable[[Any], object]
    ) -> bool:
        """`then` gets the saved message once it is written."""
        operation = edits.save_draft(self.workspace, draft, account_id, pursuit_id)
        return self._submit(lambda _repos: operation, _with_created(then))

    def set_message_status(self, message_id: int, title: str, verb: str, status: MessageStatus) -> bool:
        return self._edit(MESSAGE, message_id, f"{verb} “{title}”", status=status)

    # --- the plan for deciding together (mutual plan) ------------------------------------------

    def add_plan_step(self, title: str, **fields: Any) -> bool:
        """A step of the open pursuit's plan (owners, due date, status in `fields`)."""
        if self.pursuit_id is None:
            return False
        return self.run(edits.add_plan_step(self.pursuit_id, title, **fields))

    def edit_plan_step(self, step_id: int, **changes: Any) -> bool:
        return self._submit(lambda repos: edits.edit_plan_step(repos, step_id, **changes))

    def remove_plan_step(self, step_id: int, title: str) -> bool:
        return self.run(edits.remove_plan_step(step_id, title))

    # --- theme corrections (the Themes tab) --------------------------------------------------

    def _correct_themes(self, build: Callable[[Repositories, int], Operation | None]) -> bool:
        if self.pursuit_map is None:
            return False
        account_id = self.pursuit_map.account_id
        return self._submit(lambda repos: build(repos, account_id))

    def move_statement(self, priority_id: int, target: ThemeRef | None) -> bool:
        """Into another theme; None: into no theme."""
        return self._correct_themes(lambda repos, a: edits.move_statement(repos, a, priority_id, target))

    def merge_themes(self, keep: ThemeRef, other: ThemeRef) -> bool:
        return self._correct_themes(lambda repos, a: edits.merge_themes(repos, a, keep, other))

    def split_theme(self, theme: ThemeRef, moved: list[int], name: str) -> bool:
        return self._correct_themes(lambda repos, a: edits.split_theme(repos, a, theme, moved, name))

    def rename_theme(self, theme: ThemeRef, name: str) -> bool:
        return self._correct_themes(lambda repos, a: edits.rename_theme(repos, a, theme, name))

    def set_not_a_theme(self, theme: ThemeRef, not_a_theme: bool = True) -> bool:
        return self._correct_themes(lambda repos, a: edits.set_not_a_theme(repos, a, theme, not_a_theme))

    def forget_theme(self, theme: ThemeRef) -> bool:
        """The app groups the theme's statements again, as if never corrected."""
        return self._correct_themes(lambda repos, a: edits.forget_theme(repos, a, theme))

    def put_back(self, priority_id: int) -> bool:
        """A statement taken out of the themes goes back to them."""
        return self._correct_themes(lambda repos, a: edits.put_back(repos, a, priority_id))

    # --- each buyer's journey, and readiness over time ---------------------------------------

    def move_journey_stage(
        self, member_id: int, stage: BuyingStage | None, note: str | None = None, day: date | None = None
    ) -> bool:
        """Move a committee member to another buying stage, with a dated note of what moved them:
        one undo step (the seat's stage and the member's history together)."""
        from consensus_app.operations.journey import move_stage, move_text

        def build(repos: Repositories) -> Operation | None:
            text = move_text(self._name(repos.committee.get(member_id).stakeholder_id, repos), stage)
            return move_stage(repos, member_id, text, stage, note=note, day=day)

        return self._submit(build)

    # --- people who left the company ------------------------------------------------------------

    def mark_left(self, stakeholder_id: int, day: date | None = None) -> bool:
        """The person left the company on `day`: kept, off every committee; one undo step."""
        from consensus_app.operations.leavers import mark_left

        return self._submit(lambda repos: mark_left(repos, stakeholder_id, day))

    def mark_many_left(self, stakeholder_ids: list[int], day: date | None = None) -> bool:
        """People a fresh CRM export no longer has, confirmed by the user as left: one undo step."""
        from consensus_app.operations.leavers import mark_many_left

        return self._submit(lambda repos: mark_many_left(repos, stakeholder_ids, day))
