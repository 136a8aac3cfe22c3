"""Forget a person at their request (a data-protection erasure), everywhere in the workspace.

Deleting a stakeholder is undoable and keeps their history; forgetting is neither. In one
transaction it removes the person's row and everything that hangs on it (priorities, committee
seats, ties, map positions, message recipients: the schema cascades), every change-log entry about
them or about those rows (which hold their old values), and replaces what still names them
elsewhere — a colleague's note, a message quoting their words, another entry's summary — with
REDACTED. One change-log line records that a person was forgotten, without saying who. Then the
SQLite file is checkpointed and vacuumed so that no page, free or in the write-ahead log, still
holds their bytes; on PostgreSQL the touched tables are vacuumed (dead rows dropped from their pages).
"""

from __future__ import annotations

import glob
import json
import logging
import re
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Enum, String, Table, delete, func, or_, text, update
from sqlalchemy import select as select_columns
from sqlmodel import AutoString, Session, SQLModel, col, select

from consensus_app.storage.errors import NotFoundError, StorageError
from consensus_app.storage.migrate import BACKUP_INFIX
from consensus_app.storage.workspace import Workspace
from models import (
    ChangeAction,
    ChangeLogEntry,
    CommitteeMember,
    MessageRecipient,
    NodePosition,
    Priority,
    Relationship,
    Stakeholder,
    StakeholderRecord,
)

log = logging.getLogger(__name__)

REDACTED = "(forgotten person)"
# Text that is not about people: ids, codes, the app's own users.
_SKIPPED_COLUMNS = {"key", "entity", "entity_key", "actor", "actor_id", "origin", "layout", "language"}
_SKIPPED_TABLES = {"workspace_user"}
# Another person's own name and words stay theirs, even when they match (a namesake, a shared wish).
_KEPT_FIELDS = {("stakeholder", "name"), ("priority", "text")}
_CHECKPOINT_TRIES = 20


_SINGULAR = {
    "priorities": "priority",
    "committee seats": "committee seat",
    "ties": "tie",
    "map positions": "map position",
    "message recipients": "message recipient",
    "change-log entries": "change-log entry",
}


class AmbiguousPersonError(NotFoundError):
    """Several people fit the name given: the message lists them."""


@dataclass(frozen=True)
class ForgetReport:
    """What forgetting one person removed, in numbers only (it never names them)."""

    account_id: int
    removed: dict[str, int]
    redacted: int  # text fields elsewhere that named them, now saying REDACTED
    compacted: bool  # the database file holds none of the old bytes any more
    older_copies: list[Path] = field(default_factory=list)  # copies made before an upgrade

    def describe(self, name: str = "the person") -> str:
        parts = [f"{n} {what if n != 1 else _SINGULAR[what]}" for what, n in self.removed.items() if n]
        said = f"Forgot {name}"
        if parts:
            said += ": " + ", ".join(parts) + " removed"
        if self.redacted:
            said += f"; {self.redacted} mention{'s' if self.redacted != 1 else ''} elsewhere replaced"
        said += "." if self.compacted else "; the database could not be compacted yet (it is busy)."
        for copy in self.older_copies:
            said += (
                f" The copy made before an upgrade, {copy}, still holds older data: delete it if unneeded."
            )
        return said


def _plain(value: str) -> str:
    return " ".join(unicodedata.normalize("NFC", value).split()).casefold()


def find_person(workspace: Workspace, account_id: int, reference: str) -> StakeholderRecord:
    """The one person at the account whose name, id or e-mail is `reference` (exactly, without case)."""
    people = workspace.repos.stakeholders.for_account(account_id)
    wanted = _plain(reference)
    found = [
        p
        for p in people
        if wanted in {_plain(p.name), _plain(p.key), _plain(p.email or ""), _plain(p.external_id or "")}
    ]
    if len(found) == 1:
        return found[0]
    if found:
        listed = "; ".join(
            f"{p.name} ({', '.join(x for x in (p.title, p.email, p.key) if x)})" for p in found
        )
        raise AmbiguousPersonError(
            f"{reference!r} could be {len(found)} people: {listed}; give their id or e-mail"
        )
    raise NotFoundError(
        f"nobody at this account is called {reference!r} (give their full name, id or e-mail)"
    )


def forget_person(workspace: Workspace, stakeholder_id: int) -> ForgetReport:
    """Erase the stakeholder and every trace of them (see the module doc). Cannot be undone."""
    with workspace.write() as session:
        person = session.get(Stakeholder, stakeholder_id)
        if person is None:
            raise NotFoundError(
                f"stakeholder {stakeholder_id} does not exist (someone may have removed them)"
            )
        account_id = person.account_id
        if _is_sqlite(workspace):  # freed pages are zeroed, not left holding the old rows
            session.execute(text("PRAGMA secure_delete = ON"))
        removed, needles = _remove(session, person)
        redacted = _redact(session, _patterns(needles))
        workspace.log_change(
            session,
            action=ChangeAction.DELETE,
            entity="stakeholder",
            summary="Forgot a person at their request (data protection): their record and history are erased",
            account_id=account_id,
        )
    compacted = _compact(workspace)
    return ForgetReport(account_id, removed, redacted, compacted, _older_copies(workspace))


