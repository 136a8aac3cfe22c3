"""The named edits of the app: each builds an Operation from the steps it needs.

Functions that change existing rows read the current values first (what undo puts back) and
return None when nothing would change, so a no-op never lands on the undo stack.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from consensus_app.core.enum_words import enum_word
from consensus_app.core.wording import count
from consensus_app.i18n import _, ngettext
from consensus_app.operations.changed import ACCOUNT, MESSAGE, PRIORITY, PURSUIT, SEAT, STAKEHOLDER, TIE
from consensus_app.operations.journey import move_stage
from consensus_app.operations.operation import Operation
from consensus_app.operations.ratings import rating_steps
from consensus_app.operations.steps import (
    Create,
    Delete,
    ForgetPlaces,
    PlaceCards,
    Point,
    Step,
    Update,
    repository,
)
from models import PriorityKind, RelationshipKind

if TYPE_CHECKING:
    from consensus_app.core.messaging import Draft
    from consensus_app.storage.repositories import Repositories
    from consensus_app.storage.workspace import Workspace

CHECKED_BY_SETTING = {"stance", "influence"}  # a seat's fields whose edit verifies them


# --- any row -------------------------------------------------------------------------------


def edit(repos: Repositories, entity: str, row_id: int, text: str, /, **changes: Any) -> Operation | None:
    """Change fields of one row; None when they already hold these values."""
    current = repository(repos, entity).get(row_id).model_dump()
    if entity == SEAT and changes.get("journey_stage", current["journey_stage"]) != current["journey_stage"]:
        # A new buying stage is a move: the member's history keeps it (operations/journey.py).
        return move_stage(repos, row_id, text, **changes)
    old = {k: current[k] for k in changes}
    if old == changes:
        return None
    if entity == SEAT and CHECKED_BY_SETTING & changes.keys():
        # Setting stance or influence is checking it: the assessment's freshness counts it.
        changes = {"last_verified": date.today(), **changes}
        old.setdefault("last_verified", current["last_verified"])
    # This user's own view joins the agreed value it sets (colleagues' differing views: core/ratings.py).
    ratings = rating_steps(entity, row_id, current, changes)
    return Operation(text, [Update(entity, row_id, old, changes), *ratings])


def create(entity: str, text: str, /, **fields: Any) -> Operation:
    return Operation(text, [Create(entity, lambda repos: repository(repos, entity).create(**fields))])


def delete(entity: str, row_id: int, text: str) -> Operation:
    return Operation(text, [Delete(entity, row_id)])


# --- people on the map -----------------------------------------------------------------------


def add_person(account_id: int, pursuit_id: int | None, **fields: Any) -> Operation:
    """A new person at the account, seated on the pursuit's committee unless `pursuit_id` is None."""
    person = Create(STAKEHOLDER, lambda repos: repos.stakeholders.create(account_id=account_id, **fields))
    steps: list[Step] = [person]
    if pursuit_id is not None:
        steps.append(
            Create(
                SEAT,
                lambda repos: repos.committee.create(pursuit_id=pursuit_id, stakeholder_id=person.record.id),
            )
        )
    return Operation(_("Add {name}").format(name=fields.get("name") or _("a person")), steps)


def seat(pursuit_id: int, stakeholder_id: int, name: str) -> Operation:
    return create(
        SEAT,
        _("Add {name} to the committee").format(name=name),
        pursuit_id=pursuit_id,
        stakeholder_id=stakeholder_id,
    )


def unseat(member_id: int, name: str) -> Operation:
    return delete(SEAT, member_id, _("Remove {name} from the committee").format(name=name))


def add_priority(account_id: int, stakeholder_id: int, name: str, text: str) -> Operation:
    return create(
        PRIORITY,
        _("Add a priority of {name}").format(name=name),
        account_id=account_id,
        stakeholder_id=stakeholder_id,
        text=text,
        kind=PriorityKind.GOAL,
    )


def link_people(account_id: int, source_id: int, target_id: int, kind: RelationshipKind) -> Operation:
    return create(
        TIE,
        _("Add a tie: {kind}").format(kind=enum_word(kind)),
        account_id=account_id,
        source_id=source_id,
        target_id=target_id,
        kind=kind,
    )


