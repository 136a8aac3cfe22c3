"""Loading everything about one account in a handful of indexed queries."""

from __future__ import annotations

from collections import defaultdict
from typing import Any, TypeVar

from pydantic import BaseModel
from sqlmodel import Session, col, select

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


def load_snapshot(session: Session, account: AccountRecord) -> AccountSnapshot:
    def rows(table: Any, record: type[RecordT]) -> list[RecordT]:
        query = select(table).where(table.account_id == account.id).order_by(table.id)
        return [record.model_validate(row, from_attributes=True) for row in session.exec(query)]

    pursuits: list[PursuitRecord] = rows(Pursuit, PursuitRecord)
    committee: dict[int, list[CommitteeMemberRecord]] = {p.id: [] for p in pursuits}
    members = session.exec(
        select(CommitteeMember)
        .where(col(CommitteeMember.pursuit_id).in_(list(committee)))
        .order_by(col(CommitteeMember.id))
    )
    for member in members:
        committee[member.pursuit_id].append(
            CommitteeMemberRecord.model_validate(member, from_attributes=True)
        )

    recipients: dict[int, list[int]] = defaultdict(list)
    pairs = session.exec(
        select(MessageRecipient.message_id, MessageRecipient.stakeholder_id)
        .join(Message, col(Message.id) == MessageRecipient.message_id)
        .where(Message.account_id == account.id)
        .order_by(col(MessageRecipient.stakeholder_id))
    )
    for message_id, stakeholder_id in pairs:
        recipients[message_id].append(stakeholder_id)
    messages = [
        MessageRecord.model_validate({**row.model_dump(), "stakeholder_ids": recipients[row.id]})  # type: ignore[index]
        for row in session.exec(
            select(Message).where(Message.account_id == account.id).order_by(col(Message.id))
        )
    ]
    return AccountSnapshot(
        account=account,
        stakeholders=rows(Stakeholder, StakeholderRecord),
        relationships=rows(Relationship, RelationshipRecord),
        priorities=rows(Priority, PriorityRecord),
        pursuits=pursuits,
        committee=committee,
        messages=messages,
    )
