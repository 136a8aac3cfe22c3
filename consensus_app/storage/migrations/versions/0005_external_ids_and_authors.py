"""CRM ids on stakeholders; who wrote each change, by a stable id; the workspace's users

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07

- stakeholder.external_id: the CRM's own id of a contact, unique per account, so a fresh
  export of the same contacts updates them instead of creating them again.
- change_log.actor_id: the stable id of the person who made the change (workspace_user.id);
  older entries keep only their login name in `actor`.
- change_log.origin: the process that wrote the entry, so a window recognises its own
  writes and sees those of a command-line run by the same person.
- workspace_user: the display name colleagues see, kept over the stable id.

Columns and the index are added in place (no table copy, see 0004).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("stakeholder", sa.Column("external_id", sa.String(length=128), nullable=True))
    op.create_index(
        "ix_stakeholder_account_id_external_id", "stakeholder", ["account_id", "external_id"], unique=True
    )
    op.add_column("change_log", sa.Column("actor_id", sa.String(length=64), nullable=True))
    op.add_column("change_log", sa.Column("origin", sa.String(length=64), nullable=True))
    op.create_table(
        "workspace_user",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workspace_user")),
    )


def downgrade() -> None:
    op.drop_table("workspace_user")
    op.drop_column("change_log", "origin")
    op.drop_column("change_log", "actor_id")
    op.drop_index("ix_stakeholder_account_id_external_id", table_name="stakeholder")
    op.drop_column("stakeholder", "external_id")
