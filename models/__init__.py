"""Domain model of Consensus: SQLModel tables, enums and plain records. No Qt here.

The enums are plain Python and load at once. The tables and records load on first use
(PEP 562): they pull in SQLAlchemy, SQLModel and pydantic, about half a second that the
window's first frame should not wait for.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from models.enums import (
    MOBILIZERS,
    TALKERS,
    BuyingRole,
    BuyingStage,
    ChangeAction,
    Function,
    MessageStatus,
    PriorityKind,
    Profile,
    PursuitStatus,
    RelationshipKind,
    Stance,
)

if TYPE_CHECKING:
    from models.tables import (
        Account,
        AccountData,
        AccountRecord,
        ChangeLogEntry,
        ChangeRecord,
        CommitteeMember,
        CommitteeMemberData,
        CommitteeMemberRecord,
        Message,
        MessageData,
        MessageRecipient,
        MessageRecord,
        NodePosition,
        Priority,
        PriorityData,
        PriorityRecord,
        PriorityVector,
        Pursuit,
        PursuitData,
        PursuitRecord,
        Relationship,
        RelationshipData,
        RelationshipRecord,
        Stakeholder,
        StakeholderData,
        StakeholderRecord,
        WorkspaceUser,
    )


def __getattr__(name: str) -> Any:
    if name in __all__:  # not an enum (those are here already): a table or a record
        return getattr(import_module("models.tables"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "MOBILIZERS",
    "TALKERS",
    "Account",
    "AccountData",
    "AccountRecord",
    "BuyingRole",
    "BuyingStage",
    "ChangeAction",
    "ChangeLogEntry",
    "ChangeRecord",
    "CommitteeMember",
    "CommitteeMemberData",
    "CommitteeMemberRecord",
    "Function",
    "Message",
    "MessageData",
    "MessageRecipient",
    "MessageRecord",
    "MessageStatus",
    "NodePosition",
    "Priority",
    "PriorityData",
    "PriorityKind",
    "PriorityRecord",
    "PriorityVector",
    "Profile",
    "Pursuit",
    "PursuitData",
    "PursuitRecord",
    "PursuitStatus",
    "Relationship",
    "RelationshipData",
    "RelationshipKind",
    "RelationshipRecord",
    "Stakeholder",
    "StakeholderData",
    "StakeholderRecord",
    "Stance",
    "WorkspaceUser",
]
