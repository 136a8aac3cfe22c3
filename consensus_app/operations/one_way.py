"""Writes that are not undo steps, named here so no view writes through storage itself.

Imports add many rows in one transaction (run in a worker; the window reloads after); forgetting
a person is a data-protection erasure that must leave nothing to undo; mending a row that no
longer validates repairs the file. Each returns what its caller reports to the user.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from consensus_app.core.people_import.planning import ImportPlan
    from consensus_app.storage.bad_rows import BadRow
    from consensus_app.storage.forget import ForgetReport
    from consensus_app.storage.people_import import ImportResult
    from consensus_app.storage.workspace import Workspace


def import_map(workspace: Workspace, path: Path, progress: Callable[[float], None]) -> int:
    """A Consensus map file's accounts into the workspace; how many accounts it held."""
    from consensus_app.core.interchange import load_document
    from consensus_app.storage.bulk_import import import_document

    document = load_document(path)
    import_document(
        workspace, document, source=path.name, progress=lambda done, total: progress(done / total)
    )
    return len(document["accounts"])


def import_people(
    workspace: Workspace, plan: ImportPlan, account_id: int | None, new_name: str | None, remove: list[int]
) -> ImportResult:
    """The account (a new one if asked) and its people from a CRM export, in one transaction."""
    from consensus_app.storage.people_import import apply_plan, new_account

    with workspace.write():
        target = account_id if account_id is not None else new_account(workspace, new_name or plan.source)
        return apply_plan(workspace, target, plan, remove=remove)


def forget_person(workspace: Workspace, stakeholder_id: int) -> ForgetReport:
    from consensus_app.storage.forget import forget_person as erase

    return erase(workspace, stakeholder_id)


def mend_row(workspace: Workspace, bad: BadRow, value: Any) -> None:
    """Give an unreadable field a valid value."""
    from consensus_app.storage.bad_rows import fix

    fix(workspace, bad, value)


def drop_row(workspace: Workspace, bad: BadRow) -> None:
    """Remove a row that cannot be mended."""
    from consensus_app.storage.bad_rows import drop

    drop(workspace, bad)
