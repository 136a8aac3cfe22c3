"""SQLModel tables of a Consensus workspace, and the plain records repositories return.

Each entity has a `*Data` class with its user-editable fields, a table class that adds
the keys, and a `*Record` class (not a table) that repositories hand out: a plain
validated object, never an ORM row bound to a session.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import CheckConstraint, DateTime, Enum, Index, LargeBinary, Text, UniqueConstraint, text
from sqlalchemy.orm import declared_attr
from sqlmodel import Field, SQLModel

from models.enums import (
    BODY_MAX,
    CURRENCY_PATTERN,
    EXTERNAL_ID_MAX,
    IMPORTANCE_RANGE,
    INFLUENCE_RANGE,
    KEY_MAX,
    KEY_PATTERN,
    LANGUAGE_PATTERN,
    NAME_MAX,
    NOT_BLANK,
    STANCE_RANGE,
    STRENGTH_RANGE,
    TEXT_MAX,
    USER_ID_MAX,
    VALUE_MAX,
    BuyingRole,
    BuyingStage,
    ChangeAction,
    Function,
    MessageStatus,
    PriorityKind,
    Profile,
    PursuitStatus,
    RelationshipKind,
)

# Named constraints let Alembic alter them later (SQLite batch mode needs names).
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _enum(enum_cls: type, name: str) -> Enum:
    """A portable enum column: VARCHAR plus a CHECK, storing the member's value."""
    return Enum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda members: [m.value for m in members],
    )


def _range_check(column: str, bounds: tuple[int, int]) -> CheckConstraint:
    low, high = bounds
    return CheckConstraint(f"{column} BETWEEN {low} AND {high}", name=f"{column}_range")


class Versioned:
    """Optimistic concurrency: every UPDATE and DELETE of a row checks and bumps its `version`.

    SQLAlchemy's version counter emits `UPDATE ... SET version = v + 1 WHERE id = ? AND
    version = v` (the same for DELETE) and raises StaleDataError when another transaction
    got there first, so two people editing one stakeholder never silently overwrite each other.
    A table using this mixin declares the column with `version: int = version_field()`.
    """

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


def version_field() -> Any:
    return Field(default=1, sa_column_kwargs={"server_default": text("1")})


# --- accounts -----------------------------------------------------------------------


class AccountData(SQLModel):
    key: str = Field(max_length=KEY_MAX, schema_extra={"pattern": KEY_PATTERN})
    name: str = Field(max_length=NAME_MAX, schema_extra={"pattern": NOT_BLANK})
    industry: str | None = Field(default=None, max_length=NAME_MAX)
    region: str | None = Field(default=None, max_length=NAME_MAX)
    website: str | None = Field(default=None, max_length=NAME_MAX)
    language: str | None = Field(default=None, max_length=35, schema_extra={"pattern": LANGUAGE_PATTERN})
    notes: str | None = Field(default=None, max_length=TEXT_MAX)


class Account(AccountData, Versioned, table=True):
    id: int | None = Field(default=None, primary_key=True)
    version: int = version_field()
    key: str = Field(max_length=KEY_MAX, schema_extra={"pattern": KEY_PATTERN}, unique=True)


class AccountRecord(AccountData):
    id: int
    version: int = 1


# --- stakeholders -------------------------------------------------------------------


class StakeholderData(SQLModel):
    key: str = Field(max_length=KEY_MAX, schema_extra={"pattern": KEY_PATTERN})
    name: str = Field(max_length=NAME_MAX, schema_extra={"pattern": NOT_BLANK})
    title: str | None = Field(default=None, max_length=NAME_MAX)
    function: Function = Field(default=Function.OTHER, sa_type=_enum(Function, "function"))
    profile: Profile = Field(default=Profile.UNKNOWN, sa_type=_enum(Profile, "profile"))
    personal_win: str | None = Field(default=None, max_length=TEXT_MAX)
    email: str | None = Field(default=None, max_length=254)
    phone: str | None = Field(default=None, max_length=64)
    location: str | None = Field(default=None, max_length=NAME_MAX)
    language: str | None = Field(default=None, max_length=35, schema_extra={"pattern": LANGUAGE_PATTERN})
    notes: str | None = Field(default=None, max_length=TEXT_MAX)
    # The CRM's own id of this contact (Salesforce Contact ID, …): re-imports match on it first.
    external_id: str | None = Field(default=None, max_length=EXTERNAL_ID_MAX)
    # The day this person left the company (schema 0010): the row and its history stay, their
    # seats go to models/leavers.py, and the assessment no longer counts them.
    left_on: date | None = None


