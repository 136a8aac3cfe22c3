"""Rows that no longer validate: left out of reads, named, and fixable or droppable.

A row written by an older app, by hand or by a since-fixed bug (an id ending in a newline)
would otherwise make every read of its table fail, and the workspace could not be opened.
Reads skip such a row and note it here once (a logged warning, which the command line
prints on stderr); `scan` finds them all (the window lists them after opening), and `fix`
or `drop` mends one through the ordinary, logged, undoable-by-tombstone repository path.
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError
from sqlalchemy import select

from consensus_app.i18n import _
from consensus_app.storage.errors import StorageError
from models.enums import KEY_PATTERN, NOT_BLANK

if TYPE_CHECKING:
    from consensus_app.storage.repository_base import EntityRepository
    from consensus_app.storage.workspace import Workspace

log = logging.getLogger(__name__)
_SHOWN = 60


@dataclass(frozen=True)
class BadRow:
    """One field of one stored row that does not validate."""

    table: str
    row_id: int
    key: str | None
    field: str
    problem: str
    value: str  # the stored value as JSON, shortened
    stored: Any = dataclass_field(default=None, compare=False, repr=False)  # the stored value itself

    def suggestion(self) -> str:
        """A starting point for the fixed value: the stored one, without spaces if it is an id."""
        if self.stored is None:
            return ""
        text = str(self.stored)
        return "".join(text.split()) if self.field == "key" else text

    def __str__(self) -> str:
        # Logged and printed on stderr: where and what is wrong, never a stored value (the row's id
        # too may be the bad value, or made from a person's name or e-mail).
        return f"table {self.table}, row {self.row_id}: {self.field} {self.problem}"


class BadRowError(StorageError):
    """A row asked for by id that does not validate."""

    def __init__(self, bad: list[BadRow]) -> None:
        self.bad = bad
        super().__init__("; ".join(str(b) for b in bad) + " — fix or drop it")


def bad_fields(table: str, row: Any, exc: ValidationError) -> list[BadRow]:
    values = row if isinstance(row, dict) else row.__dict__
    found = []
    for error in exc.errors():
        name = ".".join(str(p) for p in error["loc"]) or "value"
        shown = json.dumps(values.get(name), ensure_ascii=False, default=str)
        shown = shown.encode("utf-8", "backslashreplace").decode("utf-8")
        found.append(
            BadRow(
                table=table,
                row_id=int(values.get("id") or 0),
                key=values.get("key"),
                field=name,
                problem=_problem(error),
                value=shown if len(shown) <= _SHOWN else shown[: _SHOWN - 1] + "…",
                stored=values.get(name),
            )
        )
    return found


def _problem(error: Any) -> str:
    from consensus_app.storage.repository_base import describe_error

    pattern = error.get("ctx", {}).get("pattern")
    if error["type"] == "string_pattern_mismatch" and pattern not in (NOT_BLANK, KEY_PATTERN):
        return _("has the wrong form")  # without the stored text describe_error quotes
    return describe_error(error)


class Quarantine:
    """The bad rows one workspace's reads have met; each is warned about once."""

    def __init__(self) -> None:
        self._rows: dict[tuple[str, int, str], BadRow] = {}
        self._lock = threading.Lock()

    def note(self, bad: list[BadRow]) -> None:
        with self._lock:
            new = [b for b in bad if (b.table, b.row_id, b.field) not in self._rows]
            self._rows.update({(b.table, b.row_id, b.field): b for b in new})
        for row in new:
            log.warning(
                "left out a row that does not validate: %s (open the workspace in the app to fix or drop it)",
                row,
            )

    def forget(self, table: str, row_id: int) -> None:
        with self._lock:
            self._rows = {k: v for k, v in self._rows.items() if (k[0], k[1]) != (table, row_id)}

    def rows(self) -> list[BadRow]:
        with self._lock:
            return sorted(self._rows.values(), key=lambda b: (b.table, b.row_id, b.field))


def validated(record_type: type[BaseModel], table: str, row: Any) -> BaseModel:
    """`row` as a record, or BadRowError naming each field that does not validate."""
    try:
        return record_type.model_validate(row, from_attributes=not isinstance(row, dict))
    except ValidationError as exc:
        raise BadRowError(bad_fields(table, row, exc)) from None


def scan(workspace: Workspace) -> list[BadRow]:
    """Every stored row that does not validate (one query per table, no ORM objects)."""
    quarantine = workspace.repos.quarantine
    for repo in _entity_repositories(workspace):
        table = repo.row_type.__table__  # type: ignore[attr-defined]
        extra: dict[str, Any] = (
            {"stakeholder_ids": []} if "stakeholder_ids" in repo.record_type.model_fields else {}
        )
        with workspace.read() as session:
            for row in session.execute(select(table)).mappings():
                try:
                    repo.record_type.model_validate({**row, **extra})
                except ValidationError as exc:
                    quarantine.note(bad_fields(table.name, dict(row), exc))
    return quarantine.rows()


def fix(workspace: Workspace, bad: BadRow, value: Any) -> None:
    """Set the bad field to `value` (validated like any edit); the row is read again."""
    _repository(workspace, bad.table).update(bad.row_id, **{bad.field: value})
    workspace.repos.quarantine.forget(bad.table, bad.row_id)


def drop(workspace: Workspace, bad: BadRow) -> None:
    """Delete the bad row (and what belongs to it), logged like any delete."""
    _repository(workspace, bad.table).delete(bad.row_id)
    workspace.repos.quarantine.forget(bad.table, bad.row_id)


def _entity_repositories(workspace: Workspace) -> list[EntityRepository[Any, Any]]:
    repos = workspace.repos
    return [
        repos.accounts,
        repos.stakeholders,
        repos.relationships,
        repos.pursuits,
        repos.committee,
        repos.priorities,
        repos.messages,
    ]


def _repository(workspace: Workspace, table: str) -> EntityRepository[Any, Any]:
    for repo in _entity_repositories(workspace):
        if repo.row_type.__tablename__ == table:
            return repo
    raise StorageError(f"no table {table} holds editable rows")
