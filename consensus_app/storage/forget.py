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

from sqlalchemy import Table, delete, func, or_, text, update
from sqlalchemy import select as select_columns
from sqlmodel import Session, SQLModel, col, select

from consensus_app.i18n import _, ngettext
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
# The free text, at the person's account, where a colleague, a message or the history can name or
# quote them; True where their own statements are looked for too. Labels (pursuit names, themes)
# and another person's own words (their name, priorities, a shared wish) stay as they are.
_MENTIONS: dict[tuple[str, str], bool] = {
    ("account", "notes"): True,
    ("pursuit", "notes"): True,
    ("stakeholder", "notes"): True,
    ("stakeholder", "title"): False,  # "Assistant to <name>"
    ("stakeholder", "personal_win"): False,
    ("relationship", "notes"): True,
    ("committee_member", "evidence"): True,
    ("committee_member", "notes"): True,
    ("message", "title"): True,
    ("message", "body"): True,
    ("plan_step", "title"): True,  # "Reference call with <name>"
    ("journey_step", "note"): True,  # what moved a colleague: "after the call with <name>"
    ("readiness_snapshot", "body"): True,  # a day's assessment: members' names, findings naming them
    ("change_log", "summary"): True,
    ("change_log", "details"): True,
}
# A statement shorter than this ("Security", "Cost reduction") is everyone's vocabulary, not a quote.
_STATEMENT_MIN_WORDS = 4
_STATEMENT_MIN_CHARS_UNSPACED = 10  # Chinese, Japanese: a phrase without spaces
_EXTERNAL_ID_MIN_CHARS = 6  # a short CRM id ("42") is a number in any text
_CHECKPOINT_TRIES = 20


# What was removed, counted in the reader's language ("2 priorities", "우선순위 2개").
_COUNTED = {
    "priorities": lambda n: ngettext("{n} priority", "{n} priorities", n),
    "committee seats": lambda n: ngettext("{n} committee seat", "{n} committee seats", n),
    "ties": lambda n: ngettext("{n} tie", "{n} ties", n),
    "map positions": lambda n: ngettext("{n} map position", "{n} map positions", n),
    "message recipients": lambda n: ngettext("{n} message recipient", "{n} message recipients", n),
    "change-log entries": lambda n: ngettext("{n} change-log entry", "{n} change-log entries", n),
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

    def describe(self, name: str | None = None) -> str:
        """What was done, in the current language (it names nobody but `name`)."""
        name = name or _("the person")
        parts = [
            _COUNTED[what](n).format(n=n) if what in _COUNTED else f"{n} {what}"
            for what, n in self.removed.items()
            if n
        ]
        if parts:
            said = _("Forgot {name}: {parts} removed").format(name=name, parts=", ".join(parts))
        else:
            said = _("Forgot {name}").format(name=name)
        if self.redacted:
            said += ngettext(
                "; {n} mention elsewhere replaced", "; {n} mentions elsewhere replaced", self.redacted
            ).format(n=self.redacted)
        said += "." if self.compacted else _("; the database could not be compacted yet (it is busy).")
        for copy in self.older_copies:
            said += " " + _(
                "The copy made before an upgrade, {copy}, still holds older data: delete it if unneeded."
            ).format(copy=copy)
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
            _("{reference} could be {n} people: {listed}; give their id or e-mail").format(
                reference=repr(reference), n=len(found), listed=listed
            )
        )
    raise NotFoundError(
        _("nobody at this account is called {reference} (give their full name, id or e-mail)").format(
            reference=repr(reference)
        )
    )


def forget_person(workspace: Workspace, stakeholder_id: int) -> ForgetReport:
    """Erase the stakeholder and every trace of them (see the module doc). Cannot be undone."""
    with workspace.write() as session:
        person = session.get(Stakeholder, stakeholder_id)
        if person is None:
            raise NotFoundError(
                _("person {id} does not exist (someone may have removed them)").format(id=stakeholder_id)
            )
        account_id = person.account_id
        if _is_sqlite(workspace):  # freed pages are zeroed, not left holding the old rows
            session.execute(text("PRAGMA secure_delete = ON"))
        removed, identifiers, statements = _remove(session, person)
        redacted = _redact(session, account_id, _patterns(identifiers), _patterns(statements))
        workspace.log_change(
            session,
            action=ChangeAction.DELETE,
            entity="stakeholder",
            summary="Forgot a person at their request (data protection): their record and history are erased",
            account_id=account_id,
        )
    compacted = _compact(workspace)
    return ForgetReport(account_id, removed, redacted, compacted, _older_copies(workspace))


def _remove(session: Session, person: Stakeholder) -> tuple[dict[str, int], list[str], list[str]]:
    """Delete the person, what hangs on them and their change-log entries; return the counts, the
    texts that identify them and their own statements long enough to be a quote (to be found elsewhere)."""
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
    # What identifies them, and what is theirs in their words, wherever a colleague or a message quotes it.
    identifiers = [person.name, person.email, person.phone]
    if person.external_id and len(person.external_id.strip()) >= _EXTERNAL_ID_MIN_CHARS:
        identifiers.append(person.external_id)
    if any(part in person.key.casefold() for part in re.findall(r"\w{3,}", person.name.casefold())):
        identifiers.append(person.key)  # an id made from their name ("s-takeshi-yamamoto")
    statements = [t for t in (person.personal_win, *(p.text for p in priorities)) if t and _is_quote(t)]
    session.execute(delete(Stakeholder).where(col(Stakeholder.id) == sid))  # the rest cascades
    removed = {
        "priorities": len(priorities),
        "committee seats": len(seats),
        "ties": len(ties),
        "map positions": positions,
        "message recipients": recipients,
        "change-log entries": history,
    }
    return removed, [n for n in identifiers if n and n.strip()], statements


def _is_quote(statement: str) -> bool:
    """Whether a statement is long enough that finding it elsewhere means someone quoted it."""
    if len(statement.split()) >= _STATEMENT_MIN_WORDS:
        return True
    unspaced = sum(1 for c in statement if unicodedata.east_asian_width(c) in {"W", "F"})
    return unspaced >= _STATEMENT_MIN_CHARS_UNSPACED


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


def _mention_columns() -> Iterable[tuple[Table, Any, bool]]:
    tables = SQLModel.metadata.tables
    for (table_name, column_name), with_statements in _MENTIONS.items():
        table = tables[table_name]
        yield table, table.c[column_name], with_statements


def _at_account(table: Table, account_id: int) -> Any:
    """The rows of `table` that belong to the account (another account's people are not this one)."""
    if table.name == "account":
        return table.c.id == account_id
    if "account_id" in table.c:
        return table.c.account_id == account_id
    pursuits = SQLModel.metadata.tables["pursuit"]
    return table.c.pursuit_id.in_(select_columns(pursuits.c.id).where(pursuits.c.account_id == account_id))


def _redact(
    session: Session,
    account_id: int,
    identifiers: list[tuple[str, re.Pattern[str]]],
    statements: list[tuple[str, re.Pattern[str]]],
) -> int:
    """Replace every mention left in the account's free text; returns how many fields changed."""
    changed = 0
    for table, column, with_statements in _mention_columns():
        patterns = identifiers + statements if with_statements else identifiers
        if not patterns:
            continue
        pk = next(iter(table.primary_key.columns))
        rows = session.execute(
            select_columns(pk, column).where(
                _at_account(table, account_id),
                or_(*(column.icontains(form, autoescape=True) for form, _ in patterns)),
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
    for _attempt in range(_CHECKPOINT_TRIES):
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
