"""One repository per entity; each returns plain records (see repository_base.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import delete as sql_delete
from sqlalchemy import insert
from sqlmodel import Session, col, select

from consensus_app.core.hierarchy import would_create_cycle
from consensus_app.i18n import N_, _
from consensus_app.storage.bad_rows import Quarantine, validated
from consensus_app.storage.change_log import ChangeLogRepository
from consensus_app.storage.errors import ConstraintError, ReportingCycleError
from consensus_app.storage.journey import JourneyRepository
from consensus_app.storage.leavers import FormerSeatRepository
from consensus_app.storage.plan_steps import PlanStepRepository
from consensus_app.storage.positions import PositionRepository
from consensus_app.storage.ratings import RatingRepository
from consensus_app.storage.repository_base import EntityRepository
from consensus_app.storage.snapshots import load_snapshot
from consensus_app.storage.theme_corrections import ThemeCorrectionRepository
from models import (
    Account,
    AccountData,
    AccountRecord,
    CommitteeMember,
    CommitteeMemberData,
    CommitteeMemberRecord,
    Message,
    MessageData,
    MessageRecipient,
    MessageRecord,
    Priority,
    PriorityData,
    PriorityRecord,
    Pursuit,
    PursuitData,
    PursuitRecord,
    Relationship,
    RelationshipData,
    RelationshipRecord,
    Stakeholder,
    StakeholderData,
    StakeholderRecord,
)
from models.snapshot import AccountSnapshot

if TYPE_CHECKING:
    from consensus_app.storage.workspace import Workspace


def _same_account(session: Session, table: Any, row_id: int | None, account_id: int, what: str) -> None:
    if row_id is None:
        return
    found = session.get(table, row_id)
    if found is None:
        raise ConstraintError(_("{what} does not exist").format(what=_(what)))
    if found.account_id != account_id:
        raise ConstraintError(_("{what} belongs to another account").format(what=_(what)))


class AccountRepository(EntityRepository[Account, AccountRecord]):
    row_type = Account
    data_type = AccountData
    record_type = AccountRecord
    entity = "account"
    key_prefix = "acct"

    def list(self) -> list[AccountRecord]:
        return self.list_where()

    def find_by_key(self, key: str) -> AccountRecord | None:
        found = self.list_where(key=key)
        return found[0] if found else None

    def snapshot(self, account_id: int) -> AccountSnapshot:
        with self._ws.read() as session:
            account = self._record(session, self._row(session, account_id))
            return load_snapshot(session, account, self._quarantine.note)

    def _scope(self, session: Session, row: Any) -> tuple[int | None, int | None]:
        return row.id, None

    def _delete_scope(self, session: Session, row: Any) -> tuple[int | None, int | None]:
        return None, None  # the account's own history goes with it; this line stays


class StakeholderRepository(EntityRepository[Stakeholder, StakeholderRecord]):
    row_type = Stakeholder
    data_type = StakeholderData
    record_type = StakeholderRecord
    entity = "stakeholder"
    key_prefix = "s"

    def for_account(self, account_id: int) -> list[StakeholderRecord]:
        return self.list_where(account_id=account_id)

    def _check(self, session: Session, row: Any) -> None:
        _same_account(session, Stakeholder, row.reports_to_id, row.account_id, N_("the manager"))
        if row.id is None or row.reports_to_id is None:
            return  # nobody reports to a new person yet, so no cycle can close
        chart = dict(
            session.exec(
                select(Stakeholder.id, Stakeholder.reports_to_id).where(
                    Stakeholder.account_id == row.account_id
                )
            ).all()
        )
        cycle = would_create_cycle(chart, row.id, row.reports_to_id)
        if cycle:
            names = dict(
                session.exec(
                    select(Stakeholder.id, Stakeholder.name).where(col(Stakeholder.id).in_(cycle))
                ).all()
            )
            raise ReportingCycleError([names[i] for i in cycle])


class RelationshipRepository(EntityRepository[Relationship, RelationshipRecord]):
    row_type = Relationship
    data_type = RelationshipData
    record_type = RelationshipRecord
    entity = "relationship"
    key_prefix = "r"

    def for_account(self, account_id: int) -> list[RelationshipRecord]:
        return self.list_where(account_id=account_id)

    def _check(self, session: Session, row: Any) -> None:
        if row.source_id == row.target_id:
            raise ConstraintError(_("a tie must join two different people"))
        _same_account(session, Stakeholder, row.source_id, row.account_id, N_("the first person"))
        _same_account(session, Stakeholder, row.target_id, row.account_id, N_("the second person"))

    def _label(self, session: Session, row: Any) -> str:
        source, target = session.get(Stakeholder, row.source_id), session.get(Stakeholder, row.target_id)
        names = [s.name if s else "?" for s in (source, target)]
        return f"{row.kind} {names[0]} – {names[1]}"


class PursuitRepository(EntityRepository[Pursuit, PursuitRecord]):
    row_type = Pursuit
    data_type = PursuitData
    record_type = PursuitRecord
    entity = "pursuit"
    key_prefix = "opp"

    def for_account(self, account_id: int) -> list[PursuitRecord]:
        return self.list_where(account_id=account_id)

    def _scope(self, session: Session, row: Any) -> tuple[int | None, int | None]:
        return row.account_id, row.id


class CommitteeRepository(EntityRepository[CommitteeMember, CommitteeMemberRecord]):
    row_type = CommitteeMember
    data_type = CommitteeMemberData
    record_type = CommitteeMemberRecord
    entity = "committee member"
    key_prefix = "m"

    def for_pursuit(self, pursuit_id: int) -> list[CommitteeMemberRecord]:
        return self.list_where(pursuit_id=pursuit_id)

    def _check(self, session: Session, row: Any) -> None:
        pursuit = session.get(Pursuit, row.pursuit_id)
        if pursuit is None:
            raise ConstraintError(_("the pursuit does not exist"))
        _same_account(session, Stakeholder, row.stakeholder_id, pursuit.account_id, N_("the person"))

    def _label(self, session: Session, row: Any) -> str:
        person = session.get(Stakeholder, row.stakeholder_id)
        return person.name if person else row.key

    def _scope(self, session: Session, row: Any) -> tuple[int | None, int | None]:
        pursuit = session.get(Pursuit, row.pursuit_id)
        return (pursuit.account_id if pursuit else None), row.pursuit_id


class PriorityRepository(EntityRepository[Priority, PriorityRecord]):
    row_type = Priority
    data_type = PriorityData
    record_type = PriorityRecord
    entity = "priority"
    key_prefix = "pr"

    def for_stakeholder(self, stakeholder_id: int) -> list[PriorityRecord]:
        return self.list_where(stakeholder_id=stakeholder_id)

    def _check(self, session: Session, row: Any) -> None:
        _same_account(session, Stakeholder, row.stakeholder_id, row.account_id, N_("the person"))
        _same_account(session, Pursuit, row.pursuit_id, row.account_id, N_("the pursuit"))

    def _label(self, session: Session, row: Any) -> str:
        return f"“{row.text[:60]}”"


class MessageRepository(EntityRepository[Message, MessageRecord]):
    row_type = Message
    data_type = MessageData
    record_type = MessageRecord
    entity = "message"
    key_prefix = "msg"

    def for_account(self, account_id: int) -> list[MessageRecord]:
        return self.list_where(account_id=account_id)

    def set_recipients(self, message_id: int, stakeholder_ids: list[int]) -> MessageRecord:
        with self._ws.write() as session:
            row = self._row(session, message_id)
            for stakeholder_id in stakeholder_ids:
                _same_account(session, Stakeholder, stakeholder_id, row.account_id, N_("the person"))
            session.execute(
                sql_delete(MessageRecipient).where(col(MessageRecipient.message_id) == message_id)
            )
            if stakeholder_ids:
                session.execute(
                    insert(MessageRecipient),
                    [{"message_id": message_id, "stakeholder_id": s} for s in dict.fromkeys(stakeholder_ids)],
                )
            return self._record(session, row)

    def _check(self, session: Session, row: Any) -> None:
        _same_account(session, Pursuit, row.pursuit_id, row.account_id, N_("the pursuit"))

    def _label(self, session: Session, row: Any) -> str:
        return f"“{row.title}”"

    def _record(self, session: Session, row: Any) -> MessageRecord:
        recipients = session.exec(
            select(MessageRecipient.stakeholder_id)
            .where(MessageRecipient.message_id == row.id)
            .order_by(col(MessageRecipient.stakeholder_id))
        ).all()
        fields = {**row.model_dump(), "stakeholder_ids": list(recipients)}
        return validated(MessageRecord, "message", fields)  # type: ignore[return-value]


class Repositories:
    """All repositories of a workspace, built once and passed down."""

    def __init__(self, workspace: Workspace) -> None:
        # Rows that no longer validate, met by any read (see bad_rows.py).
        self.quarantine = quarantine = Quarantine()
        self.accounts = AccountRepository(workspace, quarantine)
        self.stakeholders = StakeholderRepository(workspace, quarantine)
        self.relationships = RelationshipRepository(workspace, quarantine)
        self.pursuits = PursuitRepository(workspace, quarantine)
        self.committee = CommitteeRepository(workspace, quarantine)
        self.priorities = PriorityRepository(workspace, quarantine)
        self.messages = MessageRepository(workspace, quarantine)
        self.journey = JourneyRepository(workspace)  # buying-stage moves (history only, no versions)
        self.former_seats = FormerSeatRepository(workspace)  # seats of people who left the company
        self.changes = ChangeLogRepository(workspace)
        self.theme_corrections = ThemeCorrectionRepository(workspace)
        self.positions = PositionRepository(workspace)
        self.plan_steps = PlanStepRepository(workspace, quarantine)  # the mutual plans
        self.ratings = RatingRepository(workspace)  # colleagues' own views of people (append-only)
