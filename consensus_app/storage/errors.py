"""Errors the storage layer raises, each with a message fit to show a user."""

from __future__ import annotations

from typing import Any


class StorageError(Exception):
    """Base of everything the storage layer refuses or cannot do."""


class DatabaseUnavailableError(StorageError):
    """The database cannot be opened or reached."""


class DatabaseUrlError(StorageError):
    """A database URL that cannot be read as meant (never repeated: it may hold a password)."""


class SchemaTooNewError(StorageError):
    """The database was migrated by a newer app than this one."""


class NotFoundError(StorageError):
    pass


class ConstraintError(StorageError):
    """A write the schema refuses: duplicate id, out-of-range value, broken reference."""


class ReportingCycleError(ConstraintError):
    def __init__(self, names: list[str]) -> None:
        self.names = names
        super().__init__("this would make a reporting cycle: " + " → ".join(names))


class ImportConflictError(StorageError):
    """An imported account already exists and replacing it was not asked for."""


class ConcurrentEditError(StorageError):
    """Someone else changed the row after it was read: this edit or delete was not made.

    `current` is the record as it is now (its `version` is what an overwrite must name),
    `changes` what the others changed since the version this user saw, field by field as
    (value then, value now), and `actors` who changed it, from the change log.
    """

    def __init__(
        self,
        entity: str,
        label: str,
        current: Any,
        changes: dict[str, tuple[Any, Any]],
        actors: list[str],
        *,
        seen_version: int | None,
        action: str = "edit",
    ) -> None:
        self.entity = entity
        self.label = label
        self.current = current
        self.changes = changes
        self.actors = actors
        self.seen_version = seen_version
        self.action = action
        who = ", ".join(actors) if actors else "Someone else"
        what = f": {describe_changes(changes)}" if changes else ""
        super().__init__(
            f"{who} changed {entity} {label} after you opened it{what}. Your {action} was not saved."
        )

    @property
    def current_version(self) -> int:
        return int(self.current.version)


def describe_changes(changes: dict[str, tuple[Any, Any]]) -> str:
    """`stance -1 → 2; title CFO → CEO`: what changed, for messages and dialogs."""

    def shown(value: Any) -> str:
        return "(empty)" if value is None or value == "" else str(value)

    return "; ".join(
        f"{name.replace('_', ' ')} {shown(old)} → {shown(new)}" for name, (old, new) in changes.items()
    )


def database_reason(exc: BaseException) -> str:
    """What the database driver said, without the SQL statement or its parameters.

    SQLAlchemy's message quotes the whole statement and, unless the engine hides them, every
    parameter: names, e-mail addresses, notes. Users and logs get the driver's reason only.
    """
    reason = getattr(exc, "orig", None) or exc
    text = str(reason).strip() or type(reason).__name__
    if "\n[SQL:" in text:  # a wrapped error that carries its statement along
        text = text.split("\n[SQL:")[0]
    return without_row_data(text)


def without_row_data(text: str) -> str:
    """PostgreSQL's reason without its `DETAIL:  Failing row contains (…)` line: the whole row."""
    return "\n".join(line for line in text.splitlines() if "Failing row contains" not in line).strip()
