"""Reading the change log, and the names it is read with (its authors, the people it mentions)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlmodel import col, func, select

from models import ChangeLogEntry, ChangeRecord, Stakeholder, WorkspaceUser

if TYPE_CHECKING:
    from consensus_app.storage.workspace import Workspace


class ChangeLogRepository:
    """Read-only: entries are written by the other repositories and by imports."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def since(self, when: datetime, account_id: int | None = None) -> list[ChangeRecord]:
        return self._records(ChangeLogEntry.at >= when, account_id)

    def after(self, entry_id: int, account_id: int | None = None) -> list[ChangeRecord]:
        """Entries newer than `entry_id` (what others did since we last looked)."""
        return self._records(col(ChangeLogEntry.id) > entry_id, account_id)

    def last_id(self) -> int:
        with self._ws.read() as session:
            return session.exec(select(func.max(ChangeLogEntry.id))).one() or 0

    def authors(self) -> dict[str, str]:
        """{user id: the name they go by now} for everyone who has written here."""
        with self._ws.read() as session:
            return dict(session.exec(select(WorkspaceUser.id, WorkspaceUser.display_name)).all())

    def people(self, account_id: int | None = None) -> dict[int, str]:
        """{stakeholder id: name}, for entries that mention people by id (reporting lines)."""
        query = select(Stakeholder.id, Stakeholder.name)
        if account_id is not None:
            query = query.where(Stakeholder.account_id == account_id)
        with self._ws.read() as session:
            return {row_id: name for row_id, name in session.exec(query).all() if row_id is not None}

    def _records(self, condition: Any, account_id: int | None) -> list[ChangeRecord]:
        query = select(ChangeLogEntry).where(condition)
        if account_id is not None:
            query = query.where(ChangeLogEntry.account_id == account_id)
        with self._ws.read() as session:
            rows = session.exec(query.order_by(col(ChangeLogEntry.id)))
            records = [ChangeRecord.model_validate(row, from_attributes=True) for row in rows]
        for record in records:  # SQLite hands back naive datetimes; they were stored as UTC
            if record.at.tzinfo is None:
                record.at = record.at.replace(tzinfo=UTC)
        return records