def _remove(session: Session, person: Stakeholder) -> tuple[dict[str, int], list[str]]:
    """Delete the person, what hangs on them and their change-log entries; return the counts and the
    texts that identify them (to be found elsewhere)."""
    sid, account_id = person.id, person.account_id
    priorities = session.exec(select(Priority).where(col(Priority.stakeholder_id) == sid)).all()
    seats = session.exec(select(CommitteeMember).where(col(CommitteeMember.stakeholder_id) == sid)).all()
    ties = session.exec(
        select(Relationship).where(
            or_(col(Relationship.source_id) == sid, col(Relationship.target_id) == sid)
        )
    ).all()
    positions = _count(session, NodePosition, col(NodePosition.stakeholder_id) == sid)
    recipients = _count(session, MessageRecipient, col(MessageRecipient.stakeholder_id) == sid)
    owned = {
        "stakeholder": [person.key],
        "priority": [p.key for p in priorities],
        "committee member": [s.key for s in seats],
        "relationship": [r.key for r in ties],
    }
    history = 0
    for entity, keys in owned.items():
        mine = (
            (col(ChangeLogEntry.account_id) == account_id)
            & (col(ChangeLogEntry.entity) == entity)
            & col(ChangeLogEntry.entity_key).in_(keys)
        )
        history += _count(session, ChangeLogEntry, mine)
        session.execute(delete(ChangeLogEntry).where(mine))
    # What identifies them, or is theirs in their words, wherever a colleague or a message quotes it.
    needles = [
        person.name,
        person.email,
        person.phone,
        person.external_id,
        person.personal_win,
        *(p.text for p in priorities),
    ]
    if any(part in person.key.casefold() for part in re.findall(r"\w{3,}", person.name.casefold())):
        needles.append(person.key)  # an id made from their name ("s-takeshi-yamamoto")
    session.execute(delete(Stakeholder).where(col(Stakeholder.id) == sid))  # the rest cascades
    removed = {
        "priorities": len(priorities),
        "committee seats": len(seats),
        "ties": len(ties),
        "map positions": positions,
        "message recipients": recipients,
        "change-log entries": history,
    }
    return removed, [n for n in needles if n and n.strip()]


def _count(session: Session, table: type[SQLModel], condition: Any) -> int:
    return int(session.execute(select(func.count()).select_from(table).where(condition)).scalar_one())


def _patterns(needles: Iterable[str]) -> list[tuple[str, re.Pattern[str]]]:
    """For each identifying text: a fragment to find rows with, and the exact pattern to replace.

    Whole words only (a person called "Li" leaves "Limited" alone); texts stored inside JSON
    (change-log details) may have quotes or non-ASCII letters escaped, so those forms count too."""
    patterns = []
    for needle in {n.strip() for n in needles}:
        for form in {needle, json.dumps(needle)[1:-1], json.dumps(needle, ensure_ascii=False)[1:-1]}:
            before = r"(?<!\w)" if form[0].isalnum() else ""
            after = r"(?!\w)" if form[-1].isalnum() else ""
            patterns.append((form, re.compile(before + re.escape(form) + after, re.IGNORECASE)))
    return patterns


def _text_columns() -> Iterable[tuple[Table, Any]]:
    for table in SQLModel.metadata.sorted_tables:
        if table.name in _SKIPPED_TABLES or len(table.primary_key.columns) != 1:
            continue
        for column in table.columns:
            skipped = column.name in _SKIPPED_COLUMNS or (table.name, column.name) in _KEPT_FIELDS
            if not skipped and _holds_text(column.type):
                yield table, column


def _holds_text(kind: Any) -> bool:
    if isinstance(kind, Enum):  # stored codes, never people's words
        return False
    return isinstance(kind, String | AutoString)  # SQLModel's AutoString decorates a String


def _redact(session: Session, patterns: list[tuple[str, re.Pattern[str]]]) -> int:
    """Replace every mention left in any text of the workspace; returns how many fields changed."""
    if not patterns:
        return 0
    changed = 0
    for table, column in _text_columns():
        pk = next(iter(table.primary_key.columns))
        rows = session.execute(
            select_columns(pk, column).where(
                or_(*(column.icontains(form, autoescape=True) for form, _ in patterns))
            )
        ).all()
        for row_id, value in rows:
            new = value
            for _form, pattern in patterns:
                new = pattern.sub(REDACTED, new)
            if new != value:
                session.execute(update(table).where(pk == row_id).values({column.name: new}))
                changed += 1
    return changed


def _is_sqlite(workspace: Workspace) -> bool:
    return workspace.engine.url.get_backend_name() == "sqlite"


def _compact(workspace: Workspace) -> bool:
    """Rewrite the storage so the erased bytes are gone from the file (and its write-ahead log)."""
    engine = workspace.engine.execution_options(isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            if not _is_sqlite(workspace):
                for name in (
                    "stakeholder",
                    "priority",
                    "committee_member",
                    "relationship",
                    "change_log",
                    "message",
                ):
                    connection.execute(text(f"VACUUM {name}"))
                return True
            if not _checkpoint(connection):
                return False
            connection.execute(text("VACUUM"))
            return _checkpoint(connection)
    except Exception as exc:  # the erasure is committed; only the compaction is left for later
        log.warning("could not compact the workspace after forgetting a person: %s", type(exc).__name__)
        return False


def _checkpoint(connection: Any) -> bool:
    """Copy the write-ahead log into the file and empty it; False while another reader holds it."""
    for _ in range(_CHECKPOINT_TRIES):
        busy = connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)")).first()[0]
        if not busy:
            return True
        time.sleep(0.05)
    return False


def _older_copies(workspace: Workspace) -> list[Path]:
    database = workspace.engine.url.database
    if not _is_sqlite(workspace) or not database or database == ":memory:":
        return []
    path = Path(database)
    return sorted(path.parent.glob(f"{glob.escape(path.name)}{BACKUP_INFIX}*.bak"))


__all__ = ["REDACTED", "AmbiguousPersonError", "ForgetReport", "StorageError", "find_person", "forget_person"]