def delete_items(stakeholder_ids: list[int], tie_ids: list[int]) -> Operation | None:
    """Delete from the map: ties first (a person's delete would take theirs along), then people."""
    total = len(stakeholder_ids) + len(tie_ids)
    if not total:
        return None
    steps: list[Step] = [Delete(TIE, t) for t in tie_ids]
    steps += [Delete(STAKEHOLDER, p) for p in stakeholder_ids]
    return Operation(_("Delete {items}").format(items=count(total, "item")), steps)


def place_cards(pursuit_id: int, layout: str, moves: dict[int, tuple[Point, Point]]) -> Operation | None:
    """A finished drag of one or many cards (already where the user dropped them)."""
    if not moves:
        return None
    old = {k: was for k, (was, _now) in moves.items()}
    new = {k: now for k, (_was, now) in moves.items()}
    n = len(moves)
    text = _("Move card") if n == 1 else ngettext("Move {n} card", "Move {n} cards", n).format(n=f"{n:,}")
    return Operation(text, [PlaceCards(pursuit_id, layout, old, new)])


def reset_layout(pursuit_id: int, layout: str) -> Operation:
    return Operation(_("Reset layout"), [ForgetPlaces(pursuit_id, layout)])


# --- accounts and pursuits --------------------------------------------------------------------


def add_account(**fields: Any) -> Operation:
    return create(ACCOUNT, _("Add account"), **fields)


def add_pursuit(account_id: int, **fields: Any) -> Operation:
    return create(PURSUIT, _("Add pursuit"), account_id=account_id, **fields)


def set_pursuit_owner(
    repos: Repositories, pursuit_id: int, owner: tuple[str, str] | None
) -> Operation | None:
    """Make `owner` (user id, name) the pursuit's owner, or nobody (None); None when they already are."""
    pursuit = repos.pursuits.get(pursuit_id)
    owner_id, owner_name = owner or (None, None)
    if owner_id == pursuit.owner_id:
        return None
    text = (
        _("Make {owner} the owner of {pursuit}").format(owner=owner_name, pursuit=pursuit.name)
        if owner_id
        else _("Leave {pursuit} without an owner").format(pursuit=pursuit.name)
    )
    return edit(repos, PURSUIT, pursuit_id, text, owner_id=owner_id, owner_name=owner_name)


def save_draft(workspace: Workspace, draft: Draft, account_id: int, pursuit_id: int | None) -> Operation:
    """A drafted message into the library, with its recipients (one write)."""
    from consensus_app.storage.message_library import save_draft as write_draft

    step = Create(
        MESSAGE, lambda _repos: write_draft(workspace, draft, account_id=account_id, pursuit_id=pursuit_id)
    )
    return Operation(_("Save “{title}” to the library").format(title=draft.title), [step])


# --- the plan for deciding together (a pursuit's mutual plan) ------------------------------------


def add_plan_step(pursuit_id: int, title: str, /, **fields: Any) -> Operation:
    """A new step of the pursuit's plan: what, the owners on both sides, when, its status."""
    from consensus_app.storage.plan_steps import PLAN_STEP

    return create(
        PLAN_STEP,
        _("Add the plan step “{title}”").format(title=title),
        pursuit_id=pursuit_id,
        title=title,
        **fields,
    )


def edit_plan_step(repos: Repositories, step_id: int, /, **changes: Any) -> Operation | None:
    from consensus_app.storage.plan_steps import PLAN_STEP

    title = repos.plan_steps.get(step_id).title
    return edit(repos, PLAN_STEP, step_id, _("Edit the plan step “{title}”").format(title=title), **changes)


def remove_plan_step(step_id: int, title: str) -> Operation:
    from consensus_app.storage.plan_steps import PLAN_STEP

    return delete(PLAN_STEP, step_id, _("Remove the plan step “{title}”").format(title=title))


# --- theme corrections (the Themes tab; built in theme_edits.py) --------------------------------

from consensus_app.operations.theme_edits import forget_theme as forget_theme  # noqa: E402
from consensus_app.operations.theme_edits import merge_themes as merge_themes  # noqa: E402
from consensus_app.operations.theme_edits import move_statement as move_statement  # noqa: E402
from consensus_app.operations.theme_edits import put_back as put_back  # noqa: E402
from consensus_app.operations.theme_edits import rename_theme as rename_theme  # noqa: E402
from consensus_app.operations.theme_edits import set_not_a_theme as set_not_a_theme  # noqa: E402
from consensus_app.operations.theme_edits import split_theme as split_theme  # noqa: E402
