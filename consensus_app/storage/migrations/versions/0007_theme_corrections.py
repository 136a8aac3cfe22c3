"""The seller's corrections of themes, per account

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07

- corrected_theme: a theme the seller renamed, merged, split, moved a statement to or marked
  "not a theme": its stable key per account, the seller's name (NULL: the engine names it) and
  whether it is not a theme at all.
- theme_pin: one row per statement the seller placed: the priority, its account, and the
  corrected theme it belongs to (NULL: it belongs to no theme). Deleting the priority, the
  theme or the account deletes the pin.

New tables only: existing rows are untouched; an account without corrections themes as before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "corrected_theme",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("not_a_theme", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_corrected_theme_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_corrected_theme")),
        sa.UniqueConstraint("account_id", "key", name=op.f("uq_corrected_theme_account_id_key")),
    )
    op.create_index(op.f("ix_corrected_theme_account_id"), "corrected_theme", ["account_id"])
    op.create_table(
        "theme_pin",
        sa.Column("priority_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("theme_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["priority_id"],
            ["priority.id"],
            name=op.f("fk_theme_pin_priority_id_priority"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_theme_pin_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["theme_id"],
            ["corrected_theme.id"],
            name=op.f("fk_theme_pin_theme_id_corrected_theme"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("priority_id", name=op.f("pk_theme_pin")),
    )
    op.create_index(op.f("ix_theme_pin_account_id"), "theme_pin", ["account_id"])
    op.create_index(op.f("ix_theme_pin_theme_id"), "theme_pin", ["theme_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_theme_pin_theme_id"), table_name="theme_pin")
    op.drop_index(op.f("ix_theme_pin_account_id"), table_name="theme_pin")
    op.drop_table("theme_pin")
    op.drop_index(op.f("ix_corrected_theme_account_id"), table_name="corrected_theme")
    op.drop_table("corrected_theme")