class Stakeholder(StakeholderData, Versioned, table=True):
    __table_args__ = (
        UniqueConstraint("account_id", "key"),
        Index("ix_stakeholder_account_id_external_id", "account_id", "external_id", unique=True),
        CheckConstraint("reports_to_id IS NULL OR reports_to_id <> id", name="not_own_manager"),
    )
    id: int | None = Field(default=None, primary_key=True)
    version: int = version_field()
    account_id: int = Field(foreign_key="account.id", ondelete="CASCADE", index=True)
    reports_to_id: int | None = Field(
        default=None, foreign_key="stakeholder.id", ondelete="SET NULL", index=True
    )


class StakeholderRecord(StakeholderData):
    id: int
    version: int = 1
    account_id: int
    reports_to_id: int | None = None


# --- relationships ------------------------------------------------------------------


class RelationshipData(SQLModel):
    key: str = Field(max_length=KEY_MAX, schema_extra={"pattern": KEY_PATTERN})
    kind: RelationshipKind = Field(sa_type=_enum(RelationshipKind, "relationship_kind"))
    strength: int = Field(default=2, ge=STRENGTH_RANGE[0], le=STRENGTH_RANGE[1])
    notes: str | None = Field(default=None, max_length=TEXT_MAX)


class Relationship(RelationshipData, Versioned, table=True):
    __table_args__ = (
        UniqueConstraint("account_id", "key"),
        CheckConstraint("source_id <> target_id", name="not_self"),
        _range_check("strength", STRENGTH_RANGE),
    )
    id: int | None = Field(default=None, primary_key=True)
    version: int = version_field()
    account_id: int = Field(foreign_key="account.id", ondelete="CASCADE", index=True)
    source_id: int = Field(foreign_key="stakeholder.id", ondelete="CASCADE", index=True)
    target_id: int = Field(foreign_key="stakeholder.id", ondelete="CASCADE", index=True)


class RelationshipRecord(RelationshipData):
    id: int
    version: int = 1
    account_id: int
    source_id: int
    target_id: int


# --- pursuits -----------------------------------------------------------------------


class PursuitData(SQLModel):
    key: str = Field(max_length=KEY_MAX, schema_extra={"pattern": KEY_PATTERN})
    name: str = Field(max_length=NAME_MAX, schema_extra={"pattern": NOT_BLANK})
    value: float | None = Field(default=None, ge=0, le=VALUE_MAX)  # also refuses inf and NaN
    currency: str | None = Field(default=None, max_length=3, schema_extra={"pattern": CURRENCY_PATTERN})
    close_date: date | None = None
    stage: BuyingStage = Field(
        default=BuyingStage.PROBLEM_DEFINITION, sa_type=_enum(BuyingStage, "buying_stage")
    )
    status: PursuitStatus = Field(default=PursuitStatus.OPEN, sa_type=_enum(PursuitStatus, "pursuit_status"))
    notes: str | None = Field(default=None, max_length=TEXT_MAX)
    # Who on the account team owns the pursuit (schema 0012): a stable user id (workspace_user.id, no
    # foreign key: imported owners may work elsewhere) and the name they had when made owner, shown
    # when this workspace has no user row for them. None: nobody owns it (pursuits made before 0012).
    owner_id: str | None = Field(default=None, max_length=USER_ID_MAX)
    owner_name: str | None = Field(default=None, max_length=NAME_MAX)


class Pursuit(PursuitData, Versioned, table=True):
    __table_args__ = (
        UniqueConstraint("account_id", "key"),
        CheckConstraint("value IS NULL OR value >= 0", name="value_not_negative"),
    )
    id: int | None = Field(default=None, primary_key=True)
    version: int = version_field()
    account_id: int = Field(foreign_key="account.id", ondelete="CASCADE", index=True)


class PursuitRecord(PursuitData):
    id: int
    version: int = 1
    account_id: int


# --- committee members --------------------------------------------------------------


