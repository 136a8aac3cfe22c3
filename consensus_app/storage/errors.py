"""Errors the storage layer raises, each with a message fit to show a user."""

from __future__ import annotations


class StorageError(Exception):
    """Base of everything the storage layer refuses or cannot do."""


class DatabaseUnavailableError(StorageError):
    """The database cannot be opened or reached."""


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
