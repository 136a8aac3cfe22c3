"""Writing an import plan (core.people_import.planning): all of it in one transaction, or none."""

from __future__ import annotations

from dataclasses import dataclass

from consensus_app.core.people_import.planning import Action, ImportPlan, Person
from consensus_app.storage.errors import ConstraintError
from consensus_app.storage.workspace import Workspace
from models import PriorityKind, PriorityRecord


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int
    priorities: int


def people_at(workspace: Workspace, account_id: int) -> list[Person]:
    """The account's stakeholders as planning compares them with a file's rows."""
    compared = ("title", "function", "email", "phone", "location", "profile", "language", "key", "name")
    return [
        Person(s.id, s.key, s.name, s.email, s.reports_to_id, {f: getattr(s, f) for f in compared})
        for s in workspace.repos.stakeholders.for_account(account_id)
    ]


def apply_plan(workspace: Workspace, account_id: int, plan: ImportPlan) -> ImportResult:
    """Create and update the plan's people, then their reporting lines and priorities.

    Refuses a plan with errors. Anything failing half-way rolls the whole import back.
    """
    if not plan.ok:
        raise ConstraintError(f"{plan.source} was not imported: " + "; ".join(plan.problems()[:5]))
    repos = workspace.repos
    existing_texts = {(p.stakeholder_id, p.text.casefold()) for p in _priorities(workspace, account_id)}
    priorities = 0
    with workspace.write():
        id_of_line: dict[int, int] = {}
        for row in plan.rows:
            if row.action is Action.CREATE:
                id_of_line[row.line] = repos.stakeholders.create(account_id=account_id, **row.fields).id
            else:
                assert row.match_id is not None
                id_of_line[row.line] = row.match_id
                if row.action is Action.UPDATE:
                    changes = {k: v for k, v in row.fields.items() if k != "key"}
                    repos.stakeholders.update(row.match_id, **changes)
        for row in plan.rows:  # managers once everyone exists
            manager = id_of_line[row.manager_line] if row.manager_line is not None else row.manager_id
            if manager is not None:
                repos.stakeholders.update(id_of_line[row.line], reports_to_id=manager)
            for text in row.priorities:
                if (id_of_line[row.line], text.casefold()) not in existing_texts:
                    repos.priorities.create(
                        account_id=account_id,
                        stakeholder_id=id_of_line[row.line],
                        text=text,
                        kind=PriorityKind.GOAL,
                    )
                    priorities += 1
    return ImportResult(
        plan.count(Action.CREATE), plan.count(Action.UPDATE), plan.count(Action.UNCHANGED), priorities
    )


def _priorities(workspace: Workspace, account_id: int) -> list[PriorityRecord]:
    return workspace.repos.accounts.snapshot(account_id).priorities
