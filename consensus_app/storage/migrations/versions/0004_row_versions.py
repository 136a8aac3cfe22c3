"""A version counter on every row people edit, for optimistic concurrency

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01

Each UPDATE and DELETE checks the version it read and bumps it, so two people editing the
same stakeholder on a shared server never silently overwrite each other. Existing rows
start at version 1. SQLite adds and drops these columns in place (ALTER TABLE), never by
copying the table: a copy would drop the old table, and with foreign keys on that would
cascade into every row that refers to it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TABLES = ("account", "stakeholder", "relationship", "pursuit", "committee_member", "priority", "message")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False))


def downgrade() -> None:
    for table in TABLES:
        op.drop_column(table, "version")
