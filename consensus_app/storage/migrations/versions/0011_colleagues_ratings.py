"""Colleagues' ratings of a person

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07

- person_rating: one colleague's view of a committee member's stance or influence (on one
  pursuit) or of a person's profile (account-wide, no pursuit), by the rater's stable user id
  (workspace_user.id) and the name they had then, with the day. Rows are appended: a rater's
  view is their latest. Deleted with the pursuit or the person.

A new table only: existing rows are untouched (the seat's stance and influence and the person's
profile stay the agreed values; nobody has rated anyone yet).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_FIELDS = ("stance", "influence", "profile")


def upgrade() -> None:
    op.create_table(
        "person_rating",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "field",
            sa.Enum(*_FIELDS, name="rated_field", native_enum=False, create_constraint=True, length=32),
            nullable=False,
        ),
        sa.Column("value", sa.String(length=32), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("rater_id", sa.String(length=64), nullable=False),
        sa.Column("rater_name", sa.String(length=200), nullable=False),
        sa.Column("pursuit_id", sa.Integer(), nullable=True),
        sa.Column("stakeholder_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(field = 'profile') = (pursuit_id IS NULL)", name=op.f("ck_person_rating_profile_has_no_pursuit")
        ),
        sa.ForeignKeyConstraint(
            ["pursuit_id"],
            ["pursuit.id"],
            name=op.f("fk_person_rating_pursuit_id_pursuit"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["stakeholder_id"],
            ["stakeholder.id"],
            name=op.f("fk_person_rating_stakeholder_id_stakeholder"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_rating")),
    )
    op.create_index(op.f("ix_person_rating_pursuit_id"), "person_rating", ["pursuit_id"])
    op.create_index("ix_person_rating_stakeholder_id_field", "person_rating", ["stakeholder_id", "field"])


def downgrade() -> None:
    op.drop_index("ix_person_rating_stakeholder_id_field", table_name="person_rating")
    op.drop_index(op.f("ix_person_rating_pursuit_id"), table_name="person_rating")
    op.drop_table("person_rating")
