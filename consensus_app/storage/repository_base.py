"""The shared shape of a repository: get, list, create, update, delete, each logged.

Every write validates through the entity's `*Data` model first (so a 10,000-character
name or a stance of 7 is refused with the field named), runs inside `Workspace.write`,
and records who changed what in the change log.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from pydantic import BaseModel, ValidationError
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session, SQLModel, col, select

from consensus_app.core.text_checks import forbidden_character
from consensus_app.i18n import N_, _
from consensus_app.storage.bad_rows import BadRowError, Quarantine, validated
from consensus_app.storage.errors import ConcurrentEditError, ConstraintError, NotFoundError, StorageError
from consensus_app.storage.tombstones import Tombstone, bury, exhume
from models import ChangeAction, ChangeLogEntry
from models.enums import KEY_PATTERN, NOT_BLANK

if TYPE_CHECKING:
    from consensus_app.storage.workspace import Workspace

RowT = TypeVar("RowT", bound=SQLModel)
RecordT = TypeVar("RecordT", bound=BaseModel)
T = TypeVar("T")


def new_key(prefix: str) -> str:
    """A stable id for an object made in the app (imported objects keep their own)."""
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def validation_message(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors():
        field = ".".join(str(p) for p in error["loc"]) or "value"
        parts.append(f"{field} {describe_error(error)}")
    return "; ".join(parts)


def describe_error(error: Any) -> str:
    """One pydantic error in words (after the field's name)."""
    ctx = error.get("ctx", {})
    pattern = ctx.get("pattern")
    kind = error["type"]
    if kind == "string_pattern_mismatch" and pattern == NOT_BLANK:
        return _("must not be empty")
    if kind == "string_pattern_mismatch" and pattern == KEY_PATTERN:
        return _("must be one word: no spaces, tabs or line breaks")
    if kind == "string_too_long":
        return _("is too long (at most {limit} characters)").format(limit=ctx.get("max_length"))
    if kind == "less_than_equal":
        return _("must be at most {high}").format(high=_number(ctx.get("le")))
    if kind == "greater_than_equal":
        return _("must be at least {low}").format(low=_number(ctx.get("ge")))
    if kind == "string_pattern_mismatch":
        return _("has the wrong form ({value})").format(value=repr(error["input"])[:40])
    return str(error["msg"][:1].lower() + error["msg"][1:])  # pydantic's English: a rule no column has today


def _number(value: Any) -> str:
    """1e15 as 1,000,000,000,000,000 and 2.0 as 2: a bound as a person writes it."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, int) else str(value)


# What people call each kind of row (`entity` itself is what conflicts and the change log carry).
ENTITY_WORDS = {
    "account": N_("account"),
    "stakeholder": N_("person"),
    "relationship": N_("tie"),
    "pursuit": N_("pursuit"),
    "committee member": N_("committee seat"),
    "priority": N_("priority"),
    "message": N_("message"),
    "plan step": N_("plan step"),
}


def entity_words(entity: str) -> str:
    """ "person" for "stakeholder", in the current language."""
    word = ENTITY_WORDS.get(entity)
    return _(word) if word is not None else entity


class EntityRepository(Generic[RowT, RecordT]):
    row_type: ClassVar[type[SQLModel]]
    data_type: ClassVar[type[SQLModel]]
    record_type: ClassVar[type[BaseModel]]
    entity: ClassVar[str]
    key_prefix: ClassVar[str]

    def __init__(self, workspace: Workspace, quarantine: Quarantine | None = None) -> None:
        self._ws = workspace
        self._quarantine = quarantine or Quarantine()

    # --- reading ----------------------------------------------------------------

    def get(self, row_id: int) -> RecordT:
        with self._ws.read() as session:
            return self._record(session, self._row(session, row_id))

    def list_where(self, **filters: Any) -> list[RecordT]:
        with self._ws.read() as session:
            rows = session.exec(
                select(self.row_type).filter_by(**filters).order_by(self.row_type.id)  # type: ignore[attr-defined]
            )
            return [record for row in rows if (record := self._readable(session, row)) is not None]

    def _readable(self, session: Session, row: Any) -> RecordT | None:
        """The row's record; a row that no longer validates is left out and named once."""
        try:
            return self._record(session, row)
        except BadRowError as exc:
            self._quarantine.note(exc.bad)
            return None

    # --- writing ----------------------------------------------------------------

    def create(self, **fields: Any) -> RecordT:
        fields.setdefault("key", new_key(self.key_prefix))
        with self._ws.write() as session:
            row = self.row_type(**self._validated(fields))
            self._check(session, row)
            session.add(row)
            session.flush()
            self._log(session, row, ChangeAction.CREATE, f"Added {self.entity} {self._label(session, row)}")
            return self._record(session, row)

    def update(self, row_id: int, expected_version: int | None = None, **changes: Any) -> RecordT:
        """Change fields of a row; its version goes up by one.

        With `expected_version` (the version the user saw), a row someone else changed since
        is left alone and ConcurrentEditError says what they changed. Without it the last
        writer wins, retrying if another write lands between this one's read and its UPDATE.
        """
        return self._versioned_write(
            row_id, expected_version, "edit", lambda s, row: self._apply(s, row, changes)
        )

    def _apply(self, session: Session, row: Any, changes: dict[str, Any]) -> RecordT:
        current = row.model_dump(exclude={"version"})
        unknown = sorted(set(changes) - set(current))
        if unknown:
            raise ConstraintError(f"{self.entity} has no field(s) {', '.join(unknown)}")
        merged = self._validated({**current, **changes}, typed=changes)
        diff = {k: [current[k], merged[k]] for k in changes if current[k] != merged[k]}
        if not diff:
            return self._record(session, row)
        for name, (_old, new) in diff.items():
            setattr(row, name, new)
        self._check(session, row)
        session.flush()  # UPDATE ... WHERE version = the one read: StaleDataError if it moved on
        label = self._label(session, row)
        self._log(session, row, ChangeAction.UPDATE, f"Changed {', '.join(diff)} of {label}", diff)
        return self._record(session, row)

    def delete(self, row_id: int, expected_version: int | None = None) -> Tombstone:
        """Delete the row (and what cascades from it); the tombstone lets undo restore it all.

        With `expected_version`, a row someone else changed since the user saw it is not
        deleted: ConcurrentEditError says what they changed.
        """

        def remove(session: Session, row: Any) -> Tombstone:
            label = self._label(session, row)
            self._log(
                session,
                row,
                ChangeAction.DELETE,
                f"Removed {self.entity} {label}",
                scope=self._delete_scope(session, row),
            )
            tombstone = bury(session.connection(), self.row_type.__tablename__, row_id)  # type: ignore[arg-type]
            session.delete(row)
            session.flush()  # DELETE ... WHERE version = the one read
            return tombstone

        return self._versioned_write(row_id, expected_version, "delete", remove)

    def restore(self, tombstone: Tombstone) -> RecordT:
        """Undo a delete: the row comes back with its id, key and everything that went with it."""
        with self._ws.write() as session:
            exhume(session.connection(), tombstone)
            row = self._row(session, tombstone.row_id)
            self._log(
                session, row, ChangeAction.CREATE, f"Restored {self.entity} {self._label(session, row)}"
            )
            return self._record(session, row)

    # --- concurrent edits ----------------------------------------------------------

    def _versioned_write(
        self, row_id: int, expected_version: int | None, action: str, write: Callable[[Session, Any], T]
    ) -> T:
        """Run `write` on the row in a transaction, refusing it if the row moved past the version seen."""
        seen: list[int] = []
        for attempt in range(self._attempts(expected_version)):
            try:
                with self._ws.write() as session:
                    row = self._row(session, row_id)
                    seen.append(row.version)
                    if expected_version is not None and row.version != expected_version:
                        raise self._conflict(session, row, expected_version, action)
                    return write(session, row)
            except StaleDataError:
                if attempt + 1 == self._attempts(expected_version):
                    raise self._conflict_after_race(row_id, expected_version or seen[-1], action) from None
        raise AssertionError("unreachable")

    def _attempts(self, expected_version: int | None) -> int:
        """Last-writer-wins calls retry a lost race; inside a larger write there is no retry."""
        return 1 if expected_version is not None or self._ws.in_write else 3

    def _conflict(self, session: Session, row: Any, seen_version: int, action: str) -> ConcurrentEditError:
        """What others changed since `seen_version`, from the change log (one entry per UPDATE)."""
        account_id, pursuit_id = self._scope(session, row)
        query = select(ChangeLogEntry).where(
            ChangeLogEntry.entity == self.entity,
            ChangeLogEntry.entity_key == row.key,
            ChangeLogEntry.action == ChangeAction.UPDATE,
            ChangeLogEntry.account_id == account_id,
        )
        if pursuit_id is not None and self.entity != "pursuit":
            query = query.where(ChangeLogEntry.pursuit_id == pursuit_id)
        missed = max(row.version - seen_version, 0)
        entries = list(session.exec(query.order_by(col(ChangeLogEntry.id).desc()).limit(missed)))[::-1]
        changes: dict[str, tuple[Any, Any]] = {}
        actors: list[str] = []
        for entry in entries:
            for name, (old, new) in json.loads(entry.details or "{}").items():
                changes[name] = (changes[name][0] if name in changes else old, new)
            if entry.actor not in actors:
                actors.append(entry.actor)
        changes = {k: (old, new) for k, (old, new) in changes.items() if old != new}
        return ConcurrentEditError(
            self.entity,
            self._label(session, row),
            self._record(session, row),
            changes,
            actors,
            seen_version=seen_version,
            action=action,
        )

    def _conflict_after_race(self, row_id: int, seen_version: int, action: str) -> StorageError:
        """Another transaction committed between this one's read and its write: say what it did."""
        with self._ws.read() as session:
            row = session.get(self.row_type, row_id)
            if row is None:
                return NotFoundError(
                    _("{what} {id} was deleted by someone else").format(
                        what=entity_words(self.entity), id=row_id
                    )
                )
            return self._conflict(session, row, seen_version, action)

    # --- hooks for each entity ------------------------------------------------------

    def _check(self, session: Session, row: Any) -> None:
        """Refuse writes the schema cannot express (cycles, cross-account references)."""

    def _label(self, session: Session, row: Any) -> str:
        return str(getattr(row, "name", None) or row.key)

    def _scope(self, session: Session, row: Any) -> tuple[int | None, int | None]:
        """(account id, pursuit id) the change belongs to, for the change log."""
        return row.account_id, getattr(row, "pursuit_id", None)

    def _delete_scope(self, session: Session, row: Any) -> tuple[int | None, int | None]:
        return self._scope(session, row)

    def _record(self, session: Session, row: Any) -> RecordT:
        return validated(self.record_type, str(self.row_type.__tablename__), row)  # type: ignore[return-value]

    # --- plumbing -------------------------------------------------------------------

    def _row(self, session: Session, row_id: int) -> Any:
        row = session.get(self.row_type, row_id)
        if row is None:
            raise NotFoundError(
                _("{what} {id} does not exist (it may have been deleted)").format(
                    what=entity_words(self.entity), id=row_id
                )
            )
        return row

    def _validated(self, fields: dict[str, Any], typed: dict[str, Any] | None = None) -> dict[str, Any]:
        """Validate the user-editable fields; keys (ids) pass through unchanged.

        Text the user `typed` (all of `fields` when None) must hold no character PostgreSQL or
        an XML export cannot; text stored before that check does not block other edits.
        """
        data_fields = self.data_type.model_fields
        for name, value in (fields if typed is None else typed).items():
            if isinstance(value, str) and (reason := forbidden_character(value)):
                raise ConstraintError(f"{self.entity}: {name} {reason}")
        try:
            data = self.data_type.model_validate({k: v for k, v in fields.items() if k in data_fields})
        except ValidationError as exc:
            raise ConstraintError(f"{self.entity}: {validation_message(exc)}") from exc
        return {**fields, **{k: getattr(data, k) for k in data_fields}}

    def _log(
        self,
        session: Session,
        row: Any,
        action: ChangeAction,
        summary: str,
        details: dict[str, Any] | None = None,
        scope: tuple[int | None, int | None] | None = None,
    ) -> None:
        account_id, pursuit_id = scope or self._scope(session, row)
        self._ws.log_change(
            session,
            action=action,
            entity=self.entity,
            summary=summary,
            account_id=account_id,
            pursuit_id=pursuit_id,
            entity_key=row.key,
            details=details,
        )