class CommitteeMemberData(SQLModel):
    key: str = Field(max_length=KEY_MAX, schema_extra={"pattern": KEY_PATTERN})
    role: BuyingRole = Field(default=BuyingRole.INFLUENCER, sa_type=_enum(BuyingRole, "buying_role"))
    approver: bool = False
    stance: int = Field(default=0, ge=STANCE_RANGE[0], le=STANCE_RANGE[1])
    influence: int = Field(default=3, ge=INFLUENCE_RANGE[0], le=INFLUENCE_RANGE[1])
    journey_stage: BuyingStage | None = Field(default=None, sa_type=_enum(BuyingStage, "journey_stage"))
    # The last move of journey_stage (schema 0009): the stage before it and the day of it; the
    # whole history is in models/journey.py.
    journey_from: BuyingStage | None = Field(default=None, sa_type=_enum(BuyingStage, "journey_from"))
    journey_since: date | None = None
    last_engaged: date | None = None
    last_verified: date | None = None
    evidence: str | None = Field(default=None, max_length=TEXT_MAX)
    notes: str | None = Field(default=None, max_length=TEXT_MAX)


class CommitteeMember(CommitteeMemberData, Versioned, table=True):
    __tablename__ = "committee_member"
    __table_args__ = (
        UniqueConstraint("pursuit_id", "stakeholder_id"),
        UniqueConstraint("pursuit_id", "key"),
        _range_check("stance", STANCE_RANGE),
        _range_check("influence", INFLUENCE_RANGE),
    )
    id: int | None = Field(default=None, primary_key=True)
    version: int = version_field()
    pursuit_id: int = Field(foreign_key="pursuit.id", ondelete="CASCADE", index=True)
    stakeholder_id: int = Field(foreign_key="stakeholder.id", ondelete="CASCADE", index=True)


class CommitteeMemberRecord(CommitteeMemberData):
    id: int
    version: int = 1
    pursuit_id: int
    stakeholder_id: int


# --- priorities ---------------------------------------------------------------------


class PriorityData(SQLModel):
    key: str = Field(max_length=KEY_MAX, schema_extra={"pattern": KEY_PATTERN})
    text: str = Field(max_length=TEXT_MAX, schema_extra={"pattern": NOT_BLANK})
    kind: PriorityKind = Field(default=PriorityKind.GOAL, sa_type=_enum(PriorityKind, "priority_kind"))
    importance: int = Field(default=3, ge=IMPORTANCE_RANGE[0], le=IMPORTANCE_RANGE[1])
    language: str | None = Field(default=None, max_length=35, schema_extra={"pattern": LANGUAGE_PATTERN})


class Priority(PriorityData, Versioned, table=True):
    __table_args__ = (
        UniqueConstraint("account_id", "key"),
        _range_check("importance", IMPORTANCE_RANGE),
    )
    id: int | None = Field(default=None, primary_key=True)
    version: int = version_field()
    account_id: int = Field(foreign_key="account.id", ondelete="CASCADE", index=True)
    stakeholder_id: int = Field(foreign_key="stakeholder.id", ondelete="CASCADE", index=True)
    # A pursuit's end keeps the person's words: the priority becomes account-wide.
    pursuit_id: int | None = Field(default=None, foreign_key="pursuit.id", ondelete="SET NULL", index=True)


class PriorityRecord(PriorityData):
    id: int
    version: int = 1
    account_id: int
    stakeholder_id: int
    pursuit_id: int | None = None


# --- messages -----------------------------------------------------------------------


class MessageData(SQLModel):
    key: str = Field(max_length=KEY_MAX, schema_extra={"pattern": KEY_PATTERN})
    title: str = Field(max_length=NAME_MAX, schema_extra={"pattern": NOT_BLANK})
    body: str = Field(max_length=BODY_MAX, schema_extra={"pattern": NOT_BLANK}, sa_type=Text)
    theme: str | None = Field(default=None, max_length=NAME_MAX)
    status: MessageStatus = Field(default=MessageStatus.DRAFT, sa_type=_enum(MessageStatus, "message_status"))
    language: str | None = Field(default=None, max_length=35, schema_extra={"pattern": LANGUAGE_PATTERN})


