"""People who left the company

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07

- stakeholder.left_on: the day a person left the company. Their row stays (history, priorities,
  ties, the journey), the map marks them and the assessment no longer counts them.
- former_seat: each committee seat a person held when they left (pursuit, role, sign-off,
  stance, influence, stage, the day), so an assessment can say what the group lost
  (CHAMPION_LEFT); deleted with the pursuit or the person.

A column added in place and a new table: existing rows are untouched (nobody has left).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_ROLES = (
    "economic_buyer",
    "decision_maker",
    "champion",
    "technical_evaluator",
    "user",
    "influencer",
    "procurement",
    "legal",
    "executive_sponsor",
    "gatekeeper",
)
_STAGES = ("problem_definition", "solution_identification", "supplier_selection")


def _enum(values: tuple[str, ...], name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


def upgrade() -> None:
    op.add_column("stakeholder", sa.Column("left_on", sa.Date(), nullable=True))
    op.create_table(
        "former_seat",
        sa.Column("left_on", sa.Date(), nullable=False),
        sa.Column("role", _enum(_ROLES, "buying_role"), nullable=False),
        sa.Column("approver", sa.Boolean(), nullable=False),
        sa.Column("stance", sa.Integer(), nullable=False),
        sa.Column("influence", sa.Integer(), nullable=False),
        sa.Column("journey_stage", _enum(_STAGES, "journey_stage"), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pursuit_id", sa.Integer(), nullable=False),
        sa.Column("stakeholder_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["pursuit_id"], ["pursuit.id"], name=op.f("fk_former_seat_pursuit_id_pursuit"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["stakeholder_id"],
            ["stakeholder.id"],
            name=op.f("fk_former_seat_stakeholder_id_stakeholder"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_former_seat")),
    )
    op.create_index(op.f("ix_former_seat_pursuit_id"), "former_seat", ["pursuit_id"])
    op.create_index(op.f("ix_former_seat_stakeholder_id"), "former_seat", ["stakeholder_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_former_seat_stakeholder_id"), table_name="former_seat")
    op.drop_index(op.f("ix_former_seat_pursuit_id"), table_name="former_seat")
    op.drop_table("former_seat")
    # In place (ALTER TABLE … DROP COLUMN): a batch copy of stakeholder would cascade its delete.
    op.drop_column("stakeholder", "left_on")
