"""Loading everything about one account in a handful of indexed queries."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel
from sqlmodel import Session, col, select

from consensus_app.storage.bad_rows import BadRow, BadRowError, validated
from consensus_app.storage.journey import load_journey
from consensus_app.storage.leavers import load_former_seats
from consensus_app.storage.plan_steps import load_plans
from consensus_app.storage.ratings import load_ratings
from consensus_app.storage.theme_corrections import load_corrections
from models import (
    AccountRecord,
    CommitteeMember,
    CommitteeMemberRecord,
    Message,
    MessageRecipient,
    MessageRecord,
    Priority,
    PriorityRecord,
    Pursuit,
    PursuitRecord,
    Relationship,
    RelationshipRecord,
    Stakeholder,
    StakeholderRecord,
)
from models.snapshot import AccountSnapshot

RecordT = TypeVar("RecordT", bound=BaseModel)


def load_snapshot(
    session: Session, account: AccountRecord, note_bad: Callable[[list[BadRow]], None] | None = None
) -> AccountSnapshot:
    """The account's rows as records. A row that no longer validates is left out (and given to
    `note_bad`), with the rows that need it: a person's ties, priorities and seats."""

    def kept(record: type[RecordT], table: str, row: Any) -> RecordT | None:
        try:
            return validated(record, table, row)  # type: ignore[return-value]
        except BadRowError as exc:
            if note_bad is not None:
                note_bad(exc.bad)
            return None

    def rows(table: Any, record: type[RecordT]) -> list[RecordT]:
        # The columns, not ORM objects: building one per row, then reading its attributes back
        # to validate it, was most of the read (0.1 s for a 500-person account).
        query = select(*_columns(table)).where(table.account_id == account.id).order_by(table.id)
        found = (kept(record, table.__tablename__, dict(row)) for row in session.execute(query).mappings())
        return [r for r in found if r is not None]

    stakeholders: list[StakeholderRecord] = rows(Stakeholder, StakeholderRecord)
    people = {s.id for s in stakeholders}
    for person in stakeholders:
        if person.reports_to_id is not None and person.reports_to_id not in people:
            person.reports_to_id = None
    pursuits: list[PursuitRecord] = rows(Pursuit, PursuitRecord)
    committee: dict[int, list[CommitteeMemberRecord]] = {p.id: [] for p in pursuits}
    members = session.execute(
        select(*_columns(CommitteeMember))
        .where(col(CommitteeMember.pursuit_id).in_(list(committee)))
        .order_by(col(CommitteeMember.id))
    )
    for member in members.mappings():
        seat = kept(CommitteeMemberRecord, "committee_member", dict(member))
        if seat is not None and seat.stakeholder_id in people:
            committee[member["pursuit_id"]].append(seat)

    recipients: dict[int, list[int]] = defaultdict(list)
    pairs = session.exec(
        select(MessageRecipient.message_id, MessageRecipient.stakeholder_id)
        .join(Message, col(Message.id) == MessageRecipient.message_id)
        .where(Message.account_id == account.id)
        .order_by(col(MessageRecipient.stakeholder_id))
    )
    for message_id, stakeholder_id in pairs:
        if stakeholder_id in people:
            recipients[message_id].append(stakeholder_id)
    messages: list[MessageRecord] = []
    query = select(Message).where(Message.account_id == account.id).order_by(col(Message.id))
    for row in session.exec(query):
        fields = {**row.model_dump(), "stakeholder_ids": recipients[row.id]}  # type: ignore[index]
        message = kept(MessageRecord, "message", fields)
        if message is not None:
            messages.append(message)
    known_pursuits = {p.id for p in pursuits}
    priorities = [p for p in rows(Priority, PriorityRecord) if p.stakeholder_id in people]
    scoped: list[PriorityRecord | MessageRecord] = [*priorities, *messages]
    for item in scoped:
        if item.pursuit_id is not None and item.pursuit_id not in known_pursuits:
            item.pursuit_id = None
    return AccountSnapshot(
        account=account,
        stakeholders=stakeholders,
        relationships=[
            r
            for r in rows(Relationship, RelationshipRecord)
            if r.source_id in people and r.target_id in people
        ],
        priorities=priorities,
        pursuits=pursuits,
        committee=committee,
        messages=messages,
        plans=load_plans(session, known_pursuits, people, kept),
        theme_corrections=load_corrections(session, account.id) or None,
        former_seats=load_former_seats(session, known_pursuits, people, kept),
        journey=load_journey(session, known_pursuits, people, kept),
        ratings=[r for r in load_ratings(session, account_id=account.id) if r.stakeholder_id in people],
    )


def _columns(table: Any) -> list[Any]:
    """The table's columns as the ORM's attributes: a query of them reads plain rows (and flushes
    pending changes first, as a query of the table's objects does)."""
    return [getattr(table, column.key) for column in table.__table__.columns]
