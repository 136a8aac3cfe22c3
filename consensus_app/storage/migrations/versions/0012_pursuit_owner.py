"""Who owns a pursuit

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07

- pursuit.owner_id: the stable user id (workspace_user.id) of the account-team member who owns
  the pursuit; no foreign key, as with ratings (an imported owner may have no user row here).
- pursuit.owner_name: the owner's name when they were made owner, shown when this workspace has
  no user row for them.

Columns added in place (no table copy, see 0004): existing pursuits keep every value and have
no owner.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("pursuit", sa.Column("owner_id", sa.String(length=64), nullable=True))
    op.add_column("pursuit", sa.Column("owner_name", sa.String(length=200), nullable=True))


def downgrade() -> None:
    # In place (ALTER TABLE … DROP COLUMN): a batch copy of pursuit would cascade its delete.
    op.drop_column("pursuit", "owner_name")
    op.drop_column("pursuit", "owner_id")
