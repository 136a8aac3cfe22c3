"""Imports from the window, as steps Edit ▸ Undo takes back.

An import writes many rows at once (a CRM export of thousands of people, a map of several
accounts), so its undo step does not list them: it keeps each account's whole contents as the
import found it and as it left it (storage tombstones), and undo and redo put one in the place
of the other. Either refuses, changing nothing, when the account changed since: a colleague's
edit, or one from the command line, would be lost.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from consensus_app.i18n import _
from consensus_app.operations.changed import ACCOUNT
from consensus_app.operations.operation import Operation
from consensus_app.operations.steps import Step, Writer
from consensus_app.storage.errors import ConstraintError

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from consensus_app.core.people_import.planning import ImportPlan
    from consensus_app.storage.tombstones import Tombstone
    from consensus_app.storage.workspace import Workspace

_ACCOUNT_TABLE = "account"


@dataclass
class Imported:
    """What an import reports to the user, and its undo step."""

    said: Any
    operation: Operation


class AccountContents(Step):
    """One account's contents before an import (None: the import made the account) and after it."""

    def __init__(self, account_id: int, name: str, before: Tombstone | None, after: Tombstone) -> None:
        self.account_id, self.name, self.before, self.after = account_id, name, before, after

    def apply(self, w: Writer) -> None:
        self._swap(w, self.before, self.after)

    def revert(self, w: Writer) -> None:
        self._swap(w, self.after, self.before)

    def _swap(self, w: Writer, now: Tombstone | None, wanted: Tombstone | None) -> None:
        accounts = w.repos.accounts
        if now is not None:
            found = accounts.delete(self.account_id)
            if _edits(found) != _edits(now):  # (the transaction rolls the delete back)
                raise ConstraintError(
                    f"{self.name} was changed after the import (by a colleague or the command line): "
                    "taking the import back would lose those changes"
                )
            w.changed.deleted(ACCOUNT, self.account_id, found.rows[_ACCOUNT_TABLE][0])
        if wanted is not None:
            w.changed.created(ACCOUNT, accounts.restore(wanted))


# Rows the app derives (sentence vectors, the daily readings, the log): they change by themselves.
_DERIVED = frozenset({"priority_vector", "readiness_snapshot", "change_log"})


def _edits(tombstone: Tombstone) -> set[tuple[str, tuple[tuple[str, str], ...]]]:
    """The account's rows as people made them, whole: equal sets mean nobody changed the account
    (an edited person, a theme correction, a colleague's rating, a dragged card)."""
    return {
        (table, tuple(sorted((name, repr(value)) for name, value in row.items())))
        for table, rows in tombstone.rows.items()
        if table not in _DERIVED
        for row in rows
    }


def _contents(conn: Connection, account_id: int) -> Tombstone:
    from consensus_app.storage.tombstones import bury

    return bury(conn, _ACCOUNT_TABLE, account_id)


def import_map(workspace: Workspace, path: Path, progress: Callable[[float], None]) -> Imported:
    """A Consensus map file's accounts into the workspace; `said`: how many accounts it held."""
    from sqlalchemy import select
    from sqlmodel import SQLModel

    from consensus_app.core.interchange import load_document
    from consensus_app.storage.bulk_import import import_document

    document = load_document(path)
    accounts = SQLModel.metadata.tables[_ACCOUNT_TABLE]
    with workspace.write() as session:
        import_document(
            workspace, document, source=path.name, progress=lambda done, total: progress(done / total)
        )
        conn = session.connection()
        keys = [a["id"] for a in document["accounts"]]
        made = conn.execute(select(accounts.c.id, accounts.c.name).where(accounts.c.key.in_(keys))).all()
        steps: list[Step] = [AccountContents(i, name, None, _contents(conn, i)) for i, name in made]
    return Imported(
        len(document["accounts"]), Operation(_("Import {file}").format(file=path.name), steps, slow=True)
    )


def import_people(
    workspace: Workspace, plan: ImportPlan, account_id: int | None, new_name: str | None, remove: list[int]
) -> Imported:
    """The account (a new one if asked) and its people from a CRM export, in one transaction."""
    from consensus_app.storage.people_import import apply_plan, new_account

    with workspace.write() as session:
        conn = session.connection()
        before = _contents(conn, account_id) if account_id is not None else None
        target = account_id if account_id is not None else new_account(workspace, new_name or plan.source)
        result = apply_plan(workspace, target, plan, remove=remove)
        after = _contents(conn, target)
        name = after.rows[_ACCOUNT_TABLE][0]["name"]
    step = AccountContents(target, name, before, after)
    return Imported(
        result, Operation(_("Import people from {file}").format(file=plan.source), [step], slow=True)
    )