class Message(MessageData, Versioned, table=True):
    __table_args__ = (UniqueConstraint("account_id", "key"),)
    id: int | None = Field(default=None, primary_key=True)
    version: int = version_field()
    account_id: int = Field(foreign_key="account.id", ondelete="CASCADE", index=True)
    pursuit_id: int | None = Field(default=None, foreign_key="pursuit.id", ondelete="SET NULL", index=True)


class MessageRecipient(SQLModel, table=True):
    """The stakeholders a message speaks to."""

    __tablename__ = "message_recipient"
    message_id: int = Field(foreign_key="message.id", ondelete="CASCADE", primary_key=True)
    stakeholder_id: int = Field(
        foreign_key="stakeholder.id", ondelete="CASCADE", primary_key=True, index=True
    )


class MessageRecord(MessageData):
    id: int
    version: int = 1
    account_id: int
    pursuit_id: int | None = None
    stakeholder_ids: list[int] = []


# --- change log ---------------------------------------------------------------------


class ChangeLogEntry(SQLModel, table=True):
    """One change a person made: who, when, what (for "what changed since the review")."""

    __tablename__ = "change_log"
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_type=DateTime(timezone=True), index=True)
    actor: str = Field(max_length=NAME_MAX)  # the login name (entries before schema 0005 have only this)
    actor_id: str | None = Field(default=None, max_length=USER_ID_MAX)  # workspace_user.id
    origin: str | None = Field(default=None, max_length=USER_ID_MAX)  # the process that wrote it
    account_id: int | None = Field(default=None, foreign_key="account.id", ondelete="CASCADE", index=True)
    # No foreign key: the history of a deleted pursuit stays with its account.
    pursuit_id: int | None = Field(default=None, index=True)
    entity: str = Field(max_length=32)
    entity_key: str | None = Field(default=None, max_length=KEY_MAX)
    action: ChangeAction = Field(sa_type=_enum(ChangeAction, "change_action"))
    summary: str = Field(max_length=TEXT_MAX)
    details: str | None = Field(default=None, sa_type=Text)  # JSON: {field: [old, new]}


class ChangeRecord(SQLModel):
    id: int
    at: datetime
    actor: str
    actor_id: str | None = None
    origin: str | None = None
    account_id: int | None
    pursuit_id: int | None
    entity: str
    entity_key: str | None
    action: ChangeAction
    summary: str
    details: str | None


# --- people who use the workspace ---------------------------------------------------


class WorkspaceUser(SQLModel, table=True):
    """A person who edits the workspace: a stable id and the name colleagues see.

    The change log keeps the id, so renaming oneself changes nothing else.
    """

    __tablename__ = "workspace_user"
    id: str = Field(primary_key=True, max_length=USER_ID_MAX)
    display_name: str = Field(max_length=NAME_MAX)
    updated_at: datetime = Field(sa_type=DateTime(timezone=True))


# --- theme vectors ------------------------------------------------------------------


class PriorityVector(SQLModel, table=True):
    """A priority's sentence vector, from the theme engine's encoder: computed once, reused
    while the model and the text are the same (`text_hash`), recomputed when either changes."""

    __tablename__ = "priority_vector"
    priority_id: int = Field(foreign_key="priority.id", ondelete="CASCADE", primary_key=True)
    model: str = Field(max_length=120)  # the encoder's name and version
    dims: int
    vector: bytes = Field(sa_type=LargeBinary)  # float32, little-endian
    text_hash: str = Field(max_length=64)


# --- map positions ------------------------------------------------------------------


class NodePosition(SQLModel, table=True):
    """Where a user placed a stakeholder's card on a pursuit's map, per layout."""

    __tablename__ = "node_position"
    pursuit_id: int = Field(foreign_key="pursuit.id", ondelete="CASCADE", primary_key=True)
    stakeholder_id: int = Field(
        foreign_key="stakeholder.id", ondelete="CASCADE", primary_key=True, index=True
    )
    layout: str = Field(max_length=16, primary_key=True)
    x: float
    y: float


# The seller's theme corrections live in their own module; importing it here puts their tables
# on the same metadata whenever the tables load (migrations, copies, tombstones see them).
import models.journey  # noqa: E402  (each buyer's stage history, readiness by day)
import models.leavers  # noqa: E402  (the seats of people who left)
import models.ratings  # noqa: E402  (colleagues' own views of people)
import models.theme_corrections  # noqa: E402, F401
