"""A plan for deciding together (mutual plan) per pursuit

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07

- plan_step: one row per step of a pursuit's mutual plan: its key (unique per pursuit), what is
  to be done, the buyer's owner (a stakeholder; deleting them keeps the step, ownerless), the
  seller's owner (a name), the due date, the status (planned, in_progress, done), its place in
  the plan and a row version. Deleting the pursuit deletes its plan.

A new table only: existing rows are untouched; a pursuit without a plan reads as before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

STATUSES = ("planned", "in_progress", "done")


def upgrade() -> None:
    op.create_table(
        "plan_step",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("seller_owner", sa.String(length=200), nullable=True),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(*STATUSES, name="plan_step_status", native_enum=False, create_constraint=True, length=32),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("pursuit_id", sa.Integer(), nullable=False),
        sa.Column("buyer_owner_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["pursuit_id"], ["pursuit.id"], name=op.f("fk_plan_step_pursuit_id_pursuit"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["buyer_owner_id"],
            ["stakeholder.id"],
            name=op.f("fk_plan_step_buyer_owner_id_stakeholder"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_step")),
        sa.UniqueConstraint("pursuit_id", "key", name=op.f("uq_plan_step_pursuit_id_key")),
    )
    op.create_index(op.f("ix_plan_step_pursuit_id"), "plan_step", ["pursuit_id"])
    op.create_index(op.f("ix_plan_step_buyer_owner_id"), "plan_step", ["buyer_owner_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_plan_step_buyer_owner_id"), table_name="plan_step")
    op.drop_index(op.f("ix_plan_step_pursuit_id"), table_name="plan_step")
    op.drop_table("plan_step")
