"""Writes that are not undo steps, named here so no view writes through storage itself.

Forgetting a person is a data-protection erasure that must leave nothing to undo; mending a row
that no longer validates repairs the file. Each returns what its caller reports to the user.
(Imports are undo steps: operations/imports.py.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from consensus_app.storage.bad_rows import BadRow
    from consensus_app.storage.forget import ForgetReport
    from consensus_app.storage.workspace import Workspace


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
