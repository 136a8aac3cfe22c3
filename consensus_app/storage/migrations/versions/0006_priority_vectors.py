"""Each priority's sentence vector, computed once by the theme engine's encoder and reused

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07

- priority_vector: one row per priority: the model that computed it (name and version), its
  dimensions, the vector (float32, little-endian bytes) and a hash of the text it was computed
  from. A row whose model or text hash no longer matches is recomputed; deleting the priority
  deletes its vector.

A new table only: existing rows are untouched, and the vectors fill in as themes are found.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "priority_vector",
        sa.Column("priority_id", sa.Integer(), nullable=False),
        sa.Column("model", sa.String(length=120), nullable=False),
        sa.Column("dims", sa.Integer(), nullable=False),
        sa.Column("vector", sa.LargeBinary(), nullable=False),
        sa.Column("text_hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["priority_id"],
            ["priority.id"],
            name=op.f("fk_priority_vector_priority_id_priority"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("priority_id", name=op.f("pk_priority_vector")),
    )


def downgrade() -> None:
    op.drop_table("priority_vector")
