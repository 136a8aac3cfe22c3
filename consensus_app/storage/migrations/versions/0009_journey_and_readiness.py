"""Each buyer's journey over time, and the pursuit's readiness kept day by day

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07

- committee_member.journey_from / journey_since: the member's last move of buying stage (the
  stage before it, the day of it), so a member who went back a stage is seen without reading
  the history.
- journey_step: every move of a member's buying stage, with its day, a note of what moved
  them and who recorded it; per pursuit and person, deleted with either.
- readiness_snapshot: a pursuit's assessment on a day (score, and its parts as JSON), one
  per pursuit and day, and one per day the user marked the pursuit as reviewed.

Columns are added in place and the tables are new: existing rows are untouched (members'
history starts empty; their current stage stays).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_STAGES = ("problem_definition", "solution_identification", "supplier_selection")


def _stage(name: str) -> sa.Enum:
    return sa.Enum(*_STAGES, name=name, native_enum=False, create_constraint=True, length=32)


def upgrade() -> None:
    # In place (ALTER TABLE), never a table copy (see 0004); a migrated SQLite database has no
    # CHECK on the new stage column (the app's validation guards its values there).
    op.add_column("committee_member", sa.Column("journey_from", sa.String(length=32), nullable=True))
    op.add_column("committee_member", sa.Column("journey_since", sa.Date(), nullable=True))
    op.create_table(
        "journey_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("from_stage", _stage("from_stage"), nullable=True),
        sa.Column("to_stage", _stage("to_stage"), nullable=True),
        sa.Column("note", sa.String(length=2000), nullable=True),
        sa.Column("actor", sa.String(length=200), nullable=True),
        sa.Column("pursuit_id", sa.Integer(), nullable=False),
        sa.Column("stakeholder_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["pursuit_id"],
            ["pursuit.id"],
            name=op.f("fk_journey_step_pursuit_id_pursuit"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["stakeholder_id"],
            ["stakeholder.id"],
            name=op.f("fk_journey_step_stakeholder_id_stakeholder"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journey_step")),
    )
    op.create_index(
        "ix_journey_step_pursuit_id_stakeholder_id", "journey_step", ["pursuit_id", "stakeholder_id"]
    )
    op.create_index(op.f("ix_journey_step_stakeholder_id"), "journey_step", ["stakeholder_id"])
    op.create_table(
        "readiness_snapshot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("reviewed", sa.Boolean(), nullable=False),
        sa.Column("taken_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("pursuit_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["pursuit_id"],
            ["pursuit.id"],
            name=op.f("fk_readiness_snapshot_pursuit_id_pursuit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_readiness_snapshot")),
        sa.UniqueConstraint(
            "pursuit_id", "day", "reviewed", name=op.f("uq_readiness_snapshot_pursuit_id_day_reviewed")
        ),
    )


def downgrade() -> None:
    op.drop_table("readiness_snapshot")
    op.drop_index(op.f("ix_journey_step_stakeholder_id"), table_name="journey_step")
    op.drop_index("ix_journey_step_pursuit_id_stakeholder_id", table_name="journey_step")
    op.drop_table("journey_step")
    # A database made by the fast path (the models' create_all) has the stage's CHECK on
    # journey_from, which SQLite's DROP COLUMN refuses: the batch copies the table instead
    # (nothing refers to committee_member rows, so dropping the old copy cascades nowhere).
    checks = {c["name"] for c in sa.inspect(op.get_bind()).get_check_constraints("committee_member")}
    with op.batch_alter_table("committee_member") as batch:
        if "ck_committee_member_journey_from" in checks:
            batch.drop_constraint(op.f("ck_committee_member_journey_from"), type_="check")
        batch.drop_column("journey_since")
        batch.drop_column("journey_from")
